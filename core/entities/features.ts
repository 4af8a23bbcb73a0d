// Token features for the name tagger. Training (scripts/train-ner.ts) and tagging call exactly these functions,
// so a change here needs a retrain (`npm run train`).
import type { Span } from '../types';
import { nextMatch, TOKEN_AT, type Token } from '../text/tokenize';
import type { Gazetteer } from './gazetteer';
import { DocFacts, KernelCache, PartsTally, Scoped, textKey } from '../text/memo';
import { CAND, CONT, docLayout, SHOUT } from './layout';
import { CONNECTORS, FACILITY_SUFFIXES, ORG_SUFFIXES, PLACE_SUFFIXES, TITLE_WORDS } from './lists';
import { SAYS } from '../lexicon';

/** A set of words as the document passes read it. */
export type WordSet = { has(word: string): boolean; keys(): Iterable<string> };

export interface DocTokens {
  text: string;
  /** Number of tokens. */
  n: number;
  /** Token texts and their offsets in `text`. */
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** The tokens as objects, built on first use (training and tests; the tagger reads `words`). */
  readonly toks: Token[];
  /** Text of each sentence of `sents` (its cache key). */
  sentText: string[];
  lower: string[];
  shapes: string[];
  /** Per token: 1 first letter upper-case, 2 has an upper-case letter, 4 has a letter. */
  flags: Uint8Array;
  /** Sentence ranges as token indexes [start, end). */
  sents: Array<[number, number]>;
  /** Capitalised tokens the tagger must look at; any other token after an O is O without scoring. */
  cand: Uint8Array;
  /** Tokens that may continue a name after a B/I tag: capitalised words, connectors ("of", "de", "&"), numbers
   * ("Internet Explorer 9"). Any other token after a name is O without scoring. */
  cont: Uint8Array;
  /** Shouted all-caps words ("WHEN AMERICA IS STRONG"): typed by the gazetteer only. */
  shout: Uint8Array;
  /** Gazetteer match: class of the entry covering the token, with B/I position ("B:C", "I:P1"). */
  gaz: Array<string | undefined>;
  /** Token index range of the capitalised run the token belongs to. */
  runStart: Int32Array;
  runEnd: Int32Array;
  headline: Uint8Array;
  /** Tokens of a table line (1) or of a sentence with a score (2). */
  table: Uint8Array;
  /** Words the document writes in lower case; its capitalised words after a sentence's start. */
  docLower: WordSet;
  docMidCap: WordSet;
  /** Capitalised word form -> how its occurrences anywhere in the document are used (DOC_CTX bits, united). */
  docCtx: { get(word: string): number | undefined };
  gazetteer: Gazetteer;
  /** Index into sents of the sentence holding token i. */
  sentOf(i: number): number;
}

