// What follows or precedes an amount: currency signs and words, measure units, percent words, the counted noun.
import type { QToken } from './tokens';
import {
  AMBIGUOUS_UNITS,
  CURRENCY_ADJECTIVES,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  IRREGULAR_PLURALS,
  MEASURE_UNITS,
  NOT_NOUNS,
  SUBUNITS,
  WEAK_CURRENCY_WORDS,
} from './lexicon';
import { wordTable } from '../lexicon';
import { cardinalWordValue } from './numberPhrase';

export const SINGLE_SYMBOLS = new Map(
  CURRENCY_SYMBOLS.filter(([s]) => [...s].length === 1 || s === 'ரூ').map(([s, c]) => [s, c]),
);

export const LETTER_DOLLAR: Record<string, string> = Object.create(null);
for (const [s, c] of CURRENCY_SYMBOLS)
  if (s.endsWith('$') && s.length > 1 && !s.includes('.')) LETTER_DOLLAR[s.slice(0, -1).toLowerCase()] = c;

export const DURATION_SUFFIXES = wordTable<string>({
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  hour: 'hours',
  hours: 'hours',
  min: 'minutes',
  mins: 'minutes',
  minute: 'minutes',
  minutes: 'minutes',
  sec: 'seconds',
  secs: 'seconds',
  d: 'days',
  day: 'days',
  days: 'days',
  w: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  week: 'weeks',
  weeks: 'weeks',
  mo: 'months',
  mos: 'months',
  month: 'months',
  months: 'months',
  y: 'years',
  yr: 'years',
  yrs: 'years',
  year: 'years',
  years: 'years',
});

export const PAST_VERBS = new Set(
  'made said told got took went came saw won lost put set left held led built paid sold kept gave found thought knew became began ran wrote'.split(
    ' ',
  ),
);

export function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  return (
    w.length > 2 &&
    w.endsWith('s') &&
    !w.endsWith('ss') &&
    !w.endsWith('us') &&
    !w.endsWith('is') &&
    !w.endsWith("'s") &&
    !w.endsWith('’s')
  );
}

/** The counted noun after a number: "17 elements", "17 rare earth elements", "one dealer". */
export function countNoun(tokens: QToken[], i: number, singular: boolean): { to: number; unit: string } | undefined {
  let run = 0;
  let lastContent = -1;
  for (let k = i; run < 4 && tokens[k] !== undefined; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.lineStart) break;
    const w = t.lower;
    // Function words, adverbs and proper nouns end the noun phrase ("17 in Kyiv", "3 Ukrainian").
    if (NOT_NOUNS.has(w) || /ly$/.test(w) || /^\p{Lu}/u.test(t.text)) break;
    if (cardinalWordValue(w) !== undefined || CURRENCY_WORDS[w] !== undefined || MEASURE_UNITS[w] !== undefined) break;
    run++;
    lastContent = k;
    if (!singular && isPlural(w)) return { to: k + 1, unit: w };
    // A comma or other punctuation right after ends the noun phrase.
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word') break;
  }
  // One thing is named by the word right after: "one shell landed" counts a shell; a verb there ("one made")
  // makes "one" a pronoun.
  if (singular && lastContent >= i) {
    const w = tokens[i]!.lower;
    if (/ed$/.test(w) || PAST_VERBS.has(w)) return undefined;
    return { to: i + 1, unit: w };
  }
  return undefined;
}

