// Runs the CLI in-process (fast, no build needed) and makes throwaway folders for tests that write files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../cli/main';

export const FIXTURES = resolve(__dirname, '../fixtures/cli');
export const NEWSROOM = join(FIXTURES, 'newsroom');
export const BIN_TS = resolve(__dirname, '../../cli/bin.ts');

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function runCli(
  args: string[],
  opts: {
    cwd?: string;
    env?: Record<string, string | undefined>;
    isTTY?: boolean;
    errIsTTY?: boolean;
    workers?: boolean | string;
  } = {},
): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (s) => (out += s),
    err: (s) => (err += s),
    isTTY: opts.isTTY ?? false,
    errIsTTY: opts.errIsTTY ?? false,
    env: opts.env ?? {},
    cwd: opts.cwd ?? process.cwd(),
    workerEntry: typeof opts.workers === 'string' ? opts.workers : opts.workers ? BIN_TS : undefined,
  });
  return { code, out, err };
}

export function tempDir(t: { after: (fn: () => void) => void }, prefix = 'copydesk-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
