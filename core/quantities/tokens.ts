// A single left-to-right pass that cuts text into numbers, words and symbols for the quantity parser.
// Hand-written rather than a regex so that no input can make it backtrack: every character is looked at a bounded
// number of times.

export type TokenKind = 'num' | 'word' | 'sym' | 'code';

export interface QToken {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased text (words and symbols). */
  lower: string;
  /** For numbers: the digits read as a value (suffixes not applied). */
  value?: number;
  /** Letters glued to the digits: "bn" in "1.2bn", "th" in "21st", "s" in "1990s". */
  suffix?: string;
  /** Digits grouped with commas, or with a decimal part: never a year, a list number or a day of the month. */
  formatted?: boolean;
  /** The whitespace before this token holds a line break (or it starts the text). */
  lineStart: boolean;
  /** No whitespace between this token and the previous one. */
  glued: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}|\p{M}/u;
const isLetter = (s: string, i: number): boolean => {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(s[i]!);
};
const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 0xa0 ||
  c === 0x202f ||
  c === 0x2009 ||
  c === 0x2007 ||
  c === 12 ||
  c === 11;
const isThinGroupSpace = (c: number): boolean => c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;

/** Reads a digit run with thousands separators and one decimal part; returns its end and whether it was formatted. */
function readNumber(s: string, i: number): { end: number; formatted: boolean; dotted: boolean; timeLike: boolean } {
  const n = s.length;
  let j = i;
  let formatted = false;
  let dotted = false;
  let timeLike = false;
  while (j < n && isDigit(s.charCodeAt(j))) j++;
  // Thousands groups: exactly three digits after each separator.
  for (;;) {
    const c = s.charCodeAt(j);
    if (
      (c === 44 || isThinGroupSpace(c)) &&
      isDigit(s.charCodeAt(j + 1)) &&
      isDigit(s.charCodeAt(j + 2)) &&
      isDigit(s.charCodeAt(j + 3)) &&
      !isDigit(s.charCodeAt(j + 4)) &&
      j - i <= 3 + (formatted ? 100 : 0)
    ) {
      j += 4;
      formatted = true;
    } else break;
  }
  if (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
    j += 1;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
    formatted = true;
    // A second dotted group makes it a version, an address or a dotted date, not an amount.
    while (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
      dotted = true;
      j += 1;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
    }
  }
  while (s.charCodeAt(j) === 58 && isDigit(s.charCodeAt(j + 1))) {
    timeLike = true;
    j += 1;
    while (j < n && isDigit(s.charCodeAt(j))) j++;
  }
  return { end: j, formatted, dotted, timeLike };
}

/** Whether s[from, to) holds an upper-case letter (ASCII fast path), so that most words skip toLowerCase. */
function hasUpper(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

export function tokenizeQuantities(s: string, from = 0, to = s.length): QToken[] {
  const out: QToken[] = [];
  let i = from;
  let lineStart = true;
  let glued = false;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || c === 13) lineStart = true;
      glued = false;
      i++;
      continue;
    }
    const startsNumber =
      isDigit(c) || (c === 46 && isDigit(s.charCodeAt(i + 1)) && !(i > 0 && isDigit(s.charCodeAt(i - 1))));
    const t = startsNumber
      ? numberToken(s, i, to, lineStart, glued)
      : isLetter(s, i)
        ? wordToken(s, i, to, lineStart, glued)
        : symbolToken(s, i, to, lineStart, glued);
    out.push(t);
    i = t.end;
    lineStart = false;
    glued = true;
  }
  return out;
}

/** A number with what is glued to it: "1.3e6", "5km", "1,200"; or a code when letters or dots make it one ("G7",
 * "737MAX9", "1.2.3"). */
function numberToken(s: string, start: number, to: number, lineStart: boolean, glued: boolean): QToken {
  const c = s.charCodeAt(start);
  const r = readNumber(s, c === 46 ? start + 1 : start);
  let j = r.end;
  let kind: TokenKind = r.dotted || r.timeLike ? 'code' : 'num';
  // Scientific notation: "1.3e6", "12.32e+14".
  if (kind === 'num' && (s.charCodeAt(j) === 101 || s.charCodeAt(j) === 69)) {
    let k = j + 1;
    if (s.charCodeAt(k) === 43 || s.charCodeAt(k) === 45) k++;
    if (isDigit(s.charCodeAt(k))) {
      while (isDigit(s.charCodeAt(k))) k++;
      if (!isLetter(s, k)) j = k;
    }
  }
  const numEnd = j;
  let suffix: string | undefined;
  if (j < to && isLetter(s, j)) {
    let k = j;
    while (k < to && isLetter(s, k)) k++;
    suffix = s.slice(j, k);
    j = k;
    // Digits glued into a longer alphanumeric run ("737MAX9", "4G2") are a code.
    if (j < to && isDigit(s.charCodeAt(j))) kind = 'code';
  }
  // Digits glued to letters before them ("G7", "MH17") are part of a name or a code.
  if (start > 0 && isLetter(s, start - 1)) kind = 'code';
  // Skip the rest of a code so that its digits do not surface one by one.
  if (kind === 'code') {
    while (
      j < to &&
      (isDigit(s.charCodeAt(j)) ||
        isLetter(s, j) ||
        ((s.charCodeAt(j) === 46 || s.charCodeAt(j) === 58) && isDigit(s.charCodeAt(j + 1))))
    )
      j++;
  }
  const text = s.slice(start, j);
  const raw = s.slice(start, numEnd);
  const value =
    kind !== 'num' ? undefined : Number(r.formatted ? raw.replace(/[,\u00a0\u202f\u2009\u2007]/g, '') : raw);
  return {
    kind,
    start,
    end: j,
    text,
    lower: suffix ? text.toLowerCase() : text,
    value,
    suffix,
    formatted: r.formatted,
    lineStart,
    glued,
  };
}

/** A word, with inner apostrophes and hyphens ("don't", "so-called"); a code when digits follow ("COVID19"). */
function wordToken(s: string, i: number, to: number, lineStart: boolean, glued: boolean): QToken {
  let j = i + 1;
  for (;;) {
    if (j < to && isLetter(s, j)) j++;
    else if (j + 1 < to && (isApostrophe(s.charCodeAt(j)) || isHyphen(s.charCodeAt(j))) && isLetter(s, j + 1)) j += 2;
    else break;
  }
  let kind: TokenKind = 'word';
  // Letters glued to digits after them ("COVID19", "F16") are a code; the digits are read with them.
  if (j < to && isDigit(s.charCodeAt(j))) {
    kind = 'code';
    while (j < to && (isDigit(s.charCodeAt(j)) || isLetter(s, j))) j++;
  }
  const text = s.slice(i, j);
  return { kind, start: i, end: j, text, lower: hasUpper(s, i, j) ? text.toLowerCase() : text, lineStart, glued };
}

function symbolToken(s: string, i: number, to: number, lineStart: boolean, glued: boolean): QToken {
  const c = s.charCodeAt(i);
  // Surrogate pairs (emoji, rare symbols) stay one token.
  const j = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? i + 2 : i + 1;
  const text = s.slice(i, j);
  return { kind: 'sym', start: i, end: j, text, lower: text, lineStart, glued };
}
