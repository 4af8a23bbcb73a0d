// `copydesk check`: expand paths, drop ignored files, keep this shard, check (optionally in parallel), report, exit code.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from './main';
import { CHECK_USAGE } from './usage';
import { parseCheckOptions, type CheckOptions } from './checkOptions';
import { printable } from './printable';
import { expandPaths } from './paths';
import { loadIgnoreRules } from './ignoreFile';
import { inShard } from './shard';
import { checkAll } from './pool';
import { Checker, MAX_CHECK_BYTES, type Checked } from './checker';
import { withoutReferenceFiles } from './skipReferences';
import { applyBaseline, readBaseline, writeBaseline, BaselineError, type BaselineEntry } from './baseline';
import { changedLines, onChangedLines, touched, ChangedSinceError, type ChangedLines } from './changedLines';
import { decodeText, InputError } from '../host/readText';
import { cacheLocation } from '../host/cacheDir';
import { NO_PROGRESS, progressBar, wantsProgress } from './progress';
import { totals, type FileReport } from './formats/shared';

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
  const opts = parseCheckOptions(args);
  if (opts.help) {
    io.out(CHECK_USAGE + '\n');
    return 0;
  }
  const env = io.env ?? {};
  const cwd = io.cwd ?? process.cwd();
  const inputs = readRunInputs(opts, cwd, io);
  if (inputs === INPUT_FAILED) return 2;
  const run = await checkInputs(opts, inputs.changed, { cwd, env, io });
  if (run === INPUT_FAILED) return 2;
  const counted = whatCounts(run.reports, inputs, opts, cwd, io);
  if (counted === INPUT_FAILED) return 2;
  return report(counted, run, opts, { cwd, env, io, version });
}

const INPUT_FAILED = Symbol('input failed');

interface RunInputs {
  baseline?: BaselineEntry[];
  baselinePath?: string;
  changed?: ChangedLines;
}

/** Read before anything runs: a baseline that cannot be read is a usage problem, found before minutes of checking. */
function readRunInputs(opts: CheckOptions, cwd: string, io: Io): RunInputs | typeof INPUT_FAILED {
  const baselinePath = opts.baseline !== undefined ? resolve(cwd, opts.baseline) : undefined;
  try {
    return {
      baselinePath,
      baseline: baselinePath && opts.writeBaseline === undefined ? readBaseline(baselinePath) : undefined,
      changed: opts.changedSince !== undefined ? changedLines(cwd, opts.changedSince) : undefined,
    };
  } catch (e) {
    if (!(e instanceof BaselineError || e instanceof ChangedSinceError)) throw e;
    io.err(`copydesk: ${printable(e.message)}\n`);
    return INPUT_FAILED;
  }
}

interface CheckRun {
  reports: FileReport[];
  inputErrors: number;
  /** Files after ignore rules and reference files are dropped, before the shard and --changed-since. */
  all: string[];
  /** The files this run checked. */
  files: string[];
}

/** Checks standard input, or the files the paths expand to; each file's messages are printed as it finishes. */
async function checkInputs(
  opts: CheckOptions,
  changed: ChangedLines | undefined,
  { cwd, env, io }: { cwd: string; env: Record<string, string | undefined>; io: Io },
): Promise<CheckRun | typeof INPUT_FAILED> {
  const checkerOptions = {
    cwd,
    references: opts.references,
    articleDate: opts.articleDate,
    cacheDir: opts.noCache ? undefined : cacheLocation(opts.cacheLocation, env, cwd),
    timing: env.COPYDESK_TIMING === '1',
  };
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

  if (opts.stdin) {
    const name = opts.stdinFilename ?? '<stdin>';
    let text: string;
    try {
      text = decodeText(name, await readStdin(io));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      io.err(`copydesk: ${printable(e.message)}\n`);
      return INPUT_FAILED;
    }
    const one = new Checker(checkerOptions).checkFile(name, undefined, text);
    printMessages(one);
    return { reports: [one.report], inputErrors, all: [], files: [] };
  }

  const rules = loadIgnoreRules(cwd, opts.ignorePath);
  const expanded = expandPaths(opts.paths, cwd, rules);
  const all = withoutReferenceFiles(expanded.files, expanded.named, cwd, opts.references).files;
  const files = all.filter((f) => inShard(f, opts.shard, cwd) && (!changed || touched(changed, f, cwd)));
  for (const m of expanded.missing) {
    io.err(`copydesk: ${printable(m)}: no files match\n`);
    inputErrors++;
  }
  for (const p of expanded.problems) {
    io.err(`copydesk: ${printable(p)}\n`);
    inputErrors++;
  }
  bar.current =
    !opts.noProgress && wantsProgress(!!io.errIsTTY, env, files.length)
      ? progressBar(files.length, io.err, io.columns)
      : NO_PROGRESS;
  const checked = await checkAll(files, checkerOptions, {
    jobs: opts.jobs,
    workerEntry: io.workerEntry,
    fileTimeoutMs: opts.fileTimeoutMs,
    fileHeapMb: opts.fileMemoryMb,
    onProgress: (n) => bar.current.update(n),
    onDone: (_i, c) => printMessages(c),
  });
  bar.current.end();
  return { reports: checked.map((c) => c.report), inputErrors, all, files };
}

