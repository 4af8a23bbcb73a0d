// Direct quotes: curly and straight double quotes paired per paragraph, in one pass.
import type { Paragraph, Quote } from '../types';

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const STRAIGHT = 0x22; // "
const SINGLE_OPEN = 0x2018; // ‘
const SINGLE_CLOSE = 0x2019; // ’
const GUILLEMET_OPEN = 0xab; // «
const GUILLEMET_CLOSE = 0xbb; // »

function push(out: Quote[], text: string, start: number, innerEnd: number, end: number): void {
  if (innerEnd <= start + 1) return;
  out.push({ start, end, inner: text.slice(start + 1, innerEnd), innerStart: start + 1 });
}

/**
 * Outermost quotes only (nested quotes belong to the outer speaker). A quote left open at the end of a paragraph ends
 * there: in news style a paragraph-long quote that goes on reopens at the next paragraph, which starts a quote of its own.
 * Straight quotes open after a space or at the start and close otherwise, so "3" inches" does not pair across a paragraph.
 */
export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  for (const p of paragraphs) {
    let depth = 0;
    let start = -1;
    let straightOpen = -1;
    let singleExhausted = false;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      if (c === OPEN || c === GUILLEMET_OPEN) {
        if (straightOpen >= 0) continue;
        if (depth === 0) start = i;
        depth++;
      } else if (c === CLOSE || c === GUILLEMET_CLOSE) {
        if (straightOpen >= 0 || depth === 0) continue;
        depth--;
        if (depth === 0) push(out, text, start, i, i + 1);
      } else if (c === SINGLE_OPEN && !singleExhausted && depth === 0 && straightOpen < 0 && (i === p.start || /[\s(\[—–-]/.test(text[i - 1]!))) {
        // British style ‘…’: the close is a ’ that ends a word (not an apostrophe inside one).
        let k = i + 1;
        for (; k < p.end; k++) {
          if (text.charCodeAt(k) === SINGLE_CLOSE && (k + 1 >= p.end || /[\s,.;:!?)\]—–-]/.test(text[k + 1]!)) && !/s/i.test(text[k - 1]!)) break;
        }
        if (k >= p.end) singleExhausted = true; // no close to the end: later openers in this paragraph have none either
        else if (k - i > 3) {
          push(out, text, i, k, k + 1);
          i = k;
        }
      } else if (c === STRAIGHT && depth === 0) {
        if (straightOpen < 0) {
          const prev = i > p.start ? text[i - 1]! : ' ';
          if (/[\s(\[{—–-]/.test(prev) || i === p.start) straightOpen = i;
        } else {
          push(out, text, straightOpen, i, i + 1);
          straightOpen = -1;
        }
      }
    }
    if (depth > 0) push(out, text, start, p.end, p.end);
    else if (straightOpen >= 0 && p.end - straightOpen > 20) push(out, text, straightOpen, p.end, p.end);
  }
  return out;
}