// Regular expressions with \p{...} stay module constants: bundled for node20, esbuild turns a literal into a
// `new RegExp` evaluated each time the expression runs.
const UPPER_CH = /\p{Lu}/u;
const LOWER_CH = /\p{Ll}/u;
const LETTER_CH = /\p{L}/u;
const INITIALS = /^(\p{Lu}\.)+$/u;
const ALLCAPS = /^\p{Lu}{2,}$/u;
const POSSESSIVE = /^\p{L}[\p{L}\p{M}\p{N}.-]*['’][sS]$/u;

/** Word shape: "Trump" -> "Xxx", "U.S." -> "X.X.", "2024" -> "dd" (runs longer than two collapsed). */
export function shape(w: string): string {
  let out = '';
  let prev = '';
  let n = 0;
  for (let k = 0; k < w.length; k++) {
    const code = w.charCodeAt(k);
    let c: string;
    if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = w[k]!;
    else {
      const ch = w[k]!;
      c = UPPER_CH.test(ch) ? 'X' : LOWER_CH.test(ch) ? 'x' : ch;
    }
    if (c === prev) {
      if (++n >= 2) continue;
    } else {
      prev = c;
      n = 0;
    }
    out += c;
  }
  return out;
}

/** 1: first letter upper-case, 2: some upper-case letter, 4: some letter. One pass, ASCII fast. */
function charFlags(w: string): number {
  let f = 0;
  for (let k = 0; k < w.length; k++) {
    const code = w.charCodeAt(k);
    if (code >= 65 && code <= 90) f |= k === 0 ? 7 : 6;
    else if (code >= 97 && code <= 122) f |= 4;
    else if (code >= 128) {
      const ch = w[k]!;
      if (UPPER_CH.test(ch)) f |= k === 0 ? 7 : 6;
      else if (LETTER_CH.test(ch)) f |= 4;
    }
  }
  return f;
}

/** Everything prepare() derives from one sentence's text: offsets and token indexes relative to the sentence.
 * Cached per sentence text (and gazetteer); treated as immutable. Packed into few objects, as the cache holds
 * thousands of them. */
export interface SentencePrep {
  n: number;
  words: string[];
  lower: string[];
  shapes: string[];
  /** Gazetteer tags, or null when no token of the sentence has one. */
  gaz: Array<string | undefined> | null;
  /** Per token, 5 ints: charFlags in bits 0-2 with CAND, CONT, SHOUT; start; end; run start and run end (token
   * indexes, -1 outside a run). One typed array a sentence: allocating typed arrays is what costs. */
  ints: Int32Array;
  headline: boolean;
  /** 1: a line of a results table or standings (many numbers); 2: a sentence with a score ("3-1"). */
  table: number;
  /** Lower-case words of the sentence (for docLower) and its capitalised words after the start (for docMidCap),
   * each once. */
  lowerWords: string[];
  midCaps: string[];
  /** Capitalised words of the sentence and the DOC_CTX bits of each occurrence (parallel arrays). */
  capWords: string[];
  capCtx: number[];
  /** Capitalised runs of two words or more: their initials (connectors skipped, then kept: "London and South Western
   * Railway" -> "LSWR", "LASWR") and their capitalised words, for the document's acronym links. */
  runInits: string[];
  runWords: string[][];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isInitial = (w: string): boolean =>
  w.length === 1 && ((w >= 'A' && w <= 'Z') || (w > '\u00bf' && UPPER_CH.test(w)));

/** At least three words, and four in five words of two letters or more set wholly in capitals. */
function isShouted(words: string[]): boolean {
  let caps = 0;
  let all = 0;
  for (const w of words) {
    if (w.length < 2 || !LETTER_CH.test(w)) continue;
    all++;
    if (!LOWER_CH.test(w) && UPPER_CH.test(w)) caps++;
  }
  return all >= 3 && caps * 5 >= all * 4;
}

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

/** The case-restored view of a shouted sentence, in place: list entries (places, organisations, given names) and
 * words no English word list has keep a capital; other words go lower case. */
function restoreCase(words: string[], gazetteer: Gazetteer): void {
  const n = words.length;
  const low = words.map((w) => w.toLowerCase());
  const keep = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const m = gazetteer.match(low, i, n);
    if (m && (m.len > 1 || !gazetteer.lex.has(low[i]!) || m.cls === 'C' || m.cls === 'S' || m.cls === 'O')) {
      keep.fill(1, i, i + m.len);
      i += m.len - 1;
    }
  }
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (!LETTER_CH.test(w) || LOWER_CH.test(w)) continue;
    const t = titleCase(w);
    if (CONNECTORS.has(low[i]!)) words[i] = low[i]!;
    else if (keep[i] || gazetteer.first.has(t)) words[i] = t;
    else if (gazetteer.lex.has(low[i]!) || TITLE_WORDS.has(low[i]!) || w.length === 1) words[i] = low[i]!;
    else words[i] = t;
  }
}

/** The features of a sentence read only that sentence: the tokenizer has no look-behind and stops at the span's end,
 * and every loop below stays within [0, n). Stages: tokens, the case-restored view of a shouted sentence, per-token
 * facts (case, shape, candidates), headline and table marks, shouted words, capitalised runs, gazetteer tags, then the
 * document-level hints (capitalised words' contexts, acronyms of runs). */
function prepareSentence(st: string, gazetteer: Gazetteer): SentencePrep {
  const { words, startsL, endsL } = sentenceTokens(st);
  const n = words.length;
  // A sentence set in capitals (a wire headline, a section label) is read in a case-restored view: words the lists
  // know as names, and unknown words, keep a capital; common words go lower case ("LEEDS BEAT CHELSEA" is tagged as
  // "Leeds beat Chelsea"). The text and offsets stay the original's.
  const shouted = isShouted(words);
  if (shouted) restoreCase(words, gazetteer);
  const { flags, cand, shout, cont, runStart, runEnd } = scratchFor(n);
  const { lower, shapes, lowerWords } = caseAndShape(words, flags, cand);
  const headline = shouted || looksLikeHeadline(words, flags);
  const table = tableKind(words, flags, startsL, endsL);
  markShouts(words, lower, flags, gazetteer, shout);
  for (let i = 0; i < n; i++) if (shout[i]) cand[i] = 0;
  markRuns(words, flags, cand, runStart, runEnd);
  const gaz = gazetteerTags(words, lower, flags, shout, gazetteer);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const c0 = w.charCodeAt(0);
    if (cand[i] || CONNECTORS.has(w) || (!table && ((c0 >= 48 && c0 <= 57) || w === '-'))) cont[i] = 1;
  }
  const ints = new Int32Array(5 * n);
  let anyGaz = false;
  for (let i = 0; i < n; i++) {
    ints[5 * i] = flags[i]! | (cand[i] ? CAND : 0) | (cont[i] ? CONT : 0) | (shout[i] ? SHOUT : 0);
    ints[5 * i + 1] = startsL[i]!;
    ints[5 * i + 2] = endsL[i]!;
    ints[5 * i + 3] = runStart[i]!;
    ints[5 * i + 4] = runEnd[i]!;
    if (gaz[i] !== undefined) anyGaz = true;
  }
  const capWords: string[] = [];
  const capCtx: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!(flags[i]! & 1) || !(flags[i]! & 4) || shout[i]) continue;
    const b = ctxBits(words, lower, flags, runStart, runEnd, i, n, gazetteer);
    capWords.push(words[i]!);
    capCtx.push(b);
  }
  const { runInits, runWords } = runAcronyms(words, lower, runStart, runEnd);
  // Without repeats: the document's sets are rebuilt from these on every edit.
  return {
    n,
    words,
    lower,
    shapes,
    gaz: anyGaz ? gaz : null,
    ints,
    headline,
    table,
    lowerWords: [...new Set(lowerWords)],
    midCaps: [...new Set(midCapitals(words, flags))],
    capWords,
    capCtx,
    runInits,
    runWords,
  };
}

