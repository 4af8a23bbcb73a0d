// `copydesk check`: expand paths, drop ignored files, keep this shard, check (optionally in parallel), report, exit code.
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Io } from './main';
import { isCalendarDate } from '../core/index';
import { UsageError, USAGE } from './usage';
import { printable } from './printable';
import { expandPaths } from './paths';
import { loadIgnoreRules } from './ignoreFile';
import { inShard, parseShard, type Shard } from './shard';
import { checkAll } from './pool';
import { NO_PROGRESS, progressBar, wantsProgress } from './progress';
import { FORMAT_OBJECTS, FORMAT_NAMES } from './formats/index';

const MAX_TIMER_MS = 2 ** 31 - 1;

export interface CheckExit {
  inputErrors: number;
  errors: number;
  warnings: number;
  maxWarnings: number;
}

/** 2 beats 1 beats 0: an unreadable file means the run did not see everything, whatever else it found. */
export function exitCode(x: CheckExit): number {
  if (x.inputErrors > 0) return 2;
  if (x.errors > 0) return 1;
  if (x.maxWarnings >= 0 && x.warnings > x.maxWarnings) return 1;
  return 0;
}

export async function runCheck(args: string[], io: Io, version: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      references: { type: 'string', short: 'r', multiple: true },
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'article-date': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      shard: { type: 'string' },
      'ignore-path': { type: 'string' },
      'no-ignore': { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      'no-progress': { type: 'boolean', default: false },
      'file-timeout': { type: 'string' },
      'file-memory': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(USAGE + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('check needs at least one PATH');
  const format = values.format!;
  const formatter = FORMAT_OBJECTS[format];
  if (!formatter) throw new UsageError(`unknown format "${format}" (${FORMAT_NAMES.join(', ')})`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!/^\d+$/.test(values['max-warnings'] ?? '0')) throw new UsageError('--max-warnings needs a whole number >= 0');
  const env = io.env ?? {};
  const cpus = availableParallelism();
  const jobs = values.jobs === undefined ? 1 : values.jobs === 'auto' ? cpus : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs needs a whole number >= 1, or auto');
  const fileTimeout = values['file-timeout'] === undefined ? undefined : Number(values['file-timeout']);
  if (fileTimeout !== undefined && !(fileTimeout > 0)) throw new UsageError('--file-timeout needs a number of seconds > 0');
  const fileMemory = values['file-memory'] === undefined ? undefined : Number(values['file-memory']);
  if (fileMemory !== undefined && !(Number.isInteger(fileMemory) && fileMemory >= 64)) throw new UsageError('--file-memory needs a whole number of megabytes >= 64');
  // Node's timers hold at most 2^31-1 ms and fire at once (after 1 ms) beyond that: refuse rather than skip every file.
  if (fileTimeout !== undefined && fileTimeout * 1000 > MAX_TIMER_MS) throw new UsageError(`--file-timeout is at most ${Math.floor(MAX_TIMER_MS / 1000)} seconds (about 24 days)`);
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    try {
      shard = parseShard(values.shard);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  if (values['article-date'] !== undefined && !isCalendarDate(values['article-date'])) throw new UsageError(`--article-date needs a real date, YYYY-MM-DD (got "${values['article-date']}")`);
  const cwd = io.cwd ?? process.cwd();
  const color = values['no-color'] ? false : values.color ? true : env.NO_COLOR ? false : env.FORCE_COLOR && env.FORCE_COLOR !== '0' ? true : io.isTTY && !values.output;

  const rules = loadIgnoreRules(cwd, values['no-ignore'] ? null : values['ignore-path']);
  const { files: all, missing, problems } = expandPaths(positionals, cwd, rules);
  const files = all.filter((f) => inShard(f, shard, cwd));
  let inputErrors = 0;
  for (const m of missing) {
    io.err(`copydesk: ${printable(m)}: no files match\n`);
    inputErrors++;
  }
  for (const p of problems) {
    io.err(`copydesk: ${printable(p)}\n`);
    inputErrors++;
  }

  const bar = !values['no-progress'] && wantsProgress(!!io.errIsTTY, env, files.length) ? progressBar(files.length, io.err, io.columns) : NO_PROGRESS;
  const printedOnce = new Set<string>();
  const ctx = { color, cwd, version, shard };
  const checked = await checkAll(
    files,
    { cwd, references: values.references?.map((r) => r), articleDate: values['article-date'], output: { format, ctx, quiet: !!values.quiet } },
    {
      jobs,
      workerEntry: io.workerEntry,
      fileTimeoutMs: fileTimeout ? fileTimeout * 1000 : undefined,
      fileHeapMb: fileMemory,
      onProgress: (n) => bar.update(n),
      onDone: (_i, c) => {
        for (const m of c.messages) {
          if (m.once) {
            if (printedOnce.has(m.text)) continue;
            printedOnce.add(m.text);
          }
          if (m.inputError) inputErrors++;
          bar.end();
          io.err(`copydesk: ${printable(m.text)}\n`);
        }
      },
    },
  );
  bar.end();
  const output = formatter.finish(
    checked.map((c) => c.part),
    ctx,
  );
  if (values.output) {
    try {
      writeFileSync(resolve(cwd, values.output), output);
    } catch (e) {
      io.err(`copydesk: cannot write ${printable(values.output)}: ${printable((e as Error).message)}\n`);
      return 2;
    }
  } else io.out(output);
  if (shard && files.length === 0 && all.length > 0) io.err(`copydesk: shard ${shard.index}/${shard.count} has no files (of ${all.length})\n`);
  let errors = 0;
  let warnings = 0;
  for (const c of checked) {
    errors += c.totals.errors;
    warnings += c.totals.warnings;
  }
  return exitCode({ inputErrors, errors, warnings, maxWarnings });
}
