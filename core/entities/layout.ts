// The document's per-token arrays (DocTokens), laid out from its sentences' cached kernels. Typing changes one
// sentence: the arrays of the last analysis are kept (per analyser) and only the sentences that differ from its are
// copied in; the sentences before them stay where they were, those after them move as a block (their offsets and
// token indexes shifted). Arrays handed out by one analysis are changed by the next: no stage keeps a DocTokens.
import { memoEnabled, Scoped } from '../text/memo';
import type { SentencePrep } from './features';

/** Bits of SentencePrep.ints besides charFlags (bits 0-2). */
export const CAND = 8;
export const CONT = 16;
export const SHOUT = 32;

export type DocArrays = ReturnType<typeof docArrays>;

/** The document's per-token arrays, n long. */
function docArrays(n: number) {
  return {
    words: new Array<string>(n),
    lower: new Array<string>(n),
    shapes: new Array<string>(n),
    gaz: new Array<string | undefined>(n),
    starts: new Int32Array(n),
    ends: new Int32Array(n),
    flags: new Uint8Array(n),
    cand: new Uint8Array(n),
    cont: new Uint8Array(n),
    shout: new Uint8Array(n),
    runStart: new Int32Array(n),
    runEnd: new Int32Array(n),
    headline: new Uint8Array(n),
    table: new Uint8Array(n),
    sentIdx: new Int32Array(n),
  };
}

/** What the last layout was made of, per analyser. */
interface Layout {
  preps: readonly SentencePrep[];
  offsets: readonly number[];
  /** First token of each sentence, and the token count. */
  firsts: readonly number[];
  n: number;
  arrays: DocArrays;
}
const lastLayout = new Scoped<Layout | undefined>(() => undefined);

/** The arrays of sentences `preps` (sentence k starting at `offsets[k]` in the text; n tokens in all) and each
 * sentence's token range. */
export function docLayout(
  preps: readonly SentencePrep[],
  offsets: readonly number[],
  n: number,
): { arrays: DocArrays; sents: Array<[number, number]> } {
  const sents: Array<[number, number]> = [];
  const firsts: number[] = [];
  let a = 0;
  for (const p of preps) {
    firsts.push(a);
    sents.push([a, a + p.n]);
    a += p.n;
  }
  const last = memoEnabled() ? lastLayout.get() : undefined;
  const arrays = last ? relayout(last, preps, offsets, firsts, n) : docArrays(n);
  if (!last) for (let k = 0; k < preps.length; k++) copySentence(arrays, preps[k]!, k, firsts[k]!, offsets[k]!);
  if (memoEnabled()) lastLayout.set({ preps: preps.slice(), offsets: offsets.slice(), firsts, n, arrays });
  return { arrays, sents };
}

/** The last layout's arrays brought up to date: the sentences it shares at the start (same kernel, same offset) kept,
 * those it shares at the end (same kernel, all shifted by as much in the text) moved, the rest copied in. In place when
 * the token count and the sentence count are the same (the arrays are the last analysis's), else into new arrays. */
function relayout(
  last: Layout,
  preps: readonly SentencePrep[],
  offsets: readonly number[],
  firsts: readonly number[],
  n: number,
): DocArrays {
  const P = preps.length;
  const O = last.preps.length;
  let head = 0;
  while (head < P && head < O && preps[head] === last.preps[head] && offsets[head] === last.offsets[head]) head++;
  const shift = P && O ? offsets[P - 1]! - last.offsets[O - 1]! : 0;
  let tail = 0;
  while (
    tail < P - head &&
    tail < O - head &&
    preps[P - 1 - tail] === last.preps[O - 1 - tail] &&
    offsets[P - 1 - tail]! - last.offsets[O - 1 - tail]! === shift
  )
    tail++;
  // Tokens: the head's [0, A) in both; the tail's last T tokens.
  const A = head < P ? firsts[head]! : n;
  const T = tail ? n - firsts[P - tail]! : 0;
  const old = last.arrays;
  let arrays: DocArrays;
  if (n === last.n && P === O) arrays = old;
  else arrays = resized(old, last.n, n, A, T);
  if (T) shiftTail(arrays, n - T, n, shift, n - last.n, P - O);
  for (let k = head; k < P - tail; k++) copySentence(arrays, preps[k]!, k, firsts[k]!, offsets[k]!);
  return arrays;
}