/** The sentence's tokens for the tagger: a possessive cut from its name, a lone initial joined to its full stop. */
function sentenceTokens(st: string): { words: string[]; startsL: number[]; endsL: number[] } {
  const words: string[] = [];
  const startsL: number[] = [];
  const endsL: number[] = [];
  // Tokens are views into the string they were cut from (V8 slices): the cache hands in its own flat copy of the
  // sentence, so it keeps sentences alive, not every edited version of the article.
  // The shared tokenizer's scan (tokenize() without a Token object per token).
  const n = st.length;
  const at = { start: 0 };
  for (let end = nextMatch(TOKEN_AT, st, 0, n, at); end >= 0; end = nextMatch(TOKEN_AT, st, end, n, at)) {
    const start = at.start;
    const text = st.slice(start, end);
    // The shared tokenizer keeps "Trump's" whole; a name must not carry its possessive.
    const last = text.charCodeAt(text.length - 1);
    const apo = text.charCodeAt(text.length - 2);
    if ((last === 115 || last === 83) && (apo === 39 || apo === 8217) && POSSESSIVE.test(text)) {
      const cut = end - 2;
      words.push(text.slice(0, -2), text.slice(-2));
      startsL.push(start, cut);
      endsL.push(cut, end);
    } else if (
      text === '.' &&
      words.length &&
      endsL[endsL.length - 1] === start &&
      isInitial(words[words.length - 1]!)
    ) {
      // "James P. Hogan", "C. H. Douglas": the tokenizer splits a lone initial from its full stop, which would end
      // the name in the middle.
      words[words.length - 1] += '.';
      endsL[endsL.length - 1] = end;
    } else {
      words.push(text);
      startsL.push(start);
      endsL.push(end);
    }
  }
  return { words, startsL, endsL };
}

/** The analyser's working arrays, grown to hold n tokens and cleared over [0, n). */
function scratchFor(n: number) {
  let scratch = scratchArrays.get();
  if (scratch.flags.length < n) {
    const size = Math.max(n, 2 * scratch.flags.length);
    scratchArrays.set(
      (scratch = {
        flags: new Uint8Array(size),
        cand: new Uint8Array(size),
        shout: new Uint8Array(size),
        cont: new Uint8Array(size),
        runStart: new Int32Array(size),
        runEnd: new Int32Array(size),
      }),
    );
  }
  const { flags, cand, shout, cont, runStart, runEnd } = scratch;
  flags.fill(0, 0, n);
  cand.fill(0, 0, n);
  shout.fill(0, 0, n);
  cont.fill(0, 0, n);
  runStart.fill(-1, 0, n);
  runEnd.fill(-1, 0, n);
  return scratch;
}

/** Per token: charFlags into `flags`, lower case and shape; a word with a capital is a candidate (`cand`). Also the
 * sentence's lower-case words. */
function caseAndShape(
  words: string[],
  flags: Uint8Array,
  cand: Uint8Array,
): { lower: string[]; shapes: string[]; lowerWords: string[] } {
  const n = words.length;
  const lower: string[] = new Array<string>(n).fill('');
  const shapes: string[] = new Array<string>(n).fill('');
  const lowerWords: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const fl = charFlags(w);
    flags[i] = fl;
    if (fl & 2) {
      lower[i] = w.toLowerCase();
      shapes[i] = shape(w);
      cand[i] = 1;
    } else {
      lower[i] = w;
      shapes[i] = fl & 4 ? (w.length > 1 ? 'xx' : 'x') : shape(w);
      if (fl & 4) lowerWords.push(w);
    }
  }
  return { lower, shapes, lowerWords };
}

