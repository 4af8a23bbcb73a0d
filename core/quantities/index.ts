// Numeric claims: money, percentages, counts, ordinals, measures and dates, normalised to values.
// Amounts come from a hand-written linear scanner (amounts.ts), dates from chrono-node re-resolved for news
// (dates.ts); where both claim the same words, the more specific reading wins.
import type { Quantity, Sentence, Span } from '../types';
import { tokenizeQuantities, type QToken } from './tokens';
import { flatCopy, KernelCache, memoEnabled as memoOn, Scoped } from '../text/memo';
import { citationTokens, findAmounts, phoneTokens } from './amounts';
import { findDates, resolveAgainstArticle } from './dates';
import { findDateWords } from './dateWords';
import { frontMatterLength } from '../text/segment';
import { indexOfSpanAt } from '../text/spans';

export interface QuantityContext {
  /** The article's date (YYYY-MM-DD) for resolving relative dates; unresolved but recognised when absent. */
  articleDate?: string;
  /** A passage read once (a reference's sentence), not a text being edited: it is read in one pass, and not
   *  remembered as one of the last texts read (a check reads dozens, which would push the article out of that list). */
  passage?: boolean;
}

// The lookbehind lets an e-mail match start only where a run of [\w.+-] starts: without it a 1 MB run of letters, digits
// or dots with no "@" was rescanned from every position (quadratic). The leftmost match is the same either way.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;

// Reading by cached runs of lines pays off when an article comes back edited (the editor, keystroke after keystroke);
// watching each run's reads costs more than one pass over a text seen for the first time (a batch of files, an article
// just opened), which is therefore read in one pass — the findings are the same either way. A text counts as edited
// when it starts or ends as one of the last few texts read did (one edit cannot change both ends).
const RECENT = 8;
const EDGE = 200;
const recentEdges = new Scoped(() => ({ heads: [] as string[], tails: [] as string[] }));

function readBefore(text: string): boolean {
  const { heads: recentHeads, tails: recentTails } = recentEdges.get();
  const head = text.slice(0, EDGE);
  const tail = text.slice(-EDGE);
  const seen = recentHeads.includes(head) || recentTails.includes(tail);
  for (const [list, edge] of [
    [recentHeads, head],
    [recentTails, tail],
  ] as const) {
    if (list.includes(edge)) continue;
    list.unshift(flatCopy(edge));
    if (list.length > RECENT) list.pop();
  }
  return seen;
}

export function findQuantities(text: string, sentences: Sentence[], ctx: QuantityContext = {}): Quantity[] {
  const local = memoOn() && !ctx.passage && readBefore(text) ? tokenLevelByUnits(text) : undefined;
  let amounts: Quantity[];
  let dateWords: Quantity[];
  let inUrl: (start: number) => boolean;
  if (local) {
    ({ amounts, dateWords } = local);
    const urlSpans = local.urlSpans;
    inUrl = (start) => urlSpans.length > 0 && indexOfSpanAt(urlSpans, start) >= 0;
  } else {
    const tokens = tokenizeQuantities(text);
    const r = tokenLevel(text, tokens);
    amounts = r.amounts;
    dateWords = r.dateWords;
    inUrl = (start) => insideUrl(text, start, r.urls, tokens);
  }
  const chronoDates = findDates(text, sentences, ctx);
  const dates = unionPreferFirst(chronoDates, dateWords).filter((d) => !inUrl(d.start));
  // Front matter ("date: 2025-02-12", "tags: [a, b]") is metadata about the article, not a claim in it.
  const fm = frontMatterLength(text);
  const merged = merge(amounts, dates).filter((q) => q.start >= fm);
  // Dates read outside chrono (holidays, "on the 15th") are placed on the calendar here.
  resolveAgainstArticle(
    text,
    sentences,
    merged.filter((q) => q.kind === 'DATE' && q.date && !q.date.resolved && q.date.granularity === 'day'),
    ctx.articleDate,
  );
  return merged;
}

