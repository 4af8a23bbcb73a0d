// Date expressions chrono does not read but news uses: holidays ("on Christmas Eve"), quarters ("the third
// quarter", "Q3 2024"), seasons with a determiner ("this summer"), short weekday forms ("Tues."), and relative
// days ("the next day", "the end of the year"). Matched on the token stream, so the cost stays linear.
import type { DateValue, Quantity } from '../types';
import type { QToken } from './tokens';
import { wordTable } from '../lexicon';

/** Holidays on a fixed day of the Gregorian calendar. */
const FIXED_HOLIDAYS: Array<[string[], number, number]> = [
  [['christmas', 'eve'], 12, 24],
  [['christmas', 'day'], 12, 25],
  [['christmas'], 12, 25],
  [['boxing', 'day'], 12, 26],
  [['new', "year's", 'eve'], 12, 31],
  [['new', 'year’s', 'eve'], 12, 31],
  [['new', "year's", 'day'], 1, 1],
  [['new', 'year’s', 'day'], 1, 1],
  [['juneteenth'], 6, 19],
  [['halloween'], 10, 31],
  [["valentine's", 'day'], 2, 14],
  [['valentine’s', 'day'], 2, 14],
  [['veterans', 'day'], 11, 11],
  [['armistice', 'day'], 11, 11],
  [['remembrance', 'day'], 11, 11],
  [['bastille', 'day'], 7, 14],
  [['st.', "patrick's", 'day'], 3, 17],
  [['victory', 'day'], 5, 9],
];
/** Holidays whose day moves from year to year: recognised, not placed. */
const MOVABLE_HOLIDAYS: string[][] = [
  ['thanksgiving'],
  ['easter'],
  ['good', 'friday'],
  ['labor', 'day'],
  ['labour', 'day'],
  ['memorial', 'day'],
  ['independence', 'day'],
  ['ramadan'],
  ['eid'],
  ['hanukkah'],
  ['diwali'],
  ['lunar', 'new', 'year'],
  ['passover'],
  ['yom', 'kippur'],
  ['rosh', 'hashanah'],
  ['election', 'day'],
  ['inauguration', 'day'],
  ['mother’s', 'day'],
  ["mother's", 'day'],
  ['father’s', 'day'],
  ["father's", 'day'],
  ['presidents', 'day'],
  ["presidents'", 'day'],
];
const SHORT_WEEKDAYS = wordTable<number>({ tues: 2, thur: 4, thurs: 4, weds: 3 });
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
const DETERMINERS = new Set([
  'this',
  'last',
  'next',
  'past',
  'coming',
  'early',
  'late',
  'mid',
  'previous',
  'following',
  'current',
]);
const QUARTER_ORDINALS = wordTable<number>({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
});
const RELATIVE_UNITS = new Set(['day', 'week', 'month', 'year', 'quarter', 'weekend', 'decade']);

const BY_FIRST = new Map<string, Array<{ words: string[]; month?: number; day?: number }>>();
for (const [words, month, day] of FIXED_HOLIDAYS)
  BY_FIRST.set(words[0]!, [...(BY_FIRST.get(words[0]!) ?? []), { words, month, day }]);
for (const words of MOVABLE_HOLIDAYS) BY_FIRST.set(words[0]!, [...(BY_FIRST.get(words[0]!) ?? []), { words }]);
/** Words that can open one of the expressions below; everything else is skipped at once. */
const OPENERS = new Set<string>([
  ...BY_FIRST.keys(),
  ...Object.keys(SHORT_WEEKDAYS),
  ...SEASONS,
  ...DETERMINERS,
  ...Object.keys(QUARTER_ORDINALS),
  'the',
  'end',
  'start',
  'beginning',
  'middle',
]);

