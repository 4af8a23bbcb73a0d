// Money, percentages, counts, measures, ordinals and years read from the token stream, with the noise a news page
// carries (list numbering, page numbers, phone numbers, model names, video timestamps) left out.
import type { Quantity } from '../types';
import type { QToken } from './tokens';
import { magnitudeAt, ordinalWordValue, readNumberPhrase, cardinalWordValue, type NumberPhrase } from './numberPhrase';
import {
  APPROX_PAIRS,
  APPROXIMATORS,
  CURRENCY_CODES,
  CURRENCY_WORDS,
  MEASURE_UNITS,
  NOT_NOUNS,
  ORDINAL_WORDS,
  SUBUNITS,
  TENS,
  UNITS,
  VAGUE_MAGNITUDES,
  YEAR_PREPOSITIONS,
} from './lexicon';
import { MONTH_NUMBERS } from '../lexicon';
import {
  isListNumber,
  isSentenceStart,
  partOfHeadline,
  partOfName,
  precededByReference,
  streetNumber,
  yearLike,
} from './noise';
import {
  DURATION_SUFFIXES,
  LETTER_DOLLAR,
  SINGLE_SYMBOLS,
  countNoun,
  currencyAfter,
  measureAfter,
  percentAfter,
} from './units';

export { citationTokens, phoneTokens } from './noise';

const ORDINAL_CONTEXT = new Set([
  'day',
  'week',
  'month',
  'year',
  'round',
  'game',
  'stage',
  'phase',
  'wave',
  'match',
  'race',
  'leg',
]);

const DAY_PREPOSITIONS = new Set(['on', 'by', 'until', 'till', 'since', 'from', 'before', 'after']);

/** "the 27th" reads as a date after "on"/"by"/"until", or before "of this month"; not before a noun ("27th floor"). */
function dayContext(tokens: QToken[], i: number, end: number): boolean {
  const before = tokens[i - 2];
  const next = tokens[end];
  if (next && next.kind === 'word' && next.lower !== 'of' && !next.lineStart && !NOT_NOUNS.has(next.lower))
    return false;
  if (next?.lower === 'of') {
    const m = tokens[end + 1]?.lower;
    return (
      m === 'this' || m === 'next' || m === 'last' || m === 'the' || (m !== undefined && MONTH_NUMBERS[m] !== undefined)
    );
  }
  return !!before && before.kind === 'word' && DAY_PREPOSITIONS.has(before.lower);
}

export interface AmountOptions {
  /** Token indices to leave alone (phone numbers, URLs). */
  skip: Set<number>;
}

/** Every non-date quantity in the token stream, plus years ("in 2019") as dates. */
export function findAmounts(text: string, tokens: QToken[], opts: AmountOptions): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    // Most tokens cannot open a quantity: skip them without allocating a result.
    if (opts.skip.has(i) || !canStart(tokens[i]!)) {
      i++;
      continue;
    }
    const next = readAt(text, tokens, i, opts);
    if (next.q) out.push(next.q);
    i = Math.max(i + 1, next.to);
  }
  return out;
}

/** Words that can open a quantity; every other word is passed over without further work. */
const STARTERS = new Set<string>([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(ORDINAL_WORDS),
  ...VAGUE_MAGNITUDES,
  ...APPROXIMATORS,
  ...ORDINAL_CONTEXT,
  ...Object.keys(CURRENCY_CODES),
  ...Object.keys(LETTER_DOLLAR),
  'a',
  'an',
  'half',
  'minus',
  'negative',
  'several',
  'few',
  'many',
  'more',
  'less',
  'fewer',
  'at',
  'up',
  'just',
  'hundred',
]);

function canStart(t: QToken): boolean {
  if (t.kind === 'num') return true;
  if (t.kind === 'sym') return SINGLE_SYMBOLS.has(t.text) || t.text === '-' || t.text === '−';
  if (t.kind !== 'word') return false;
  if (STARTERS.has(t.lower)) return true;
  const dash = t.lower.indexOf('-');
  return dash > 0 && STARTERS.has(t.lower.slice(0, dash));
}

