// `copydesk check`: expand paths, drop ignored files, keep this shard, check (optionally in parallel), report, exit code.
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Io } from './main';
import { isCalendarDate } from '../core/index';
import { UsageError, CHECK_USAGE } from './usage';
import { printable } from './printable';
import { expandPaths } from './paths';
import { loadIgnoreRules } from './ignoreFile';
import { inShard, parseShard, type Shard } from './shard';
import { checkAll } from './pool';
import { Checker, MAX_CHECK_BYTES, type Checked } from './checker';
import { withoutReferenceFiles } from './skipReferences';
import { applyBaseline, readBaseline, writeBaseline, BaselineError, type BaselineEntry } from './baseline';
import { changedLines, onChangedLines, touched, ChangedSinceError, type ChangedLines } from './changedLines';
import { decodeText, InputError } from '../host/readText';
import { cacheLocation } from '../host/indexCache';
import { NO_PROGRESS, progressBar, wantsProgress } from './progress';
import { FORMATS, FORMAT_NAMES } from './formats/index';
import { totals, type FileReport } from './formats/shared';

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
      baseline: { type: 'string' },
      'write-baseline': { type: 'string' },
      'changed-since': { type: 'string' },
      stdin: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      'cache-location': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(CHECK_USAGE + '\n');
    return 0;
  }
  const usage = (m: string) => new UsageError(m, 'check');
  if (values.stdin && positionals.length) throw usage('--stdin checks standard input: give no PATH with it');
  if (values['stdin-filename'] !== undefined && !values.stdin)
    throw usage('--stdin-filename names the text of --stdin: give --stdin too');
  if (values.stdin && values['changed-since'] !== undefined)
    throw usage('--changed-since compares files on disk with git: it cannot check --stdin');
  if (!values.stdin && positionals.length === 0) throw usage('check needs at least one PATH (or --stdin)');
  if (values['write-baseline'] !== undefined && values.shard !== undefined)
    throw usage('--write-baseline records every file: run it without --shard');
  if (values['cache-location'] !== undefined && values['no-cache'])
    throw usage('--cache-location and --no-cache contradict each other');
  const format = values.format!;
  const formatter = FORMATS[format];
  if (!formatter) throw usage(`unknown format "${format}" (${FORMAT_NAMES.join(', ')})`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!/^\d+$/.test(values['max-warnings'] ?? '0')) throw usage('--max-warnings needs a whole number >= 0');
  const env = io.env ?? {};
  const cpus = availableParallelism();
  const jobs = values.jobs === undefined ? 1 : values.jobs === 'auto' ? cpus : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw usage('--jobs needs a whole number >= 1, or auto');
  const fileTimeout = values['file-timeout'] === undefined ? undefined : Number(values['file-timeout']);
  if (fileTimeout !== undefined && !(fileTimeout > 0)) throw usage('--file-timeout needs a number of seconds > 0');
  const fileMemory = values['file-memory'] === undefined ? undefined : Number(values['file-memory']);
  if (fileMemory !== undefined && !(Number.isInteger(fileMemory) && fileMemory >= 64))
    throw usage('--file-memory needs a whole number of megabytes >= 64');
  // Node's timers hold at most 2^31-1 ms and fire at once (after 1 ms) beyond that: refuse rather than skip every file.
  if (fileTimeout !== undefined && fileTimeout * 1000 > MAX_TIMER_MS)
    throw usage(`--file-timeout is at most ${Math.floor(MAX_TIMER_MS / 1000)} seconds (about 24 days)`);
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    try {
      shard = parseShard(values.shard);
    } catch (e) {
      throw usage((e as Error).message);
    }
  }
  if (values['article-date'] !== undefined && !isCalendarDate(values['article-date']))
    throw usage(`--article-date needs a real date, YYYY-MM-DD (got "${values['article-date']}")`);
  const cwd = io.cwd ?? process.cwd();
  const color = values['no-color']
    ? false
    : values.color
      ? true
      : env.NO_COLOR
        ? false
        : env.FORCE_COLOR && env.FORCE_COLOR !== '0'
          ? true
          : io.isTTY && !values.output;
  const cacheDir = values['no-cache'] ? undefined : cacheLocation(values['cache-location'], env, cwd);
  const checkerOptions = {
    cwd,
    references: values.references?.map((r) => r),
    articleDate: values['article-date'],
    cacheDir,
    timing: env.COPYDESK_TIMING === '1',
  };

  // Read before anything runs: a baseline that cannot be read is a usage problem, found before minutes of checking.
  const baselinePath = values.baseline !== undefined ? resolve(cwd, values.baseline) : undefined;
  let baseline: BaselineEntry[] | undefined;
  let changed: ChangedLines | undefined;
  try {
    if (baselinePath && values['write-baseline'] === undefined) baseline = readBaseline(baselinePath);
    if (values['changed-since'] !== undefined) changed = changedLines(cwd, values['changed-since']);
  } catch (e) {
    if (!(e instanceof BaselineError || e instanceof ChangedSinceError)) throw e;
    io.err(`copydesk: ${printable(e.message)}\n`);
    return 2;
  }

  let inputErrors = 0;
  const printedOnce = new Set<string>();
  const bar = { current: NO_PROGRESS };
  const printMessages = (c: Checked) => {
    for (const m of c.messages) {
      if (m.once) {
        if (printedOnce.has(m.text)) continue;
        printedOnce.add(m.text);
      }
      if (m.inputError) inputErrors++;
      bar.current.end();
      io.err(`copydesk: ${printable(m.text)}\n`);
    }
  };

  let checked: Checked[];
  let all: string[] = [];
  let files: string[] = [];
  if (values.stdin) {
    const name = values['stdin-filename'] ?? '<stdin>';
    let text: string;
    try {
      text = decodeText(name, await readStdin(io));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.err(`copydesk: ${printable(e.message)}\n`);
      return 2;
    }
    const one = new Checker(checkerOptions).checkFile(name, undefined, text);
    printMessages(one);
    checked = [one];
  } else {
    const rules = loadIgnoreRules(cwd, values['no-ignore'] ? null : values['ignore-path']);
    const expanded = expandPaths(positionals, cwd, rules);
    all = withoutReferenceFiles(expanded.files, expanded.named, cwd, values.references).files;
    files = all.filter((f) => inShard(f, shard, cwd) && (!changed || touched(changed, f, cwd)));
    for (const m of expanded.missing) {
      io.err(`copydesk: ${printable(m)}: no files match\n`);
      inputErrors++;
    }
    for (const p of expanded.problems) {
      io.err(`copydesk: ${printable(p)}\n`);
      inputErrors++;
    }
    bar.current =
      !values['no-progress'] && wantsProgress(!!io.errIsTTY, env, files.length)
        ? progressBar(files.length, io.err, io.columns)
        : NO_PROGRESS;
    checked = await checkAll(files, checkerOptions, {
      jobs,
      workerEntry: io.workerEntry,
      fileTimeoutMs: fileTimeout ? fileTimeout * 1000 : undefined,
      fileHeapMb: fileMemory,
      onProgress: (n) => bar.current.update(n),
      onDone: (_i, c) => printMessages(c),
    });
    bar.current.end();
  }
  let reports: FileReport[] = checked.map((c) => c.report);

  // What counts: findings on changed lines (--changed-since), then those not in the baseline.
  let unchanged = 0;
  let baselined = 0;
  if (changed) ({ reports, dropped: unchanged } = onChangedLines(reports, changed, cwd));
  if (values['write-baseline'] !== undefined) {
    const path = resolve(cwd, values['write-baseline']);
    try {
      const w = writeBaseline(path, reports, cwd);
      io.err(
        `copydesk: wrote ${w.written} finding${w.written === 1 ? '' : 's'} to ${printable(values['write-baseline'])}${w.dropped ? ` (${w.dropped} fixed since, dropped)` : ''}\n`,
      );
      baseline = readBaseline(path);
    } catch (e) {
      io.err(`copydesk: cannot write ${printable(values['write-baseline'])}: ${printable((e as Error).message)}\n`);
      return 2;
    }
  }
  if (baseline) {
    const b = applyBaseline(
      reports,
      baseline,
      cwd,
      values['write-baseline'] !== undefined ? resolve(cwd, values['write-baseline']) : baselinePath!,
    );
    reports = b.reports;
    baselined = b.matched;
    if (b.gone && values['write-baseline'] === undefined)
      io.err(
        `copydesk: ${b.gone} baselined finding${b.gone === 1 ? ' is' : 's are'} fixed; run with --write-baseline ${printable(values.baseline!)} to drop ${b.gone === 1 ? 'it' : 'them'}\n`,
      );
  }

  const counted = totals(reports);
  const code = exitCode({ inputErrors, errors: counted.errors, warnings: counted.warnings, maxWarnings });
  const warningsFail = maxWarnings >= 0 && counted.warnings > maxWarnings;
  // --quiet shows errors only; warnings still count for --max-warnings (ESLint's documented behaviour).
  const shown = values.quiet
    ? reports.map((r) =>
        r.result
          ? { ...r, result: { ...r.result, findings: r.result.findings.filter((f) => f.severity === 'error') } }
          : r,
      )
    : reports;
  const hidden = values.quiet ? counted.warnings + counted.infos + counted.hints : 0;
  const failure =
    code === 0
      ? undefined
      : failureReason({
          inputErrors,
          errors: counted.errors,
          warnings: counted.warnings,
          maxWarnings,
          quiet: values.quiet!,
        });
  const output = formatter(shown, {
    color,
    cwd,
    version,
    shard,
    run: { totals: counted, hidden, warningsFail, failure, baselined, unchanged },
    repositoryUrl: REPOSITORY_URL,
  });
  if (values.output) {
    try {
      writeFileSync(resolve(cwd, values.output), output);
    } catch (e) {
      io.err(`copydesk: cannot write ${printable(values.output)}: ${printable((e as Error).message)}\n`);
      return 2;
    }
  } else io.out(output);
  // The text format on stdout says why in its summary; with any other report (or a file) the findings' part of it goes
  // to stderr (files that could not be read have had their own lines there already).
  const findingsFailure = failureReason({
    inputErrors: 0,
    errors: counted.errors,
    warnings: counted.warnings,
    maxWarnings,
    quiet: values.quiet!,
  });
  if (findingsFailure && (format !== 'text' || values.output)) io.err(`copydesk: failed: ${findingsFailure}\n`);
  if (shard && files.length === 0 && all.length > 0)
    io.err(`copydesk: shard ${shard.index}/${shard.count} has no files (of ${all.length})\n`);
  return code;
}