/** Matches `words` (lower case) at tokens[i], skipping "." tokens inside abbreviations; returns the end index. */
function matchWords(tokens: QToken[], i: number, words: string[]): number {
  let k = i;
  for (const w of words) {
    const t = tokens[k];
    if (!t) return -1;
    if (w.endsWith('.') && t.lower === w.slice(0, -1) && tokens[k + 1]?.text === '.') {
      k += 2;
      continue;
    }
    if (t.lower !== w) return -1;
    k++;
  }
  return k;
}

function make(text: string, tokens: QToken[], from: number, to: number, date: DateValue): Quantity {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end), kind: 'DATE', date };
}

export function findDateWords(text: string, tokens: QToken[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'code') continue;
    const w = t.lower;
    if (t.kind === 'word' && !OPENERS.has(w) && !w.endsWith('-quarter')) continue;
    if (t.kind === 'code' && !(w.length === 2 && w[0] === 'q')) continue;
    // The first reader that takes the word wins; the scan resumes after the last token it took.
    for (let r = 0; r < READERS.length; r++) {
      const last = READERS[r]!(text, tokens, i, out);
      if (last >= 0) {
        i = last;
        break;
      }
    }
  }
  return out;
}

/** Reads one kind of date expression at tokens[i]: pushes it to `out` and returns the index the scan resumes after,
 * or -1 when the expression is not there. */
type DateReader = (text: string, tokens: QToken[], i: number, out: Quantity[]) => number;

/** Holidays: capitalised ("Christmas"), or lower case in an all-lower-case text. */
function holiday(text: string, tokens: QToken[], i: number, out: Quantity[]): number {
  const t = tokens[i]!;
  const holidays = BY_FIRST.get(t.lower);
  if (!holidays || !(/^\p{Lu}/u.test(t.text) || t.text === t.lower)) return -1;
  for (const h of holidays) {
    const end = matchWords(tokens, i, h.words);
    if (end < 0) continue;
    let hit: Quantity | undefined;
    if (h.month !== undefined)
      hit = make(text, tokens, i, end, { granularity: 'day', resolved: false, month: h.month, day: h.day });
    else if (/^\p{Lu}/u.test(t.text) || h.words.length > 1)
      hit = make(text, tokens, i, end, { granularity: 'day', resolved: false });
    if (hit) {
      out.push(hit);
      return i;
    }
  }
  return -1;
}

/** "Tues.", "Thurs" */
function shortWeekday(text: string, tokens: QToken[], i: number, out: Quantity[]): number {
  const wd = SHORT_WEEKDAYS[tokens[i]!.lower];
  if (wd === undefined) return -1;
  out.push(make(text, tokens, i, i + 1, { granularity: 'weekday', resolved: false, weekday: wd }));
  return i;
}

/** "Q3", "Q4 2024" */
function quarterCode(text: string, tokens: QToken[], i: number, out: Quantity[]): number {
  const t = tokens[i]!;
  if (t.kind !== 'code' || !/^q[1-4]$/.test(t.lower)) return -1;
  const y = tokens[i + 1];
  const withYear = y && y.kind === 'num' && y.text.length === 4 && !y.suffix && !y.formatted;
  const q = Number(t.lower[1]);
  const date: DateValue = withYear
    ? {
        granularity: 'month',
        resolved: true,
        iso: `${y.text}-${String(q * 3 - 2).padStart(2, '0')}`,
        month: q * 3 - 2,
      }
    : { granularity: 'relative', resolved: false };
  out.push(make(text, tokens, i, withYear ? i + 2 : i + 1, date));
  return i;
}

