// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
// Escaping follows the runner's rules: in the message %, CR and LF are encoded; in properties also ':' and ','.
// Control characters from file names or article text are shown escaped (printable.ts) before that: the log viewer
// would otherwise interpret an ESC[…] sequence in a file name.
import { locate, portablePath, type FileReport, type FormatContext } from './shared';
import { printable, printableLine } from '../printable';

const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(reports: FileReport[], ctx: FormatContext): string {
  const lines: string[] = [];
  for (const r of reports) {
    const file = escapeProperty(printable(portablePath(r.file, ctx.cwd)));
    if (r.error) {
      lines.push(
        `::error file=${file},title=${escapeProperty('copydesk: file not checked')}::${escapeData(printableLine(r.error))}`,
      );
      continue;
    }
    for (const f of locate(r)) {
      const props = [
        `file=${file}`,
        `line=${f.range.start.line + 1}`,
        `col=${f.range.start.character + 1}`,
        `endLine=${f.range.end.line + 1}`,
        // GitHub only accepts endColumn on single-line annotations.
        ...(f.range.end.line === f.range.start.line ? [`endColumn=${f.range.end.character + 1}`] : []),
        `title=${escapeProperty(`copydesk ${f.code}`)}`,
      ];
      let msg = printableLine(f.message);
      const ev = f.related[0];
      if (ev)
        msg += `\nReference: ${printable(portablePath(ev.ref, ctx.cwd))}:${ev.line + 1}: “${printableLine(ev.excerpt.replace(/\s+/g, ' ').trim())}”`;
      lines.push(`::${COMMAND[f.severity] ?? 'warning'} ${props.join(',')}::${escapeData(msg)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
