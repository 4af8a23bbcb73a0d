// The JSON contract of ../shared/eval/README.md: {"files":[{"file","diagnostics":[...]}]}.
// Laid out exactly as JSON.stringify(whole, null, 2) would, but each diagnostic and claim is serialised on its own, so a
// file with hundreds of thousands of findings never has a second, full object tree of them in memory.
import { formatAll, partOf, positionOf, type FileReport, type Format } from './shared';

/** Items of an array that sits `depth` levels deep, as JSON.stringify(…, null, 2) lays them out. */
function array(items: Iterable<unknown>, depth: number): string {
  const pad = '  '.repeat(depth + 1);
  const parts: string[] = [];
  for (const x of items) parts.push(pad + JSON.stringify(x, null, 2).replace(/\n/g, '\n' + pad));
  return parts.length ? `[\n${parts.join(',\n')}\n${'  '.repeat(depth)}]` : '[]';
}

export const jsonFormat: Format<string> = {
  part(r) {
    const findings = r.result?.findings ?? [];
    function* diagnostics() {
      for (const f of findings) {
        yield {
          code: f.code,
          severity: f.severity,
          message: f.message,
          start: f.start,
          end: f.end,
          range: { start: positionOf(r, f.start), end: positionOf(r, f.end) },
          related: f.related.map((e) => ({ file: e.ref, title: e.title, start: e.start, end: e.end, line: e.line, excerpt: e.excerpt })),
          fixes: f.fixes,
        };
      }
    }
    function* claims() {
      for (const c of r.result?.claims ?? []) yield { kind: c.kind, text: c.text, status: c.status, start: c.start, end: c.end, evidence: c.evidence.map((e) => ({ file: e.ref, line: e.line, start: e.start, end: e.end })) };
    }
    // The file object sits two levels deep ({"files": [ … ]}).
    const keys = [`      "file": ${JSON.stringify(r.file)}`];
    if (r.error) keys.push(`      "error": ${JSON.stringify(r.error)}`);
    keys.push(`      "diagnostics": ${array(diagnostics(), 3)}`, `      "claims": ${array(claims(), 3)}`);
    return partOf(r, `    {\n${keys.join(',\n')}\n    }`);
  },
  finish(parts) {
    if (!parts.length) return '{\n  "files": []\n}\n';
    return '{\n  "files": [\n' + parts.map((p) => p.out).join(',\n') + '\n  ]\n}\n';
  },
};

export function formatJson(reports: FileReport[]): string {
  return formatAll(jsonFormat, reports, { color: false, cwd: process.cwd(), version: '' });
}
