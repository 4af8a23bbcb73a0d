// Whether a reference figure speaks of the same thing as the article's: the same subject named beside both figures,
// and, for a date, the same event. Everything here reads the words of one sentence on each side only, so the verdicts
// that use it stay cacheable by sentence text (see cache.ts), and within WINDOW characters of the figure, so that a
// run-on sentence (a scraped table, a transcript without full stops) is not read whole once per figure in it.
import { foldTerm, isStopWord } from './terms';
import { translitKey } from './names';
import { MONTH_NUMBERS, REPORTING_VERBS, WEEKDAYS } from '../lexicon';

/** How far either side of a figure its subject is looked for (characters, within the sentence). */
const SUBJECT_REACH = 48;
/** How far either side of a figure its clause, speaker and event words are read (real clauses are far shorter). */
const WINDOW = 200;

/** [from, to) narrowed to WINDOW characters either side of the figure, cut at white space. */
function around(text: string, fig: { start: number; end: number }, from: number, to: number): [number, number] {
  let a = Math.max(from, fig.start - WINDOW);
  let b = Math.min(to, fig.end + WINDOW);
  if (a > from) {
    while (a < fig.start && !/\s/.test(text[a]!)) a++;
  }
  if (b < to) {
    while (b > fig.end && !/\s/.test(text[b - 1]!)) b--;
  }
  return [a, b];
}

