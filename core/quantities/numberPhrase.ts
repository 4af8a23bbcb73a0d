// Reads one number at a token position: digits ("1,200.5", "1.2bn"), words ("twenty-five", "half a trillion",
// "three hundred and two thousand"), vague magnitudes ("hundreds of billions") and fractions ("two thirds").
// Each call looks at a bounded number of tokens after the start, so the whole scan stays linear.
import type { QToken } from './tokens';
import { FRACTION_WORDS, ORDINAL_WORDS, SCALES, SUFFIXES, TENS, UNITS, VAGUE_MAGNITUDES } from './lexicon';

export interface NumberPhrase {
  /** Index of the first and one past the last token of the phrase. */
  from: number;
  to: number;
  value?: number;
  /** An order of magnitude ("hundreds of billions"), not a figure. */
  vague?: boolean;
  ordinal?: boolean;
  /** Only digits, nothing spelled out. */
  digits: boolean;
  /** A glued "m" ("40m"): millions after a currency, metres otherwise. */
  ambiguousM?: boolean;
  /** A glued unit suffix that is not a magnitude ("29km", "180ml"). */
  unitSuffix?: string;
  /** The noun of a hyphenated number word: "year" in "five-year". */
  compoundUnit?: string;
  /** Glued letters that make the digits something else ("10am", "5G"). */
  foreign?: boolean;
}

const MAX_WORDS = 24;
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th', 'ST', 'ND', 'RD', 'TH']);

/** Splits "twenty-five" into its parts; "fifty - two" arrives as separate tokens. */
function wordParts(lower: string): string[] {
  return lower.indexOf('-') >= 0 ? lower.split('-') : [lower];
}

export function cardinalWordValue(w: string): number | undefined {
  const u = UNITS[w];
  if (u !== undefined) return u;
  return TENS[w];
}

/** "twenty-first" -> 21, "third" -> 3; undefined when not an ordinal word. */
export function ordinalWordValue(lower: string): number | undefined {
  const parts = wordParts(lower);
  if (parts.length === 1) return ORDINAL_WORDS[lower];
  if (parts.length === 2) {
    const t = TENS[parts[0]!];
    const o = ORDINAL_WORDS[parts[1]!];
    if (t !== undefined && o !== undefined && o < 10) return t + o;
  }
  return undefined;
}

/** A spelled-out number at tokens[i], or undefined. Stops before any word it cannot use. */
function readWords(tokens: QToken[], i: number, implicitOne = false): NumberPhrase | undefined {
  let total = 0;
  let group = implicitOne ? 1 : 0;
  let lastScale = Infinity;
  let any = implicitOne;
  let j = i;
  let end = i;
  let lastWasNumber = implicitOne;
  let steps = 0;
  while (tokens[j] !== undefined && steps++ < MAX_WORDS) {
    const t = tokens[j]!;
    if (t.kind !== 'word') {
      // "fifty - two": a spaced hyphen between a tens word and a unit word.
      if (
        t.text === '-' &&
        lastWasNumber &&
        tokens[j + 1]?.kind === 'word' &&
        UNITS[tokens[j + 1]!.lower] !== undefined &&
        UNITS[tokens[j + 1]!.lower]! < 10 &&
        group % 100 >= 20 &&
        group % 10 === 0
      ) {
        j++;
        continue;
      }
      break;
    }
    const parts = wordParts(t.lower);
    let ok = true;
    let consumedValue = false;
    for (const p of parts) {
      const v = cardinalWordValue(p);
      if (v !== undefined) {
        // "twenty five" composes; "five twenty" does not.
        if (lastWasNumber && group % 100 !== 0 && !(group % 100 >= 20 && group % 10 === 0 && v < 10)) {
          ok = false;
          break;
        }
        group += v;
        lastWasNumber = true;
        consumedValue = true;
      } else if (p === 'hundred' && (any || group > 0)) {
        group = (group || 1) * 100;
        lastWasNumber = true;
        consumedValue = true;
      } else if (SCALES[p] !== undefined && (any || group > 0)) {
        const s = SCALES[p]!;
        if (s >= lastScale && group === 0)
          total *= s; // "three lakh crore"
        else {
          total += (group || 1) * s;
          lastScale = s;
        }
        group = 0;
        lastWasNumber = true;
        consumedValue = true;
      } else {
        ok = false;
        break;
      }
    }
    if (!ok) break;
    if (consumedValue) {
      any = true;
      end = j + 1;
    }
    j++;
    // "and" joins only when a number word follows: "one hundred and six".
    const next = tokens[j];
    if (next?.lower === 'and' && tokens[j + 1]?.kind === 'word') {
      const after = wordParts(tokens[j + 1]!.lower)[0]!;
      if (cardinalWordValue(after) !== undefined && (group >= 100 || total > 0) && group % 100 === 0) {
        j++;
        lastWasNumber = false;
      }
    }
  }
  if (!any) return undefined;
  return { from: i, to: end, value: total + group, digits: false };
}

