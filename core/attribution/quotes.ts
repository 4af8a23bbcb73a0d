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
    const spans = paragraphQuotes.get(text.slice(p.start, p.end), quotesOf);
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

const isCloser = (c: number): boolean => c === CLOSE || c === STRAIGHT || c === GUILLEMET_CLOSE;