/** Words of a date, not of what happened on it: month and weekday names, and the days next to today. */
const CALENDAR_WORDS = new Set([...Object.keys(MONTH_NUMBERS), ...WEEKDAYS, 'today', 'yesterday', 'tomorrow']);
const WORD = /[\p{L}][\p{L}\p{M}’'-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
/** Words that may sit between a speaker's name and the reporting verb, or stand in a name's run (titles, "and"). */
const SPEAKER_GLUE = /^(?:and|of|the|for|de|van|von|al|bin)$/i;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The matches of a global regex in text[from, to), with offsets in text. Searched in a slice: exec from lastIndex on
 * the whole text would run on to the next match anywhere after `to` (a run-on text without one: to its end, per call).
 */
function* matchesIn(re: RegExp, text: string, from: number, to: number): Generator<{ index: number; text: string }> {
  const piece = text.slice(from, to);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(piece)) !== null) {
    yield { index: from + m.index, text: m[0] };
    if (m[0] === '') re.lastIndex++;
  }
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  for (const m of matchesIn(WORD, text, from, to)) {
    const raw = m.text.replace(/['’]s$/, '');
    out.push({ text: raw, lower: raw.toLowerCase(), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/**
 * The names that say whom or what a figure is about: capitalised words near it, except the speaker's
 * ("Mayor Ines Novak said", "said Novak", "according to the bank") — a source is not the subject.
 */
function subjectNames(text: string, fig: { start: number; end: number }, from: number, to: number): string[] {
  const words = wordsOf(text, from, to);
  const speaker = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const l = words[i]!.lower;
    const reporting = REPORTING_VERBS.has(l);
    const according = l === 'according' && words[i + 1]?.lower === 'to';
    if (!reporting && !according) continue;
    // The capitalised run right before the verb ("Energy Minister Taras Hnatyuk said") …
    if (reporting)
      for (let k = i - 1; k >= 0 && (CAPITALISED.test(words[k]!.text) || SPEAKER_GLUE.test(words[k]!.lower)); k--)
        speaker.add(k);
    // … and right after it ("said Novak", "according to the Baltic Development Bank").
    for (
      let k = i + (according ? 2 : 1);
      k < words.length && (CAPITALISED.test(words[k]!.text) || SPEAKER_GLUE.test(words[k]!.lower));
      k++
    )
      speaker.add(k);
  }
  const lo = Math.max(from, fig.start - SUBJECT_REACH);
  const hi = Math.min(to, fig.end + SUBJECT_REACH);
  const out: string[] = [];
  words.forEach((w, k) => {
    if (speaker.has(k) || w.end <= lo || w.start >= hi || (w.start >= fig.start && w.end <= fig.end)) return;
    if (!CAPITALISED.test(w.text) || w.text.length < 3 || isStopWord(w.lower) || CALENDAR_WORDS.has(w.lower)) return;
    out.push(w.text);
  });
  return out;
}

/**
 * Where a clause ends: clause punctuation, a relative or subordinate clause after a comma, or "and"/"but" opening a
 * clause with a subject of its own ("… in the group, and several are present in Ukraine").
 */
const CLAUSE_BREAK =
  /[;:—–()]|,\s+(?:and|but|while|whereas|although|as|which|who|where|when)\b|\s(?:and|but)\s+(?=(?:several|some|many|most|few|all|both|it|they|he|she|we|there|this|these|those|its|their|his|her)\b)/gi;

/** The clause of [from, to) that holds a figure. */
function clauseAround(
  text: string,
  fig: { start: number; end: number },
  from: number,
  to: number,
): { start: number; end: number } {
  let start = from;
  let end = to;
  for (const m of matchesIn(CLAUSE_BREAK, text, from, to)) {
    if (m.index + m.text.length <= fig.start) start = m.index + m.text.length;
    else if (m.index >= fig.end) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/** One name and another word are the same name, or a name and its demonym ("Ukraine" / "Ukrainian"). */
function nameMatches(name: string, word: string): boolean {
  const a = name.toLowerCase();
  const b = word.toLowerCase();
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  if (n >= 4 && p >= Math.max(4, n - 1)) return true;
  // Transliterations differ by a few letters at most ("Zelensky" / "Zelenskyy", "Volodymyr" / "Wolodymyr").
  return Math.abs(a.length - b.length) <= 3 && translitKey(a) === translitKey(b);
}

/**
 * The names that say what the article's figure q (in its sentence [from, to)) is about, for `namedBeside`: read once
 * per figure, then held against each reference passage.
 */
export function subjectOf(text: string, q: { start: number; end: number }, from: number, to: number): string[] {
  [from, to] = around(text, q, from, to);
  const mine = clauseAround(text, q, from, to);
  return subjectNames(text, q, mine.start, mine.end);
}

/**
 * Whether the reference figure r (in its sentence [rFrom, rTo) of refText) is about the subject the article names
 * beside its own figure: "Ukraine holds 17 rare earth elements" is not corroborated by "there are 17 elements in the
 * group". When the article names nothing beside its figure there is nothing to hold the reference to.
 */
export function namedBeside(
  subject: readonly string[],
  refText: string,
  r: { start: number; end: number },
  rFrom: number,
  rTo: number,
): boolean {
  if (!subject.length) return true;
  return namedAmong(subject, clauseWordsOf(refText, r, rFrom, rTo));
}

/** The words of the clause holding a reference figure (for namedAmong): read once per figure. */
export function clauseWordsOf(
  refText: string,
  r: { start: number; end: number },
  rFrom: number,
  rTo: number,
): EventWords {
  [rFrom, rTo] = around(refText, r, rFrom, rTo);
  const clause = clauseAround(refText, r, rFrom, rTo);
  return wordsOf(refText, clause.start, clause.end);
}

/** namedBeside on clause words already read. */
export function namedAmong(subject: readonly string[], theirs: EventWords): boolean {
  return !subject.length || subject.some((n) => theirs.some((w) => nameMatches(n, w.text)));
}

/** Where an event's words end: clause punctuation, or "that" opening what was said. */
const SEGMENT_BREAK = /[,;:—–()“”"]|\bthat\b/g;

/** The words of the clause segment holding a date, or of the next one when the date stands alone ("On Monday, …"). */
function eventWords(text: string, d: { start: number; end: number }, from: number, to: number): Word[] {
  [from, to] = around(text, d, from, to);
  const bounds: number[] = [from];
  for (const m of matchesIn(SEGMENT_BREAK, text, from, to)) {
    // A comma inside a date ("March 4, 2025") does not end its clause.
    if (m.index >= d.start && m.index < d.end) continue;
    bounds.push(m.index, m.index + m.text.length);
  }
  bounds.push(to);
  const segments: Array<[number, number]> = [];
  for (let i = 0; i + 1 < bounds.length; i += 2) segments.push([bounds[i]!, bounds[i + 1]!]);
  const k = segments.findIndex(([a, b]) => d.start >= a && d.start < b);
  const content = (seg: [number, number] | undefined) =>
    seg
      ? wordsOf(text, seg[0], seg[1]).filter(
          (w) =>
            (w.end <= d.start || w.start >= d.end) &&
            !isStopWord(w.lower) &&
            !CALENDAR_WORDS.has(w.lower) &&
            w.text.length > 2,
        )
      : [];
  const own = content(segments[k]);
  return own.length ? own : content(segments[k + 1]);
}

/**
 * Whether two dates are about the same event: the words of the clause each date sits in tell. A statement
 * ("Trump announced on Feb. 11") is the same event only as a statement by the same person; anything else needs an
 * event word in common ("signed", "loan"). A release expected "on Wednesday" and an announcement "on Feb. 11" are
 * different events, whatever else their sentences share.
 */
export function sameEvent(
  text: string,
  d: { start: number; end: number },
  from: number,
  to: number,
  refText: string,
  r: { start: number; end: number },
  rFrom: number,
  rTo: number,
): boolean {
  return sameEventWords(eventWordsOf(text, d, from, to), eventWordsOf(refText, r, rFrom, rTo));
}

/** The event words around a date (for sameEventWords): read once per date, then held against each other date. */
export function eventWordsOf(text: string, d: { start: number; end: number }, from: number, to: number): EventWords {
  return eventWords(text, d, from, to);
}

export type EventWords = readonly Word[];

/** sameEvent on event words already read. */
export function sameEventWords(a: EventWords, b: EventWords): boolean {
  const saysA = a.some((w) => REPORTING_VERBS.has(w.lower));
  const saysB = b.some((w) => REPORTING_VERBS.has(w.lower));
  if (saysA !== saysB) return false;
  if (saysA) {
    const namesA = a.filter((w) => CAPITALISED.test(w.text));
    const namesB = b.filter((w) => CAPITALISED.test(w.text));
    return namesA.some((x) => namesB.some((y) => nameMatches(x.text, y.text)));
  }
  const eventTerms = (ws: EventWords) =>
    new Set(ws.filter((w) => !CAPITALISED.test(w.text)).map((w) => foldTerm(w.text)));
  const ta = eventTerms(a);
  for (const t of eventTerms(b)) if (ta.has(t)) return true;
  return false;
}
