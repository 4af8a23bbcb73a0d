// Numeric claims: money, percentages, counts, ordinals, measures and dates, normalised to values.
// Amounts come from a hand-written linear scanner (amounts.ts), dates from chrono-node re-resolved for news
// (dates.ts); where both claim the same words, the more specific reading wins.
import type { Quantity, Sentence } from '../types';
import { tokenizeLines, type QToken } from './tokens';
import { citationTokens, findAmounts, phoneTokens } from './amounts';
import { findDates, resolveAgainstArticle } from './dates';
import { findDateWords } from './dateWords';
import { frontMatterLength } from '../text/segment';
import { indexOfSpanAt } from '../text/spans';

export interface QuantityContext {
  /** The article's date (YYYY-MM-DD) for resolving relative dates; unresolved but recognised when absent. */
  articleDate?: string;
}

// The lookbehind lets an e-mail match start only where a run of [\w.+-] starts: without it a 1 MB run of letters, digits
// or dots with no "@" was rescanned from every position (quadratic). The leftmost match is the same either way.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g;

export function findQuantities(text: string, sentences: Sentence[], ctx: QuantityContext = {}): Quantity[] {
  const tokens = tokenizeLines(text);
  const urls = new Set<number>();
  markUrls(text, tokens, urls);
  const skip = phoneTokens(tokens);
  for (const u of urls) skip.add(u);
  citationTokens(tokens, skip);
  const amounts = findAmounts(text, tokens, { skip });
  const chronoDates = findDates(text, sentences, ctx);
  const dates = unionPreferFirst(chronoDates, findDateWords(text, tokens)).filter((d) => !insideUrl(text, d.start, urls, tokens));
  // Front matter ("date: 2025-02-12", "tags: [a, b]") is metadata about the article, not a claim in it.
  const fm = frontMatterLength(text);
  const merged = merge(amounts, dates).filter((q) => q.start >= fm);
  // Dates read outside chrono (holidays, "on the 15th") are placed on the calendar here.
  resolveAgainstArticle(text, sentences, merged.filter((q) => q.kind === 'DATE' && q.date && !q.date.resolved && q.date.granularity === 'day'), ctx.articleDate);
  return merged;
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
