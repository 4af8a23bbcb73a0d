// A fast, lossless-offset word tokenizer shared by every layer of the core.

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes, hyphens, periods of initialisms ("U.S.") and digit groups ("1,200.5").
// A word keeps its possessive ("Trump’s" is one token; the entity layer trims it); a detached "’s" is its own token.
// Initialisms are bounded ({2,8}) so a long run of "A.A.A." cannot make the scan quadratic.
// The tokens are TOKEN_RE's matches, found by a hand-written scan (scanToken) that reads the same alternatives in the
// same order: the regular expression built a match array per token, a tenth of what a batch run allocated.
// test/unit/tokenize-scan.test.ts compares the two on generated text.
export const TOKEN_RE =
  /(?:[A-Za-z]\.){2,8}(?![A-Za-z])|\$?\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|['’](?:s|S)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|\S/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // Lookaheads stop at `to`, as TOKEN_RE's did over text.slice(0, to).
  const n = Math.min(to, text.length);
  let p = from;
  for (;;) {
    p = skipSpaces(text, p, n);
    if (p >= n) break;
    const start = codePointStart(text, p);
    const end = scanToken(text, start, n, false);
    out.push({ text: text.slice(start, end), start, end });
    p = end;
  }
  return out;
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
export const isAllCaps = (w: string): boolean => /^[\p{Lu}\d.&-]+$/u.test(w) && /\p{Lu}/u.test(w);

// ---- The scan ----------------------------------------------------------------------------------------------------

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

/** The first position from p on (below n) that `\s` does not match; n when there is none. */
export function skipSpaces(s: string, p: number, n: number): number {
  while (p < n && isSpaceCode(s.charCodeAt(p))) p++;
  return p;
}

/** Where a match found from p starts: a global or sticky regular expression with the u flag steps back from the
 * second half of a surrogate pair to its first half. */
export function codePointStart(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c >= 0xdc00 && c <= 0xdfff && p > 0) {
    const b = s.charCodeAt(p - 1);
    if (b >= 0xd800 && b <= 0xdbff) return p - 1;
  }
  return p;
}

const WORD_CH = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_OR_NUMBER_CH = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit, once asked: 1 | 2 when [\p{L}\p{M}\p{N}] matches it | 4 when [\p{L}\p{N}] does (0: not asked). */
const BMP_CLASSES = new Uint8Array(0x10000);

function bmpClass(c: number): number {
  let k = BMP_CLASSES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (WORD_CH.test(ch) ? 2 : 0) | (LETTER_OR_NUMBER_CH.test(ch) ? 4 : 0);
    BMP_CLASSES[c] = k;
  }
  return k;
}

/** The code point at p of s[0, n) (a surrogate pair split by n is two lone surrogates). */
function codePointAt(s: string, p: number, n: number): number {
  const c = s.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < n) {
    const d = s.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Class bits (as BMP_CLASSES) of a code point. */
function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) return 7;
    return 1;
  }
  if (cp < 0x10000) return bmpClass(cp);
  const ch = String.fromCodePoint(cp);
  return 1 | (WORD_CH.test(ch) ? 2 : 0) | (LETTER_OR_NUMBER_CH.test(ch) ? 4 : 0);
}

/** End of the run of [\p{L}\p{M}\p{N}] code points from p (p itself when there is none). */
function wordRunEnd(s: string, p: number, n: number): number {
  while (p < n) {
    const c = s.charCodeAt(p);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        p++;
        continue;
      }
      return p;
    }
    const cp = codePointAt(s, p, n);
    if (!(classOf(cp) & 2)) return p;
    p += cp > 0xffff ? 2 : 1;
  }
  return p;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** [\p{L}\p{N}] at p (false at or past n). */
const letterOrNumberAt = (s: string, p: number, n: number): boolean =>
  p < n && (classOf(codePointAt(s, p, n)) & 4) !== 0;

/**
 * End of the token that starts at p (p < n, not a space, not the second half of a surrogate pair) in s[0, n): the
 * match of TOKEN_RE there, its alternatives tried in order. `attribution`: the attribution stage's variant, where an
 * apostrophe joins two words unless an "s" that ends a word follows it ("the minister’s" is two tokens; see
 * core/attribution/tokens.ts).
 */
export function scanToken(s: string, p: number, n: number, attribution: boolean): number {
  const c = s.charCodeAt(p);
  // (?:[A-Za-z]\.){2,8}(?![A-Za-z]): the most repetitions there are (at most 8); fewer leave a letter next.
  if (isAsciiLetter(c)) {
    let r = 0;
    let q = p;
    while (r < 8 && q + 1 < n && isAsciiLetter(s.charCodeAt(q)) && s.charCodeAt(q + 1) === 46) {
      r++;
      q += 2;
    }
    if (r >= 2 && !(q < n && isAsciiLetter(s.charCodeAt(q)))) return q;
  }
  // \$?\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?
  if (isDigit(c) || (c === 36 && p + 1 < n && isDigit(s.charCodeAt(p + 1)))) {
    let q = c === 36 ? p + 1 : p;
    while (q < n && isDigit(s.charCodeAt(q))) q++;
    for (;;) {
      const x = q < n ? s.charCodeAt(q) : -1;
      if ((x === 46 || x === 44 || x === 58) && q + 1 < n && isDigit(s.charCodeAt(q + 1))) {
        q += 2;
        while (q < n && isDigit(s.charCodeAt(q))) q++;
      } else break;
    }
    const a = q < n ? s.charCodeAt(q) : -1;
    const b = q + 1 < n ? s.charCodeAt(q + 1) : -1;
    if ((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104))
      return q + 2;
    return a === 115 ? q + 1 : q;
  }
  // ['’](?:s|S)(?![\p{L}\p{N}])
  if (c === 39 || c === 0x2019) {
    const x = p + 1 < n ? s.charCodeAt(p + 1) : -1;
    if ((x === 115 || x === 83) && !letterOrNumberAt(s, p + 2, n)) return p + 2;
  }
  // [\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*  (attribution: (?:-|['’](?![sS](?![\p{L}\p{N}]))) between words)
  let q = wordRunEnd(s, p, n);
  if (q > p) {
    for (;;) {
      const x = q < n ? s.charCodeAt(q) : -1;
      if (x !== 45 && x !== 39 && x !== 0x2019) break;
      if (attribution && x !== 45) {
        const y = q + 1 < n ? s.charCodeAt(q + 1) : -1;
        if ((y === 115 || y === 83) && !letterOrNumberAt(s, q + 2, n)) break;
      }
      const e = wordRunEnd(s, q + 1, n);
      if (e === q + 1) break;
      q = e;
    }
    return q;
  }
  // \S: one code point.
  return p + (codePointAt(s, p, n) > 0xffff ? 2 : 1);
}
