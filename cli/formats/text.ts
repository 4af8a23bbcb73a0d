// Human-readable findings grouped by file (a header, then `line:col severity “flagged words”: message code`), paths
// relative to the working directory; colour only on a terminal. The summary counts what decides the exit code and
// says why the run failed.
import { locate, portablePath, totals, type FileReport, type FormatContext, flaggedText } from './shared';
import { printable, printableLine } from '../printable';

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };
const DIM = '\x1b[90m';
const BOLD = '\x1b[1m';

export function formatText(reports: FileReport[], ctx: Pick<FormatContext, 'color' | 'cwd' | 'run'>): string {
  const paint = (s: string, c: string) => (ctx.color ? `${c}${s}\x1b[0m` : s);
  const lines: string[] = [];
  for (const r of reports) {
    if (r.error) continue;
    const found = locate(r);
    if (!found.length) continue;
    lines.push(paint(printable(portablePath(r.file, ctx.cwd)), BOLD));
    for (const f of found) {
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(8);
      const words = oneLine(flaggedText(r, f), 60);
      lines.push(
        `  ${pos} ${paint(f.severity.padEnd(7), COLORS[f.severity] ?? '')} ${words ? `${paint(`“${printable(words)}”`, BOLD)}: ` : ''}${printableLine(f.message)} ${paint(f.code, DIM)}`,
      );
      for (const ev of f.related.slice(0, 3))
        lines.push(
          paint(
            `           ↳ ${printable(portablePath(ev.ref, ctx.cwd))}:${ev.line + 1}: “${printable(oneLine(ev.excerpt, 100))}”`,
            DIM,
          ),
        );
    }
    lines.push('');
  }
  const t = ctx.run?.totals ?? totals(reports);
  const files = reports.length - t.failedFiles;
  const hidden = ctx.run?.hidden ? ' (not shown: --quiet)' : '';
  const parts = [
    `${t.errors} error${t.errors === 1 ? '' : 's'}`,
    `${t.warnings} warning${t.warnings === 1 ? '' : 's'}${t.warnings ? hidden : ''}`,
    `${t.infos} info`,
  ];
  if (t.hints) parts.push(`${t.hints} hint${t.hints === 1 ? '' : 's'}`);
  let summary = `${files} file${files === 1 ? '' : 's'} checked: ${parts.join(', ')}`;
  if (t.failedFiles) summary += `; ${t.failedFiles} file${t.failedFiles === 1 ? '' : 's'} could not be read`;
  if (ctx.run?.baselined) summary += `; ${ctx.run.baselined} more in the baseline`;
  if (ctx.run?.unchanged) summary += `; ${ctx.run.unchanged} more on unchanged lines`;
  lines.push(paint(summary, t.errors || t.failedFiles ? COLORS.error! : t.warnings ? COLORS.warning! : ''));
  if (ctx.run?.failure) lines.push(paint(`Failed: ${ctx.run.failure}.`, COLORS.error!));
  return lines.join('\n') + '\n';
}

export function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
