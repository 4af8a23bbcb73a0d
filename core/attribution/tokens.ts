// Word tokens of one sentence, scanned in place (no slicing of the whole text per sentence).
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Inside a direct quote: never a cue or a source. */
  quoted: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

const TOKEN_RE = /(?:[A-Za-z]\.){2,}(?![A-Za-z])|\$?\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|['’](?:s|S)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:(?:-|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*|\S/gu;
const CAP = /^\p{Lu}/u;

/** Tokens of text[from, to); `quoted` is filled from sorted, disjoint quote spans. */
export function tokensOf(text: string, from: number, to: number, quotes: ReadonlyArray<{ start: number; end: number }>): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = from;
  let q = 0;
  while (q < quotes.length && quotes[q]!.end <= from) q++;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const end = Math.min(start + m[0].length, to);
    while (q < quotes.length && quotes[q]!.end <= start) q++;
    const qt = quotes[q];
    // The quote marks themselves are outside the quote, so a closing ” can be seen as the end of a quote.
    const quoted = qt !== undefined && start > qt.start && end < qt.end + (text.charCodeAt(qt.end - 1) === 0x201d || text.charCodeAt(qt.end - 1) === 0x22 ? 0 : 1);
    const t = m[0].length === end - start ? m[0] : text.slice(start, end);
    out.push({ text: t, lower: t.toLowerCase(), start, end, quoted, cap: CAP.test(t) });
  }
  return out;
}

export const isQuoteMark = (t: Tok): boolean => t.text === '”' || t.text === '“' || t.text === '"' || t.text === '»' || t.text === '«';
