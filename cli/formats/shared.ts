// What every output format receives: one entry per file, findings with positions already computed.
import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import type { CheckResult, Finding } from '../../core/index';
import { lineStarts, positionAt } from '../../core/index';
import { excerptOf } from '../../core/xref/excerpt';

export interface Position {
  line: number;
  character: number;
}

export interface FileReport {
  file: string;
  text: string;
  result?: CheckResult;
  /** One-line reason the file could not be checked. */
  error?: string;
}

export interface Located extends Finding {
  range: { start: Position; end: Position };
}

/** What a formatter may need besides the reports. */
export interface FormatContext {
  color: boolean;
  cwd: string;
  version: string;
  /** --shard I/N, so uploads from several CI machines can be told apart (SARIF automationDetails). */
  shard?: { index: number; count: number };
}

const startsCache = new WeakMap<object, number[]>();

function startsOf(report: FileReport): number[] {
  let starts = startsCache.get(report);
  if (!starts) {
    starts = lineStarts(report.text);
    startsCache.set(report, starts);
  }
  return starts;
}

/** Line/column as an editor shows them: a BOM is kept in offsets (the JSON contract) but is no column of line 1. */
export function positionOf(report: FileReport, offset: number): Position {
  const p = positionAt(startsOf(report), offset);
  if (p.line === 0 && report.text.charCodeAt(0) === 0xfeff && p.character > 0) p.character--;
  return p;
}

export function locate(report: FileReport): Located[] {
  if (!report.result) return [];
  return report.result.findings.map((f) => ({ ...f, range: { start: positionOf(report, f.start), end: positionOf(report, f.end) } }));
}

/**
 * One file's piece of a format's output, computed as soon as the file is checked (on the worker that checked it): the
 * file's text and analysis can then be dropped, and only this crosses to the main thread. Plain data (it is cloned
 * between threads); `out` is format-specific.
 */
export interface FilePart<T = unknown> {
  file: string;
  /** The file could not be checked. */
  failed: boolean;
  /** Findings shown for the file (after --quiet), by severity. */
  totals: Totals;
  findings: number;
  out: T;
}

/** A format: each file's part, then the whole output from the parts in file order. */
export interface Format<T = unknown> {
  part(report: FileReport, index: number, ctx: FormatContext): FilePart<T>;
  finish(parts: Array<FilePart<T>>, ctx: FormatContext): string;
}

/** The counts every part carries. */
export function partOf<T>(report: FileReport, out: T): FilePart<T> {
  const t = totals([report]);
  return { file: report.file, failed: !!report.error, totals: t, findings: report.result?.findings.length ?? 0, out };
}

/** Totals over parts (as totals() over the reports they were made from). */
export function partTotals(parts: ReadonlyArray<FilePart>): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, hints: 0, failedFiles: 0 };
  for (const p of parts) {
    t.errors += p.totals.errors;
    t.warnings += p.totals.warnings;
    t.infos += p.totals.infos;
    t.hints += p.totals.hints;
    if (p.failed) t.failedFiles++;
  }
  return t;
}

/** The whole output of a format for reports at hand (tests, and what the parts must add up to). */
export function formatAll<T>(format: Format<T>, reports: FileReport[], ctx: FormatContext): string {
  return format.finish(reports.map((r, i) => format.part(r, i, ctx)), ctx);
}

/** The article's own words a format quotes beside a finding (a flagged sentence may be megabytes long). */
export function flaggedText(report: FileReport, f: { start: number; end: number }): string {
  return excerptOf(report.text, f.start, f.end);
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  failedFiles: number;
}

export function totals(reports: FileReport[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, hints: 0, failedFiles: 0 };
  for (const r of reports) {
    if (r.error) t.failedFiles++;
    for (const f of r.result?.findings ?? []) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else if (f.severity === 'info') t.infos++;
      else t.hints++;
    }
  }
  return t;
}

/** A path for machines: relative to the working directory with forward slashes (SARIF, JUnit, GitHub all want that). */
export function portablePath(file: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, file));
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export function normaliseText(s: string): string {
  return s.normalize('NFKC').replace(/[“”„«»"]/g, '"').replace(/[‘’‚']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A fingerprint that survives edits elsewhere in the article: the code, the flagged words and the sentence around
 * them, with whitespace, quote style and case normalised; no line numbers. Identical findings in one file get an
 * occurrence number so each stays distinct.
 */
export function fingerprints(report: FileReport): string[] {
  const seen = new Map<string, number>();
  const sentences = report.result?.annotations.sentences ?? [];
  // A sentence holding many findings is normalised once (a run-on sentence would otherwise be read once per finding).
  const contexts = new Map<number, string>();
  const ordered = sentences.every((s, i) => i === 0 || sentences[i - 1]!.end <= s.start);
  return (report.result?.findings ?? []).map((f) => {
    const k = sentenceHolding(sentences, ordered, f.start);
    let context: string;
    if (k >= 0) {
      let c = contexts.get(k);
      if (c === undefined) contexts.set(k, (c = normaliseText(report.text.slice(sentences[k]!.start, sentences[k]!.end))));
      context = c;
    } else context = normaliseText(report.text.slice(Math.max(0, f.start - 60), f.end + 60));
    const base = createHash('sha256').update(`${f.code}\0${normaliseText(report.text.slice(f.start, f.end))}\0${context}`).digest('hex').slice(0, 32);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n + 1}`;
  });
}

/** sentences.findIndex((x) => x.start <= at && at < x.end): a binary search when they ascend without overlap. */
function sentenceHolding(sentences: ReadonlyArray<{ start: number; end: number }>, ordered: boolean, at: number): number {
  if (!ordered) return sentences.findIndex((x) => x.start <= at && at < x.end);
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < sentences.length && sentences[lo]!.start <= at ? lo : -1;
}