function readAt(text: string, tokens: QToken[], i: number, opts: AmountOptions): { q?: Quantity; to: number } {
  const t = tokens[i]!;
  if (opts.skip.has(i) || !canStart(t)) return { to: i + 1 };
  if (t.kind === 'word') {
    const ord = ordinalWordValue(t.lower);
    if (ord !== undefined) return ordinalWord(text, tokens, i, ord);
    // "day one", "year two": an ordinal said as a cardinal.
    if (
      ORDINAL_CONTEXT.has(t.lower) &&
      tokens[i + 1]?.kind === 'word' &&
      cardinalWordValue(tokens[i + 1]!.lower) !== undefined &&
      /^\p{Ll}/u.test(tokens[i + 1]!.text) &&
      !magnitudeAt(tokens, i + 2)
    ) {
      const v = cardinalWordValue(tokens[i + 1]!.lower)!;
      return { q: make(text, tokens, i, i + 2, 'ORDINAL', { value: v }), to: i + 2 };
    }
  }
  // An approximator or sign opens the span: "roughly $500 billion", "more than 40", "minus 5".
  const from = i;
  let k = i;
  const lw = t.lower;
  if (t.kind === 'word' && (APPROXIMATORS.has(lw) || (lw === 'an' && tokens[i + 1]?.lower === 'estimated'))) {
    k = lw === 'an' ? i + 2 : i + 1;
  } else if (t.kind === 'word' && tokens[i + 1] && APPROX_PAIRS.has(`${lw} ${tokens[i + 1]!.lower}`)) {
    k = i + 2;
  }
  if (k > i) {
    // "more than" or "about" at the very end of the text: nothing follows to read.
    if (k >= tokens.length) return { to: i + 1 };
    const inner = readCore(text, tokens, k, opts);
    if (inner.q) {
      inner.q.start = Math.min(inner.q.start, tokens[from]!.start);
      inner.q.text = text.slice(inner.q.start, inner.q.end);
      return inner;
    }
    return { to: i + 1 };
  }
  return readCore(text, tokens, i, opts);
}

function ordinalWord(text: string, tokens: QToken[], i: number, value: number): { q?: Quantity; to: number } {
  const t = tokens[i]!;
  // "Second World War", "First Lady": capitalised inside a sentence, part of a name.
  if (/^\p{Lu}/u.test(t.text) && !isSentenceStart(tokens, i) && !(t.text === t.text.toUpperCase() && t.text.length > 1))
    return { to: i + 1 };
  // "30 seconds" is read by the number before; "a second" alone is a moment.
  if (
    (t.lower === 'second' || t.lower === 'seconds') &&
    (tokens[i - 1]?.lower === 'a' || tokens[i - 1]?.lower === 'split') &&
    !tokens[i + 1]?.lower.match(/^[a-z]/)
  )
    return { to: i + 1 };
  if (t.lower === 'seconds') return { to: i + 1 };
  // Discourse markers rank nothing: "first of all", "at first", "First, ..." / "Second, ..." opening a sentence.
  const next = tokens[i + 1];
  if (
    t.lower === 'first' &&
    ((next?.lower === 'of' && tokens[i + 2]?.lower === 'all') || tokens[i - 1]?.lower === 'at')
  )
    return { to: i + 1 };
  if (isSentenceStart(tokens, i) && next?.text === ',') return { to: i + 1 };
  return { q: make(text, tokens, i, i + 1, 'ORDINAL', { value }), to: i + 1 };
}

/** What a reading ends with: the claim found (if any) and the token to go on from. */
type Read = { q?: Quantity; to: number };

/** A number read with what stands before it: the claim's first token (`start`: a sign or a currency), the number's
 * first token (`i`), its sign and currency, and the number phrase (`end` is the token after it). */
interface Reading {
  text: string;
  tokens: QToken[];
  start: number;
  i: number;
  negative: boolean;
  currency: string | undefined;
  phrase: NumberPhrase;
  /** tokens[i]. */
  first: QToken;
  /** The phrase's value with its sign. */
  value: number | undefined;
  end: number;
}

/** An amount at tokens[i]: its sign and currency, the number, then the first of the readings below that takes it
 * (ordinal, compound unit, money, percentage, measure, year, proportion, alternatives, count), in that order. */
