// Word tokens of one sentence, scanned in place (no slicing of the whole text per sentence).
import type { LexInfo } from './model';
import { nextMatch } from '../text/tokenize';
export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Inside a direct quote: never a cue or a source. */
  quoted: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** The attribution lexicon's entry for `lower` (null: none), once looked up (lexOf in cues/words.ts): the rules ask about
   *  the same few words around each candidate many times. */
  lex?: LexInfo | null;
}

// The tokens are this expression's matches, found as tokenize() finds its own (core/text/tokenize.ts): a sticky copy
// tested at the first character that is not a space, without a match array per token. It differs from tokenize()'s
// only in the apostrophe between words: one that an "s" ending a word follows is not part of it ("the minister’s" is
// two tokens). test/unit/tokenize-scan.test.ts compares the two.
export const ATTRIBUTION_TOKEN_RE =
  /(?:[A-Za-z]\.){2,8}(?![A-Za-z])|\$?\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|['’](?:s|S)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:(?:-|['’](?![sS](?![\p{L}\p{N}])))[\p{L}\p{M}\p{N}]+)*|\S/gu;
const TOKEN_AT = new RegExp(ATTRIBUTION_TOKEN_RE.source, 'uy');
const CAP = /^\p{Lu}/u;

/** Tokens of text[from, to); `quoted` is filled from sorted, disjoint quote spans. */
export function tokensOf(
  text: string,
  from: number,
  to: number,
  quotes: ReadonlyArray<{ start: number; end: number }>,
): Tok[] {
  const out: Tok[] = [];
  let q = 0;
  while (q < quotes.length && quotes[q]!.end <= from) q++;
  // Lookaheads read past `to` (the text is scanned whole); a token running past it is cut there.
  const n = text.length;
  const at = { start: 0 };
  let p = from;
  for (;;) {
    const matched = nextMatch(TOKEN_AT, text, p, n, at);
    const start = at.start;
    if (matched < 0 || start >= to) break;
    const end = Math.min(matched, to);
    while (q < quotes.length && quotes[q]!.end <= start) q++;
    const qt = quotes[q];
    // The quote marks themselves are outside the quote, so a closing ” can be seen as the end of a quote.
    const quoted =
      qt !== undefined && start > qt.start && end < qt.end + (isCloser(text.charCodeAt(qt.end - 1)) ? 0 : 1);
    if (quoted) {
      // Words inside a quote are never cues or sources: one placeholder stands for the whole interior.
      const close = isCloser(text.charCodeAt(qt.end - 1)) ? qt.end - 1 : qt.end;
      const stop = Math.min(close, to);
      out.push({ text: '…', lower: '…', start, end: stop, quoted: true, cap: false, lex: undefined });
      p = Math.max(stop, start + 1);
      continue;
    }
    const t = text.slice(start, end);
    const c = t.charCodeAt(0);
    const cap = c < 128 ? c >= 65 && c <= 90 : CAP.test(t);
    out.push({ text: t, lower: cap || c >= 128 ? t.toLowerCase() : t, start, end, quoted, cap, lex: undefined });
    p = matched;
  }
  return out;
}

export const isQuoteMark = (t: Tok): boolean =>
  t.text === '”' ||
  t.text === '“' ||
  t.text === '"' ||
  t.text === '»' ||
  t.text === '«' ||
  t.text === '‘' ||
  t.text === '’';

const isCloser = (c: number): boolean => c === 0x201d || c === 0x22 || c === 0x2019 || c === 0xbb;
