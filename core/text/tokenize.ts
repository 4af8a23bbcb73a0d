// A fast, lossless-offset word tokenizer shared by every layer of the core.

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes, hyphens, periods of initialisms ("U.S.") and digit groups ("1,200.5").
// A word keeps its possessive ("Trump’s" is one token; the entity layer trims it); a detached "’s" is its own token.
// Initialisms are bounded ({2,8}) so a long run of "A.A.A." cannot make the scan quadratic.
// The tokens are TOKEN_RE's matches. They are found as a global search would find them (at the first character that
// is not a space), but by a sticky copy that is only tested there (nextMatch): a search built a match array per token,
// a tenth of what a batch run allocated. test/unit/tokenize-scan.test.ts compares the two.
export const TOKEN_RE =
  /(?:[A-Za-z]\.){2,8}(?![A-Za-z])|\$?\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|['’](?:s|S)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
/** TOKEN_RE tested at one position (nextMatch). */
export const TOKEN_AT = new RegExp(TOKEN_RE.source, 'uy');

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // Lookaheads stop at `to`, as TOKEN_RE's did over text.slice(0, to).
  const slice = to === text.length ? text : text.slice(0, to);
  const n = slice.length;
  const at = { start: 0 };
  for (let end = nextMatch(TOKEN_AT, slice, from, n, at); end >= 0; end = nextMatch(TOKEN_AT, slice, end, n, at))
    out.push({ text: slice.slice(at.start, end), start: at.start, end });
  return out;
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d.&-]+$/u.test(w) && /\p{Lu}/u.test(w);

/** What `\s` matches (ECMAScript WhiteSpace and LineTerminator: all in the BMP). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The next match of the sticky expression `re` (a token expression: each of its alternatives starts with a character
 * that is not a space, and its last is `\S`) in s[0, n) from p, as a global search from p finds it: at the first
 * character that is not a space, stepping back from the second half of a surrogate pair to its first half as the u
 * flag does. Its start is written to `at`; returns its end, or -1 when only spaces are left. One call per token: the
 * language server runs without inlining.
 */
export function nextMatch(re: RegExp, s: string, p: number, n: number, at: { start: number }): number {
  for (; p < n; p++) {
    const c = s.charCodeAt(p);
    if (c > 32 ? c >= 0xa0 && isSpaceCode(c) : c === 32 || (c >= 9 && c <= 13)) continue;
    let start = p;
    if (c >= 0xdc00 && c <= 0xdfff && p > 0) {
      const b = s.charCodeAt(p - 1);
      if (b >= 0xd800 && b <= 0xdbff) start = p - 1;
    }
    at.start = start;
    re.lastIndex = p;
    return re.test(s) ? re.lastIndex : start + 1;
  }
  return -1;
}
