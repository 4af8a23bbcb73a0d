// Dates via chrono-node (its English casual parser), re-resolved the way news is written: "on Tuesday" in a
// past-tense clause is the most recent Tuesday on or before the article's date, not the nearest one.
import * as chrono from 'chrono-node/en';
import type { DateValue, Quantity, Sentence } from '../types';
import { clauseTense, sentenceAt, type Tense } from './tense';
import { flatCopy, KernelCache } from '../text/memo';
import { partitionPoint } from '../text/spans';
import { MONTH_NUMBERS } from '../lexicon';
import { memoEnabled as memoOn } from '../text/memo';
import { casualFor } from './chronoGuards';

const DAY_MS = 86_400_000;
// Words and shapes that can be part of a date. chrono (30-odd regular expressions per call) runs only on short
// windows around them, which keeps it off the long stretches of prose between dates.
const TRIGGER =
  /\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|today|tonight|tomorrow|yesterday|noon|midnight|ago\b|later\b|from now|weekend|fortnight|(?:this|last|next|past|coming|previous|within|in|from|every|early|late|after|before|end\s+of)\s+(?:the\s+)?(?:(?:a|an|\d+|\w+)\s+){0,2}(?:day|week|weekday|month|year|hour|minute|morning|evening|afternoon|night|quarter|decade|qtr)s?\b)|\b\d{1,4}[/-]\d{1,2}\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{4}\.\d{1,2}\.\d{1,2}\b|\b\d{1,2}:\d{2}|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)/gi;
/** Known calendar fields of one chrono component. */
interface Known {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
}

const BEFORE = 24;
const AFTER = 40;
const MAX_WINDOW = 400;
// Each window is given to chrono followed by blank lines, as it was when windows were packed into batches.
const SEPARATOR = '\n\n\n';
// chrono spends tens of microseconds per date it finds, so a text made of nothing but dates (a fuzzer's, or a
// table) would take seconds per megabyte. Real articles hold a few dozen dates; past these budgets the rest of
// a pathological document is left to the cheaper readers.
const MAX_CHRONO_CHARS = 200_000;
const MAX_CHRONO_RESULTS = 3_000;

/** Windows around date triggers, merged when they overlap, cut at line breaks and never longer than MAX_WINDOW. */
function windows(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const found = memoOn() ? triggersByLines(text) : undefined;
  let f = 0;
  TRIGGER.lastIndex = 0;
  let m: { index: number; 0: string } | null;
  let total = 0;
  while (
    (m = found ? (f < found.length ? found[f++]! : null) : TRIGGER.exec(text)) !== null &&
    total < MAX_CHRONO_CHARS
  ) {
    // The modal verb "may" is everywhere; only "May" or "may 4" can be the month.
    if (m[0] === 'may' && !/^\s*\d/.test(text.slice(m.index + 3, m.index + 6))) continue;
    let a = Math.max(0, m.index - BEFORE);
    let b = Math.min(text.length, m.index + m[0].length + AFTER);
    // Snap to word boundaries so that chrono never sees half a word.
    while (a > 0 && a > m.index - BEFORE - 20 && /\S/.test(text[a - 1]!)) a--;
    while (b < text.length && b < m.index + m[0].length + AFTER + 20 && /\S/.test(text[b]!)) b++;
    const last = out[out.length - 1];
    total += b - a;
    if (last && a <= last[1] && b - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], b);
    else if (last && a < last[1]) {
      if (b > last[1]) out.push([last[1], b]);
    } else out.push([a, b]);
    if (m[0].length === 0) TRIGGER.lastIndex++;
  }
  return out;
}

// The end of a stretch of text where a trigger could go on into the next line: the only parts of TRIGGER that can
// hold a line break are the spaces after a lead word ("last\nweek", "end of\nthe year") and before "am"/"pm".
const OPEN_AT_END =
  /(?:\b(?:this|last|next|past|coming|previous|within|in|from|every|early|late|after|before|end)\s+(?:\w+\s+){0,4}|\b\d{1,2}\s*)$/i;
const MAX_STRETCH = 20_000;
const MAX_STRETCHES = 4_000;

