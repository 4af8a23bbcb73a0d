// The `copydesk` command line: annotate, check, lsp. Formatting lives here; analysis lives in core/.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createAnalyzer, isCalendarDate, resolveConfig, type Analyzer, type Annotations } from '../core/index';
import { readTextFile, InputError } from '../host/readText';
import { loadConfigFor, ConfigError } from '../host/configFile';
import { runCheck } from './runCheck';
import { runLedger } from './ledger';
import { UsageError, USAGE, HELP, ANNOTATE_USAGE, parseArgsMessage } from './usage';
import { printable, printableLine } from './printable';
import { portablePath, positionOf } from './formats/shared';
import { availableParallelism } from 'node:os';
import { annotateAll, type Annotated } from './annotatePool';

export { UsageError };

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stdout is a terminal: colour the text format. */
  isTTY: boolean;
  /** stderr is a terminal: a progress bar is allowed. */
  errIsTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Script for --jobs worker threads; without it checks run on the main thread. */
  workerEntry?: string;
  /** Standard input (--stdin), at most `maxBytes` of it: more is an error, not a cut. */
  readStdin?: (maxBytes: number) => Promise<Uint8Array>;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'annotate':
        return await runAnnotate(rest, io);
      case 'check':
        return await runCheck(rest, io, VERSION);
      case 'ledger':
        return await runLedger(rest, io);
      case 'lsp': {
        const [{ startServer }, { tuneHeapForEditing }] = await Promise.all([
          import('../server/src/server'),
          import('../server/src/heap'),
        ]);
        tuneHeapForEditing();
        startServer();
        return -1; // keeps running
      }
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return 0;
      case undefined:
        io.err(USAGE + '\n');
        return 2;
      case '--help':
      case '-h':
        io.out(USAGE + '\n');
        return 0;
      case 'help': {
        const topic = rest[0];
        if (topic !== undefined && !HELP[topic])
          throw new UsageError(`no help for "${topic}": commands are ${Object.keys(HELP).join(', ')}`);
        io.out((topic ? HELP[topic]! : USAGE) + '\n');
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    const parseError = (e as { code?: string }).code?.startsWith?.('ERR_PARSE_ARGS');
    if (e instanceof UsageError || parseError) {
      // One line and where to read more: the whole help text would bury the line that matters.
      const cmd = e instanceof UsageError && e.command ? e.command : command && HELP[command] ? command : undefined;
      const line = parseError ? parseArgsMessage(e as { code?: string; message: string }) : (e as Error).message;
      io.err(`copydesk: ${printable(line)}\nRun 'copydesk ${cmd ? `${cmd} ` : ''}--help' for usage.\n`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof InputError) {
      io.err(`copydesk: ${printable(e.message)}\n`);
      return 2;
    }
    throw e;
  }
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

async function runAnnotate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'json' },
      'article-date': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(ANNOTATE_USAGE + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('annotate needs at least one FILE');
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError(`unknown format "${values.format}" (json or text)`);
  if (values['article-date'] !== undefined && !isCalendarDate(values['article-date']))
    throw new UsageError(`--article-date needs a real date, YYYY-MM-DD (got "${values['article-date']}")`);
  const jobs = values.jobs === undefined ? 1 : values.jobs === 'auto' ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs needs a whole number >= 1, or auto');
  const options: AnnotateOptions = {
    format: values.format,
    articleDate: values['article-date'],
    cwd: io.cwd ?? process.cwd(),
  };
  // With one job (or one file) the files are annotated here: starting a thread costs a model load of its own.
  const done =
    jobs > 1 && positionals.length > 1 && io.workerEntry
      ? await annotateAll(positionals, jobs, io.workerEntry, options)
      : positionals.map((file) => annotateFile(file, options));
  let failed = false;
  const docs: string[] = [];
  for (const d of done) {
    if ('doc' in d) docs.push(d.doc);
    else {
      io.err(d.message);
      failed = true;
    }
  }
  // The same text JSON.stringify({ files }, null, 1) gives for the whole list.
  if (values.format === 'json')
    io.out(docs.length ? `{\n "files": [\n  ${docs.join(',\n  ')}\n ]\n}\n` : '{\n "files": []\n}\n');
  else for (const d of docs) io.out(d);
  return failed ? 2 : 0;
}

export interface AnnotateOptions {
  format: 'json' | 'text';
  articleDate?: string;
  cwd: string;
}

/**
 * One file's report, serialised at once so that its annotations are garbage before the next file: a run over many
 * files then does not carry every file's objects through each collection to the end. Unexpected errors are thrown.
 */