function readCore(text: string, tokens: QToken[], i: number, opts: AmountOptions): Read {
  const lead = readLead(tokens, i, opts);
  if ('to' in lead) return lead;
  const { start, negative, currency } = lead;
  i = lead.i;
  const t = tokens[i]!;
  if (notAnAmount(tokens, i, currency)) return { to: i + 1 };
  const phrase = readNumberPhrase(tokens, i);
  if (!phrase) return { to: currency ? i : start + 1 };
  if (phrase.foreign || modelNumber(tokens, i)) return { to: phrase.to };
  const sign = negative ? -1 : 1;
  const r: Reading = {
    text,
    tokens,
    start,
    i,
    negative,
    currency,
    phrase,
    first: t,
    value: phrase.value === undefined ? undefined : phrase.value * sign,
    end: phrase.to,
  };
  return (
    asOrdinal(r) ??
    asCompoundUnit(r) ??
    numberInName(r) ??
    asRangeWithSharedUnit(r) ??
    asMoney(r) ??
    asPercent(r) ??
    asMeasure(r) ??
    asHyphenatedCount(r) ??
    asYearOrNoise(r) ??
    asProportion(r) ??
    asAlternatives(r) ??
    asCount(r)
  );
}

/** The sign and currency before a number: "minus five", "US$5", "€5", "GBP 5", "-5". Where the number starts, or
 * where to go on from when nothing can follow. */
function readLead(
  tokens: QToken[],
  i: number,
  opts: AmountOptions,
): { start: number; i: number; negative: boolean; currency: string | undefined } | { to: number } {
  let start = i;
  let negative = false;
  let t = tokens[i]!;
  // "minus five", "negative one"
  if (
    t.kind === 'word' &&
    (t.lower === 'minus' || t.lower === 'negative') &&
    tokens[i + 1] &&
    (tokens[i + 1]!.kind === 'num' || cardinalWordValue(tokens[i + 1]!.lower) !== undefined)
  ) {
    negative = true;
    i++;
    t = tokens[i]!;
  }
  // A currency sign or code before the amount.
  let currency: string | undefined;
  if (t.kind === 'sym' || t.kind === 'word') {
    let cur: { from: number; code: string } | undefined;
    // "US$", "C $", "HK $": letters then "$"
    // "A$5m" is Australian dollars; "a $5m grant" is an article before US dollars: the prefix must touch the sign and be capitals.
    if (
      t.kind === 'word' &&
      LETTER_DOLLAR[t.lower] &&
      t.text === t.text.toUpperCase() &&
      tokens[i + 1]?.text === '$' &&
      tokens[i + 1]!.start === t.end &&
      tokens[i + 2] &&
      (tokens[i + 2]!.kind === 'num' || tokens[i + 2]!.kind === 'word')
    ) {
      cur = { from: i, code: LETTER_DOLLAR[t.lower]! };
      i += 2;
    } else if (t.kind === 'sym' && SINGLE_SYMBOLS.has(t.text)) {
      cur = { from: i, code: SINGLE_SYMBOLS.get(t.text)! };
      i += 1;
    } else if (
      t.kind === 'word' &&
      CURRENCY_CODES[t.lower] &&
      (t.text === t.text.toUpperCase() || t.lower === 'rs') &&
      tokens[i + 1]?.kind === 'num'
    ) {
      cur = { from: i, code: CURRENCY_CODES[t.lower]! };
      i += 1;
    }
    if (cur) {
      if (!tokens[i] || opts.skip.has(i)) return { to: i };
      // "-$5" is rare; "$-5" rarer: a sign between sign and digits.
      currency = cur.code;
      if (!negative) start = cur.from;
      t = tokens[i]!;
    }
  }
  // "-5", "-0.3%": a glued minus after a space.
  if (
    !currency &&
    !negative &&
    t.kind === 'sym' &&
    (t.text === '-' || t.text === '−') &&
    tokens[i + 1]?.kind === 'num' &&
    tokens[i + 1]!.glued &&
    (!tokens[i - 1] || !t.glued || tokens[i - 1]!.text === '(')
  ) {
    negative = true;
    i++;
  }
  return { start, i, negative, currency };
}

/** Tokens that start no amount: no number or word, list numbering and references ("No. 5"), codes with a leading
 * zero. */
function notAnAmount(tokens: QToken[], i: number, currency: string | undefined): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'num' && t.kind !== 'word') return true;
  if (t.kind === 'num' && (isListNumber(tokens, i) || precededByReference(tokens, i))) return true;
  // "0590258046", "007": a leading zero marks a code or a telephone number, not an amount.
  return (
    t.kind === 'num' &&
    !currency &&
    t.text.length >= 3 &&
    t.text.charCodeAt(0) === 48 &&
    t.text.charCodeAt(1) !== 46 &&
    !t.suffix
  );
}

