// The JSON contract of ../shared/eval/README.md: {"files":[{"file","diagnostics":[...]}]}.
import { locate, portablePath, type FileReport, type FormatContext } from './shared';

// Paths (the file's and the evidence's) are relative to the working directory, as in every format.
export function formatJson(reports: FileReport[], ctx: Pick<FormatContext, 'cwd'>): string {
  const rel = (p: string) => portablePath(p, ctx.cwd);
  const files = reports.map((r) => ({
    file: rel(r.file),
    ...(r.error ? { error: r.error } : {}),
    diagnostics: locate(r).map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      start: f.start,
      end: f.end,
      range: f.range,
      related: f.related.map((e) => ({
        file: rel(e.ref),
        title: e.title,
        start: e.start,
        end: e.end,
        line: e.line,
        excerpt: e.excerpt,
      })),
      fixes: f.fixes,
    })),
    claims:
      r.result?.claims.map((c) => ({
        kind: c.kind,
        text: c.text,
        status: c.status,
        ...(c.ledger ? { ledger: c.ledger } : {}),
        start: c.start,
        end: c.end,
        evidence: c.evidence.map((e) => ({ file: rel(e.ref), line: e.line, start: e.start, end: e.end })),
      })) ?? [],
  }));
  return JSON.stringify({ files }, null, 2) + '\n';
}