/** Capitalised words after the sentence's first word (a capital right after an opening mark without letters, such as
 * a quotation mark, is the sentence's start too). */
function midCapitals(words: string[], flags: Uint8Array): string[] {
  const midCaps: string[] = [];
  for (let i = 1; i < words.length; i++) if (flags[i]! & 1 && !(i === 1 && !(flags[0]! & 4))) midCaps.push(words[i]!);
  return midCaps;
}

/** Headlines and titles: mostly capitalised words and no closing full stop (a name-dense sentence has one). */
function looksLikeHeadline(words: string[], flags: Uint8Array): boolean {
  const n = words.length;
  let caps = 0;
  let nwords = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const fl = flags[i]!;
    if (w.length > 3 && fl & 4 && !CONNECTORS.has(w)) {
      nwords++;
      if (fl & 1) caps++;
    }
  }
  return n > 0 && nwords >= 3 && caps / nwords >= 0.7 && words[n - 1] !== '.';
}

/** 1: a line of a results table or standings; 2: a sentence with a score; 0: neither. */
function tableKind(words: string[], flags: Uint8Array, startsL: number[], endsL: number[]): number {
  const e = words.length;
  // Results tables and standings: a line with several numbers ("Leeds 2 Chelsea 1", "Oakdale 12 8 3 1 26"). There a
  // number never continues a name, and the tagger knows it is reading a table.
  // A date ("1998-04-12", "12/04") or a time counts once: a dateline ("OSLO 1998-04-12") is no table.
  let nums = 0;
  let alnum = 0;
  for (let i = 0; i < e; i++) {
    const c0 = words[i]!.charCodeAt(0);
    const glued =
      i > 1 && startsL[i] === endsL[i - 1] && endsL[i - 2] === startsL[i - 1] && isDigit(words[i - 2]!.charCodeAt(0));
    if (isDigit(c0) && !glued) nums++;
    if (flags[i]! & 4 || (isDigit(c0) && !glued)) alnum++;
  }
  // A score in running text ("beat Braga 3-1") marks a sports report: 2 (a table line is 1).
  let score = false;
  for (let i = 2; i < e && !score; i++) {
    if (words[i - 1] !== '-' || !isDigit(words[i]!.charCodeAt(0)) || !isDigit(words[i - 2]!.charCodeAt(0))) continue;
    // Exactly "3-1": not part of a longer run such as a date ("1998-04-12").
    const joins = (w: string) => w === '-' || w === '/' || w === ':' || isDigit(w.charCodeAt(0));
    const before = i > 2 && startsL[i - 2] === endsL[i - 3] && joins(words[i - 3]!);
    const after = i + 1 < e && startsL[i + 1] === endsL[i] && joins(words[i + 1]!);
    if (
      !before &&
      !after &&
      startsL[i - 1] === endsL[i - 2] &&
      startsL[i] === endsL[i - 1] &&
      words[i]!.length <= 2 &&
      words[i - 2]!.length <= 2
    )
      score = true;
  }
  return nums >= 2 && nums * 10 >= alnum * 3 ? 1 : score ? 2 : 0;
}

/** Shouted words (all capitals, not an acronym among lower-case words: a word the lexicon knows, or one beside
 * another shouted word), typed by the gazetteer only. */
function markShouts(
  words: string[],
  lower: string[],
  flags: Uint8Array,
  gazetteer: Gazetteer,
  shout: Uint8Array,
): void {
  const e = words.length;
  for (let i = 0; i < e; i++) {
    const w = words[i]!;
    if (!(flags[i]! & 2) || !ALLCAPS.test(w)) continue;
    const nb = (j: number) => j >= 0 && j < e && ALLCAPS.test(words[j]!) && (w.length >= 4 || words[j]!.length >= 4);
    if ((w.length >= 4 && gazetteer.lex.has(lower[i]!)) || nb(i - 1) || nb(i + 1)) shout[i] = 1;
  }
}

/** Capitalised runs, joined through lower-case connectors ("Council on American-Islamic Relations"): each token's
 * run as [runStart, runEnd). */
function markRuns(
  words: string[],
  flags: Uint8Array,
  cand: Uint8Array,
  runStart: Int32Array,
  runEnd: Int32Array,
): void {
  const e = words.length;
  let i = 0;
  while (i < e) {
    if (!cand[i] || !(flags[i]! & 1)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < e) {
      if (cand[j + 1] && flags[j + 1]! & 1) j++;
      else if (j + 2 < e && CONNECTORS.has(words[j + 1]!) && cand[j + 2] && flags[j + 2]! & 1) j += 2;
      else break;
    }
    for (let k = i; k <= j; k++) {
      runStart[k] = i;
      runEnd[k] = j + 1;
    }
    i = j + 1;
  }
}