/** A number after "F-", "COVID-", "Su-": a model or a name. */
function modelNumber(tokens: QToken[], i: number): boolean {
  const t = tokens[i]!;
  return (
    t.kind === 'num' &&
    t.glued &&
    tokens[i - 1]?.text === '-' &&
    tokens[i - 2]?.kind === 'word' &&
    tokens[i - 1]!.glued &&
    !/^(mid|pre|post|early|late|end|start|top|under|over)$/.test(tokens[i - 2]!.lower)
  );
}

function asOrdinal({ text, tokens, start, i, currency, phrase, value, end }: Reading): Read | undefined {
  if (!phrase.ordinal) return undefined;
  // "the 27th floor" is still an ordinal; dates ("Jan. 21st") are taken by the date reader.
  if (currency) return { to: end };
  // "on the 15th", "by the 21st of next month": a day of the month, not a rank.
  if (
    value !== undefined &&
    value >= 1 &&
    value <= 31 &&
    tokens[i - 1]?.lower === 'the' &&
    dayContext(tokens, i, end)
  ) {
    const q = make(text, tokens, i - 1, end, 'DATE', {});
    q.date = { granularity: 'day', resolved: false, day: value };
    return { q, to: end };
  }
  return { q: make(text, tokens, start, end, 'ORDINAL', { value }), to: end };
}

/** "five-dollar", "ten-year", "two-year-old": a number word joined to what it counts. */
function asCompoundUnit({ text, tokens, start, i, phrase, first, value, end }: Reading): Read | undefined {
  if (!phrase.compoundUnit) return undefined;
  const u = phrase.compoundUnit;
  const code = CURRENCY_WORDS[u];
  if (code && value !== undefined)
    return {
      q: make(text, tokens, start, end, 'MONEY', { value: SUBUNITS.has(u) ? value / 100 : value, unit: code }),
      to: end,
    };
  // "one-time", "one-sided" are adjectives, not counts.
  if (value === 1 || (/^\p{Lu}/u.test(first.text) && !isSentenceStart(tokens, i))) return { to: end };
  return { q: make(text, tokens, start, end, 'COUNT', { value, unit: u.replace(/-old$/, ' old') }), to: end };
}

/** Capitalised number words inside a sentence belong to names ("Air Force One", "Formula One"). */
function numberInName({ tokens, i, currency, phrase, first, end }: Reading): Read | undefined {
  if (
    !phrase.digits &&
    first.kind === 'word' &&
    /^\p{Lu}/u.test(first.text) &&
    !isSentenceStart(tokens, i) &&
    first.text !== first.text.toUpperCase() &&
    !currency
  ) {
    const after = tokens[end];
    const titleRun = !after || after.kind !== 'word' || /^\p{Lu}/u.test(after.text);
    if (titleRun && !partOfHeadline(tokens, i)) return { to: end };
  }
  return undefined;
}

/** "$10-15 million", "10–12%": a range whose magnitude or unit is written once, after the second figure. */
function asRangeWithSharedUnit({ text, tokens, start, currency, phrase, end }: Reading): Read | undefined {
  const dash = tokens[end];
  if (
    phrase.digits &&
    dash &&
    (((dash.text === '-' || dash.text === '–') && dash.glued && tokens[end + 1]?.glued) || dash.lower === 'to') &&
    tokens[end + 1]?.kind === 'num'
  ) {
    const second = readNumberPhrase(tokens, end + 1);
    if (second && !second.ordinal && !second.foreign) {
      const afterSecond = second.to;
      const sharedMagnitude =
        !second.digits &&
        second.value !== undefined &&
        tokens[end + 1]!.value !== undefined &&
        second.value !== tokens[end + 1]!.value;
      const pc2 = percentAfter(tokens, afterSecond);
      if (currency && sharedMagnitude) {
        return { q: make(text, tokens, start, afterSecond, 'MONEY', { unit: currency }), to: afterSecond };
      }
      if (!currency && pc2) return { q: make(text, tokens, start, pc2.to, 'PERCENT', { unit: pc2.unit }), to: pc2.to };
    }
  }
  return undefined;
}

/** Money: a currency sign or code before ("$5"), currency words after ("5 dollars", "millions of dollars"), a
 * hyphenated currency word ("12-cent"), or a sign after ("5 €"). */
