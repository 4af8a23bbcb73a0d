// The `copydesk` command line: annotate, check, lsp. Formatting lives here; analysis lives in core/.
import { parseArgs } from 'node:util';
import { annotate, isCalendarDate, resolveConfig, type Annotations } from '../core/index';
import { readTextFile, InputError } from '../host/readText';
import { loadConfigFor, ConfigError } from '../host/configFile';
import { runCheck } from './runCheck';
import { UsageError, USAGE } from './usage';
import { printable, printableLine } from './printable';

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
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'annotate':
        return runAnnotate(rest, io);
      case 'check':
        return await runCheck(rest, io, VERSION);
      case 'lsp': {
        const { startServer } = await import('../server/src/server');
        startServer();
        return -1; // keeps running
      }
      case '--version':
      case '-v':
        io.out(`${VERSION}\n`);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.err(`copydesk: ${printable((e as Error).message)}\n${USAGE}\n`);
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

function runAnnotate(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'json' }, 'article-date': { type: 'string' } } });
  if (positionals.length === 0) throw new UsageError('annotate needs at least one FILE');
  if (values.format !== 'json' && values.format !== 'text') throw new UsageError(`unknown format "${values.format}" (json or text)`);
  if (values['article-date'] !== undefined && !isCalendarDate(values['article-date'])) throw new UsageError(`--article-date needs a real date, YYYY-MM-DD (got "${values['article-date']}")`);
  let failed = false;
  const docs: Array<Record<string, unknown>> = [];
  for (const file of positionals) {
    try {
      const text = readTextFile(file);
      const ann = annotate(text, resolveConfig(loadConfigFor(file, [io.cwd ?? process.cwd()]).config, values['article-date'] ? { articleDate: values['article-date'] } : {}));
      docs.push(annotationDocument(file, ann));
    } catch (e) {
      if (!(e instanceof InputError || e instanceof ConfigError)) throw e;
      io.err(`copydesk: ${printable(e.message)}\n`);
      failed = true;
    }
  }
  if (values.format === 'json') io.out(JSON.stringify({ files: docs }, null, 1) + '\n');
  else for (const d of docs) io.out(annotationText(d));
  return failed ? 2 : 0;
}

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

function annotationText(d: Record<string, unknown>): string {
  const lines = [printable(`${d.file}`)];
  for (const e of d.entities as Annotations['entities']) lines.push(`  ${e.type.padEnd(8)} ${printableLine(e.text)}${e.canonical !== e.text ? ` (= ${printableLine(e.canonical)})` : ''}`);
  for (const q of d.quantities as Annotations['quantities']) lines.push(`  ${q.kind.padEnd(8)} ${printableLine(q.text)}${q.value !== undefined ? ` = ${q.date?.iso ?? q.value}${q.unit && q.kind === 'MONEY' ? ' ' + q.unit : ''}` : ''}`);
  for (const a of d.assertions as Annotations['assertions']) lines.push(`  ${a.status.padEnd(12)} ${a.source ? `[${printableLine(a.source)}] ` : ''}${printableLine(a.text.slice(0, 80))}`);
  return lines.join('\n') + '\n';
}