export function annotateFile(file: string, o: AnnotateOptions): Annotated {
  try {
    const path = resolve(o.cwd, file);
    const text = readTextFile(path);
    const ann = threadAnalyzer().annotate(
      text,
      resolveConfig(loadConfigFor(path, [o.cwd]).config, o.articleDate ? { articleDate: o.articleDate } : {}),
    );
    return {
      doc:
        o.format === 'json'
          ? jsonInFiles(annotationDocument(file, ann))
          : annotationText({ ...annotationDocument(portablePath(file, o.cwd), ann), text }),
    };
  } catch (e) {
    if (!(e instanceof InputError || e instanceof ConfigError)) throw e;
    // Named as it was given, not by the absolute path it was read from.
    return {
      message: `copydesk: ${printable(e instanceof InputError ? `${file}: ${e.message.slice(e.file.length + 2)}` : e.message)}\n`,
    };
  }
}

// One analyser for the files annotated on this thread (the main one, or an --jobs worker), without kernel caches. The
// caches pay while typing, when the next analysis meets the same sentences again; a batch of distinct articles meets
// each sentence once, so every entry is a miss that is copied, stored and then carried by each young-generation
// collection to the end of the run. On the 152 GUM files of `npm run bench` (cold) caches off gave the same output with
// 12% less CPU (median of 5 interleaved runs: 7.2 s against 8.2 s, load 8.9) and a 50 MB smaller peak RSS; the heap
// grew from 26 to 89 MB over the run with them, to 49 MB without: part of the cost a file adds to a batch.
// `copydesk check` keeps its caches: there the reference-side entries are shared by every file checked against them.
let analyzer: Analyzer | undefined;
const threadAnalyzer = (): Analyzer => (analyzer ??= createAnalyzer({ caches: false }));

/** One file's report as JSON.stringify({ files: [...] }, null, 1) prints an element of the list: that output for a
 * list of one, without the lines around the element. */
function jsonInFiles(doc: Record<string, unknown>): string {
  const s = JSON.stringify({ files: [doc] }, null, 1);
  return s.slice(LIST_OPEN.length, s.length - LIST_CLOSE.length);
}
const LIST_OPEN = '{\n "files": [\n  ';
const LIST_CLOSE = '\n ]\n}';

function annotationDocument(file: string, a: Annotations): Record<string, unknown> {
  return {
    file,
    articleDate: a.articleDate,
    entities: a.entities.map(({ text, type, start, end, canonical }) => ({ text, type, start, end, canonical })),
    quantities: a.quantities,
    assertions: a.assertions,
    quotes: a.quotes.map(({ start, end, inner, speaker }) => ({ start, end, text: inner, speaker })),
  };
}

/** One item a line, each with its line:col (1-based, as editors and `check` show them), in text order. */
function annotationText(d: Record<string, unknown>): string {
  const report = { file: String(d.file), text: String(d.text ?? '') };
  const at = (o: number) => {
    const p = positionOf(report, o);
    return `${p.line + 1}:${p.character + 1}`.padEnd(8);
  };
  const items: Array<{ start: number; line: string }> = [];
  for (const e of d.entities as Annotations['entities'])
    items.push({
      start: e.start,
      line: `${at(e.start)} ${e.type.padEnd(12)} ${printableLine(e.text)}${e.canonical !== e.text ? ` (= ${printableLine(e.canonical)})` : ''}`,
    });
  for (const q of d.quantities as Annotations['quantities'])
    items.push({
      start: q.start,
      line: `${at(q.start)} ${q.kind.padEnd(12)} ${printableLine(q.text)}${q.value !== undefined ? ` = ${q.date?.iso ?? q.value}${q.unit && q.kind === 'MONEY' ? ' ' + q.unit : ''}` : ''}`,
    });
  for (const q of d.quotes as Array<{ start: number; text: string; speaker?: string }>)
    items.push({
      start: q.start,
      line: `${at(q.start)} ${'QUOTE'.padEnd(12)} “${printableLine(clipped(q.text, 80))}”${q.speaker ? ` — ${printableLine(q.speaker)}` : ''}`,
    });
  for (const a of d.assertions as Annotations['assertions'])
    items.push({
      start: a.start,
      line: `${at(a.start)} ${a.status.padEnd(12)} ${a.source ? `[${printableLine(a.source)}] ` : ''}${printableLine(clipped(a.text, 80))}`,
    });
  // Stable: items at one offset keep the order above (names, figures, quotes, sentences).
  items.sort((x, y) => x.start - y.start);
  return [printable(report.file), ...items.map((i) => `  ${i.line}`)].join('\n') + '\n';
}

function clipped(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
