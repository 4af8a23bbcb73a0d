// Baselines for archives with years of accepted findings: `--write-baseline FILE` records today's findings and
// `--baseline FILE` reports only the ones not in it. A finding is known by the SARIF fingerprint (its code, its words
// and its sentence, no line numbers: formats/shared.ts), so it stays baselined when paragraphs are added above it, and
// by its file. Fingerprints are counted: a sentence repeated with the same finding is two findings, and one in the
// baseline hides one of them, not both.
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readTextFile, InputError } from '../host/readText';
import { fingerprinter, portablePath, type FileReport } from './formats/shared';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Relative to the baseline file's folder, with forward slashes: the same from any working directory. */
  file: string;
  code: string;
  fingerprint: string;
  count: number;
  /** The flagged words, for a reader of the file (not used for matching). */
  text: string;
}

export class BaselineError extends Error {}

export function readBaseline(path: string): BaselineEntry[] {
  let text: string;
  try {
    text = readTextFile(path);
  } catch (e) {
    throw new BaselineError(`baseline ${e instanceof InputError ? e.message : `${path}: ${(e as Error).message}`}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BaselineError(`baseline ${path}: not valid JSON (write it with --write-baseline)`);
  }
  const d = data as { copydeskBaseline?: unknown; findings?: unknown };
  if (!d || typeof d !== 'object' || d.copydeskBaseline === undefined || !Array.isArray(d.findings))
    throw new BaselineError(`baseline ${path}: not a Copydesk baseline (write it with --write-baseline)`);
  if (d.copydeskBaseline !== BASELINE_VERSION)
    throw new BaselineError(
      `baseline ${path}: version ${JSON.stringify(d.copydeskBaseline)}, this Copydesk reads version ${BASELINE_VERSION} (write it again with --write-baseline)`,
    );
  const out: BaselineEntry[] = [];
  d.findings.forEach((e: unknown, i: number) => {
    const x = e as Partial<BaselineEntry>;
    if (
      !x ||
      typeof x.file !== 'string' ||
      typeof x.code !== 'string' ||
      typeof x.fingerprint !== 'string' ||
      !Number.isInteger(x.count) ||
      x.count! < 1
    ) {
      throw new BaselineError(`baseline ${path}: entry ${i + 1} is not {file, code, fingerprint, count}`);
    }
    out.push({
      file: x.file,
      code: x.code,
      fingerprint: x.fingerprint,
      count: x.count!,
      text: typeof x.text === 'string' ? x.text : '',
    });
  });
  return out;
}

/** The findings of one run as baseline entries, paths relative to `baseDir`. */
export function entriesOf(reports: FileReport[], cwd: string, baseDir: string): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const r of reports) {
    if (!r.result) continue;
    const file = portablePath(resolve(cwd, r.file), baseDir);
    const print = fingerprinter(r);
    for (const f of r.result.findings) {
      const fingerprint = print(f);
      const key = `${file}\0${fingerprint}`;
      const e = byKey.get(key);
      if (e) e.count++;
      else byKey.set(key, { file, code: f.code, fingerprint, count: 1, text: clip(r.text.slice(f.start, f.end)) });
    }
  }
  return [...byKey.values()];
}

/**
 * Writes today's findings. Entries of files this run did not check (another shard, a narrower path) are kept while
 * the file exists; those of files it checked are replaced, so a finding fixed since is dropped.
 */
export function writeBaseline(path: string, reports: FileReport[], cwd: string): { written: number; dropped: number } {
  const baseDir = dirname(path);
  const fresh = entriesOf(reports, cwd, baseDir);
  const checked = new Set(reports.filter((r) => r.result).map((r) => portablePath(resolve(cwd, r.file), baseDir)));
  let old: BaselineEntry[] = [];
  if (existsSync(path)) {
    try {
      old = readBaseline(path);
    } catch {
      old = []; // a broken baseline is replaced whole: that is what writing one means
    }
  }
  const kept = old.filter((e) => !checked.has(e.file) && existsSync(resolve(baseDir, e.file)));
  const freshKeys = new Set(fresh.map((e) => `${e.file}\0${e.fingerprint}`));
  const dropped = old.filter((e) => !kept.includes(e) && !freshKeys.has(`${e.file}\0${e.fingerprint}`)).length;
  const all = [...kept, ...fresh].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.code, b.code) || cmp(a.fingerprint, b.fingerprint),
  );
  // One entry a line, keys in a fixed order: a reviewable file whose merges are line by line.
  const body = `{\n  "copydeskBaseline": ${BASELINE_VERSION},\n  "findings": [${all.length ? '\n' + all.map((e) => '    ' + JSON.stringify({ file: e.file, code: e.code, fingerprint: e.fingerprint, count: e.count, text: e.text })).join(',\n') + '\n  ' : ''}]\n}\n`;
  mkdirSync(baseDir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  renameSync(tmp, path);
  return { written: all.reduce((n, e) => n + e.count, 0), dropped };
}

export interface BaselineFilter {
  reports: FileReport[];
  /** Findings hidden because the baseline has them. */
  matched: number;
  /** Baselined findings of the files checked that no longer occur (fixed since). */
  gone: number;
}

/** Leaves out the findings the baseline has, one for each count, in file order. */
export function applyBaseline(
  reports: FileReport[],
  entries: BaselineEntry[],
  cwd: string,
  baselinePath: string,
): BaselineFilter {
  const baseDir = dirname(baselinePath);
  const left = new Map<string, number>();
  for (const e of entries)
    left.set(`${e.file}\0${e.fingerprint}`, (left.get(`${e.file}\0${e.fingerprint}`) ?? 0) + e.count);
  let matched = 0;
  const checked = new Set<string>();
  const out = reports.map((r) => {
    if (!r.result) return r;
    const file = portablePath(resolve(cwd, r.file), baseDir);
    checked.add(file);
    const print = fingerprinter(r);
    const findings = r.result.findings.filter((f) => {
      const key = `${file}\0${print(f)}`;
      const n = left.get(key) ?? 0;
      if (n <= 0) return true;
      left.set(key, n - 1);
      matched++;
      return false;
    });
    return findings.length === r.result.findings.length ? r : { ...r, result: { ...r.result, findings } };
  });
  let gone = 0;
  for (const [key, n] of left) if (checked.has(key.slice(0, key.indexOf('\0')))) gone += n;
  return { reports: out, matched, gone };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? flat.slice(0, 79) + '…' : flat;
}