/** Reads a number (cardinal, fraction or vague magnitude) starting at tokens[i]: a figure in digits or number words,
 * then what may follow it (decimal words, "and a half", a fraction, a magnitude). */
export function readNumberPhrase(tokens: QToken[], i: number): NumberPhrase | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let phrase: NumberPhrase | undefined;
  if (t.kind === 'num') {
    phrase = { from: i, to: i + 1, value: t.value, digits: true };
    if (t.suffix) return withSuffix(phrase, t.suffix, t.value!);
  } else if (t.kind === 'word') {
    const idiom = readWordIdiom(tokens, i);
    if (idiom) return idiom.phrase;
    phrase = readWords(tokens, i);
    if (!phrase) return undefined;
  } else return undefined;
  phrase = withAndAFraction(tokens, withDecimalWords(tokens, phrase));
  return spokenFraction(tokens, phrase) ?? digitFraction(tokens, phrase, t.value!) ?? extendMagnitudes(tokens, phrase);
}

/** A figure with a glued suffix: an ordinal ("21st"), a multiplier ("5m", "3bn"), a time or decade ("10am",
 * "1990s"), or a unit ("29km"). */
function withSuffix(phrase: NumberPhrase, sfx: string, value: number): NumberPhrase {
  if (ORDINAL_SUFFIX.has(sfx)) return { ...phrase, ordinal: true };
  const mult = SUFFIXES[sfx];
  if (mult !== undefined) {
    if (sfx === 'm') phrase.ambiguousM = true;
    phrase.value = value * mult;
    phrase.digits = false;
    return phrase;
  }
  if (sfx === 's' || sfx === 'am' || sfx === 'pm' || sfx === 'AM' || sfx === 'PM') return { ...phrase, foreign: true };
  return { ...phrase, unitSuffix: sfx };
}

/** The number idioms a word opens: "half a trillion", "a million", "a half", "hundreds of thousands", "several
 * million", "five-year", "two-thirds". `{ phrase }` when the word opens one (`phrase` undefined when it turns out to
 * be no number); undefined when the word is to be read as plain number words. */
function readWordIdiom(tokens: QToken[], i: number): { phrase: NumberPhrase | undefined } | undefined {
  const lw = tokens[i]!.lower;
  // "half a trillion", "half a dozen"
  if (lw === 'half' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an')) {
    const m = magnitudeAt(tokens, i + 2);
    if (m) return { phrase: extendMagnitudes(tokens, { from: i, to: i + 3, value: 0.5 * m, digits: false }) };
  }
  // "a million", "a hundred", "a dozen", "a half", "a quarter"
  if (lw === 'a' || lw === 'an') return { phrase: readArticleNumber(tokens, i) };
  if (VAGUE_MAGNITUDES.has(lw)) return { phrase: readVague(tokens, i) };
  // "several million", "a few hundred", "many thousands"
  if (lw === 'several' || lw === 'few' || lw === 'many') {
    const m = magnitudeAt(tokens, i + 1);
    if (m && tokens[i + 1]!.lower !== 'dozen') return { phrase: { from: i, to: i + 2, vague: true, digits: false } };
    return { phrase: undefined };
  }
  if (lw === 'dozen') return { phrase: undefined };
  // "five-year", "two-thirds": a number word joined to a noun or a fraction.
  const dash = lw.indexOf('-');
  if (dash > 0) {
    const head = cardinalWordValue(lw.slice(0, dash));
    const tail = lw.slice(dash + 1);
    if (head !== undefined && cardinalWordValue(tail.split('-')[0]!) === undefined) {
      const d = FRACTION_WORDS[tail];
      if (d && !(tail === 'second' || tail === 'seconds'))
        return { phrase: { from: i, to: i + 1, value: head / d, digits: false } };
      return { phrase: { from: i, to: i + 1, value: head, digits: false, compoundUnit: tail } };
    }
  }
  return undefined;
}

/** "a million", "a hundred", "a dozen", "a half", "a quarter" at the article tokens[i]. */
function readArticleNumber(tokens: QToken[], i: number): NumberPhrase | undefined {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word') return undefined;
  const m = magnitudeAt(tokens, i + 1);
  if (m) {
    const more = readWords(tokens, i + 1, true);
    if (more && more.to > i + 2) return extendMagnitudes(tokens, { ...more, from: i });
    return extendMagnitudes(tokens, { from: i, to: i + 2, value: m, digits: false });
  }
  if (next.lower === 'half') return { from: i, to: i + 2, value: 0.5, digits: false };
  if (next.lower === 'quarter') return { from: i, to: i + 2, value: 0.25, digits: false };
  return undefined;
}

/** Decimal words: "two hundred point zero three", "nine point nought four". */
function withDecimalWords(tokens: QToken[], phrase: NumberPhrase): NumberPhrase {
  if (phrase.digits || tokens[phrase.to]?.lower !== 'point') return phrase;
  let k = phrase.to + 1;
  let frac = '';
  while (
    tokens[k] !== undefined &&
    tokens[k]!.kind === 'word' &&
    UNITS[tokens[k]!.lower] !== undefined &&
    UNITS[tokens[k]!.lower]! < 10 &&
    frac.length < 12
  ) {
    frac += String(UNITS[tokens[k]!.lower]);
    k++;
  }
  if (!frac && tokens[k]?.kind === 'word') {
    const tv = readWords(tokens, k);
    if (tv && tv.value! < 100) {
      frac = String(tv.value);
      k = tv.to;
    }
  }
  return frac ? { ...phrase, to: k, value: Number(`${phrase.value}.${frac}`) } : phrase;
}

