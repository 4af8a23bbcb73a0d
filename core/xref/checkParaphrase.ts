// A paraphrased quote given to the wrong person: the article reports in its own words what the references
// quote someone else as saying ("Zelensky said the deal would be a partnership" for Waltz's words).

import { CheckContext } from './context';
import { enclosingQuote, referenceSpeakers } from './checkQuotes';
import { samePerson } from './names';
import { attributeFix } from './attributeFix';
import { termsOf } from './terms';
import { perIndex } from './cache';
import { NestedCache } from '../text/memo';
import type { Sentence } from '../types';
import { clipText } from './excerpt';
import { lowerBound } from '../text/spans';

/** Only a reference sentence that is plainly the same one reworded can tell who said it. */
const SIM_SAME = 0.5;
/** Share of the quote's words the paraphrase must carry. */
const QUOTE_COVER = 0.4;

/** The reference sentence a sentence paraphrases and who the references say spoke it, when not the article's source. */
type Verdict = { sid: number; theirs: readonly string[] } | null;

// A verdict reads the sentence (its names, terms and passages), the source and the index.
const verdicts = perIndex(() => new NestedCache<Verdict>(2000));

export function checkParaphrases(ctx: CheckContext): void {
  const { index } = ctx;
  for (const a of ctx.ann.assertions) {
    if (a.status !== 'attributed' || !a.source) continue;
    const s = ctx.sentenceAt(a.start);
    if (!s || overlapsQuote(ctx, s)) continue;
    const source = a.source;
    const key = ctx.sentenceKey(s);
    const v = key === undefined ? judge(ctx, s, source) : verdicts(index).get(key, source, () => judge(ctx, s, source));
    if (!v) continue;
    const { theirs } = v;
    const ev = index.evidenceFor(v.sid)!;
    const mention = ctx.mentions.first(s.start, s.end, source);
    const who = theirs[0]!;
    ctx.findings.push({
      code: 'quote-misattributed',
      start: s.start,
      end: s.end,
      message: `This paraphrases words the references quote from ${clipText(theirs.join(' / '))}, not ${clipText(source)}.`,
      related: [ev],
      fixes: mention ? [attributeFix(ctx, mention, who)] : [],
    });
  }
}

// Per check: the quotes by start with the furthest end reached so far, for "does a quote overlap this sentence?".
const quoteReach = new WeakMap<CheckContext, { starts: number[]; reach: number[] }>();

/** ctx.ann.quotes.some((q) => q.start < s.end && q.end > s.start), without walking every quote per sentence. */
function overlapsQuote(ctx: CheckContext, s: { start: number; end: number }): boolean {
  let r = quoteReach.get(ctx);
  if (!r) {
    const sorted = [...ctx.ann.quotes].sort((a, b) => a.start - b.start);
    const reach: number[] = [];
    let far = -Infinity;
    for (const q of sorted) reach.push((far = Math.max(far, q.end)));
    quoteReach.set(ctx, (r = { starts: sorted.map((q) => q.start), reach }));
  }
  // The quotes starting before the sentence ends are a prefix; one of them overlaps it if the furthest end passes its start.
  const n = lowerBound(r.starts, s.end);
  return n > 0 && r.reach[n - 1]! > s.start;
}

function judge(ctx: CheckContext, s: Sentence, source: string): Verdict {
  const { index, text } = ctx;
  // The source must be named in the sentence itself: a resolved pronoun is too weak to accuse anyone.
  const named = namesIn(text, s);
  if (!named.some((n) => samePerson(source, n))) return null;
  const mine = termsOf(text, s.start, s.end);
  // The closest few passages only: a paraphrase rewords one sentence, not a dozen.
  for (const c of ctx.candidatesFor(s).slice(0, 3)) {
    if (c.sim < SIM_SAME) break;
    const doc = index.docOf(c.sid)!;
    const span = index.span(c.sid);
    // The reference sentence must quote someone, and the article's sentence must carry the quote's words.
    const open = doc.text.slice(span.start, span.end).search(/[“"]/);
    if (open < 0) continue;
    const quoted = enclosingQuote(doc.text, span.start + open + 1, span.start + open + 1, span.start, span.end);
    if (!quoted) continue;
    const quoteTerms = termsOf(doc.text, quoted.start, quoted.end);
    let shared = 0;
    for (const t of quoteTerms) if (mine.has(t)) shared++;
    if (shared < 3 || shared / Math.max(1, quoteTerms.size) < QUOTE_COVER) continue;
    const theirs = referenceSpeakers(ctx, { sid: c.sid, start: quoted.start + 1, end: quoted.end - 1 });
    if (!theirs.length || theirs.some((t) => samePerson(t, source))) return null;
    // Either sentence naming the other's speaker means the two may simply be reported side by side.
    const refNames = namesIn(doc.text, span);
    if (refNames.some((n) => samePerson(source, n)) || named.some((n) => theirs.some((t) => samePerson(t, n))))
      return null;
    return { sid: c.sid, theirs };
  }
  return null;
}

function namesIn(text: string, s: { start: number; end: number }): string[] {
  return [...text.slice(s.start, s.end).matchAll(/\p{Lu}[\p{L}’'-]+/gu)].map((m) => m[0]);
}