/** "the third quarter (of 2013)", "fourth-quarter", "next quarter" */
function quarterPhrase(text: string, tokens: QToken[], i: number, out: Quantity[]): number {
  const w = tokens[i]!.lower;
  const parts = w.indexOf('-') > 0 ? w.split('-') : [w];
  if (!(
    ((QUARTER_ORDINALS[w] !== undefined || DETERMINERS.has(w)) &&
      (tokens[i + 1]?.lower === 'quarter' || tokens[i + 1]?.lower === 'qtr')) ||
    (parts.length === 2 && parts[1] === 'quarter' && QUARTER_ORDINALS[parts[0]!] !== undefined)
  ))
    return -1;
  const end = parts.length === 2 ? i + 1 : i + 2;
  const q = QUARTER_ORDINALS[parts[0]!];
  let stop = end;
  let date: DateValue = { granularity: 'relative', resolved: false };
  if (
    q !== undefined &&
    tokens[end]?.lower === 'of' &&
    tokens[end + 1]?.kind === 'num' &&
    tokens[end + 1]!.text.length === 4
  ) {
    stop = end + 2;
    date = {
      granularity: 'month',
      resolved: true,
      iso: `${tokens[end + 1]!.text}-${String(q * 3 - 2).padStart(2, '0')}`,
      month: q * 3 - 2,
    };
  }
  out.push(make(text, tokens, i, stop, date));
  return stop - 1;
}

/** "this summer", "last winter", "summer 2024" */
function season(text: string, tokens: QToken[], i: number, out: Quantity[]): number {
  if (!SEASONS.has(tokens[i]!.lower)) return -1;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev && DETERMINERS.has(prev.lower)) {
    out.push(make(text, tokens, i - 1, i + 1, { granularity: 'relative', resolved: false }));
    return i;
  }
  if (next && next.kind === 'num' && next.text.length === 4 && !next.formatted && !next.suffix) {
    out.push(make(text, tokens, i, i + 2, { granularity: 'year', resolved: true, iso: next.text }));
    return i + 1;
  }
  return -1;
}

/** "the next day", "the following week", "the previous year", "the day before" */
function theRelative(text: string, tokens: QToken[], i: number, out: Quantity[]): number {
  if (tokens[i]!.lower !== 'the' || !tokens[i + 1] || !tokens[i + 2]) return -1;
  const a = tokens[i + 1]!.lower;
  const b = tokens[i + 2]!.lower;
  if (
    ((a === 'next' || a === 'following' || a === 'previous' || a === 'same' || a === 'prior') &&
      RELATIVE_UNITS.has(b)) ||
    (a === 'day' && (b === 'before' || b === 'after') && (!tokens[i + 3] || tokens[i + 3]!.kind === 'sym'))
  ) {
    out.push(make(text, tokens, i, i + 3, { granularity: 'relative', resolved: false }));
    return i + 2;
  }
  return -1;
}

/** "(the) end of the year", "end of the week", "end of year" */
function periodEdge(text: string, tokens: QToken[], i: number, out: Quantity[]): number {
  const w = tokens[i]!.lower;
  if (!((w === 'end' || w === 'start' || w === 'beginning' || w === 'middle') && tokens[i + 1]?.lower === 'of'))
    return -1;
  let k = i + 2;
  if (
    tokens[k]?.lower === 'the' ||
    tokens[k]?.lower === 'this' ||
    tokens[k]?.lower === 'next' ||
    tokens[k]?.lower === 'last'
  )
    k++;
  if (!tokens[k] || !RELATIVE_UNITS.has(tokens[k]!.lower) || tokens[k]!.lower === 'quarter') return -1;
  const from = tokens[i - 1]?.lower === 'the' ? i - 1 : i;
  out.push(make(text, tokens, from, k + 1, { granularity: 'relative', resolved: false }));
  return k;
}

/** "next day", "following week" without the article */
function bareRelative(text: string, tokens: QToken[], i: number, out: Quantity[]): number {
  const w = tokens[i]!.lower;
  if (
    !(w === 'next' || w === 'following' || w === 'previous') ||
    tokens[i - 1]?.lower === 'the' ||
    !tokens[i + 1] ||
    !['day', 'hour', 'quarter'].includes(tokens[i + 1]!.lower)
  )
    return -1;
  out.push(make(text, tokens, i, i + 2, { granularity: 'relative', resolved: false }));
  return i + 1;
}

const READERS: readonly DateReader[] = [
  holiday,
  shortWeekday,
  quarterCode,
  quarterPhrase,
  season,
  theRelative,
  periodEdge,
  bareRelative,
];
