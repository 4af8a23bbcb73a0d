// The façade of the analysis core: text + config (+ reference index) in, plain data out.
// No vscode, LSP or fs imports anywhere under core/ (enforced by test/unit/purity.test.ts).
import type { Annotations, CheckResult } from './types';
import type { CopydeskConfig } from './config';
import type { ReferenceIndex } from './xref/index';
import { createAnalyzer, type CheckOptions } from './analyzer';

export * from './types';
export * from './config';
export {
  ReferenceIndex,
  referenceTitle,
  segmentText,
  TermTable,
  plausibleSegmentation,
  plausibleSnapshot,
  type SegmentedText,
  type IndexSnapshot,
} from './xref/index';
export { lineStarts, positionAt } from './text/lines';
export { createAnalyzer, type Analyzer, type AnalyzerOptions, type CheckOptions } from './analyzer';

/**
 * Entities, quantities, quotes and assertions of one article, on an analyser of its own: nothing is kept from one call
 * to the next. An editor or a batch of files makes one analyser (createAnalyzer) and calls its annotate and check.
 */
export function annotate(text: string, config: Partial<CopydeskConfig> = {}): Annotations {
  return createAnalyzer().annotate(text, config);
}

/** Everything Copydesk reports on one article (see annotate: a one-off analyser). */
export function check(
  text: string,
  config: Partial<CopydeskConfig> = {},
  references?: ReferenceIndex,
  options: CheckOptions = {},
): CheckResult {
  return createAnalyzer().check(text, config, references, options);
}
