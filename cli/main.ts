// The `copydesk` command line: annotate, check, lsp. Formatting lives here; analysis lives in core/.
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { annotate, check, resolveConfig, type Annotations, type CopydeskConfig } from '../core/index';
import { readTextFile, InputError } from '../host/readText';
import { loadConfigFor, ConfigError } from '../host/configFile';
import { listReferenceFiles, loadReferences, type LoadResult } from '../host/references';
import { expandPaths } from './paths';
import { formatText } from './formats/text';
import { formatJson } from './formats/json';
import { totals, type FileReport } from './formats/shared';

const USAGE = `Usage:
  copydesk annotate [--format json|text] [--article-date YYYY-MM-DD] FILE...
  copydesk check [--references DIR|GLOB]... [--format text|json] [--max-warnings N] [--quiet] PATH...
  copydesk lsp --stdio

Exit codes: 0 no error-level findings; 1 error-level findings (or more warnings than --max-warnings);
2 usage error, or a file that could not be read.`;

export class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'annotate':
        return runAnnotate(rest, io);
      case 'check':
        return runCheck(rest, io);
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
      io.err(`copydesk: ${(e as Error).message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof InputError) {
      io.err(`copydesk: ${e.message}\n`);
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
  let failed = false;
  const docs: Array<Record<string, unknown>> = [];
  for (const file of positionals) {
    try {
      const text = readTextFile(file);
      const ann = annotate(text, resolveConfig(loadConfigFor(file).config, values['article-date'] ? { articleDate: values['article-date'] } : {}));
      docs.push(annotationDocument(file, ann));
    } catch (e) {
      if (!(e instanceof InputError || e instanceof ConfigError)) throw e;
      io.err(`copydesk: ${e.message}\n`);
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
  const lines = [`${d.file}`];
  for (const e of d.entities as Annotations['entities']) lines.push(`  ${e.type.padEnd(8)} ${e.text}${e.canonical !== e.text ? ` (= ${e.canonical})` : ''}`);
  for (const q of d.quantities as Annotations['quantities']) lines.push(`  ${q.kind.padEnd(8)} ${q.text}${q.value !== undefined ? ` = ${q.date?.iso ?? q.value}${q.unit && q.kind === 'MONEY' ? ' ' + q.unit : ''}` : ''}`);
  for (const a of d.assertions as Annotations['assertions']) lines.push(`  ${a.status.padEnd(12)} ${a.source ? `[${a.source}] ` : ''}${a.text.slice(0, 80).replace(/\s+/g, ' ')}`);
  return lines.join('\n') + '\n';
}

function runCheck(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      references: { type: 'string', short: 'r', multiple: true },
      format: { type: 'string', default: 'text' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'article-date': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('check needs at least one PATH');
  const format = values.format!;
  if (!['text', 'json'].includes(format)) throw new UsageError(`unknown format "${format}" (text or json)`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError('--max-warnings needs a whole number');

  const { files, missing } = expandPaths(positionals);
  let inputErrors = 0;
  for (const m of missing) {
    io.err(`copydesk: ${m}: no files match\n`);
    inputErrors++;
  }
  // References are loaded once per distinct source: the CLI flag, or each config file's globs.
  const refCache = new Map<string, LoadResult>();
  const referencesFor = (patterns: string[], baseDir: string): LoadResult => {
    const key = baseDir + '\0' + patterns.join('\0');
    let r = refCache.get(key);
    if (!r) {
      r = loadReferences(listReferenceFiles(patterns, baseDir));
      for (const e of r.errors) io.err(`copydesk: reference ${e}\n`);
      refCache.set(key, r);
    }
    return r;
  };
  const cliRefs = values.references;
  const reports: FileReport[] = [];
  for (const file of files) {
    try {
      const loaded = loadConfigFor(file);
      const cliLayer: Partial<CopydeskConfig> = values['article-date'] ? { articleDate: values['article-date'] } : {};
      const config = resolveConfig(loaded.config, cliLayer);
      const refs = cliRefs?.length ? referencesFor(cliRefs, process.cwd()) : config.references.length ? referencesFor(config.references, loaded.dir ?? dirname(resolve(file))) : undefined;
      const text = readTextFile(file);
      reports.push({ file, text, result: check(text, config, refs?.index) });
    } catch (e) {
      if (!(e instanceof InputError || e instanceof ConfigError)) throw e;
      io.err(`copydesk: ${e.message}\n`);
      reports.push({ file, text: '', error: e.message });
      inputErrors++;
    }
  }
  const shown = values.quiet ? reports.map((r) => (r.result ? { ...r, result: { ...r.result, findings: r.result.findings.filter((f) => f.severity === 'error') } } : r)) : reports;
  io.out(format === 'json' ? formatJson(shown) : formatText(shown, io.isTTY));
  const t = totals(reports);
  if (inputErrors) return 2;
  if (t.errors > 0) return 1;
  if (maxWarnings >= 0 && t.warnings > maxWarnings) return 1;
  return 0;
}