/** Gazetteer entries, only over capitalised words (and connectors inside them): "B:C", "I:P1" per token. */
function gazetteerTags(
  words: string[],
  lower: string[],
  flags: Uint8Array,
  shout: Uint8Array,
  gazetteer: Gazetteer,
): Array<string | undefined> {
  const e = words.length;
  const gaz: Array<string | undefined> = new Array<string | undefined>(e).fill(undefined);
  for (let k = 0; k < e; k++) {
    const capOk = flags[k]! & 1 || shout[k] === 1;
    if (!capOk) continue;
    const m = gazetteer.match(
      lower,
      k,
      e,
      (j) => !(flags[j]! & 4) || ALLCAPS.test(words[j]!) || INITIALS.test(words[j]!),
    );
    if (!m) continue;
    let ok = true;
    for (let q = k; q < k + m.len; q++)
      if (!(flags[q]! & 1 || CONNECTORS.has(words[q]!) || !(flags[q]! & 4))) ok = false;
    if (!ok) continue;
    for (let q = k; q < k + m.len; q++) gaz[q] = gazTag(q === k ? 'B' : 'I', m.cls);
    k += m.len - 1;
  }
  return gaz;
}

/** Capitalised runs of two words or more: their initials (connectors skipped, then kept: "London and South Western
 * Railway" -> "LSWR", "LASWR") and their capitalised words, for the document's acronym links. */
function runAcronyms(
  words: string[],
  lower: string[],
  runStart: Int32Array,
  runEnd: Int32Array,
): { runInits: string[]; runWords: string[][] } {
  const runInits: string[] = [];
  const runWords: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    const rs = runStart[i]!;
    if (rs !== i || runEnd[i]! - rs < 2) continue;
    let a = '';
    let b = '';
    const ws: string[] = [];
    for (let k = rs; k < runEnd[i]!; k++) {
      const c = words[k]!.charAt(0).toUpperCase();
      b += c;
      // Connectors, and a sentence's capitalised "The", are not in the acronym.
      if (CONNECTORS.has(lower[k]!)) continue;
      a += c;
      ws.push(words[k]!);
    }
    if (ws.length < 2) continue;
    runInits.push(a);
    runWords.push(ws);
    if (b !== a) {
      runInits.push(b);
      runWords.push(ws);
    }
  }
  return { runInits, runWords };
}

/** How one occurrence of a capitalised word is used; the document unites these over every occurrence of the word, so
 * that a name introduced as "Mr. X", "X Corp" or "in X" carries the hint to its other mentions (context aggregation,
 * after Ratinov and Roth 2009). */
export const DOC_CTX = { person: 1, org: 2, place: 4, inName: 8, speaks: 16, acronym: 32, spelledOut: 64 } as const;
const PLACE_PREPS = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across', 'outside', 'around']);
const SPEECH = new Set([...SAYS, 'added', 'asked', 'wrote', 'explained', 'argued', 'insisted', 'recalled']);

function ctxBits(
  words: string[],
  lower: string[],
  flags: Uint8Array,
  runStart: Int32Array,
  runEnd: Int32Array,
  i: number,
  n: number,
  gazetteer: Gazetteer,
): number {
  let b = 0;
  const p = i > 0 ? lower[i - 1]! : '';
  // "Mr." is two tokens: the title sits before the full stop.
  const title = TITLE_WORDS.has(p) || (p === '.' && i > 1 && TITLE_WORDS.has(lower[i - 2]!));
  if (title || (i > 0 && flags[i - 1]! & 1 && gazetteer.first.has(words[i - 1]!))) b |= DOC_CTX.person;
  if (i + 1 < n && flags[i + 1]! & 1 && ORG_SUFFIXES.has(lower[i + 1]!)) b |= DOC_CTX.org;
  // Inside a longer name that ends in an organisation word ("Sunderland Athletic Club"): its bare mentions too.
  const re = runEnd[i]!;
  if (re > i + 1 && runStart[i]! >= 0 && ORG_SUFFIXES.has(lower[re - 1]!)) b |= DOC_CTX.org;
  if (PLACE_PREPS.has(p)) b |= DOC_CTX.place;
  if (runStart[i]! >= 0 && runEnd[i]! - runStart[i]! > 1) b |= DOC_CTX.inName;
  if (i + 1 < n && SPEECH.has(lower[i + 1]!)) b |= DOC_CTX.speaks;
  return b;
}

/** Working arrays of prepareSentence (not reentrant), grown as needed; each analyser has its own. */
const scratchArrays = new Scoped(() => ({
  flags: new Uint8Array(256),
  cand: new Uint8Array(256),
  shout: new Uint8Array(256),
  cont: new Uint8Array(256),
  runStart: new Int32Array(256),
  runEnd: new Int32Array(256),
}));

const prepCaches = new WeakMap<Gazetteer, KernelCache<string, SentencePrep>>();

