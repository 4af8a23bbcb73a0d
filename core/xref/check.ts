// The cross-check: an article's figures, dates, quotes and names against the reference corpus.
import type { Annotations, Claim } from '../types';
import type { CopydeskConfig } from '../config';
import type { ReferenceIndex } from './referenceIndex';
import { CheckContext, type RawFinding } from './context';
import { checkQuantities } from './checkQuantities';
import { checkQuotes } from './checkQuotes';
import { checkNames } from './checkNames';
import { checkParaphrases } from './checkParaphrase';
import { settleClaims } from './status';

/** With an empty index only what needs no reference runs: one name spelled two ways inside the article. */
export function crossCheck(
  text: string,
  ann: Annotations,
  index: ReferenceIndex,
  config: CopydeskConfig,
): { findings: RawFinding[]; claims: Claim[] } {
  const ctx = new CheckContext(text, ann, index, config);
  if (index.size === 0) {
    checkNames(ctx);
    return { findings: ctx.findings, claims: [] };
  }
  checkQuantities(ctx);
  checkQuotes(ctx);
  checkParaphrases(ctx);
  checkNames(ctx);
  settleClaims(ctx.claims, ctx.findings);
  ctx.claims.sort((a, b) => a.start - b.start);
  return { findings: ctx.findings, claims: ctx.claims };
}