/** What the token scanners find: amounts, the date words chrono does not read, and the tokens inside web addresses. */
function tokenLevel(text: string, tokens: QToken[]): { amounts: Quantity[]; dateWords: Quantity[]; urls: Set<number> } {
  const urls = new Set<number>();
  markUrls(text, tokens, urls);
  const skip = phoneTokens(tokens);
  for (const u of urls) skip.add(u);
  citationTokens(tokens, skip);
  const amounts = findAmounts(text, tokens, { skip });
  const dateWords = findDateWords(text, tokens);
  return { amounts, dateWords, urls };
}

/** The token scanners' findings in one unit of whole lines, relative to it, and whether reading them looked at a
 *  token before the unit's first (`before`) or after its last (`after`). */
interface UnitReading {
  amounts: readonly Quantity[];
  dateWords: readonly Quantity[];
  urlSpans: ReadonlyArray<Span>;
  before: boolean;
  after: boolean;
  /** A scanner threw. */
  failed: boolean;
}

// The token scanners (amounts, phone numbers, citations, web addresses, date words) run left to right and look a few
// tokens around each number. A token never holds a line break and a line starts the tokenizer afresh, so a run of
// whole lines read on its own gives the same findings as the whole text wherever reading it never looked at a token
// outside the run: the scanners then enter the run at its first token and leave it at its last, as in the whole text.
// Every look at the token array goes through a proxy that notes a look outside (the look-ahead loops test the token
// itself, not the array's length, so that it is noted), and a run that looked outside is read again joined with its
// neighbour. A run's reading is a pure function of its text and is cached; an edit re-reads the run it touched.
const UNIT_CACHE = new KernelCache<string, UnitReading>(8_000);
const MAX_UNIT = 20_000;
const MAX_LINES = 4_000;

/** The reading of text[from, to), a run of whole lines. */
function readUnit(text: string, from: number, to: number): UnitReading {
  return UNIT_CACHE.span(text, from, to, (unit) => {
    const tokens = tokenizeQuantities(unit);
    const n = tokens.length;
    let before = false;
    let after = false;
    const watched = new Proxy(tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string') {
          const c = key.charCodeAt(0);
          if ((c >= 48 && c <= 57) || c === 45) {
            const k = Number(key);
            if (Number.isInteger(k)) {
              if (k < 0) before = true;
              else if (k >= n) after = true;
              return target[k];
            }
          }
        }
        return Reflect.get(target, key, receiver);
      },
    });
    let r: ReturnType<typeof tokenLevel>;
    try {
      r = tokenLevel(unit, watched);
    } catch {
      // A scanner that trips over the end of its tokens ("more than" closing the text) trips here too, or only here
      // for want of the next line: either way this run is not used as it is.
      return { amounts: [], dateWords: [], urlSpans: [], before, after, failed: true };
    }
    const urlSpans: Span[] = [];
    for (let i = 0; i < n; i++) if (r.urls.has(i)) urlSpans.push({ start: tokens[i]!.start, end: tokens[i]!.end });
    return { amounts: r.amounts, dateWords: r.dateWords, urlSpans, before, after, failed: false };
  });
}

/** The token scanners' findings over the whole text, put together from cached runs of lines; undefined when a run
 *  would grow too long (the caller then reads the text in one pass). */