/** "and a half", "and a quarter" */
function withAndAFraction(tokens: QToken[], phrase: NumberPhrase): NumberPhrase {
  if (
    tokens[phrase.to]?.lower === 'and' &&
    (tokens[phrase.to + 1]?.lower === 'a' || tokens[phrase.to + 1]?.lower === 'an')
  ) {
    const w = tokens[phrase.to + 2]?.lower;
    const d = w ? FRACTION_WORDS[w] : undefined;
    if (d) return { ...phrase, to: phrase.to + 3, value: phrase.value! + 1 / d };
  }
  return phrase;
}

/** Spoken fractions: "two thirds", "one eighth", "three quarters". */
function spokenFraction(tokens: QToken[], phrase: NumberPhrase): NumberPhrase | undefined {
  const fw = tokens[phrase.to];
  if (fw && fw.kind === 'word' && !fw.glued && phrase.value! >= 1 && phrase.value! < 100) {
    const parts = wordParts(fw.lower);
    const d = FRACTION_WORDS[parts[parts.length - 1]!];
    const plural = /s$/.test(fw.lower);
    if (d && (plural ? phrase.value! > 1 : phrase.value === 1) && !(fw.lower === 'second' || fw.lower === 'seconds')) {
      return { ...phrase, to: phrase.to + 1, value: phrase.value! / d };
    }
  }
  return undefined;
}

/** Digit fractions after a figure whose first token has the value `first`: "3/4", "2 1/4". */
function digitFraction(tokens: QToken[], phrase: NumberPhrase, first: number): NumberPhrase | undefined {
  if (!phrase.digits) return undefined;
  const slash = tokens[phrase.to];
  const den = tokens[phrase.to + 1];
  if (
    slash?.text === '/' &&
    slash.glued &&
    den?.kind === 'num' &&
    den.glued &&
    !den.suffix &&
    den.value! > 0 &&
    den.value! <= 16 &&
    first < den.value!
  ) {
    return { ...phrase, to: phrase.to + 2, value: first / den.value! };
  }
  const n2 = tokens[phrase.to];
  const s2 = tokens[phrase.to + 1];
  const d2 = tokens[phrase.to + 2];
  if (
    n2?.kind === 'num' &&
    !n2.glued &&
    s2?.text === '/' &&
    s2.glued &&
    d2?.kind === 'num' &&
    d2.glued &&
    d2.value! > 0 &&
    d2.value! <= 16 &&
    n2.value! < d2.value!
  ) {
    return { ...phrase, to: phrase.to + 3, value: first + n2.value! / d2.value! };
  }
  return undefined;
}

/** The magnitude named at tokens[i] ("million", "hundred", "dozen", "bn"), or undefined. */
export function magnitudeAt(tokens: QToken[], i: number): number | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return undefined;
  const w = t.lower;
  if (w === 'hundred') return 100;
  if (w === 'dozen') return 12;
  if (SCALES[w] !== undefined) return SCALES[w];
  // Written-out suffixes after a space ("10 bln", "2.5 bn"); single letters only when glued.
  if (w.length >= 2 && SUFFIXES[t.text] !== undefined && w !== 'mm' && w !== 'm') return SUFFIXES[t.text];
  return undefined;
}

/** "1.2 billion", "322 hundred", "3 dozen", "2 million 300 thousand" (rare) after a number. */
function extendMagnitudes(tokens: QToken[], phrase: NumberPhrase): NumberPhrase {
  let p = phrase;
  for (let k = 0; k < 3; k++) {
    const m = magnitudeAt(tokens, p.to);
    if (m === undefined || p.value === undefined) break;
    // Words already composed a scale ("two thousand"): "two thousand million" is rare; allow only growing scales.
    p = { ...p, to: p.to + 1, value: p.value * m, digits: false };
    if (tokens[p.to - 1]!.lower === 'dozen' && tokens[p.to]?.lower === 'dozens') break;
  }
  // "3 dozens"
  if (tokens[p.to]?.lower === 'dozens' && p.value !== undefined)
    p = { ...p, to: p.to + 1, value: p.value * 12, digits: false };
  return p;
}

/** "hundreds of billions", "tens of thousands", "billions": an order of magnitude. */
function readVague(tokens: QToken[], i: number): NumberPhrase {
  let to = i + 1;
  for (let k = 0; k < 3; k++) {
    if (tokens[to]?.lower === 'of' && tokens[to + 1] && VAGUE_MAGNITUDES.has(tokens[to + 1]!.lower)) to += 2;
    else break;
  }
  return { from: i, to, vague: true, digits: false };
}
