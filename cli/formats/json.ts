// The JSON contract of ../shared/eval/README.md: {"files":[{"file","diagnostics":[...]}]}.
// Each file's object is serialised on its own (as JSON.stringify(whole, null, 2) would lay it out) and the pieces joined.
import { formatAll, locate, partOf, type FileReport, type Format } from './shared';

const INDENT = '    ';

export const jsonFormat: Format<string> = {
  part(r) {
    const file = {
      file: r.file,
      ...(r.error ? { error: r.error } : {}),
      diagnostics: locate(r).map((f) => ({
        code: f.code,
        severity: f.severity,
        message: f.message,
        start: f.start,
        end: f.end,
        range: f.range,
        related: f.related.map((e) => ({ file: e.ref, title: e.title, start: e.start, end: e.end, line: e.line, excerpt: e.excerpt })),
        fixes: f.fixes,
      })),
      claims: r.result?.claims.map((c) => ({ kind: c.kind, text: c.text, status: c.status, start: c.start, end: c.end, evidence: c.evidence.map((e) => ({ file: e.ref, line: e.line, start: e.start, end: e.end })) })) ?? [],
    };
    // Nested two levels deep ({"files": [ … ]}): every line of the piece is indented by four spaces.
    return partOf(r, INDENT + JSON.stringify(file, null, 2).replace(/\n/g, '\n' + INDENT));
  },
  finish(parts) {
    if (!parts.length) return '{\n  "files": []\n}\n';
    return '{\n  "files": [\n' + parts.map((p) => p.out).join(',\n') + '\n  ]\n}\n';
  },
};

export function formatJson(reports: FileReport[]): string {
  return formatAll(jsonFormat, reports, { color: false, cwd: process.cwd(), version: '' });
}
