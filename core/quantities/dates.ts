// Dates via chrono-node (its English casual parser), re-resolved the way news is written: "on Tuesday" in a
// past-tense clause is the most recent Tuesday on or before the article's date, not the nearest one.
import * as chrono from 'chrono-node/en';
import type { DateValue, Quantity, Sentence } from '../types';
import { clauseTense, sentenceAt, type Tense } from './tense';

const DAY_MS = 86_400_000;
// A date trigger: chrono runs only on windows that contain one, which keeps it off long stretches of plain prose.
const TRIGGER = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|noon|midnight|morning|evening|afternoon|night|week|month|year|ago|later|now|weekend|quarter|decade|fortnight)/i;
const WINDOW = 600;

/** Known calendar fields of one chrono component. */
interface Known {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
}

/** Splits the text into windows no longer than WINDOW, cut at sentence ends or whitespace. */
function windows(text: string, sentences: Sentence[]): Array<[number, number]> {
  const spans: Array<[number, number]> = sentences.length ? sentences.map((s) => [s.start, s.end] as [number, number]) : [[0, text.length]];
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    let a = s;
    while (e - a > WINDOW) {
      let cut = a + WINDOW;
      const limit = a + WINDOW / 2;
      while (cut > limit && !/\s/.test(text[cut]!)) cut--;
      if (cut <= limit) cut = a + WINDOW;
      out.push([a, cut]);
      a = cut;
    }
    if (e > a) out.push([a, e]);
  }
  return out;
}

const LEADING = /^(?:on|in|at|by|from|since|until|till|during|the|of)\s+/i;
const TRAILING = /[\s,.;:]+$/;
const RELATIVE = /\b(?:ago|later|last|next|this|past|coming|today|tonight|tomorrow|yesterday|now|within|in\s+(?:a|an|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|from now|hence|earlier|before|after)/i;
const BARE_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/;

export interface DateContext {
  articleDate?: string;
}

export function findDates(text: string, sentences: Sentence[], ctx: DateContext): Quantity[] {
  const article = parseIso(ctx.articleDate);
  // chrono needs a reference instant; without an article date only the fields as written are kept.
  const ref = article ? new Date(article + 12 * 3_600_000) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: Quantity[] = [];
  for (const [a, b] of windows(text, sentences)) {
    const chunk = text.slice(a, b);
    if (!TRIGGER.test(chunk)) continue;
    let results: chrono.ParsedResult[];
    try {
      results = chrono.casual.parse(chunk, { instant: ref, timezone: 0 });
    } catch {
      continue;
    }
    for (const r of results) {
      const q = toQuantity(text, a + r.index, r, article, sentences);
      if (q) out.push(q);
    }
  }
  return out;
}

function toQuantity(text: string, at: number, r: chrono.ParsedResult, article: number | undefined, sentences: Sentence[]): Quantity | undefined {
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
  const k = knownOf(r.start);
  const lower = raw.toLowerCase();
  // A clock reading with nothing else ("0:00" on a video player, "10:30" alone) is not a dated claim.
  if (BARE_CLOCK.test(raw)) {
    const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
    if (!/\b(?:at|by|from|until|till|before|after|around|about)\s*$/.test(before)) return undefined;
  }
  if (lower === 'now' || lower === 'right now' || lower === 'just now') return undefined;
  // "2 1/2": a fraction chrono reads as a month and day.
  if (/^\d{1,2}\/\d{1,2}$/.test(raw) && /\d\s$/.test(text.slice(Math.max(0, start - 2), start))) return undefined;
  // "May" the verb or the name is dropped by chrono; a lone month abbreviation ("Mar", "Jan") in prose rarely is a date.
  if (/^(?:mar|may|jan|sun|sat|wed)$/i.test(raw) && !/^\p{Lu}/u.test(raw)) return undefined;

  const relative = RELATIVE.test(lower) || (k.year === undefined && k.month === undefined && k.day === undefined && k.weekday === undefined);
  const sentence = sentenceAt(sentences, start);
  const tense: Tense = /\b(?:last|past|ago|yesterday|earlier)\b/.test(lower) ? 'past' : /\b(?:next|coming|tomorrow|from now|hence|later)\b/.test(lower) ? 'future' : clauseTense(text, start, end, sentence);
  const date = dateValue(k, r, article, relative, tense);
  const q: Quantity = { start, end, text: raw, kind: 'DATE', date };
  if (date.resolved && date.iso) q.value = isoStart(date.iso);
  return q;
}

/** The fields chrono read from the text (not the ones it implied from the reference date). */
function knownOf(c: chrono.ParsedResult["start"]): Known {
  const k: Known = {};
  for (const f of ['year', 'month', 'day', 'weekday', 'hour'] as const) {
    if (c.isCertain(f)) {
      const v = c.get(f);
      if (v !== null && v !== undefined) k[f] = v;
    }
  }
  return k;
}

function dateValue(k: Known, r: chrono.ParsedResult, article: number | undefined, relative: boolean, tense: Tense): DateValue {
  const { year, month, day, weekday } = k;
  if (relative) {
    if (article === undefined) return { granularity: 'relative', resolved: false, ...(weekday !== undefined ? { weekday } : {}) };
    const d = r.start.date();
    // "last year" is a year, "next month" a month, "two days ago" or "this week" a day.
    const full = isoDay(d.getTime());
    const iso = day === undefined && weekday === undefined && year !== undefined ? (month !== undefined ? full.slice(0, 7) : full.slice(0, 4)) : full;
    const out: DateValue = { granularity: 'relative', resolved: true, iso };
    if (weekday !== undefined) out.weekday = weekday;
    return out;
  }
  if (year !== undefined && month !== undefined && day !== undefined) {
    return { iso: `${year}-${pad(month)}-${pad(day)}`, granularity: 'day', resolved: true, month, day, ...(weekday !== undefined ? { weekday } : {}) };
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
  if (year !== undefined && month !== undefined) return { iso: `${year}-${pad(month)}`, granularity: 'month', resolved: true, month };
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
