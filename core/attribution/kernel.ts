// The part of attributing one sentence that depends on its own words only: tokens, reporting cue, vague cue, first
// person, pronouns and the words' check-worthiness. Typing changes one sentence; the others are found here unchanged.
import { KernelCache, NestedCache, textKey } from '../text/memo';
import { isSpaceCode } from '../text/tokenize';
import { tokensOf } from './tokens';
import { findCue, findVagueCue, isThirdPersonReport, type Cue } from './cues';
import { worthKernel, type WorthKernel } from './checkworthy';

const FIRST_PERSON = new Set(['we', 'i', 'our', 'my', 'us']);

/** Everything here is shared between analyses: never mutate it. Token offsets are relative to the sentence start. */
export interface SentenceKernel {
  /** Token count, and each token's start, end and whether it stands for quoted words (1), kept as numbers only: the
   *  tokens' words are not needed once the cues are found. */
  readonly n: number;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly quoted: readonly number[];
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
  /** A hash of the first REPEAT_MIN_LETTERS of repeatLetters(sentence), or NO_REPEAT when it has fewer letters: what a
   *  pull quote repeats. Two sentences with the same first letters have the same key, so a check builds the letters of
   *  the few sentences whose key another shares, not of every sentence (repeatLetters was 6% of attribution). */
  readonly repeatKey: number;
}

/** Sentences shorter than this (in letters) are not compared: "Thank you." may well be said twice. */
export const REPEAT_MIN_LETTERS = 40;
/** repeatKey of a sentence with fewer than REPEAT_MIN_LETTERS letters (never a hash: hashes are below 2^32). */
export const NO_REPEAT = -1;
const NOT_LETTER = /[^\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

// Sentences without quotes are keyed by their text; with quotes, by their text and then the clipped quote spans (two
// caches, so that no key of one kind can equal a key of the other; nested, so that no key joins the sentence's text).
const plainCache = new KernelCache<string, SentenceKernel>(4000);
const quotedCache = new NestedCache<SentenceKernel>(1000);

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
  const cacheable = (end < 0 || isSpaceCode(end)) && !(first >= 0xdc00 && first <= 0xdfff && from > 0);
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
  const clippedAt = (k: number) => {
    const q = quotes[k]!;
    return { start: q.start < from ? -1 : q.start - from, end: q.end > to ? len + 1 : q.end - from };
  };
  let spans = '';
  for (let i = 0; i < over.length; i++) {
    const q = quotes[over[i]!]!;
    spans += `${q.start < from ? -1 : q.start - from}:${q.end > to ? len + 1 : q.end - from},`;
  }
  // The key is the analyser's copy of the sentence (refers to no version of the article): the kernel is read from it.
  return quotedCache.get(slice, spans, () => computeKernel(slice, 0, len, over.map(clippedAt)));
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
  // Plain arrays of small integers, allocated inline: three typed arrays per sentence cost more to allocate than to fill
  // (about 5% of attribution on text never seen before). They take twice the bytes, on a cache of a few thousand.
  const starts: number[] = [];
  const ends: number[] = [];
  const quoted: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    starts.push(t.start);
    ends.push(t.end);
    quoted.push(t.quoted ? 1 : 0);
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
    repeatKey: repeatKeyOf(text, from, to),
  };
}

/** The sentence's letters and digits, lower-cased, when there are at least REPEAT_MIN_LETTERS of them (else ''). */
export function repeatLetters(sentence: string): string {
  const letters = sentence.replace(NOT_LETTER, '').toLowerCase();
  return letters.length < REPEAT_MIN_LETTERS ? '' : letters;
}

/** FNV-1a over char codes: 32 bits, non-negative. */
function hashCodes(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619) >>> 0;
}
const FNV_SEED = 2166136261;

/**
 * The repeat key of text[from, to): a hash of repeatLetters' first REPEAT_MIN_LETTERS characters, or NO_REPEAT. Read
 * by char codes where the letters are ASCII (a-z, 0-9: lower-casing keeps one character per character); a sentence
 * with another letter or digit takes repeatLetters' own path, whose lower-casing may change lengths.
 */
function repeatKeyOf(text: string, from: number, to: number): number {
  let h = FNV_SEED;
  let n = 0;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
      if (n < REPEAT_MIN_LETTERS) h = hashCodes(h, c);
      n++;
    } else if (LETTER_OR_DIGIT.test(text.slice(i, c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1)))
      return repeatKeyOfLetters(repeatLetters(text.slice(from, to)));
  }
  return n < REPEAT_MIN_LETTERS ? NO_REPEAT : h;
}

/** The repeat key of repeatLetters' result. */
export function repeatKeyOfLetters(letters: string): number {
  if (letters.length < REPEAT_MIN_LETTERS) return NO_REPEAT;
  let h = FNV_SEED;
  for (let i = 0; i < REPEAT_MIN_LETTERS; i++) h = hashCodes(h, letters.charCodeAt(i));
  return h;
}
