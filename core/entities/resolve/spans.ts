// What the stages pass on: spans of tokens, keyed by their words, and the acronyms a document defines.
import type { EntityType } from '../../types';
import type { DocTokens } from '../features';

export interface RawSpan {
  /** Token range [a, b). */
  a: number;
  b: number;
  type: EntityType;
  conf: number;
}

export const keyOf = (d: DocTokens, a: number, b: number): string => {
  if (b - a === 1) return d.lower[a]!;
  let k = d.lower[a]!;
  for (let q = a + 1; q < b; q++) k += ` ${d.lower[q]}`;
  return k;
};

export const textOf = (d: DocTokens, a: number, b: number) => d.text.slice(d.starts[a]!, d.ends[b - 1]!);

/** A span with its key (its words in lower case, space-separated): the document stages compare names by it. */
export interface KeyedSpan extends RawSpan {
  key: string;
  /** Its text as written, when the sentence stages found it (a copy the cache keeps, not a slice of the article). */
  text?: string;
}

export const covers = (spans: readonly RawSpan[], i: number): boolean => spans.some((s) => s.a <= i && i < s.b);

export type Acronyms = Map<string, { type: EntityType; full: string }>;
