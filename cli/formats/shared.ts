// What every output format receives: one entry per file, findings with positions already computed.
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

const startsCache = new WeakMap<object, number[]>();

export function locate(report: FileReport): Located[] {
  if (!report.result) return [];
  let starts = startsCache.get(report);
  if (!starts) {
    starts = lineStarts(report.text);
    startsCache.set(report, starts);
  }
  const s = starts;
  return report.result.findings.map((f) => ({ ...f, range: { start: positionAt(s, f.start), end: positionAt(s, f.end) } }));
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  failedFiles: number;
}

export function totals(reports: FileReport[]): Totals {
  const t: Totals = { errors: 0, warnings: 0, infos: 0, failedFiles: 0 };
  for (const r of reports) {
    if (r.error) t.failedFiles++;
    for (const f of r.result?.findings ?? []) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.infos++;
    }
  }
  return t;
}
