// `.copydesk/ledger.jsonl`: the verification ledger of a repository, beside its .copydesk.json (else at the folder the
// CLI runs in or the editor's workspace folder). One JSON record a line, keys in a fixed order, lines sorted by article
// and fingerprint: a file that reads well in review and merges line by line. It is read like every file a repository
// supplies — bounded, only inside the repository (a link leading outside is refused) — and a line that is not a record
// (a merge conflict marker, a typo) is named with its line number and skipped. It is written only on an editor's
// action, atomically, and never while it holds such a line (rewriting would drop what the user wrote).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { findConfigFile } from './configFile';
import { readTextFile, InputError, MAX_FILE_BYTES } from './readText';
import { inside, realOr } from './references';
import { RECORD_KEYS, type Ledger, type LedgerRecord } from '../core/ledger/index';

export const LEDGER_DIR = '.copydesk';
export const LEDGER_FILE = 'ledger.jsonl';

export interface LedgerFile {
  root: string;
  path: string;
  /** Records in file order (one per fingerprint: a later line for the same claim replaces an earlier one). */
  records: LedgerRecord[];
  /** One line each: a broken line (with its number), or a file that could not be read. */
  errors: string[];
  /** Line numbers (1-based) that are not records: the file is not rewritten while there are any. */
  brokenLines: number[];
  ledger: Ledger;
}

export class LedgerError extends Error {}

/** The fingerprint of a ledger key (core/ledger: itemKey, evidenceKey). */
export function ledgerHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 32);
}

export function ledgerPath(root: string): string {
  return join(root, LEDGER_DIR, LEDGER_FILE);
}

/** The repository an article belongs to, for its ledger: the folder of its .copydesk.json, else `fallback`. */
export function ledgerRootFor(articlePath: string, fallback: string): string {
  const config = findConfigFile(dirname(resolve(articlePath)));
  return config ? dirname(config) : fallback;
}

const HEX = /^[0-9a-f]{32}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A parsed line, or the reason it is not a record. */
export function parseRecord(line: string): LedgerRecord | string {
  let x: Record<string, unknown>;
  try {
    x = JSON.parse(line);
  } catch {
    return /^(<<<<<<<|=======|>>>>>>>)/.test(line) ? 'a merge conflict marker' : 'not valid JSON';
  }
  if (!x || typeof x !== 'object' || Array.isArray(x)) return 'not a JSON object';
  if (typeof x.fingerprint !== 'string' || !HEX.test(x.fingerprint)) return '"fingerprint" must be 32 hex digits';
  if (x.verdict !== 'verified' && x.verdict !== 'disputed') return '"verdict" must be "verified" or "disputed"';
  if (x.kind !== 'quantity' && x.kind !== 'quote' && x.kind !== 'entity')
    return '"kind" must be "quantity", "quote" or "entity"';
  for (const k of ['claim', 'sentence', 'file', 'by'] as const)
    if (typeof x[k] !== 'string') return `"${k}" must be a string`;
  if (typeof x.date !== 'string' || !DATE.test(x.date)) return '"date" must be YYYY-MM-DD';
  if (x.note !== undefined && typeof x.note !== 'string') return '"note" must be a string';
  if (x.seen !== undefined && (!Array.isArray(x.seen) || x.seen.some((s) => typeof s !== 'string' || !HEX.test(s))))
    return '"seen" must be a list of fingerprints';
  const r: LedgerRecord = {
    fingerprint: x.fingerprint,
    verdict: x.verdict,
    kind: x.kind,
    claim: x.claim as string,
    sentence: x.sentence as string,
    file: x.file as string,
    by: x.by as string,
    date: x.date,
  };
  if (typeof x.note === 'string' && x.note) r.note = x.note;
  if (Array.isArray(x.seen) && x.seen.length) r.seen = [...(x.seen as string[])].sort();
  return r;
}

export function readLedger(root: string): LedgerFile {
  const path = ledgerPath(root);
  const out: LedgerFile = {
    root,
    path,
    records: [],
    errors: [],
    brokenLines: [],
    ledger: { records: new Map(), hash: ledgerHash },
  };
  if (!existsSync(path) && !isLink(path)) return out;
  // The ledger is the repository's: read only from inside it, however it is linked.
  const real = realOr(path);
  if (!inside(real, realOr(resolve(root)))) {
    out.errors.push(`${path}: a link to a file outside ${root}, refused`);
    return out;
  }
  let text: string;
  try {
    text = readTextFile(path, MAX_FILE_BYTES);
  } catch (e) {
    out.errors.push(e instanceof InputError ? `ledger ${e.message}` : `ledger ${path}: ${(e as Error).message}`);
    return out;
  }
  const byPrint = new Map<string, LedgerRecord>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim()) return;
      const r = parseRecord(line);
      if (typeof r === 'string') {
        out.brokenLines.push(i + 1);
        out.errors.push(`${path}:${i + 1}: not a ledger record (${r}), skipped`);
        return;
      }
      byPrint.set(r.fingerprint, r);
    });
  out.records = [...byPrint.values()];
  out.ledger = { records: byPrint, hash: ledgerHash };
  return out;
}

/** The ledger's text: one record a line, keys in RECORD_KEYS order, sorted by article then fingerprint. */
export function serialiseLedger(records: LedgerRecord[]): string {
  const sorted = [...records].sort((a, b) => cmp(a.file, b.file) || cmp(a.fingerprint, b.fingerprint));
  return (
    sorted
      .map((r) =>
        JSON.stringify(Object.fromEntries(RECORD_KEYS.filter((k) => r[k] !== undefined).map((k) => [k, r[k]]))),
      )
      .join('\n') + (sorted.length ? '\n' : '')
  );
}

/**
 * Adds or replaces records (by fingerprint) and removes others, then writes the file. Refuses while the file holds a
 * line that is not a record, or when it is a link leading outside the repository.
 */
export function updateLedger(root: string, change: { put?: LedgerRecord[]; remove?: Iterable<string> }): LedgerFile {
  const current = readLedger(root);
  if (current.brokenLines.length)
    throw new LedgerError(
      `${current.path}: line ${current.brokenLines.join(', ')} ${current.brokenLines.length === 1 ? 'is' : 'are'} not a ledger record; fix ${current.brokenLines.length === 1 ? 'it' : 'them'} first (nothing was changed)`,
    );
  if (current.errors.length) throw new LedgerError(current.errors[0]!);
  const byPrint = new Map(current.records.map((r) => [r.fingerprint, r]));
  for (const f of change.remove ?? []) byPrint.delete(f);
  for (const r of change.put ?? []) byPrint.set(r.fingerprint, r);
  const path = current.path;
  mkdirSync(dirname(path), { recursive: true });
  // Written where the (contained) link points, if it is one; a temporary file and a rename, so no reader sees half.
  const target = isLink(path) ? realOr(path) : path;
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, serialiseLedger([...byPrint.values()]));
  renameSync(tmp, target);
  return readLedger(root);
}

/** Who marks a claim: the setting, else `git config user.name` in the repository, else the login name. */
export function checkerName(setting: string | undefined, cwd: string): string {
  if (setting?.trim()) return setting.trim();
  try {
    const name = execFileSync('git', ['config', 'user.name'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
    if (name) return name;
  } catch {
    /* no git, or no name configured */
  }
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Today as YYYY-MM-DD, in the local time zone (the day the checker sees on their calendar). */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
