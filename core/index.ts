// The façade of the analysis core: text + config (+ reference index) in, plain data out.
// No vscode, LSP or fs imports anywhere under core/ (enforced by test/unit/purity.test.ts).
import type { Annotations, CheckResult, Finding, Fix } from './types';
import { resolveConfig, severityOf, type CopydeskConfig } from './config';
import { annotateText } from './pipeline';
import { crossCheck, ReferenceIndex, type RawFinding } from './xref/index';
import { applySuppressions } from './suppress';
import { clipText } from './xref/excerpt';

export * from './types';
export * from './config';
export { ReferenceIndex, referenceTitle } from './xref/index';
export { lineStarts, positionAt } from './text/lines';
/** Kernel caches across calls (on by default); benchmarks and tests turn them off to measure or compare fresh analysis. */
export { setMemoEnabled } from './text/memo';
import { analysisStarted } from './text/memo';

/** Entities, quantities, quotes and assertions of one article. */
export function annotate(text: string, config: Partial<CopydeskConfig> = {}): Annotations {
  analysisStarted();
  return annotateText(text, resolveConfig(config).articleDate);
}

/** Everything Copydesk reports on one article: attribution findings, and cross-checks when references are given. */
export function check(text: string, config: Partial<CopydeskConfig> = {}, references?: ReferenceIndex): CheckResult {
  analysisStarted();
  const cfg = resolveConfig(config);
  const annotations = annotateText(text, cfg.articleDate);
  const raw: RawFinding[] = [];
  for (const a of annotations.assertions) {
    if (a.status === 'unattributed') {
      raw.push({ code: 'unattributed-assertion', start: a.start, end: a.end, message: `Check-worthy claim with no source${a.reasons?.length ? ` (${a.reasons.join(', ')})` : ''}.`, related: [], fixes: attributionPlaceholder(text, a) });
    } else if (a.status === 'vague') {
      raw.push({ code: 'vague-attribution', start: a.start, end: a.end, message: `Vague attribution${a.cue ? ` ("${clipText(a.cue)}")` : ''}: name who says so.`, related: [], fixes: attributionPlaceholder(text, a) });
    }
  }
  let claims: CheckResult['claims'] = [];
  if (references && references.size > 0) {
    const x = crossCheck(text, annotations, references, cfg);
    // One at a time: spreading an unbounded list into push() overflows the stack past ~128k findings.
    for (const f of x.findings) raw.push(f);
    claims = x.claims;
  }
  const withSeverity: Finding[] = [];
  for (const f of raw) {
    const sev = severityOf(cfg, f.code);
    if (sev !== 'off') withSeverity.push({ ...f, severity: sev });
  }
  const findings = applySuppressions(text, withSeverity, (d, codes) => {
    const sev = severityOf(cfg, 'unused-suppression');
    if (sev === 'off') return null;
    return { code: 'unused-suppression', severity: sev, start: d.start, end: d.end, message: `Unused suppression${codes ? ` for ${codes.join(', ')}` : ''}: nothing here was reported.`, related: [], fixes: [] };
  });
  findings.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
  return { annotations, findings, claims };
}

/** A quick fix that marks where the source belongs: ", according to [SOURCE]" before the sentence's final punctuation. */
function attributionPlaceholder(text: string, s: { start: number; end: number }): Fix[] {
  let at = s.end;
  while (at > s.start && /[\s”"’')\]]/.test(text[at - 1]!)) at--;
  if (at > s.start && /[.!?]/.test(text[at - 1]!)) at--;
  if (at <= s.start) return [];
  return [{ title: 'Insert attribution placeholder', start: at, end: at, newText: ', according to [SOURCE]' }];
}
