// What every output format receives: one entry per file, findings with positions already computed.
import { createHash } from 'node:crypto';
import { excerptOf } from '../../core/xref/excerpt';
import { indexOfSpanAt } from '../../core/text/spans';
import { relative, resolve, sep } from 'node:path';
import type { CheckResult, Finding } from '../../core/index';
import { lineStarts, positionAt } from '../../core/index';

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
  /** The run as counted for the exit code, when it differs from what is shown (--quiet), and why it failed. */
  run?: RunSummary;
  /** The repository's web address (package.json), for SARIF rule help links; none when there is no public one. */
  repositoryUrl?: string;
}

export interface RunSummary {
  /** Every finding that counts for the exit code (after --baseline and --changed-since, before --quiet). */
  totals: Totals;
  /** Findings counted but not shown (--quiet). */
  hidden: number;
  /** Findings left out because the baseline has them, or they are not on changed lines. */
  baselined?: number;
  unchanged?: number;
  /** Whether warnings fail this run (--max-warnings exceeded): JUnit fails their cases then, and only then. */
  warningsFail: boolean;
  /** Why the run fails, in words, or undefined when it passes. */
  failure?: string;
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
  return report.result.findings.map((f) => ({
    ...f,
    range: { start: positionOf(report, f.start), end: positionOf(report, f.end) },
  }));
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
  return s
    .normalize('NFKC')
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‘’‚']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Fingerprints that survive edits elsewhere in the article: the code, the flagged words and the sentence around
 * them, with whitespace, quote style and case normalised; no line numbers. Identical findings in one file share one
 * (SARIF numbers them, baselines count them). A sentence holding many findings is normalised once (a run-on sentence
 * would otherwise be read once per finding), and found by binary search.
 */
export function fingerprinter(report: FileReport): (f: Finding) => string {
  const sentences = report.result?.annotations.sentences ?? [];
  const contexts = new Map<number, string>();
  const ordered = sentences.every((s, i) => i === 0 || sentences[i - 1]!.end <= s.start);
  return (f) => {
    const k = ordered
      ? indexOfSpanAt(sentences, f.start)
      : sentences.findIndex((x) => x.start <= f.start && f.start < x.end);
    let context: string;
    if (k >= 0) {
      let c = contexts.get(k);
      if (c === undefined)
        contexts.set(k, (c = normaliseText(report.text.slice(sentences[k]!.start, sentences[k]!.end))));
      context = c;
    } else context = normaliseText(report.text.slice(Math.max(0, f.start - 60), f.end + 60));
    return createHash('sha256')
      .update(`${f.code}\0${normaliseText(report.text.slice(f.start, f.end))}\0${context}`)
      .digest('hex')
      .slice(0, 32);
  };
}

/** The article's own words a format quotes beside a finding (a flagged sentence may be megabytes long). */
export function flaggedText(report: FileReport, f: { start: number; end: number }): string {
  return excerptOf(report.text, f.start, f.end);
}

/** SARIF's partial fingerprints: the finding's fingerprint and its occurrence number, so each stays distinct. */
export function fingerprints(report: FileReport): string[] {
  const seen = new Map<string, number>();
  const print = fingerprinter(report);
  return (report.result?.findings ?? []).map((f) => {
    const base = print(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n + 1}`;
  });
}
