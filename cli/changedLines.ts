// `--changed-since REF`: the lines a pull request changed, so its gate answers for what it touched. The working tree is
// compared with REF (`git diff REF`: committed, staged and unstaged changes alike); untracked files that git does not
// ignore are new, so every line of them counts. Files with no changed line are not checked at all.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { realOr } from '../host/references';
import { locate, type FileReport } from './formats/shared';

export class ChangedSinceError extends Error {}

/** Real path of each changed file -> its changed lines (1-based), or 'all' for a new, untracked file. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

const MAX_DIFF_BYTES = 512 * 1024 * 1024;

function git(cwd: string, args: string[]): string {
  // No pager, no colour, no external diff or text conversion a repository's config could name: a plain, parseable diff.
  return execFileSync('git', ['-c', 'core.quotepath=off', '-c', 'diff.noprefix=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: MAX_DIFF_BYTES,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_PAGER: 'cat', GIT_EXTERNAL_DIFF: '', LC_ALL: 'C' },
  });
}

export function changedLines(cwd: string, ref: string): ChangedLines {
  let top: string;
  try {
    top = git(cwd, ['rev-parse', '--show-toplevel']).trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new ChangedSinceError('--changed-since needs git, and git was not found on the PATH');
    throw new ChangedSinceError(`--changed-since: ${cwd} is not inside a git repository`);
  }
  // A ref that starts with "-" would be read as an option: refuse it rather than pass it on.
  if (ref.startsWith('-')) throw new ChangedSinceError(`--changed-since: "${ref}" is not a git ref`);
  try {
    git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch {
    throw new ChangedSinceError(
      `--changed-since: unknown git ref "${ref}" (fetch it first; a shallow CI clone may lack it: use fetch-depth: 0)`,
    );
  }
  const diff = git(top, [
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--find-renames',
    '--unified=0',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    ref,
    '--',
  ]);
  const out = parseDiff(diff, top);
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean);
  for (const f of untracked) out.set(realOr(resolve(top, f)), 'all');
  return out;
}

/** Added or changed lines of each file in a unified diff with zero context (paths relative to `top`). */
export function parseDiff(diff: string, top: string): ChangedLines {
  const out: ChangedLines = new Map();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
    } else if (line.startsWith('+++ ')) {
      const name = unquote(line.slice(4));
      if (name === '/dev/null' || !name.startsWith('b/')) current = undefined;
      else {
        const key = realOr(resolve(top, name.slice(2)));
        const have = out.get(key);
        current = have instanceof Set ? have : new Set();
        out.set(key, current);
      }
    } else if (line.startsWith('@@ ') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const from = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let k = 0; k < count; k++) current.add(from + k);
    }
  }
  return out;
}

/** Git's C-style quoting of unusual file names ("b/tab\there", octal bytes for what core.quotepath still escapes). */
export function unquote(s: string): string {
  const t = s.replace(/\t$/, '');
  if (!t.startsWith('"') || !t.endsWith('"')) return t;
  const bytes: number[] = [];
  const body = t.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const n = body[i + 1]!;
    if (/[0-7]/.test(n)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[n] ?? n.charCodeAt(0));
      i++;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Whether a file has any changed line (files with none need not be checked). */
export function touched(changed: ChangedLines, file: string, cwd: string): boolean {
  return changed.has(realOr(resolve(cwd, file)));
}

/** Keeps the findings that start, end or lie on a changed line. */
export function onChangedLines(
  reports: FileReport[],
  changed: ChangedLines,
  cwd: string,
): { reports: FileReport[]; dropped: number } {
  let dropped = 0;
  const out = reports.map((r) => {
    if (!r.result) return r;
    const lines = changed.get(realOr(resolve(cwd, r.file)));
    if (lines === 'all') return r;
    const located = locate(r);
    const findings = r.result.findings.filter((_f, k) => {
      const { start, end } = located[k]!.range;
      // A span ending at column 0 ends on the line before.
      const last = end.line > start.line && end.character === 0 ? end.line - 1 : end.line;
      for (let l = start.line; l <= last; l++) if (lines?.has(l + 1)) return true;
      dropped++;
      return false;
    });
    return findings.length === r.result.findings.length ? r : { ...r, result: { ...r.result, findings } };
  });
  return { reports: out, dropped };
}
