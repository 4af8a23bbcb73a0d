// `copydesk check`'s arguments, parsed and checked in one place: every contradiction is a usage error before any file
// is read, and the rest of the command works on typed values.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { isCalendarDate } from '../core/index';
import { UsageError } from './usage';
import { parseShard, type Shard } from './shard';
import { FORMATS, FORMAT_NAMES } from './formats/index';

type Formatter = (typeof FORMATS)[string];

const MAX_TIMER_MS = 2 ** 31 - 1;

export interface CheckOptions {
  help: boolean;
  paths: string[];
  references?: string[];
  format: string;
  formatter: Formatter;
  output?: string;
  /** -1: no limit. */
  maxWarnings: number;
  quiet: boolean;
  articleDate?: string;
  jobs: number;
  shard?: Shard;
  /** undefined: the default ignore file; null: --no-ignore. */
  ignorePath: string | null | undefined;
  /** --color / --no-color; undefined: decided from the environment and the terminal. */
  color?: boolean;
  noProgress: boolean;
  fileTimeoutMs?: number;
  fileMemoryMb?: number;
  baseline?: string;
  writeBaseline?: string;
  changedSince?: string;
  stdin: boolean;
  stdinFilename?: string;
  cacheLocation?: string;
  noCache: boolean;
}

export function parseCheckOptions(args: string[]): CheckOptions {
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
  const usage = (m: string) => new UsageError(m, 'check');
  const base = {
    paths: positionals,
    references: values.references,
    output: values.output,
    quiet: values.quiet!,
    articleDate: values['article-date'],
    ignorePath: values['no-ignore'] ? null : values['ignore-path'],
    color: values['no-color'] ? false : values.color ? true : undefined,
    noProgress: values['no-progress']!,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    changedSince: values['changed-since'],
    stdin: values.stdin!,
    stdinFilename: values['stdin-filename'],
    cacheLocation: values['cache-location'],
    noCache: values['no-cache']!,
  };
  if (values.help) return { ...base, help: true, format: 'text', formatter: FORMATS.text!, maxWarnings: -1, jobs: 1 };

  if (base.stdin && positionals.length) throw usage('--stdin checks standard input: give no PATH with it');
  if (base.stdinFilename !== undefined && !base.stdin)
    throw usage('--stdin-filename names the text of --stdin: give --stdin too');
  if (base.stdin && base.changedSince !== undefined)
    throw usage('--changed-since compares files on disk with git: it cannot check --stdin');
  if (!base.stdin && positionals.length === 0) throw usage('check needs at least one PATH (or --stdin)');
  if (base.writeBaseline !== undefined && values.shard !== undefined)
    throw usage('--write-baseline records every file: run it without --shard');
  if (base.cacheLocation !== undefined && base.noCache)
    throw usage('--cache-location and --no-cache contradict each other');

  const format = values.format!;
  const formatter = FORMATS[format];
  if (!formatter) throw usage(`unknown format "${format}" (${FORMAT_NAMES.join(', ')})`);
  if (!/^\d+$/.test(values['max-warnings'] ?? '0')) throw usage('--max-warnings needs a whole number >= 0');
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  const jobs = values.jobs === undefined ? 1 : values.jobs === 'auto' ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw usage('--jobs needs a whole number >= 1, or auto');
  const fileTimeout = values['file-timeout'] === undefined ? undefined : Number(values['file-timeout']);
  if (fileTimeout !== undefined && !(fileTimeout > 0)) throw usage('--file-timeout needs a number of seconds > 0');
  const fileMemoryMb = values['file-memory'] === undefined ? undefined : Number(values['file-memory']);
  if (fileMemoryMb !== undefined && !(Number.isInteger(fileMemoryMb) && fileMemoryMb >= 64))
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
  if (base.articleDate !== undefined && !isCalendarDate(base.articleDate))
    throw usage(`--article-date needs a real date, YYYY-MM-DD (got "${base.articleDate}")`);
  return {
    ...base,
    help: false,
    format,
    formatter,
    maxWarnings,
    jobs,
    shard,
    fileTimeoutMs: fileTimeout === undefined ? undefined : fileTimeout * 1000,
    fileMemoryMb,
  };
}
