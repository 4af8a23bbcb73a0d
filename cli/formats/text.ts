// Human-readable findings grouped by file (a header, then `line:col severity code message`); colour only on a terminal.
import { formatAll, locate, partOf, partTotals, type FileReport, type Format } from './shared';
import { printable, printableLine } from '../printable';

const COLORS: Record<string, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' };
const DIM = '\x1b[90m';
const BOLD = '\x1b[1m';

export const textFormat: Format<string> = {
  part(r, _i, ctx) {
    const paint = painter(ctx.color);
    const found = r.error ? [] : locate(r);
    if (!found.length) return partOf(r, '');
    const lines: string[] = [paint(printable(r.file), BOLD)];
    for (const f of found) {
      const pos = `${f.range.start.line + 1}:${f.range.start.character + 1}`.padEnd(8);
      lines.push(`  ${pos} ${paint(f.severity.padEnd(7), COLORS[f.severity] ?? '')} ${printableLine(f.message)} ${paint(f.code, DIM)}`);
      for (const ev of f.related.slice(0, 3)) lines.push(paint(`           ↳ ${printable(ev.ref)}:${ev.line + 1}: “${printable(oneLine(ev.excerpt, 100))}”`, DIM));
    }
    lines.push('');
    return partOf(r, lines.join('\n') + '\n');
  },
  finish(parts, ctx) {
    const paint = painter(ctx.color);
    const t = partTotals(parts);
    const files = parts.length - t.failedFiles;
    const counts = [`${t.errors} error${t.errors === 1 ? '' : 's'}`, `${t.warnings} warning${t.warnings === 1 ? '' : 's'}`, `${t.infos} info`];
    if (t.hints) counts.push(`${t.hints} hint${t.hints === 1 ? '' : 's'}`);
    let summary = `${files} file${files === 1 ? '' : 's'} checked: ${counts.join(', ')}`;
    if (t.failedFiles) summary += `; ${t.failedFiles} file${t.failedFiles === 1 ? '' : 's'} could not be read`;
    return parts.map((p) => p.out).join('') + paint(summary, t.errors || t.failedFiles ? COLORS.error! : t.warnings ? COLORS.warning! : '') + '\n';
  },
};

export function formatText(reports: FileReport[], color: boolean): string {
  return formatAll(textFormat, reports, { color, cwd: process.cwd(), version: '' });
}

const painter = (color: boolean) => (s: string, c: string) => (color ? `${c}${s}\x1b[0m` : s);

export function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