interface Triggers {
  found: ReadonlyArray<{ index: number; 0: string }>;
  /** A trigger could run on past the end. */
  open: boolean;
}

// TRIGGER's matches in a stretch of whole lines, relative to it. A stretch whose end is open is read again joined with
// the next line; otherwise no match of the whole text crosses its end, and since TRIGGER looks behind no further than
// a word boundary (a line break before the stretch reads like its start), the stretch's matches are the text's.
const TRIGGER_CACHE = new KernelCache<string, Triggers>(8_000);

/** TRIGGER's matches in text[from, to), a stretch of whole lines. */
function triggersIn(text: string, from: number, to: number): Triggers {
  return TRIGGER_CACHE.span(text, from, to, (stretch) => {
    const found: Array<{ index: number; 0: string }> = [];
    TRIGGER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TRIGGER.exec(stretch)) !== null) {
      found.push({ index: m.index, 0: m[0] });
      if (m[0].length === 0) TRIGGER.lastIndex++;
    }
    return { found, open: OPEN_AT_END.test(stretch) };
  });
}

/** TRIGGER's matches over the text, put together from cached stretches of lines; undefined leaves it to one pass. */
function triggersByLines(text: string): Array<{ index: number; 0: string }> | undefined {
  const out: Array<{ index: number; 0: string }> = [];
  const n = text.length;
  const lineEnd = (from: number): number => {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? n : nl + 1;
  };
  // Past half the cache's size a text's stretches would push each other out: read such a text in one pass.
  for (let a = 0, stretches = 0; a < n; stretches++) {
    if (stretches > MAX_STRETCHES) return undefined;
    let b = lineEnd(a);
    let r = triggersIn(text, a, b);
    while (r.open && b < n) {
      b = lineEnd(b);
      if (b - a > MAX_STRETCH) return undefined;
      r = triggersIn(text, a, b);
    }
    for (const m of r.found) out.push({ index: m.index + a, 0: m[0] });
    a = b;
  }
  return out;
}