/** Tokens and token facts of a document, built sentence by sentence from cached per-sentence kernels: an edit
 * recomputes only the sentences whose text changed. */
export function prepare(text: string, sentences: Span[], gazetteer: Gazetteer): DocTokens {
  const { preps, offsets, sentText, n } = sentencePreps(text, sentences, gazetteer);
  const { arrays, sents } = docLayout(preps, offsets, n);
  const { words, starts, ends, sentIdx } = arrays;
  // What the document's sentences say about its words, counted again only for the sentences an edit changed.
  // Facts tables: a sentence's tags are reused while the words they read here keep their answers (tagger.ts).
  const docLower = lowerTally.facts(preps);
  const docMidCap = midCapTally.facts(preps);
  const docCtx = linkAcronyms(preps, ctxTally.facts(preps));
  let toks: Token[] | undefined;
  return {
    get toks(): Token[] {
      if (!toks) {
        toks = [];
        for (let i = 0; i < n; i++) toks.push({ text: words[i]!, start: starts[i]!, end: ends[i]! });
      }
      return toks;
    },
    n,
    words,
    starts,
    ends,
    sentText,
    cont: arrays.cont,
    sentOf: (i: number) => sentIdx[i]!,
    text,
    lower: arrays.lower,
    shapes: arrays.shapes,
    flags: arrays.flags,
    sents,
    cand: arrays.cand,
    shout: arrays.shout,
    gaz: arrays.gaz,
    runStart: arrays.runStart,
    runEnd: arrays.runEnd,
    headline: arrays.headline,
    table: arrays.table,
    docLower,
    docMidCap,
    docCtx,
    gazetteer,
  };
}

const lowerTally = new PartsTally<SentencePrep>((p, visit) => {
  for (const w of p.lowerWords) visit(w, 0);
});
const midCapTally = new PartsTally<SentencePrep>((p, visit) => {
  for (const w of p.midCaps) visit(w, 0);
});
/** The document's capitalised words that look like acronyms (linkAcronyms). */
const acronymTally = new PartsTally<SentencePrep>((p, visit) => {
  for (const w of p.capWords) if (w.length <= 8 && ACRONYM.test(w)) visit(w, 0);
});
const ctxTally = new PartsTally<SentencePrep>((p, visit) => {
  for (let q = 0; q < p.capWords.length; q++) visit(p.capWords[q]!, p.capCtx[q]!);
});

/** The kernels of the document's non-empty sentences, from the cache where their text is unchanged. */
function sentencePreps(text: string, sentences: Span[], gazetteer: Gazetteer) {
  let cache = prepCaches.get(gazetteer);
  if (!cache) prepCaches.set(gazetteer, (cache = new KernelCache(2000)));
  const preps: SentencePrep[] = [];
  const offsets: number[] = [];
  const sentText: string[] = [];
  let n = 0;
  for (const s of sentences) {
    // The analyser's key for the sentence: tagDoc and the resolver look it up again by identity.
    const st = textKey(text, s.start, s.end);
    const p = cache.get(st, (own) => prepareSentence(own, gazetteer));
    if (!p.n) continue;
    preps.push(p);
    offsets.push(s.start);
    sentText.push(st);
    n += p.n;
  }
  return { preps, offsets, sentText, n };
}

const ACRONYM = /^\p{Lu}{2,8}$/u;

/** An acronym and the name it stands for, when both are in the document ("… Further Immigration … AAFI"): the
 * acronym's occurrences get DOC_CTX.acronym, the words of the name DOC_CTX.spelledOut. Names that have an acronym are
 * mostly organisations, and an acronym spelled out is a name. */
function linkAcronyms(preps: SentencePrep[], docCtx: DocTokens['docCtx']): DocTokens['docCtx'] {
  let caps: ReadonlyMap<string, number> | undefined;
  let links: Map<string, number> | undefined;
  for (const p of preps) {
    if (!p.runInits.length) continue;
    if (!caps) {
      caps = acronymTally.of(preps);
      if (!caps.size) break;
    }
    for (let q = 0; q < p.runInits.length; q++) {
      const ac = p.runInits[q]!;
      if (!caps.has(ac)) continue;
      links ??= new Map();
      links.set(ac, (links.get(ac) ?? 0) | DOC_CTX.acronym);
      for (const w of p.runWords[q]!) links.set(w, (links.get(w) ?? 0) | DOC_CTX.spelledOut);
    }
  }
  // The links on top of the tally (which is kept between analyses and must not take them in), as a Facts table too
  // (empty when there are none: a link that goes away is a change).
  const linked = linkFacts.of(links ?? new Map<string, number>());
  return {
    get: (w: string) => {
      const b = docCtx.get(w);
      const l = linked.get(w);
      return l === undefined ? b : (b ?? 0) | l;
    },
  };
}

const linkFacts = new DocFacts<number>();