function tokenLevelByUnits(text: string): { amounts: Quantity[]; dateWords: Quantity[]; urlSpans: Span[] } | undefined {
  // Line starts: after each line break, except one after a lone high surrogate (the tokenizer reads the pair).
  const starts: number[] = [0];
  for (let nl = text.indexOf('\n'); nl >= 0 && nl + 1 < text.length; nl = text.indexOf('\n', nl + 1)) {
    const c = text.charCodeAt(nl - 1);
    if (nl > 0 && c >= 0xd800 && c <= 0xdbff) continue;
    starts.push(nl + 1);
  }
  const lines = starts.length;
  // Past half the cache's size a text's runs would push each other out: read such a text in one pass.
  if (lines > MAX_LINES) return undefined;
  const at = (line: number): number => (line < lines ? starts[line]! : text.length);
  // Runs as [first line, end line), each read without looking outside itself (or only past the text's ends).
  const runs: Array<[number, number, UnitReading]> = [];
  let a = 0;
  let budget = 4 * lines + 64;
  while (a < lines) {
    let b = a + 1;
    for (;;) {
      if (--budget < 0 || at(b) - at(a) > MAX_UNIT) return undefined;
      const r = readUnit(text, at(a), at(b));
      if (r.after && b < lines) {
        b++;
        continue;
      }
      if (r.before && a > 0) {
        a = runs.pop()![0];
        continue;
      }
      // Read in one pass, it fails the same way.
      if (r.failed) return undefined;
      runs.push([a, b, r]);
      break;
    }
    a = b;
  }
  const amounts: Quantity[] = [];
  const dateWords: Quantity[] = [];
  const urlSpans: Span[] = [];
  // Index loops, no destructuring: this runs over every line at every keystroke, mostly unoptimised.
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    const off = at(run[0]);
    const r = run[2];
    for (let i = 0; i < r.amounts.length; i++) amounts.push(shiftedQuantity(r.amounts[i]!, off));
    for (let i = 0; i < r.dateWords.length; i++) dateWords.push(shiftedQuantity(r.dateWords[i]!, off));
    for (let i = 0; i < r.urlSpans.length; i++) {
      const s = r.urlSpans[i]!;
      urlSpans.push({ start: s.start + off, end: s.end + off });
    }
  }
  return { amounts, dateWords, urlSpans };
}

/** A fresh copy of a cached quantity, moved by `off` (same fields in the same order). */
function shiftedQuantity(q: Quantity, off: number): Quantity {
  const c: Quantity = { ...q, start: q.start + off, end: q.end + off };
  if (q.date) c.date = { ...q.date };
  return c;
}

/** Numbers inside web addresses and e-mail addresses are not claims. */
function markUrls(text: string, tokens: QToken[], skip: Set<number>): void {
  if (text.indexOf('://') < 0 && text.indexOf('www.') < 0 && text.indexOf('@') < 0) return;
  const spans: Array<[number, number]> = [];
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
  if (!spans.length) return;
  let s = 0;
  for (let i = 0; i < tokens.length && s < spans.length; i++) {
    const t = tokens[i]!;
    while (s < spans.length && spans[s]![1] <= t.start) s++;
    if (s < spans.length && t.start >= spans[s]![0] && t.start < spans[s]![1]) skip.add(i);
  }
}

function insideUrl(_text: string, start: number, skip: Set<number>, tokens: QToken[]): boolean {
  if (!skip.size) return false;
  const i = indexOfSpanAt(tokens, start);
  return i >= 0 && skip.has(i);
}

/** All of `a`, plus the items of `b` that overlap none of `a`. */
function unionPreferFirst(a: Quantity[], b: Quantity[]): Quantity[] {
  if (!b.length) return a;
  const sa = a.slice().sort((x, y) => x.start - y.start);
  const out = sa.slice();
  let j = 0;
  for (const q of b.sort((x, y) => x.start - y.start)) {
    while (j < sa.length && sa[j]!.end <= q.start) j++;
    if (j < sa.length && sa[j]!.start < q.end) continue;
    out.push(q);
  }
  return out;
}

/** Dates from chrono win over bare counts and ordinals they cover ("Jan. 21st", "in 10 days"); amounts with a
 *  currency, percent sign or unit win over dates that overlap them. */
function merge(amounts: Quantity[], dates: Quantity[]): Quantity[] {
  const strong = (q: Quantity): boolean => q.kind === 'MONEY' || q.kind === 'PERCENT' || q.kind === 'MEASURE';
  const out: Quantity[] = [];
  let j = 0;
  const keptDates: Quantity[] = [];
  const sorted = amounts.slice().sort((a, b) => a.start - b.start);
  for (const d of dates.sort((a, b) => a.start - b.start)) {
    while (j < sorted.length && sorted[j]!.end <= d.start) j++;
    let clash = false;
    for (let k = j; k < sorted.length && sorted[k]!.start < d.end; k++) if (strong(sorted[k]!)) clash = true;
    if (!clash) keptDates.push(d);
  }
  let di = 0;
  for (const a of sorted) {
    while (di < keptDates.length && keptDates[di]!.end <= a.start) di++;
    const d = keptDates[di];
    if (d && d.start < a.end && !strong(a)) continue;
    out.push(a);
  }
  for (const d of keptDates) out.push(d);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