const LEADING = /^(?:on|in|at|by|from|since|until|till|during|the|of)\s+/i;
const TRAILING = /[\s,.;:]+$/;
const RELATIVE =
  /\b(?:ago|later|last|next|this|past|coming|today|tonight|tomorrow|yesterday|now|within|in\s+(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|from now|hence|earlier|before|after)/i;
/** A month's name, full or abbreviated, with or without a full stop: "Sept.", "march". */
const isMonthWord = (w: string): boolean => MONTH_NUMBERS[w.toLowerCase().replace(/\.$/, '')] !== undefined;
const BARE_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/;

export interface DateContext {
  articleDate?: string;
}

/** What toQuantity reads of one chrono result, relative to the string chrono was given. */
interface Reading {
  index: number;
  text: string;
  known: Known;
  /** chrono's resolved start (epoch ms) against the reference instant, or what reading it threw. */
  time: number | { thrown: unknown };
}

function startTime(r: chrono.ParsedResult): Reading['time'] {
  try {
    return r.start.date().getTime();
  } catch (e) {
    return { thrown: e };
  }
}

// chrono's readings of one window, keyed on the reference instant and the window's text: a window is parsed on its
// own (followed by the separator, as it was when windows were packed into one string), so its readings are a pure
// function of the key, and an edit re-parses only the windows it touched.
const WINDOW_CACHE = new KernelCache<string, readonly Reading[] | null>(4_000);

function readWindow(win: string, ref: Date): readonly Reading[] | null {
  return WINDOW_CACHE.get(`${ref.getTime()}\u0000${win}`, () => {
    let results: chrono.ParsedResult[];
    try {
      const input = win + SEPARATOR;
      results = casualFor(input).parse(input, { instant: ref, timezone: 0 });
    } catch {
      return null;
    }
    return results.map((r) => ({ index: r.index, text: r.text, known: knownOf(r.start), time: startTime(r) }));
  });
}

export function findDates(text: string, sentences: Sentence[], ctx: DateContext): Quantity[] {
  const article = parseIso(ctx.articleDate);
  // chrono needs a reference instant; without an article date only the fields as written are kept.
  const ref = article ? new Date(article + 12 * 3_600_000) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Quantity[] = [];
  // chrono reads each window around a date trigger (its cost per call is small next to its cost per character);
  // the readings of a window depend on its text alone and are cached, so only edited windows are parsed again.
  const wins = windows(text);
  let lastEnd = -1;
  let spentChars = 0;
  let spentResults = 0;
  for (let w = 0; w < wins.length && spentChars < MAX_CHRONO_CHARS && spentResults < MAX_CHRONO_RESULTS; w++) {
    const [a, b] = wins[w]!;
    const win = text.slice(a, b);
    spentChars += win.length + SEPARATOR.length;
    const results = readWindow(win, ref);
    if (!results) continue;
    spentResults += results.length;
    for (const r of results) {
      // chrono may swallow the blank lines after a month name; only the words count.
      if (r.index + r.text.trimEnd().length > win.length) continue;
      const at = a + r.index;
      if (at < lastEnd) continue;
      const q = memoOn() ? datedAt(text, at, r, article, sentences) : toQuantity(text, at, r, article, sentences);
      if (q) {
        out.push(q);
        lastEnd = at + r.text.length;
      }
    }
  }
  return out;
}

/** How far around a reading toQuantity looks (a month word's surroundings; a clause within its sentence, less). */
const CONTEXT = 200;

// A reading's quantity, by what toQuantity reads besides the reading (a window's cached readings are the same objects
// while its text is unchanged): the text within CONTEXT of it (with where it stands in that text), the bounds of the
// sentences it overlaps (as far as they matter: a clause is read up to 160 characters from the date) and the article's
// date. Kept relative to the reading; null: no quantity. Per reading, by the small part of that (the article's date,
// the reading's place in the context, the sentence bounds), then the context's text, compared in place: no key joining
// the context's 400 characters is made for every date at every keystroke.
const quantityCache = new KernelCache<Reading, Map<string, { context: string; q: Quantity | null }>>(4000);
const newQuantities = (): Map<string, { context: string; q: Quantity | null }> => new Map();

/** toQuantity(text, at, r, article, sentences), from the cache: a fresh quantity (and date) in the text's offsets. */
function datedAt(
  text: string,
  at: number,
  r: Reading,
  article: number | undefined,
  sentences: Sentence[],
): Quantity | undefined {
  const end = at + r.text.length;
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  let bounds = '';
  for (let k = partitionPoint(0, sentences.length, (i) => sentences[i]!.end <= at); k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.start > end) break;
    bounds += `${Math.max(s.start - at, -CONTEXT)},${Math.min(s.end - at, r.text.length + CONTEXT)};`;
  }
  const key = `${article}|${at - from}|${bounds}`;
  const inner = quantityCache.get(r, newQuantities);
  const kept = inner.get(key);
  let q: Quantity | null;
  if (kept && kept.context.length === to - from && text.startsWith(kept.context, from)) q = kept.q;
  else {
    const found = toQuantity(text, at, r, article, sentences);
    q = found ? { ...found, start: found.start - at, end: found.end - at } : null;
    if (inner.size >= 16) inner.clear();
    // Copies: neither may refer to this version of the article.
    inner.set(flatCopy(key), { context: flatCopy(text.slice(from, to)), q });
  }
  if (!q) return undefined;
  const out: Quantity = { ...q, start: q.start + at, end: q.end + at };
  if (q.date) out.date = { ...q.date };
  return out;
}