/** The currency named by words after an amount: "dollars", "Australian dollars", "Swiss francs". */
export function currencyAfter(
  tokens: QToken[],
  i: number,
  strongAmount: boolean,
): { to: number; code: string; sub: boolean } | undefined {
  let k = i;
  let t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  let adjCode: Record<string, string> | undefined;
  // "hong kong dollars", "new zealand dollars", "us dollars", "u.s. dollars"
  if (CURRENCY_ADJECTIVES[t.lower] || t.lower === 'hong' || t.lower === 'new' || t.lower === 'u') {
    let adjEnd = k;
    if ((t.lower === 'hong' || t.lower === 'new') && tokens[k + 1]) adjEnd = k + 1;
    if (t.lower === 'u' && tokens[k + 1]?.text === '.' && tokens[k + 2]?.lower === 's')
      adjEnd = tokens[k + 3]?.text === '.' ? k + 3 : k + 2;
    const adjWord = t.lower === 'u' ? 'u.s.' : tokens[adjEnd]!.lower;
    const cand = tokens[adjEnd + 1];
    const singular = cand ? cand.lower.replace(/s$/, '') : '';
    if (cand && CURRENCY_ADJECTIVES[adjWord]?.[singular]) {
      adjCode = CURRENCY_ADJECTIVES[adjWord];
      k = adjEnd + 1;
      t = cand;
    } else if (cand && CURRENCY_WORDS[cand.lower] && (adjWord === 'u.s.' || adjWord === 'us')) {
      k = adjEnd + 1;
      t = cand;
    }
  }
  const code = CURRENCY_WORDS[t.lower];
  if (code) {
    if (WEAK_CURRENCY_WORDS.has(t.lower) && !strongAmount) return undefined;
    // "10 pounds of sugar" weighs.
    if ((t.lower === 'pounds' || t.lower === 'pound') && tokens[k + 1]?.lower === 'of') return undefined;
    const singular = t.lower.replace(/s$/, '');
    return { to: k + 1, code: adjCode?.[singular] ?? code, sub: SUBUNITS.has(t.lower) };
  }
  const iso = CURRENCY_CODES[t.lower];
  if (iso && t.text === t.text.toUpperCase() && t.lower !== 'rs') return { to: k + 1, code: iso, sub: false };
  return undefined;
}

export function measureAfter(tokens: QToken[], i: number, glued: boolean): { to: number; unit: string } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'sym' && t.text === '°') {
    const n = tokens[i + 1];
    if (n && n.glued && (n.lower === 'c' || n.lower === 'f')) return { to: i + 2, unit: `°${n.text.toUpperCase()}` };
    return { to: i + 1, unit: '°' };
  }
  if (t.kind !== 'word') return undefined;
  let w = t.lower;
  const k = i;
  if (w === 'square' || w === 'sq' || w === 'cubic') {
    const n = tokens[i + 1];
    if (n && MEASURE_UNITS[n.lower])
      return { to: i + 2, unit: `${w === 'cubic' ? 'cu' : 'sq'} ${MEASURE_UNITS[n.lower]}` };
    return undefined;
  }
  if (AMBIGUOUS_UNITS.has(w) && !glued) return undefined;
  const unit = MEASURE_UNITS[w];
  if (!unit) return undefined;
  // "km/h", "degrees Celsius"
  if (tokens[k + 1]?.text === '/' && tokens[k + 2]?.lower === 'h') return { to: k + 3, unit: `${unit}/h` };
  if (unit === '°' && (tokens[k + 1]?.lower === 'celsius' || tokens[k + 1]?.lower === 'fahrenheit')) {
    w = tokens[k + 1]!.lower;
    return { to: k + 2, unit: MEASURE_UNITS[w]! };
  }
  return { to: k + 1, unit };
}

export function percentAfter(tokens: QToken[], i: number): { to: number; unit: string } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.text === '%' || t.text === '٪' || t.text === '％') return { to: i + 1, unit: '%' };
  const w = t.lower;
  if (w === 'percent' || w === 'percents' || w === 'pct' || w === 'percentage') {
    if (w === 'percentage' && (tokens[i + 1]?.lower === 'points' || tokens[i + 1]?.lower === 'point'))
      return { to: i + 2, unit: 'pp' };
    return { to: i + 1, unit: '%' };
  }
  if (w === 'per' && tokens[i + 1]?.lower === 'cent') return { to: i + 2, unit: '%' };
  return undefined;
}