const gazTags = new Map<string, string>();
function gazTag(pos: string, cls: string): string {
  const k = pos + cls;
  let v = gazTags.get(k);
  if (!v) gazTags.set(k, (v = `${pos}:${cls}`));
  return v;
}

function suffixClass(w: string): string {
  if (FACILITY_SUFFIXES.has(w)) return 'fac';
  if (ORG_SUFFIXES.has(w)) return 'org';
  if (PLACE_SUFFIXES.has(w)) return 'place';
  if (TITLE_WORDS.has(w)) return 'title';
  return '-';
}

/** Features as (template, value) pairs in reusable arrays: the values are mostly strings that already exist (the
 * token's lower-case form, its shape), so the tagger looks them up without building or hashing new strings. */
export class Feats {
  t: string[] = [];
  v: string[] = [];
  /** Second word of a word-pair feature ('' otherwise): looked up one level deeper, never concatenated. */
  v2: string[] = [];
  n = 0;
  add(t: string, v: string): void {
    this.t[this.n] = t;
    this.v2[this.n] = '';
    this.v[this.n++] = v;
  }
  pair(t: string, v: string, v2: string): void {
    this.t[this.n] = t;
    this.v2[this.n] = v2;
    this.v[this.n++] = v;
  }
  /** "template=value" keys ("template=first second" for pairs), as the training script and model file spell them. */
  keys(): string[] {
    const out: string[] = [];
    for (let k = 0; k < this.n; k++)
      out.push(this.v2[k] ? `${this.t[k]}=${this.v[k]} ${this.v2[k]}` : `${this.t[k]}=${this.v[k]}`);
    return out;
  }
}

/** Templates whose value is a pair of words. */
export const PAIR_TEMPLATES = new Set(['pw,w', 'w,nw']);

const BANDS = ['0', '1', '2', '3', '4'];
const DOC_CTX_NAMES = ['person', 'org', 'place', 'inName', 'speaks', 'acronym', 'spelledOut'];
const RUN_LEN = ['', '1', '2', '3', '4'];
const RUN_FEATS = new Map<string, string>();
for (const l of RUN_LEN.slice(1)) for (const p of ['u', 'b', 'l', 'm']) RUN_FEATS.set(l + p, l + p);
const runFeat = (len: number, pos: string) => RUN_FEATS.get(RUN_LEN[Math.min(len, 4)]! + pos)!;

/** Features of token i that do not depend on the tags chosen before it. */
export function staticFeatures(d: DocTokens, i: number, s: number, e: number, f: Feats): void {
  ownFeatures(d, i, f);
  prevFeatures(d, i > s ? i - 1 : -1, f);
  nextFeatures(d, i + 1 < e ? i + 1 : -1, f);
  contextFeatures(d, i, s, e, f);
}

/** Features that depend only on the token's own text: the tagger caches their summed weights per word. */
export function ownFeatures(d: DocTokens, i: number, f: Feats): void {
  const w = d.words[i]!;
  const lw = d.lower[i]!;
  f.add('b', '1');
  f.add('w', lw);
  f.add('s', d.shapes[i]!);
  f.add('s2', lw.slice(-2));
  if (lw.length > 3) {
    // Computed once per distinct word: the tagger keeps this group's summed weights by word (cachedWord).
    f.add('p3', lw.slice(0, 3));
    f.add('s3', lw.slice(-3));
    f.add('s4', lw.slice(-4));
  }
  if (d.flags[i]! & 1) {
    f.add('lx', BANDS[d.gazetteer.lex.get(lw) ?? 0]!);
    if (d.gazetteer.first.has(w)) f.add('fn', '1');
  }
  const cl = d.gazetteer.clustersOf(w);
  if (cl) {
    f.add('cl', cl[0]);
    f.add('cr', cl[1]);
  }
  // Classes of pre-trained word vectors (fine, and the coarse class holding it): what six billion words of news and
  // Wikipedia say about a word the labelled corpora never saw.
  const em = d.gazetteer.embOf(lw);
  if (em) {
    f.add('ef', em[0]);
    f.add('ec', em[1]);
  }
}

/** Features of the previous token (j = -1 at a sentence start); cached per word too. */
export function prevFeatures(d: DocTokens, j: number, f: Feats): void {
  if (j < 0) {
    f.add('pw', '<s>');
    f.add('ps', '<s>');
    return;
  }
  f.add('pw', d.lower[j]!);
  f.add('ps', d.shapes[j]!);
  const cl = d.gazetteer.clustersOf(d.words[j]!);
  if (cl) f.add('pcl', cl[1]);
  // The coarse class only: the fine one beside it measured no better (README, "Retraining").
  const em = d.gazetteer.embOf(d.lower[j]!);
  if (em) f.add('pec', em[1]);
  if (TITLE_WORDS.has(d.lower[j]!)) f.add('ptitle', '1');
}