/** Why the run fails, in words, for the summary (the exit code alone says 1 for two different reasons). */
export function failureReason(x: CheckExit & { quiet: boolean }): string {
  const reasons: string[] = [];
  if (x.inputErrors)
    reasons.push(
      `${x.inputErrors} file${x.inputErrors === 1 ? '' : 's'} or reference${x.inputErrors === 1 ? '' : 's'} could not be read or checked (exit 2)`,
    );
  if (x.errors) reasons.push(`${x.errors} error${x.errors === 1 ? '' : 's'}`);
  if (x.maxWarnings >= 0 && x.warnings > x.maxWarnings)
    reasons.push(
      `${x.warnings} warning${x.warnings === 1 ? '' : 's'}${x.quiet ? ' (not shown: --quiet)' : ''}, more than --max-warnings ${x.maxWarnings}`,
    );
  return reasons.join('; ');
}

/** Standard input, bounded like every read: a pipe that never ends is cut at the limit. */
async function readStdin(io: Io): Promise<Uint8Array> {
  if (!io.readStdin) return new Uint8Array();
  return io.readStdin(MAX_CHECK_BYTES);
}

declare const __REPOSITORY_URL__: string | undefined;
/** package.json's repository, when it names a public one: SARIF links each rule to its README section there. */
const REPOSITORY_URL = typeof __REPOSITORY_URL__ === 'string' && __REPOSITORY_URL__ ? __REPOSITORY_URL__ : undefined;
