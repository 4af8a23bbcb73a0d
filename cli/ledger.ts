// `copydesk ledger`: lists the verification ledger of the repository at the working directory, and with --prune removes
// the records whose claim no article holds any more (a sentence rewritten, an article deleted).
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import type { Io } from './main';
import { createAnalyzer, resolveConfig } from '../core/index';
import { ledgerItems, type LedgerRecord } from '../core/ledger/index';
import { ledgerHash, ledgerRootFor, readLedger, updateLedger, LedgerError } from '../host/ledger';
import { loadConfigFor, ConfigError } from '../host/configFile';
import { readTextFile, InputError } from '../host/readText';
import { LEDGER_USAGE, UsageError } from './usage';
import { expandPaths } from './paths';
import { loadIgnoreRules } from './ignoreFile';
import { portablePath } from './formats/shared';
import { printable, printableLine } from './printable';

export async function runLedger(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      prune: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(LEDGER_USAGE + '\n');
    return 0;
  }
  if (values.format !== 'text' && values.format !== 'json')
    throw new UsageError(`unknown format "${values.format}" (text or json)`, 'ledger');
  if (positionals.length && !values.prune)
    throw new UsageError('PATH is for --prune (the articles whose claims are kept)', 'ledger');
  const cwd = io.cwd ?? process.cwd();
  const root = ledgerRootFor(`${cwd}/.`, cwd);
  let file = readLedger(root);
  for (const e of file.errors) io.err(`copydesk: ${printable(e)}\n`);
  let failed = file.errors.length > 0;
  let removed: LedgerRecord[] = [];
  if (values.prune) {
    const present = claimsIn(positionals.length ? positionals : [relative(cwd, root) || '.'], cwd, io);
    if (!present) return 2;
    removed = file.records.filter((r) => !present.has(r.fingerprint));
    if (removed.length) {
      try {
        file = updateLedger(root, { remove: removed.map((r) => r.fingerprint) });
      } catch (e) {
        if (!(e instanceof LedgerError)) throw e;
        io.err(`copydesk: ${printable(e.message)}\n`);
        return 2;
      }
    }
    failed = false; // a broken line would have stopped the write above
  }
  const rel = (p: string) => portablePath(p, cwd);
  if (values.format === 'json') {
    io.out(
      JSON.stringify({ ledger: rel(file.path), records: file.records, ...(values.prune ? { removed } : {}) }, null, 2) +
        '\n',
    );
  } else {
    const lines: string[] = [];
    if (values.prune) {
      for (const r of removed)
        lines.push(
          `removed  ${r.verdict.padEnd(8)} “${printableLine(clip(r.claim))}” (${printable(r.file)}), ${r.verdict} by ${printableLine(r.by)} on ${r.date}`,
        );
      lines.push(
        `${removed.length} record${removed.length === 1 ? '' : 's'} removed: ${removed.length ? 'their claims are in no article' : 'every claim is still in an article'}`,
        '',
      );
    }
    const byFile = new Map<string, LedgerRecord[]>();
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    for (const r of [...file.records].sort((a, b) => cmp(a.file, b.file) || cmp(a.claim, b.claim)))
      byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
    for (const [f, records] of byFile) {
      lines.push(printable(f));
      for (const r of records)
        lines.push(
          `  ${r.verdict.padEnd(8)} “${printableLine(clip(r.claim))}” by ${printableLine(r.by)} on ${r.date}${r.note ? `: ${printableLine(r.note)}` : ''}`,
        );
    }
    const verified = file.records.filter((r) => r.verdict === 'verified').length;
    lines.push(
      `${file.records.length} record${file.records.length === 1 ? '' : 's'} (${verified} verified, ${file.records.length - verified} disputed) in ${printable(rel(file.path))}`,
    );
    io.out(lines.join('\n') + '\n');
  }
  return failed ? 2 : 0;
}

/** Fingerprints of every claim in the articles under `paths`, or undefined when one could not be read (prune nothing). */
function claimsIn(paths: string[], cwd: string, io: Io): Set<string> | undefined {
  const { files, missing, problems } = expandPaths(paths, cwd, loadIgnoreRules(cwd, null));
  const out = new Set<string>();
  const trouble = [...missing.map((m) => `${m}: no files match`), ...problems];
  const analyzer = createAnalyzer();
  for (const f of files) {
    try {
      const path = resolve(cwd, f);
      const text = readTextFile(path);
      const config = resolveConfig(loadConfigFor(path, [cwd]).config);
      for (const item of ledgerItems(text, analyzer.annotate(text, config))) out.add(ledgerHash(item.key));
    } catch (e) {
      if (!(e instanceof InputError || e instanceof ConfigError)) throw e;
      trouble.push(e.message);
    }
  }
  if (trouble.length) {
    for (const t of trouble) io.err(`copydesk: ${printable(t)}\n`);
    io.err('copydesk: nothing pruned: every article must be read to know which claims are gone\n');
    return undefined;
  }
  return out;
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? flat.slice(0, 69) + '…' : flat;
}