/**
 * The last layout's arrays (`oldN` tokens) made `n` long, with its first A tokens where they were and its last T moved
 * to the end. The plain arrays, tens of kilobytes each and kept until the next analysis (so copied and promoted by the
 * collector whenever they were made anew), are resized in place; the typed arrays (their contents off the heap) are
 * made anew.
 */
function resized(old: DocArrays, oldN: number, n: number, A: number, T: number): DocArrays {
  for (const f of PLAIN) {
    const a = old[f];
    if (n > oldN) a.length = n;
    if (T && n !== oldN) a.copyWithin(n - T, oldN - T, oldN);
    if (n < oldN) a.length = n;
  }
  const int32 = (src: Int32Array) => {
    const dst = new Int32Array(n);
    copyEnds(src, dst, oldN, n, A, T);
    return dst;
  };
  const uint8 = (src: Uint8Array) => {
    const dst = new Uint8Array(n);
    copyEnds(src, dst, oldN, n, A, T);
    return dst;
  };
  // The same fields in the same order as docArrays'.
  return {
    words: old.words,
    lower: old.lower,
    shapes: old.shapes,
    gaz: old.gaz,
    starts: int32(old.starts),
    ends: int32(old.ends),
    flags: uint8(old.flags),
    cand: uint8(old.cand),
    cont: uint8(old.cont),
    shout: uint8(old.shout),
    runStart: int32(old.runStart),
    runEnd: int32(old.runEnd),
    headline: uint8(old.headline),
    table: uint8(old.table),
    sentIdx: int32(old.sentIdx),
  };
}
const PLAIN = ['words', 'lower', 'shapes', 'gaz'] as const;

/** The first A and the last T of `src` (oldN long) copied to the start and the end of `dst` (n long). */
function copyEnds(
  src: Int32Array | Uint8Array,
  dst: Int32Array | Uint8Array,
  oldN: number,
  n: number,
  A: number,
  T: number,
): void {
  if (A) dst.set(src.subarray(0, A), 0);
  if (T) dst.set(src.subarray(oldN - T, oldN), n - T);
}

/** The tail's tokens [from, to) moved by `chars` in the text, `tokens` token indexes and `sentences` sentences. */
function shiftTail(d: DocArrays, from: number, to: number, chars: number, tokens: number, sentences: number): void {
  if (chars)
    for (let i = from; i < to; i++) {
      d.starts[i] = d.starts[i]! + chars;
      d.ends[i] = d.ends[i]! + chars;
    }
  if (tokens)
    for (let i = from; i < to; i++)
      if (d.runStart[i]! >= 0) {
        d.runStart[i] = d.runStart[i]! + tokens;
        d.runEnd[i] = d.runEnd[i]! + tokens;
      }
  if (sentences) for (let i = from; i < to; i++) d.sentIdx[i] = d.sentIdx[i]! + sentences;
}

/** Copies sentence k's kernel into the document's arrays from token a: its offsets are relative to the sentence
 * (start `off` in the text), its run bounds to the sentence's first token. Writes every array (they may hold another
 * sentence's tokens). */
function copySentence(d: DocArrays, p: SentencePrep, k: number, a: number, off: number): void {
  const { words, lower, shapes, gaz, flags, cand, cont, shout, starts, ends, runStart, runEnd } = d;
  const pg = p.gaz;
  for (let i = 0; i < p.n; i++) {
    words[a + i] = p.words[i]!;
    lower[a + i] = p.lower[i]!;
    shapes[a + i] = p.shapes[i]!;
    gaz[a + i] = pg ? pg[i] : undefined;
    const q = 5 * i;
    const b = p.ints[q]!;
    flags[a + i] = b & 7;
    cand[a + i] = b & CAND ? 1 : 0;
    cont[a + i] = b & CONT ? 1 : 0;
    shout[a + i] = b & SHOUT ? 1 : 0;
    starts[a + i] = p.ints[q + 1]! + off;
    ends[a + i] = p.ints[q + 2]! + off;
    const rs = p.ints[q + 3]!;
    runStart[a + i] = rs < 0 ? -1 : rs + a;
    runEnd[a + i] = rs < 0 ? -1 : p.ints[q + 4]! + a;
  }
  d.headline.fill(p.headline ? 1 : 0, a, a + p.n);
  d.table.fill(p.table, a, a + p.n);
  d.sentIdx.fill(k, a, a + p.n);
}