function asMoney({ text, tokens, start, currency, phrase, value, end }: Reading): Read | undefined {
  if (currency) {
    let extra = end;
    // "$5 million dollars": a redundant currency word joins the span.
    const redundant = currencyAfter(tokens, end, true);
    if (redundant && redundant.code === currency) extra = redundant.to;
    return {
      q: make(text, tokens, start, extra, 'MONEY', {
        value: phrase.vague ? undefined : value,
        unit: currency,
        vague: phrase.vague,
      }),
      to: extra,
    };
  }
  // A currency word that is also an ordinary word ("won", "real", "pound") counts only after a figure in digits, a
  // large or a vague one: "one real problem" names no money.
  const strong = phrase.digits || phrase.value === undefined || phrase.value >= 100 || phrase.vague === true;
  const ofIdx = tokens[end]?.lower === 'of' && phrase.vague ? end + 1 : end;
  const cw = currencyAfter(tokens, ofIdx, strong);
  if (cw && (ofIdx === end || phrase.vague)) {
    const v = phrase.vague || value === undefined ? undefined : cw.sub ? value / 100 : value;
    return {
      q: make(text, tokens, start, cw.to, 'MONEY', { value: v, unit: cw.code, vague: phrase.vague }),
      to: cw.to,
    };
  }
  // "one-yen", "12-cent": a hyphenated currency word.
  if (tokens[end]?.text === '-' && tokens[end]!.glued && tokens[end + 1]?.glued) {
    const hy = currencyAfter(tokens, end + 1, true);
    if (hy && !phrase.vague && value !== undefined)
      return {
        q: make(text, tokens, start, hy.to, 'MONEY', { value: hy.sub ? value / 100 : value, unit: hy.code }),
        to: hy.to,
      };
  }
  // A currency sign after the amount, as written in much of Europe and Asia: "5 €", "100元".
  const after = tokens[end];
  if (
    after &&
    after.kind === 'sym' &&
    SINGLE_SYMBOLS.has(after.text) &&
    !phrase.vague &&
    value !== undefined &&
    (after.glued || !tokens[end + 1] || tokens[end + 1]!.kind !== 'num')
  ) {
    return {
      q: make(text, tokens, start, end + 1, 'MONEY', { value, unit: SINGLE_SYMBOLS.get(after.text)! }),
      to: end + 1,
    };
  }
  return undefined;
}

function asPercent({ text, tokens, start, phrase, value, end }: Reading): Read | undefined {
  const pc = percentAfter(tokens, end);
  if (!pc) return undefined;
  return {
    q: make(text, tokens, start, pc.to, 'PERCENT', {
      value: phrase.vague ? undefined : value,
      unit: pc.unit,
      vague: phrase.vague,
    }),
    to: pc.to,
  };
}

/** Measures: a glued suffix ("29km", "12pc", "50p", "3h"), a bare "m" of millions or metres, or a unit word. */
function asMeasure({ text, tokens, start, phrase, value, end }: Reading): Read | undefined {
  if (phrase.unitSuffix) {
    const sfx = phrase.unitSuffix.toLowerCase();
    // British shorthand: "12pc" is a percentage, "50p" is pence.
    if (SINGLE_SYMBOLS.has(phrase.unitSuffix) && value !== undefined)
      return {
        q: make(text, tokens, start, end, 'MONEY', { value, unit: SINGLE_SYMBOLS.get(phrase.unitSuffix)! }),
        to: end,
      };
    if (sfx === 'pc') return { q: make(text, tokens, start, end, 'PERCENT', { value, unit: '%' }), to: end };
    if (phrase.unitSuffix === 'p' && value !== undefined)
      return { q: make(text, tokens, start, end, 'MONEY', { value: value / 100, unit: 'GBP' }), to: end };
    const unit = MEASURE_UNITS[sfx];
    if (unit) return { q: make(text, tokens, start, end, 'MEASURE', { value, unit }), to: end };
    // "3h", "10d", "3.5years": a duration written short.
    const span = DURATION_SUFFIXES[sfx];
    if (span) return { q: make(text, tokens, start, end, 'COUNT', { value, unit: span }), to: end };
    return { to: end };
  }
  if (phrase.ambiguousM)
    return {
      q: make(text, tokens, start, end, 'MEASURE', { value: value === undefined ? undefined : value / 1e6, unit: 'm' }),
      to: end,
    };
  const ms = measureAfter(tokens, end, !!tokens[end]?.glued);
  if (ms && !phrase.vague)
    return { q: make(text, tokens, start, ms.to, 'MEASURE', { value, unit: ms.unit }), to: ms.to };
  return undefined;
}