function toQuantity(
  text: string,
  at: number,
  r: Reading,
  article: number | undefined,
  sentences: Sentence[],
): Quantity | undefined {
  let raw = r.text;
  let start = at;
  // Trim the preposition and trailing punctuation chrono includes ("on Tuesday,").
  const lead = LEADING.exec(raw);
  if (lead && lead[0].length < raw.length) {
    start += lead[0].length;
    raw = raw.slice(lead[0].length);
  }
  raw = raw.replace(TRAILING, '');
  if (!raw) return undefined;
  const end = start + raw.length;
  const k = r.known;
  const lower = raw.toLowerCase();
  // A clock reading with nothing else ("0:00" on a video player, "10:30" alone) is not a dated claim.
  if (BARE_CLOCK.test(raw)) {
    const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
    if (!/\b(?:at|by|from|until|till|before|after|around|about)\s*$/.test(before)) return undefined;
  }
  if (lower === 'now' || lower === 'right now' || lower === 'just now') return undefined;
  // A duration ("for twelve years") is a count, not a date; a part of the day alone ("night") is not a claim.
  if (/^for\s/i.test(r.text)) return undefined;
  if (
    /^(?:morning|afternoon|evening|night|noon)$/.test(lower) &&
    !/\b(?:the|early|late)\s+$/i.test(text.slice(Math.max(0, start - 6), start))
  )
    return undefined;
  // Without letters, only a date shape or a clock reading counts: "0 – 0" is a score.
  if (!/\p{L}/u.test(raw) && !/\d{1,4}[/.-]\d{1,2}|\d:\d\d/.test(raw)) return undefined;
  // "2 1/2": a fraction chrono reads as a month and day.
  if (/^\d{1,2}\/\d{1,2}$/.test(raw) && /\d\s$/.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  // A short weekday alone is usually a word ("The Sun reported", "Sat down"): it needs "on" before it, or a
  // period or comma after it.
  if (/^(?:sun|sat|mon|tue|wed|thu|fri)$/i.test(raw)) {
    const before = text.slice(Math.max(0, start - 3), start).toLowerCase();
    const after = text[end];
    if (before !== 'on ' && after !== '.' && after !== ',') return undefined;
  }
  if (isMonthWord(raw)) {
    // A month name alone: lower case in normally capitalised prose is a noun or verb ("a march", "may"); before
    // a capitalised word it is a first name ("August Wilson").
    const around = text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200));
    if (/^\p{Ll}/u.test(raw) && (/\p{Lu}/u.test(around) || raw.length <= 4)) return undefined;
    const next = /^[ \t]+(\p{Lu}\p{Ll}+)/u.exec(text.slice(end, end + 30));
    if (
      next &&
      !/^(?:On|In|At|And|The|This|Last|Next|To|From|Of)$/.test(next[1]!) &&
      !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i.test(next[1]!)
    )
      return undefined;
  }

  const relative =
    RELATIVE.test(lower) ||
    (k.year === undefined && k.month === undefined && k.day === undefined && k.weekday === undefined);
  const sentence = sentenceAt(sentences, start);
  const tense: Tense = /\b(?:last|past|ago|yesterday|earlier)\b/.test(lower)
    ? 'past'
    : /\b(?:next|coming|tomorrow|from now|hence|later)\b/.test(lower)
      ? 'future'
      : clauseTense(text, start, end, sentence);
  const date = dateValue(k, r, article, relative, tense);
  const q: Quantity = { start, end, text: raw, kind: 'DATE', date };
  if (date.resolved && date.iso) q.value = isoStart(date.iso);
  return q;
}

/** The fields chrono read from the text (not the ones it implied from the reference date). */
function knownOf(c: chrono.ParsedResult['start']): Known {
  const k: Known = {};
  for (const f of ['year', 'month', 'day', 'weekday', 'hour'] as const) {
    if (c.isCertain(f)) {
      const v = c.get(f);
      if (v !== null && v !== undefined) k[f] = v;
    }
  }
  return k;
}

