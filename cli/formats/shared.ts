// What every output format receives: one entry per file, findings with positions already computed.
import { createHash } from 'node:crypto';
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
  return (report.result?.findings ?? []).map((f) => {
    const s = sentences.find((x) => x.start <= f.start && f.start < x.end);
    const context = s ? report.text.slice(s.start, s.end) : report.text.slice(Math.max(0, f.start - 60), f.end + 60);
    const base = createHash('sha256').update(`${f.code}\0${normaliseText(report.text.slice(f.start, f.end))}\0${normaliseText(context)}`).digest('hex').slice(0, 32);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n + 1}`;
  });
}