/** "10-year bond", "2-year-old boy": the number describes what follows the hyphen. */
function asHyphenatedCount({ text, tokens, start, phrase, value, end }: Reading): Read | undefined {
  const hy = tokens[end];
  if (
    phrase.digits &&
    hy &&
    hy.text === '-' &&
    hy.glued &&
    tokens[end + 1]?.kind === 'word' &&
    tokens[end + 1]!.glued &&
    /^\p{Ll}/u.test(tokens[end + 1]!.text)
  ) {
    const w = tokens[end + 1]!.lower;
    return { q: make(text, tokens, start, end + 2, 'COUNT', { value, unit: w.replace(/-old$/, ' old') }), to: end + 2 };
  }
  return undefined;
}

/** A plain number in digits: a clock time, part of a name or an address (skipped), or a year ("in 2019", "the 2020
 * election"). */
function asYearOrNoise({ text, tokens, start, i, phrase, end }: Reading): Read | undefined {
  if (!(phrase.digits && phrase.to === i + 1)) return undefined;
  const tok = tokens[i]!;
  // Times and clock readings ("3 p.m.", "10 am") belong to the date reader.
  const n1 = tokens[end];
  if (
    n1 &&
    n1.kind === 'word' &&
    (n1.lower === 'a' || n1.lower === 'p') &&
    tokens[end + 1]?.text === '.' &&
    tokens[end + 2]?.lower === 'm'
  )
    return { to: end };
  if (n1 && n1.kind === 'word' && (n1.lower === 'am' || n1.lower === 'pm')) return { to: end };
  if (partOfName(tokens, i) || streetNumber(tokens, end)) return { to: end };
  if (!yearLike(tok)) return undefined;
  const prev = tokens[i - 1];
  // "from 2001 to 2005", "1887 – 1888": the second year of a span.
  const lead = tokens[i - 3];
  const spanEnd =
    !!prev &&
    /^(?:to|and|through|-|–|—)$/.test(prev.lower) &&
    !!tokens[i - 2] &&
    yearLike(tokens[i - 2]!) &&
    !!lead &&
    lead.kind === 'word' &&
    (YEAR_PREPOSITIONS.has(lead.lower) || lead.lower === 'between');
  const yearPrep =
    spanEnd ||
    (prev && prev.kind === 'word' && (YEAR_PREPOSITIONS.has(prev.lower) || MONTH_NUMBERS[prev.lower] !== undefined));
  const nextWord = tokens[end];
  // "2024 Paris Olympics": a year opening a name.
  if (
    !yearPrep &&
    nextWord &&
    nextWord.kind === 'word' &&
    /^\p{Lu}/u.test(nextWord.text) &&
    !nextWord.lineStart &&
    nextWord.text !== nextWord.text.toUpperCase()
  )
    return { to: end };
  // A year needs a preposition or an article to read as one ("in 2019", "the 2020 election"); a bare
  // four-digit figure stays a number.
  const article = prev && (prev.lower === 'the' || prev.text === "'s" || prev.text === '’s');
  // "one of 2000 applicants", "the 2000 runners": a plural noun after a weak lead makes it a count.
  const weakLead = !prev || !/^(?:in|since|by|until|till|before|after|during|through|early|late|mid)$/.test(prev.lower);
  const counted = weakLead && MONTH_NUMBERS[prev?.lower ?? ''] === undefined && countNoun(tokens, end, false);
  if (!counted && (yearPrep || (article && tok.value! >= 1900)))
    return { q: yearQuantity(text, tokens, start, end, tok.value!), to: end };
  return undefined;
}

/** Proportions: "one in five adults", "two out of three voters", "1 in 10": a share, reported as a percentage. */
function asProportion({ text, tokens, start, phrase, value, end }: Reading): Read | undefined {
  const link = tokens[end];
  if (
    value !== undefined &&
    value > 0 &&
    !phrase.vague &&
    link &&
    (link.lower === 'in' || (link.lower === 'out' && tokens[end + 1]?.lower === 'of'))
  ) {
    const at = link.lower === 'in' ? end + 1 : end + 2;
    const den =
      tokens[at] && !(tokens[at]!.kind === 'num' && yearLike(tokens[at]!)) ? readNumberPhrase(tokens, at) : undefined;
    if (
      den &&
      den.value !== undefined &&
      !den.vague &&
      !den.ordinal &&
      !den.foreign &&
      !den.unitSuffix &&
      den.value > value &&
      (den.value <= 1000 || !den.digits)
    ) {
      const noun = countNoun(tokens, den.to, false);
      const stop = noun ? noun.to : den.to;
      return {
        q: make(text, tokens, start, stop, 'PERCENT', { value: (100 * value) / den.value, unit: '%' }),
        to: stop,
      };
    }
  }
  return undefined;
}