/** Features of the next token (j = -1 at a sentence end); cached per word too. */
export function nextFeatures(d: DocTokens, j: number, f: Feats): void {
  f.add('nw', j < 0 ? '</s>' : d.lower[j]!);
  f.add('ns', j < 0 ? '</s>' : d.shapes[j]!);
  const cl = j < 0 ? null : d.gazetteer.clustersOf(d.words[j]!);
  if (cl) f.add('ncl', cl[0]);
  const em = j < 0 ? null : d.gazetteer.embOf(d.lower[j]!);
  if (em) f.add('nec', em[1]);
}

/** Features that depend on where the token stands: sentence position, runs, gazetteer, the document. */
export function contextFeatures(d: DocTokens, i: number, s: number, e: number, f: Feats): void {
  const w = d.words[i]!;
  const lw = d.lower[i]!;
  const ini = i === s || (i === s + 1 && !(d.flags[s]! & 4));
  const cap = (d.flags[i]! & 1) === 1;
  if (ini) f.add('ini', '1');
  if (cap) {
    const band = BANDS[d.gazetteer.lex.get(lw) ?? 0]!;
    if (ini) {
      f.add('ini,lx', band);
      f.add('ini,w', lw);
    }
    if (d.docLower.has(lw)) f.add(ini ? 'ini,dl' : 'dl', '1');
    if (ini && d.docMidCap.has(w)) f.add('dmc', '1');
    const dc = d.docCtx.get(w) ?? 0;
    for (let k = 0; k < DOC_CTX_NAMES.length; k++) if (dc & (1 << k)) f.add('dx', DOC_CTX_NAMES[k]!);
    if (d.headline[i]) {
      f.add('hl', '1');
      f.add('hl,lx', band);
    }
    const rs = d.runStart[i]!;
    const re = d.runEnd[i]!;
    if (rs >= 0) {
      const len = re - rs;
      const pos = len === 1 ? 'u' : i === rs ? 'b' : i === re - 1 ? 'l' : 'm';
      f.add('rl', runFeat(len, pos));
      f.add('re', suffixClass(d.lower[re - 1]!));
      if (d.gazetteer.first.has(d.words[rs]!)) f.add('rf', pos);
      // The words that say what a multi-word name is: "… Airport", "Bank of …".
      if (len > 1) {
        if (i !== re - 1) f.add('rlw', d.lower[re - 1]!);
        if (i !== rs) f.add('rfw', d.lower[rs]!);
      }
      if (rs > s) f.add('rp', d.lower[rs - 1]!);
    }
    f.pair('pw,w', i > s ? d.lower[i - 1]! : '<s>', lw);
    f.pair('w,nw', lw, i + 1 < e ? d.lower[i + 1]! : '</s>');
  }
  if (d.table[i]) {
    const c0 = i + 1 < e ? d.words[i + 1]!.charCodeAt(0) : 0;
    f.add('tbl', d.table[i] === 2 ? 's' : isDigit(c0) ? 'd' : '1');
  }
  const g = d.gaz[i];
  if (g) f.add('g', g);
  f.add('pw2', i > s + 1 ? d.lower[i - 2]! : '<s>');
  f.add('nw2', i + 2 < e ? d.lower[i + 2]! : '</s>');
  if (i + 1 < e && d.gaz[i + 1]) f.add('ng', d.gaz[i + 1]!);
  if (i > s && d.gaz[i - 1]) f.add('pg', d.gaz[i - 1]!);
}

/** Features of the tags already chosen: templates precomputed per tag so no string is built per token. */
export function dynamicFeatures(prev: string, prev2: string, sh: string, f: Feats): void {
  tagFeatures(prev, prev2, f);
  tagShapeFeatures(prev, sh, f);
}

/** The part of dynamicFeatures that depends on the two previous tags only: the tagger caches its weights. */
export function tagFeatures(prev: string, prev2: string, f: Feats): void {
  f.add('t', prev);
  f.add('t2', pairOf(prev2, prev));
}

/** The part of dynamicFeatures that depends on the token's shape. */
export function tagShapeFeatures(prev: string, sh: string, f: Feats): void {
  f.add(tsTemplate(prev), sh);
}

// Nested by tag so that looking a pair up builds no string.
const pairs = new Map<string, Map<string, string>>();
function pairOf(a: string, b: string): string {
  let m = pairs.get(a);
  if (!m) pairs.set(a, (m = new Map()));
  let v = m.get(b);
  if (!v) m.set(b, (v = `${a},${b}`));
  return v;
}
const tsTemplates = new Map<string, string>();
function tsTemplate(prev: string): string {
  let v = tsTemplates.get(prev);
  if (!v) tsTemplates.set(prev, (v = `t,s:${prev}`));
  return v;
}