interface Counted {
  reports: FileReport[];
  baselined: number;
  unchanged: number;
}

/** What counts: findings on changed lines (--changed-since), then those not in the baseline (written first if asked). */
function whatCounts(
  checked: FileReport[],
  inputs: RunInputs,
  opts: CheckOptions,
  cwd: string,
  io: Io,
): Counted | typeof INPUT_FAILED {
  let reports = checked;
  let unchanged = 0;
  let baselined = 0;
  let baseline = inputs.baseline;
  if (inputs.changed) ({ reports, dropped: unchanged } = onChangedLines(reports, inputs.changed, cwd));
  if (opts.writeBaseline !== undefined) {
    const path = resolve(cwd, opts.writeBaseline);
    try {
      const w = writeBaseline(path, reports, cwd);
      io.err(
        `copydesk: wrote ${w.written} finding${w.written === 1 ? '' : 's'} to ${printable(opts.writeBaseline)}${w.dropped ? ` (${w.dropped} fixed since, dropped)` : ''}\n`,
      );
      baseline = readBaseline(path);
    } catch (e) {
      io.err(`copydesk: cannot write ${printable(opts.writeBaseline)}: ${printable((e as Error).message)}\n`);
      return INPUT_FAILED;
    }
  }
  if (baseline) {
    const b = applyBaseline(
      reports,
      baseline,
      cwd,
      opts.writeBaseline !== undefined ? resolve(cwd, opts.writeBaseline) : inputs.baselinePath!,
    );
    reports = b.reports;
    baselined = b.matched;
    if (b.gone && opts.writeBaseline === undefined)
      io.err(
        `copydesk: ${b.gone} baselined finding${b.gone === 1 ? ' is' : 's are'} fixed; run with --write-baseline ${printable(opts.baseline!)} to drop ${b.gone === 1 ? 'it' : 'them'}\n`,
      );
  }
  return { reports, baselined, unchanged };
}

/** Formats the report to stdout or --output, says on stderr why the run fails, and returns the exit code. */
function report(
  counted: Counted,
  run: CheckRun,
  opts: CheckOptions,
  ctx: { cwd: string; env: Record<string, string | undefined>; io: Io; version: string },
): number {
  const { cwd, env, io } = ctx;
  const { reports } = counted;
  const total = totals(reports);
  const { maxWarnings, quiet } = opts;
  const code = exitCode({ inputErrors: run.inputErrors, errors: total.errors, warnings: total.warnings, maxWarnings });
  const warningsFail = maxWarnings >= 0 && total.warnings > maxWarnings;
  // --quiet shows errors only; warnings still count for --max-warnings (ESLint's documented behaviour).
  const shown = quiet
    ? reports.map((r) =>
        r.result
          ? { ...r, result: { ...r.result, findings: r.result.findings.filter((f) => f.severity === 'error') } }
          : r,
      )
    : reports;
  const hidden = quiet ? total.warnings + total.infos + total.hints : 0;
  const failure =
    code === 0
      ? undefined
      : failureReason({
          inputErrors: run.inputErrors,
          errors: total.errors,
          warnings: total.warnings,
          maxWarnings,
          quiet,
        });
  const color =
    opts.color ??
    (env.NO_COLOR ? false : env.FORCE_COLOR && env.FORCE_COLOR !== '0' ? true : !!io.isTTY && !opts.output);
  const output = opts.formatter(shown, {
    color,
    cwd,
    version: ctx.version,
    shard: opts.shard,
    run: {
      totals: total,
      hidden,
      warningsFail,
      failure,
      baselined: counted.baselined,
      unchanged: counted.unchanged,
    },
    repositoryUrl: REPOSITORY_URL,
  });
  if (opts.output) {
    try {
      writeFileSync(resolve(cwd, opts.output), output);
    } catch (e) {
      io.err(`copydesk: cannot write ${printable(opts.output)}: ${printable((e as Error).message)}\n`);
      return 2;
    }
  } else io.out(output);
  // The text format on stdout says why in its summary; with any other report (or a file) the findings' part of it goes
  // to stderr (files that could not be read have had their own lines there already).
  const findingsFailure = failureReason({
    inputErrors: 0,
    errors: total.errors,
    warnings: total.warnings,
    maxWarnings,
    quiet,
  });
  if (findingsFailure && (opts.format !== 'text' || opts.output)) io.err(`copydesk: failed: ${findingsFailure}\n`);
  if (opts.shard && run.files.length === 0 && run.all.length > 0)
    io.err(`copydesk: shard ${opts.shard.index}/${opts.shard.count} has no files (of ${run.all.length})\n`);
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
