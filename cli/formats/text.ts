// Human-readable findings: `file:line:col severity code message`, grouped by file; colour only on a terminal.
import { locate, totals, type FileReport } from './shared';

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };

export function formatText(reports: FileReport[], color: boolean): string {
  const paint = (s: string, c: string) => (color ? `${c}${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const r of reports) {
    if (r.error) continue;
    for (const f of locate(r)) {
      const sev = paint(f.severity, COLORS[f.severity] ?? '');
      lines.push(`${r.file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${sev} ${f.code} ${f.message}`);
      for (const ev of f.related.slice(0, 3)) lines.push(paint(`    ↳ ${ev.ref}:${ev.line + 1}: “${oneLine(ev.excerpt, 100)}”`, '\x1b[90m'));
    }
  }
  const t = totals(reports);
  const files = reports.length - t.failedFiles;
  lines.push(`${files} file${files === 1 ? '' : 's'} checked: ${t.errors} error(s), ${t.warnings} warning(s), ${t.infos} info${t.failedFiles ? `, ${t.failedFiles} file(s) could not be read` : ''}`);
  return lines.join('\n') + '\n';
}

export function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
