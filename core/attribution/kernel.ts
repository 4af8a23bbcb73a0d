// The part of attributing one sentence that depends on its own words only: tokens, reporting cue, vague cue, first
// person, pronouns and the words' check-worthiness. Typing changes one sentence; the others are found here unchanged.
import { KernelCache, textKey } from '../text/memo';
import { isWhiteSpace } from '../text/segment';
import { tokensOf } from './tokens';
import { findCue, findVagueCue, isThirdPersonReport, type Cue } from './cues';
import { worthKernel, type WorthKernel } from './checkworthy';

const FIRST_PERSON = new Set(['we', 'i', 'our', 'my', 'us']);

/** Everything here is shared between analyses: never mutate it. Token offsets are relative to the sentence start. */
export interface SentenceKernel {
  /** Token count, and each token's start, end and whether it stands for quoted words (1), kept compact: the tokens'
   *  words are not needed once the cues are found. */
  readonly n: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly quoted: Uint8Array;
  /** findCue of the tokens (token indices). */
  readonly cue: Cue | null;
  /** The cue reports a named party's words in the third person ("Varga said"): see isThirdPersonReport. */
  readonly report: boolean;
  /** findVagueCue of the tokens. */
  readonly vague: string | null;
  /** A first-person word outside quotes. */
  readonly firstPerson: boolean;
  /** "he" and "she" outside quotes. */
  readonly he: number;
  readonly she: number;
  readonly worth: WorthKernel;
  /** The sentence's letters and digits, lower-cased, when there are at least REPEAT_MIN_LETTERS of them (else ''):
   *  what a pull quote repeats. Kept here so a check does not re-read every sentence to find the few repeats. */
  readonly letters: string;
}

/** Sentences shorter than this (in letters) are not compared: "Thank you." may well be said twice. */
export const REPEAT_MIN_LETTERS = 40;
const NOT_LETTER = /[^\p{L}\p{N}]+/gu;

// Sentences without quotes are keyed by their text; with quotes, by the clipped quote spans, "|" and the text (two
// caches, so that no key of one kind can equal a key of the other).
const plainCache = new KernelCache<string, SentenceKernel>(4000);
const quotedCache = new KernelCache<string, SentenceKernel>(1000);

/**
 * The kernel of the sentence text[from, to) with the quotes quotes[over[i]] (sorted, overlapping it).
 *
 * Why the key is complete: tokensOf reads the text from `from` on (its pattern has no look-behind) and, when the
 * character at `to` is white space (or the text ends there), no token crosses `to` and every look-ahead at `to` sees
 * the same as at the end of the text, so the tokens are a function of the slice. Of each quote only its start and end
 * matter, and only clipped to the sentence: a quote opening before it counts as opening at -1, one closing after it as
 * closing at length + 1 (its closing mark is then never looked at). So the kernel is computed on the slice alone, with
 * the clipped quotes; other boundaries are computed on the whole text, without the cache.
 */
export function sentenceKernel(
  text: string,
  from: number,
  to: number,
  quotes: ReadonlyArray<{ start: number; end: number }>,
  over: readonly number[],
): SentenceKernel {
  const end = to < text.length ? text.charCodeAt(to) : -1;
  const first = text.charCodeAt(from);
  const cacheable = (end < 0 || isWhiteSpace(end)) && !(first >= 0xdc00 && first <= 0xdfff && from > 0);
  if (!cacheable)
    return computeKernel(
      text,
      from,
      to,
      over.map((k) => quotes[k]!),
    );
  // The analyser's key for the sentence (core/text/memo.ts): cut and hashed once per analysis for every stage.
  const slice = textKey(text, from, to);
  if (over.length === 0) return plainCache.get(slice, (own) => computeKernel(own, 0, own.length, []));
  const len = to - from;
  const clipped: Array<{ start: number; end: number }> = [];
  let key = '';
  for (const k of over) {
    const q = quotes[k]!;
    const c = { start: q.start < from ? -1 : q.start - from, end: q.end > to ? len + 1 : q.end - from };
    clipped.push(c);
    key += `${c.start}:${c.end},`;
  }
  key += '|';
  key += slice;
  return quotedCache.get(key, (own) => computeKernel(own, own.length - len, own.length, clipped, own.length - len));
}

/** Tokens of text[from, to) and what they say; `shift` is where offset 0 of `quotes` is in `text`. */
function computeKernel(
  text: string,
  from: number,
  to: number,
  quotes: ReadonlyArray<{ start: number; end: number }>,
  shift = 0,
): SentenceKernel {
  const toks = tokensOf(
    text,
    from,
    to,
    shift ? quotes.map((q) => ({ start: q.start + shift, end: q.end + shift })) : quotes,
  );
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
  const n = toks.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const quoted = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    starts[i] = t.start;
    ends[i] = t.end;
    quoted[i] = t.quoted ? 1 : 0;
  }
  const cue = findCue(toks);
  return {
    n,
    starts,
    ends,
    quoted,
    cue,
    report: cue !== null && isThirdPersonReport(cue, toks),
    vague: findVagueCue(toks),
    firstPerson,
    he,
    she,
    worth: worthKernel(toks),
    letters: repeatLetters(text.slice(from, to)),
  };
}

function repeatLetters(sentence: string): string {
  const letters = sentence.replace(NOT_LETTER, '').toLowerCase();
  return letters.length < REPEAT_MIN_LETTERS ? '' : letters;
}