function dateValue(k: Known, r: Reading, article: number | undefined, relative: boolean, tense: Tense): DateValue {
  const { year, month, day, weekday } = k;
  if (relative) {
    if (article === undefined)
      return { granularity: 'relative', resolved: false, ...(weekday !== undefined ? { weekday } : {}) };
    if (typeof r.time !== 'number') throw r.time.thrown;
    const d = new Date(r.time);
    // "last year" is a year, "next month" a month, "two days ago" or "this week" a day.
    const full = isoDay(d.getTime());
    const iso =
      day === undefined && weekday === undefined && year !== undefined
        ? month !== undefined
          ? full.slice(0, 7)
          : full.slice(0, 4)
        : full;
    const out: DateValue = { granularity: 'relative', resolved: true, iso };
    if (weekday !== undefined) out.weekday = weekday;
    return out;
  }
  if (year !== undefined && month !== undefined && day !== undefined) {
    return {
      iso: `${year}-${pad(month)}-${pad(day)}`,
      granularity: 'day',
      resolved: true,
      month,
      day,
      ...(weekday !== undefined ? { weekday } : {}),
    };
  }
  if (month !== undefined && day !== undefined) {
    const out: DateValue = { granularity: 'day', resolved: false, month, day };
    if (weekday !== undefined) out.weekday = weekday;
    if (article !== undefined) {
      const y = yearFor(article, month, day, tense);
      out.iso = `${y}-${pad(month)}-${pad(day)}`;
      out.resolved = true;
    }
    return out;
  }
  if (year !== undefined && month !== undefined)
    return { iso: `${year}-${pad(month)}`, granularity: 'month', resolved: true, month };
  if (month !== undefined) {
    const out: DateValue = { granularity: 'month', resolved: false, month };
    if (article !== undefined) {
      const a = new Date(article);
      const am = a.getUTCMonth() + 1;
      let y = a.getUTCFullYear();
      if (tense === 'future' ? month < am : month > am) y += tense === 'future' ? 1 : -1;
      out.iso = `${y}-${pad(month)}`;
      out.resolved = true;
    }
    return out;
  }
  if (year !== undefined) return { iso: String(year), granularity: 'year', resolved: true };
  if (weekday !== undefined) {
    const out: DateValue = { granularity: 'weekday', resolved: false, weekday };
    if (article !== undefined) {
      const aw = new Date(article).getUTCDay();
      const delta = tense === 'future' ? (weekday - aw + 7) % 7 : -((aw - weekday + 7) % 7);
      const d = new Date(article + delta * DAY_MS);
      out.iso = isoDay(d.getTime());
      out.resolved = true;
      out.month = d.getUTCMonth() + 1;
      out.day = d.getUTCDate();
    }
    return out;
  }
  return { granularity: 'relative', resolved: false };
}

/** The year of a "Jan. 28" written in an article: the article's own, unless that lands far on the wrong side of it. */
function yearFor(article: number, month: number, day: number, tense: Tense): number {
  const y = new Date(article).getUTCFullYear();
  const same = Date.UTC(y, month - 1, day);
  const slack = 31 * DAY_MS;
  if (tense !== 'future' && same > article + slack) return y - 1;
  if (tense === 'future' && same < article - slack) return y + 1;
  return y;
}

function parseIso(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  return Number.isFinite(t) ? t : undefined;
}

function isoStart(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Places dates read without chrono ("Christmas Eve", "on the 15th") on the calendar once the article date is
 *  known, with the same news conventions as above. Mutates and returns the list. */
export function resolveAgainstArticle(
  text: string,
  sentences: Sentence[],
  dates: Quantity[],
  articleDate: string | undefined,
): Quantity[] {
  const article = parseIso(articleDate);
  if (article === undefined) return dates;
  const a = new Date(article);
  for (const q of dates) {
    const d = q.date;
    if (!d || d.resolved || d.granularity !== 'day' || d.day === undefined) continue;
    const tense = clauseTense(text, q.start, q.end, sentenceAt(sentences, q.start));
    let month = d.month;
    let year: number;
    if (month === undefined) {
      // A day of the month alone: this month, or the one before (after) when that day has not come (has passed).
      month = a.getUTCMonth() + 1;
      year = a.getUTCFullYear();
      const today = a.getUTCDate();
      if (tense !== 'future' && d.day > today) month -= 1;
      if (tense === 'future' && d.day < today) month += 1;
      if (month === 0) [month, year] = [12, year - 1];
      if (month === 13) [month, year] = [1, year + 1];
    } else year = yearFor(article, month, d.day, tense);
    const iso = `${year}-${pad(month)}-${pad(d.day)}`;
    d.month = month;
    d.iso = iso;
    d.resolved = true;
    q.value = isoStart(iso);
  }
  return dates;
}
