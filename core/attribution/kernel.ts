// The part of attributing one sentence that depends on its own words only: tokens, reporting cue, vague cue, first
// person, pronouns and the words' check-worthiness. Typing changes one sentence; the others are found here unchanged.
import { KernelCache } from '../text/memo';
import { tokensOf, type Tok } from './tokens';
import { findCue, findVagueCue, type Cue } from './cues';
import { worthKernel, type WorthKernel } from './checkworthy';

const FIRST_PERSON = new Set(['we', 'i', 'our', 'my', 'us']);

/** Everything here is shared between analyses: never mutate it. Token offsets are relative to the sentence start. */
export interface SentenceKernel {
  readonly toks: readonly Tok[];
  /** findCue of the tokens (token indices). */
  readonly cue: Cue | null;
  /** findVagueCue of the tokens. */
  readonly vague: string | null;
  /** A first-person word outside quotes. */
  readonly firstPerson: boolean;
  /** "he" and "she" outside quotes. */
  readonly he: number;
  readonly she: number;
  readonly worth: WorthKernel;
}

const cache = new KernelCache<string, SentenceKernel>(4000);

const isSpaceCode = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The kernel of the sentence text[from, to) with the quotes quotes[over[i]] (sorted, overlapping it).
 *
 * Why the key is complete: tokensOf reads the text from `from` on (its pattern has no look-behind) and, when the
 * character at `to` is white space (or the text ends there), no token crosses `to` and every look-ahead at `to` sees
 * the same thing, so the tokens are a function of the slice. Of each quote only its start and end matter, and only
 * clipped to the sentence: a quote opening before it counts as "before the first token", one closing after it as
 * "after the last" (its closing mark is then never looked at). Other boundaries are computed without the cache.
 */
export function sentenceKernel(text: string, from: number, to: number, quotes: ReadonlyArray<{ start: number; end: number }>, over: readonly number[]): SentenceKernel {
  const end = to < text.length ? text.charCodeAt(to) : -1;
  const first = text.charCodeAt(from);
  const cacheable = (end < 0 || isSpaceCode(end)) && !(first >= 0xdc00 && first <= 0xdfff && from > 0);
  if (!cacheable) return computeKernel(text, from, to, quotes, over);
  let key = '';
  const len = to - from;
  for (const k of over) {
    const q = quotes[k]!;
    const s = q.start < from ? -1 : q.start - from;
    const e = q.end > to ? len + 1 : q.end - from;
    key += `${s}:${e},`;
  }
  key += '|';
  key += text.slice(from, to);
  return cache.get(key, () => computeKernel(text, from, to, quotes, over));
}

function computeKernel(text: string, from: number, to: number, quotes: ReadonlyArray<{ start: number; end: number }>, over: readonly number[]): SentenceKernel {
  const toks = tokensOf(text, from, to, over.map((k) => quotes[k]!));
  for (const t of toks) {
    t.start -= from;
    t.end -= from;
  }
  let firstPerson = false;
  let he = 0;
  let she = 0;
  for (const t of toks) {
    if (t.quoted) continue;
    if (FIRST_PERSON.has(t.lower)) firstPerson = true;
    if (t.lower === 'he') he++;
    else if (t.lower === 'she') she++;
  }
  return { toks, cue: findCue(toks), vague: findVagueCue(toks), firstPerson, he, she, worth: worthKernel(toks) };
}
