// Direct quotes: curly and straight double quotes paired per paragraph, in one pass.
import type { Paragraph, Quote } from '../types';
import { KernelCache } from '../text/memo';

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const STRAIGHT = 0x22; // "
const SINGLE_OPEN = 0x2018; // ‘
const SINGLE_CLOSE = 0x2019; // ’
const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »

/** Records a quote as [start, innerEnd, end] (the inner text is text[start + 1, innerEnd)). */
function push(out: number[], start: number, innerEnd: number, end: number): void {
  if (innerEnd <= start + 1) return;
  out.push(start, innerEnd, end);
}

// Quotes never cross a paragraph and are found from its text alone: each paragraph's are cached by its text.
const paragraphQuotes = new KernelCache<string, readonly number[]>(2000);

/**
 * Outermost quotes only (nested quotes belong to the outer speaker). A quote left open at the end of a paragraph ends
 * there: in news style a paragraph-long quote that goes on reopens at the next paragraph, which starts a quote of its own.
 * Straight quotes open after a space or at the start and close otherwise, so "3" inches" does not pair across a paragraph.
 */
export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  let openAtEnd = false;
  for (const p of paragraphs) {
    const spans = paragraphQuotes.span(text, p.start, p.end, quotesOf);
    // A quote left open at the end of a paragraph may run on into the next without reopening (some styles never
    // reopen): a paragraph with no quote of its own that ends with a closing mark is the rest of it.
    if (openAtEnd && spans.length === 0 && p.end - p.start > 1 && isCloser(text.charCodeAt(p.end - 1))) {
      out.push({ start: p.start, end: p.end, inner: text.slice(p.start, p.end - 1), innerStart: p.start });
      openAtEnd = false;
      continue;
    }
    openAtEnd =
      spans.length > 0 && spans[spans.length - 1] === p.end - p.start && !isCloser(text.charCodeAt(p.end - 1));
    for (let k = 0; k < spans.length; k += 3) {
      const start = p.start + spans[k]!;
      const innerEnd = p.start + spans[k + 1]!;
      out.push({ start, end: p.start + spans[k + 2]!, inner: text.slice(start + 1, innerEnd), innerStart: start + 1 });
    }
  }
  return out;
}

/**
 * The quotes of one paragraph's text, flat [start, innerEnd, end, …]. The paragraph alone decides them (the character
 * before an opening mark is looked at only inside it), so this is cached by the paragraph's text.
 */
function quotesOf(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let depth = 0;
  let start = -1;
  let straightOpen = -1;
  let singleExhausted = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN || c === GUILLEMET_OPEN) {
      if (straightOpen >= 0) continue;
      if (depth === 0) start = i;
      depth++;
    } else if (c === CLOSE || c === GUILLEMET_CLOSE) {
      if (straightOpen >= 0 || depth === 0) continue;
      depth--;
      if (depth === 0) push(out, start, i, i + 1);
    } else if (
      c === SINGLE_OPEN &&
      !singleExhausted &&
      depth === 0 &&
      straightOpen < 0 &&
      (i === 0 || /[\s([—–-]/.test(text[i - 1]!))
    ) {
      // British style ‘…’: the close is a ’ that ends a word (not an apostrophe inside one).
      let k = i + 1;
      for (; k < n; k++) {
        if (
          text.charCodeAt(k) === SINGLE_CLOSE &&
          (k + 1 >= n || /[\s,.;:!?)\]—–-]/.test(text[k + 1]!)) &&
          !/s/i.test(text[k - 1]!)
        )
          break;
      }
      if (k >= n)
        singleExhausted = true; // no close to the end: later openers in this paragraph have none either
      else if (k - i > 3) {
        push(out, i, k, k + 1);
        i = k;
      }
    } else if (c === STRAIGHT && depth === 0) {
      if (straightOpen < 0) {
        const prev = i > 0 ? text[i - 1]! : ' ';
        if (/[\s([{—–-]/.test(prev) || i === 0) straightOpen = i;
      } else {
        push(out, straightOpen, i, i + 1);
        straightOpen = -1;
      }
    }
  }
  if (depth > 0) push(out, start, n, n);
  else if (straightOpen >= 0 && n - straightOpen > 20) push(out, straightOpen, n, n);
  return out;
}

/**
 * “… it felt good.¶We could have won.” Then the coach said, “…”: the rest of a quote left open at the end of a
 * paragraph, closed in the next one by a mark that opens nothing, before that paragraph's own quotes. Attribution reads
 * these as quotes (index.ts); findQuotes leaves them out, so the quotes the cue model was trained on are unchanged.
 * `quotes` are findQuotes' own, sorted; one look at the start of each paragraph after an open quote.
 */
export function continuedQuotes(text: string, paragraphs: Paragraph[], quotes: readonly Quote[]): Quote[] {
  let out: Quote[] | undefined;
  let qi = 0;
  for (let j = 1; j < paragraphs.length; j++) {
    const prev = paragraphs[j - 1]!;
    const p = paragraphs[j]!;
    while (qi < quotes.length && quotes[qi]!.end < prev.end) qi++;
    const open = quotes[qi];
    if (!open || open.end !== prev.end || open.start < prev.start || isCloser(text.charCodeAt(prev.end - 1))) continue;
    let k = qi;
    while (k < quotes.length && quotes[k]!.start < p.start) k++;
    const next = quotes[k];
    // The paragraph's own first quote ends the search; so does a whole-paragraph continuation findQuotes already made.
    if (next && next.start === p.start) continue;
    const close = strayCloser(text, p.start, next && next.start < p.end ? next.start : p.end);
    if (close > p.start)
      (out ??= []).push({ start: p.start, end: close + 1, inner: text.slice(p.start, close), innerStart: p.start });
  }
  return out ?? [];
}

/**
 * The offset of the first quote mark in text[from, to) when it closes (a curly or guillemet closer, or a straight mark
 * right after a word or punctuation), else -1. Stops at the first mark of any kind.
 */
function strayCloser(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === CLOSE || c === GUILLEMET_CLOSE) return i;
    if (c === OPEN || c === GUILLEMET_OPEN) return -1;
    if (c === STRAIGHT) return i > from && !/[\s([{—–-]/.test(text[i - 1]!) ? i : -1;
  }
  return -1;
}

const isCloser = (c: number): boolean => c === CLOSE || c === STRAIGHT || c === GUILLEMET_CLOSE;
