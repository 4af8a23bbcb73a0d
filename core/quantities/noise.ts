// The noise a news page carries around numbers: list numbering, page and footnote references, telephone numbers,
// numbers that belong to names ("Windows 11", "Euro 2024"), and headline capitals that must not be read as names.
import type { QToken } from './tokens';
import { CAPITALISED_LEADS, CURRENCY_CODES, REFERENCE_WORDS } from './lexicon';
import { MONTH_NUMBERS } from '../lexicon';

export const SENTENCE_END = new Set([
  '.',
  '!',
  '?',
  '"',
  '“',
  '”',
  ':',
  ';',
  '(',
  '[',
  '—',
  '–',
  '-',
  '•',
  '*',
  '>',
  '|',
]);

export function isSentenceStart(tokens: QToken[], i: number): boolean {
  const p = tokens[i - 1];
  return !p || tokens[i]!.lineStart || SENTENCE_END.has(p.text);
}

/** A capitalised word right before a number that is not the start of a sentence: the number is part of a name. */
export function partOfName(tokens: QToken[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p || p.kind !== 'word' || tokens[i]!.lineStart) return false;
  // "iPhone 15", "eBay 2": capitals inside a word mark a brand.
  if (/^\p{Ll}+\p{Lu}/u.test(p.text)) return true;
  if (!/^\p{Lu}/u.test(p.text)) return false;
  if (CAPITALISED_LEADS.has(p.lower) || MONTH_NUMBERS[p.lower] !== undefined) return false;
  // All-capitals headline text says nothing about names.
  if (p.text.length > 1 && p.text === p.text.toUpperCase() && /^[A-Z]+$/.test(p.text) && !CURRENCY_CODES[p.lower]) {
    const pp = tokens[i - 2];
    if (pp && pp.kind === 'word' && pp.text === pp.text.toUpperCase()) return false;
  }
  // Headline case capitalises every word: "Trump Announces 25 New Tariffs".
  if (partOfHeadline(tokens, i)) return false;
  // At the start of a sentence a capital says nothing, but a lead word ("About 300") is already excluded, so a
  // capitalised noun straight before a number ("Windows 11 sold…") still reads as a name.
  return true;
}

export const MINOR_WORDS = new Set('a an the of and or to in on at for by with from as vs via per but nor'.split(' '));

/** Headline case ("Trump Announces 25 New Tariffs on Steel"): most words of the line around the number are
 *  capitalised, so capitals there say nothing about names. */
export function partOfHeadline(tokens: QToken[], i: number): boolean {
  let caps = 0;
  let words = 0;
  const look = (k: number): boolean => {
    const t = tokens[k]!;
    if (t.kind !== 'word')
      return t.kind === 'num' || t.text === ',' || t.text === ':' || t.text === '-' || t.text === "'";
    if (MINOR_WORDS.has(t.lower)) return true;
    words++;
    if (/^\p{Lu}/u.test(t.text)) caps++;
    return true;
  };
  for (let k = i - 1; k >= 0 && k >= i - 8 && !tokens[k + 1]!.lineStart && look(k); k--);
  for (let k = i + 1; k <= i + 8 && tokens[k] !== undefined && !tokens[k]!.lineStart && look(k); k++);
  return words >= 3 && caps >= words - 0.5 && caps * 5 >= words * 4;
}

export function precededByReference(tokens: QToken[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p) return false;
  if (p.text === '#') return true;
  if (p.kind === 'word' && REFERENCE_WORDS.has(p.lower)) return true;
  if (p.text === '.' && tokens[i - 2]?.kind === 'word' && REFERENCE_WORDS.has(`${tokens[i - 2]!.lower}.`)) return true;
  return false;
}

/** "1." or "2)" opening a line: list numbering. */
export function isListNumber(tokens: QToken[], i: number): boolean {
  const t = tokens[i]!;
  const n = tokens[i + 1];
  const after = tokens[i + 2];
  return (
    t.lineStart &&
    !!n &&
    n.glued &&
    (n.text === '.' || n.text === ')') &&
    t.kind === 'num' &&
    !t.formatted &&
    !!after &&
    !after.glued &&
    !after.lineStart
  );
}

/** Indices of number tokens that form a telephone number: "555-123-4567", "(020) 7946 0958", "+44 20 7946 0958". */
export function phoneTokens(tokens: QToken[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'num' || t.formatted || t.suffix) continue;
    const plus = tokens[i - 1]?.text === '+' || tokens[i - 1]?.text === '(';
    const group = [i];
    let digits = t.text.length;
    let k = i + 1;
    let separators = 0;
    while (group.length < 6 && tokens[k] !== undefined) {
      const s = tokens[k]!;
      if (
        (s.text === '-' || s.text === '.' || s.text === ')') &&
        tokens[k + 1]?.kind === 'num' &&
        !tokens[k + 1]!.formatted
      ) {
        separators++;
        k++;
        continue;
      }
      if (
        s.kind === 'num' &&
        !s.formatted &&
        !s.suffix &&
        s.text.length >= 2 &&
        (group.length > 1 || separators > 0 || s.text.length >= 3 || plus)
      ) {
        group.push(k);
        digits += s.text.length;
        k++;
        continue;
      }
      break;
    }
    const lens = group.map((g) => tokens[g]!.text.length);
    // "2015-05-25" and "05-25-2015" are dates: a four-digit group with two-digit ones.
    const dateLike =
      group.length === 3 &&
      ((lens[0] === 4 && lens[1]! <= 2 && lens[2]! <= 2) ||
        (lens[0]! <= 2 && lens[1]! <= 2 && (lens[2] === 4 || lens[2] === 2)));
    const looksPhone =
      !dateLike && digits >= 7 && (group.length >= 3 || plus || (group.length === 2 && lens[0] === 3 && lens[1] === 4));
    if (looksPhone) for (const g of group) out.add(g);
    i = Math.max(i, group[group.length - 1]!);
  }
  return out;
}

/** Numbers in citation brackets ("[4]", "[17, 18]", "[3–5]") point at footnotes; they claim nothing. */
export function citationTokens(tokens: QToken[], skip: Set<number>): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== '[') continue;
    let k = i + 1;
    const nums: number[] = [];
    while (k - i < 24 && tokens[k] !== undefined) {
      const t = tokens[k]!;
      if (t.kind === 'num' && !t.suffix) nums.push(k);
      else if (t.text !== ',' && t.text !== '-' && t.text !== '–') break;
      k++;
    }
    if (nums.length && tokens[k]?.text === ']') for (const n of nums) skip.add(n);
    i = k - 1;
  }
}

export const yearLike = (t: QToken): boolean =>
  t.kind === 'num' && !t.formatted && !t.suffix && t.text.length === 4 && t.value! >= 1000 && t.value! <= 2199;

const STREET_TYPES = new Set(
  'street st avenue ave road rd boulevard blvd lane ln drive dr way place pl square sq terrace court ct highway hwy'.split(
    ' ',
  ),
);

/** "10 Downing Street", "1600 Pennsylvania Avenue": a house number before capitalised words and a street type. */
export function streetNumber(tokens: QToken[], end: number): boolean {
  let k = end;
  let names = 0;
  while (names < 4 && tokens[k] !== undefined && tokens[k]!.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) {
    if (names > 0 && STREET_TYPES.has(tokens[k]!.lower)) return true;
    names++;
    k++;
  }
  return false;
}