/** Alternatives: "one or two", "one or both", "two or more": one vague count. */
function asAlternatives({ text, tokens, start, phrase, end }: Reading): Read | undefined {
  const orT = tokens[end];
  // Figures in digits ("10 bln or 10 tln") stay two claims; spoken small numbers are one vague one.
  if (
    orT?.lower === 'or' &&
    tokens[end + 1] &&
    (!phrase.digits || /^(?:both|more|all)$/.test(tokens[end + 1]!.lower))
  ) {
    const w2 = tokens[end + 1]!;
    const alt =
      w2.lower === 'both' || w2.lower === 'more' || w2.lower === 'all'
        ? { to: end + 2 }
        : w2.kind === 'num'
          ? undefined
          : readNumberPhrase(tokens, end + 1);
    if (alt && alt.to > end + 1 && !(alt as NumberPhrase).vague) {
      const noun = countNoun(tokens, alt.to, false);
      const stop = noun ? noun.to : alt.to;
      return { q: make(text, tokens, start, stop, 'COUNT', { unit: noun?.unit, vague: true }), to: stop };
    }
  }
  return undefined;
}

/** Counts: a number and what it counts; vague magnitudes ("thousands of people"), "one" as a pronoun, and ordinals
 * said as two words ("twenty first"). */
function asCount({ text, tokens, start, i, negative, phrase, first, value, end }: Reading): Read {
  const singular = value === 1 || value === -1;
  const noun = countNoun(tokens, end, singular);
  if (phrase.vague) {
    // "thousands of people", "hundreds of billions" alone.
    const of = tokens[end]?.lower === 'of' ? countNoun(tokens, end + 1, false) : undefined;
    if (of) return { q: make(text, tokens, start, of.to, 'COUNT', { unit: of.unit, vague: true }), to: of.to };
    // "billions" on its own is a figure of speech more than a claim.
    if (phrase.to - phrase.from === 1 && !noun) return { to: end };
    return {
      q: make(text, tokens, start, noun ? noun.to : end, 'COUNT', { unit: noun?.unit, vague: true }),
      to: noun ? noun.to : end,
    };
  }
  if (
    !phrase.digits &&
    first.kind === 'word' &&
    phrase.to === phrase.from + 1 &&
    (first.lower === 'one' || first.lower === 'a' || first.lower === 'an')
  ) {
    // "one" is mostly a pronoun ("one of them", "no one"): a count only before a noun.
    if (!negative && !noun) return { to: end };
    const prev = tokens[i - 1]?.lower;
    if (prev && /^(no|any|every|each|some|the|this|that|which|anyone|someone|everyone)$/.test(prev)) return { to: end };
  }
  // Ordinal compounds said as two words: "twenty first".
  if (
    !phrase.digits &&
    value !== undefined &&
    value % 10 === 0 &&
    TENS[first.lower] !== undefined &&
    tokens[end]?.kind === 'word'
  ) {
    const o = ordinalWordValue(tokens[end]!.lower);
    if (o !== undefined && o < 10)
      return { q: make(text, tokens, start, end + 1, 'ORDINAL', { value: value + o }), to: end + 1 };
  }
  const stop = noun ? noun.to : end;
  return { q: make(text, tokens, start, stop, 'COUNT', { value, unit: noun?.unit }), to: stop };
}

function yearQuantity(text: string, tokens: QToken[], from: number, to: number, year: number): Quantity {
  const q = make(text, tokens, from, to, 'DATE', { value: Date.UTC(year, 0, 1) });
  q.date = { iso: String(year), granularity: 'year', resolved: true };
  return q;
}

function make(
  text: string,
  tokens: QToken[],
  from: number,
  to: number,
  kind: Quantity['kind'],
  extra: Partial<Quantity>,
): Quantity {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const q: Quantity = { start, end, text: text.slice(start, end), kind };
  if (extra.value !== undefined && Number.isFinite(extra.value)) q.value = extra.value;
  if (extra.unit !== undefined) q.unit = extra.unit;
  if (extra.vague) q.vague = true;
  return q;
}
