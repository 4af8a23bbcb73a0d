// Direct quotes: found in the references despite case, punctuation and ellipses; a near miss is a misquote,
// and a quote the references give to someone else is misattributed.
import type { Evidence, Fix, Quote, Sentence } from '../types';
import type { Candidate } from './referenceIndex';
import { CheckContext } from './context';
import { alignQuote, quoteFragments, quoteWords, type QWord } from './quoteMatch';
import { samePerson } from './names';
import { attributeFix } from './attributeFix';
import { speakerNear } from './speakers';
import { NameTokens } from './nameTokens';
import { clipText } from './excerpt';
import { covering, indexHolding } from './spanSearch';
import { idOf, perIndex, quoteSealed } from './cache';
import { KernelCache, NestedCache, textKey } from '../text/memo';
import { partitionPoint } from '../text/spans';

/** Quotes shorter than this are phrases ("serious people"): a misquote only in plainly the same sentence. */
const MIN_WORDS_FOR_MISQUOTE = 4;
const MAX_QUOTE_WORDS = 250;
/** Similarity at which two sentences are the same sentence reworded. */
const SIM_SAME_SENTENCE = 0.5;
/** A misquote differs in at most this share of its words; beyond, it is another quote or a paraphrase. */
const MAX_EDIT_SHARE = 0.34;

interface Match {
  sid: number;
  /** Similarity of the candidate passage to the article's sentence. */
  sim: number;
  /** Reference offsets of the matched stretch. */
  start: number;
  end: number;
  cost: number;
  caseAgree: number;
  fix?: Fix;
}

export function checkQuotes(ctx: CheckContext): void {
  for (const quote of ctx.ann.quotes) {
    const innerEnd = quote.innerStart + quote.inner.length;
    const s = ctx.sentenceAt(quote.start) ?? ctx.sentenceAt(quote.innerStart);
    if (!s) continue;
    let worst: { m: Match; words: QWord[] } | undefined;
    const exact: Match[] = [];
    let checked = false;
    let alsoTied: Match[] = [];
    for (const frag of quoteFragments(ctx.text, quote.innerStart, innerEnd)) {
      const words = fragmentWords(ctx.text, frag.start, frag.end);
      const q = words.q;
      // Alignment is quadratic: a "quote" of hundreds of words is a stray quote mark, not a quotation.
      if (!q.length || q.length > MAX_QUOTE_WORDS) continue;
      checked = true;
      const found = matchesOf(ctx, words, frag.start, s);
      const m = found[0];
      if (!m) {
        worst = undefined;
        exact.length = 0;
        break;
      }
      // Every equally close reference counts as a witness of who said it.
      const tied = found.filter((f) => f.cost === m.cost);
      if (m.cost === 0) for (const t of tied) exact.push(t);
      else if (!worst || m.cost > worst.m.cost) {
        worst = { m, words: q };
        alsoTied = tied.slice(1);
      }
    }
    if (!checked) continue;
    if (!worst && !exact.length) {
      if (!partlyQuoted(ctx, quote, s)) unverified(ctx, quote);
      continue;
    }
    const matches = worst ? [worst.m, ...alsoTied, ...exact] : exact;
    const evidence = matches.map((m) => ctx.index.evidenceFor(m.sid, m.start, m.end)!).filter(Boolean);
    if (worst) {
      const ev = evidence[0]!;
      ctx.findings.push({
        code: 'quote-mismatch',
        start: quote.innerStart,
        end: innerEnd,
        message: misquoteMessage(ctx.text, worst.m.fix, ev.excerpt),
        related: [ev],
        fixes: worst.m.fix ? [worst.m.fix] : [],
      });
    }
    ctx.claims.push({
      kind: 'quote',
      start: quote.start,
      end: quote.end,
      text: quote.inner,
      status: worst ? 'conflicting' : 'corroborated',
      evidence: evidence.slice(0, 3),
    });
    checkSpeaker(ctx, quote, matches, evidence);
  }
}

/**
 * A quote longer than any reference's: its sentences are looked for one by one. When some are found word for word,
 * the quote is corroborated by them and only the others are reported as found nowhere ("I am sending Bessent to
 * Kyiv. This war must and will end soon" against a reference that quotes the second sentence only).
 */
function partlyQuoted(ctx: CheckContext, quote: Quote, s: Sentence): boolean {
  const innerEnd = quote.innerStart + quote.inner.length;
  const parts = quoteSentences(ctx.text, quote.innerStart, innerEnd);
  if (parts.length < 2) return false;
  const found: Match[] = [];
  const missing: Array<{ start: number; end: number }> = [];
  for (const part of parts) {
    const words = fragmentWords(ctx.text, part.start, part.end);
    if (!words.q.length || words.q.length > MAX_QUOTE_WORDS) continue;
    const exact = matchesOf(ctx, words, part.start, s).filter((m) => m.cost === 0);
    if (exact.length) found.push(...exact);
    else missing.push(part);
  }
  if (!found.length) return false;
  const evidence = found.map((m) => ctx.index.evidenceFor(m.sid, m.start, m.end)!).filter(Boolean);
  ctx.claims.push({
    kind: 'quote',
    start: quote.start,
    end: quote.end,
    text: quote.inner,
    status: 'corroborated',
    evidence: evidence.slice(0, 3),
  });
  if (ctx.config.reportUnverified) {
    for (const m of missing)
      ctx.findings.push({
        code: 'unverified-claim',
        start: m.start,
        end: m.end,
        message: 'No reference contains this part of the quote.',
        related: [],
        fixes: [],
      });
  }
  checkSpeaker(ctx, quote, found, evidence);
  return true;
}

/** The sentences of a quote's text: split after . ! ? followed by a capital. */
function quoteSentences(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[.!?]+\s+(?=[\p{Lu}“"‘])/gu;
  re.lastIndex = from;
  let start = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
    start = m.index + m[0].length;
  }
  if (to > start) out.push({ start, end: to });
  return out;
}

function unverified(ctx: CheckContext, quote: Quote): void {
  ctx.claims.push({
    kind: 'quote',
    start: quote.start,
    end: quote.end,
    text: quote.inner,
    status: 'unverified',
    evidence: [],
  });
  if (ctx.config.reportUnverified) {
    ctx.findings.push({
      code: 'unverified-claim',
      start: quote.start,
      end: quote.end,
      message: 'No reference contains this quote.',
      related: [],
      fixes: [],
    });
  }
}

/** Words of a quote fragment, relative to the fragment (offset 0 = frag.start) when `rel` is set. */
interface FragmentWords {
  q: QWord[];
  /** The fragment's own text when its words were read from it alone (q relative to it), else undefined (q absolute). */
  rel?: string;
}

// A fragment's words read from its own text equal those read in place when nothing runs past its end and no
// [bracket] makes the reader look further ahead.
const fragmentCache = new KernelCache<string, QWord[]>(4000);

function fragmentWords(text: string, from: number, to: number): FragmentWords {
  if (!quoteSealed(text, to)) return { q: quoteWords(text, from, to) };
  const rel = textKey(text, from, to);
  if (rel.includes('[') || rel.includes(']')) return { q: quoteWords(text, from, to) };
  return { q: fragmentCache.get(rel, (own) => quoteWords(own, 0, own.length)), rel };
}

// A fragment's matches read its words (its text) and the passages retrieved for the sentences it runs through.
const alignments = perIndex(() => new NestedCache<Match[]>(2000));
// The reference words of a window of sentences.
const windowWords = perIndex(() => new KernelCache<string, QWord[]>(2000));

/**
 * Reference stretches close enough to the quote fragment, closest first. The query adds the words around the
 * quote (its speaker, the occasion) so that, of several articles quoting the same words, the one about the
 * same moment ranks first.
 */
function matchesOf(ctx: CheckContext, words: FragmentWords, shift: number, s: Sentence): Match[] {
  const { q, rel } = words;
  const from = q[0]!.start + (rel === undefined ? 0 : shift);
  const to = q[q.length - 1]!.end + (rel === undefined ? 0 : shift);
  // The sentences the quote runs through were retrieved already (the figures and names use them too).
  const lists: Candidate[][] = [];
  const sentences = ctx.ann.sentences;
  const lo = Math.min(from, s.start);
  const hi = Math.max(to, s.end);
  // Sentences are sorted and do not overlap: start at the first one that ends after lo.
  const a = partitionPoint(0, sentences.length, (k) => sentences[k]!.end <= lo);
  for (let k = a; k < sentences.length && sentences[k]!.start < hi; k++) {
    const sent = sentences[k]!;
    if (sent.end <= lo || sent.furniture) continue;
    lists.push(ctx.candidatesFor(sent));
  }
  if (rel === undefined) return alignAll(ctx.index, ctx.text, q, mergeLists(lists));
  const found = alignments(ctx.index).get(rel, lists.map(idOf).join(','), () =>
    alignAll(ctx.index, rel, q, mergeLists(lists)),
  );
  // Matches are shared with the cache: only their fixes carry article offsets, shifted into fresh objects.
  return found.map((m) =>
    m.fix ? { ...m, fix: { ...m.fix, start: m.fix.start + shift, end: m.fix.end + shift } } : m,
  );
}

function mergeLists(lists: Candidate[][]): Candidate[] {
  const bySid = new Map<number, Candidate>();
  for (const list of lists) for (const c of list) if ((bySid.get(c.sid)?.sim ?? -1) < c.sim) bySid.set(c.sid, c);
  return [...bySid.values()].sort((a, b) => b.sim - a.sim).slice(0, 12);
}

/** Matches of the words q of `text` among the candidate passages; fixes are in `text`'s offsets. */
function alignAll(index: CheckContext['index'], text: string, q: QWord[], cands: Candidate[]): Match[] {
  const found: Match[] = [];
  const budget = q.length >= MIN_WORDS_FOR_MISQUOTE ? Math.max(1, Math.round(q.length * MAX_EDIT_SHARE)) : 0;
  const seen = new Set<string>();
  const refWords = windowWords(index);
  for (const c of cands) {
    const doc = index.docOf(c.sid)!;
    // A quote may run across sentences: align with a window of sentences around the candidate long enough
    // to hold the whole quote.
    const around = index.window(c.sid, q.length + 12);
    const span0 = index.span(around[0]!);
    const span1 = index.span(around[around.length - 1]!);
    const key = `${doc.id}:${span0.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = alignable(
      refWords.get(`${doc.slot}:${span0.start}:${span1.end}`, () => quoteWords(doc.text, span0.start, span1.end, true)),
      q,
    );
    if (!r.length) continue;
    const a = alignQuote(q, r);
    const refStart = r[Math.min(a.refFrom, r.length - 1)]!.start;
    const refEnd = r[Math.max(a.refTo - 1, 0)]!.end;
    if (a.cost > budget && !shortMisquote(q, a.cost, c.sim, doc.text, refStart, refEnd, index.span(c.sid))) continue;
    let caseAgree = 0;
    for (let k = 0; k < Math.min(q.length, a.refTo - a.refFrom); k++) {
      if (text.slice(q[k]!.start, q[k]!.end) === doc.text.slice(r[a.refFrom + k]!.start, r[a.refFrom + k]!.end))
        caseAgree++;
    }
    const sid = sentenceOf(index, around, refStart);
    const m: Match = { sid, sim: c.sim, start: refStart, end: refEnd, cost: a.cost, caseAgree };
    if (a.diff) {
      const d = a.diff;
      // Widen an empty side to the neighbouring word so the edit has something to replace.
      let { qFrom, qTo, rFrom, rTo } = d;
      if (qFrom === qTo || rFrom === rTo) {
        if (qFrom > 0 && rFrom > a.refFrom) {
          qFrom--;
          rFrom--;
        } else if (qTo < q.length && rTo < a.refTo) {
          qTo++;
          rTo++;
        }
      }
      if (qFrom < qTo && rFrom < rTo) {
        const newText = doc.text.slice(r[rFrom]!.start, r[rTo - 1]!.end);
        m.fix = {
          title: `Quote the reference: “${clip(newText, 60)}”`,
          start: q[qFrom]!.start,
          end: q[qTo - 1]!.end,
          newText,
        };
      }
    }
    found.push(m);
  }
  return found.sort((x, y) => x.cost - y.cost || y.caseAgree - x.caseAgree || y.sim - x.sim);
}

/**
 * A window of reference words longer than this is a run-on passage (a scraped table, a transcript without full stops):
 * the quote is aligned with the stretch around the rarest of its words there, not with all of it. (Alignment costs the
 * product of both lengths, and such a passage may be a candidate for every quote of an article.)
 */
const MAX_ALIGN_WORDS = 2000;
const wordPositions = new WeakMap<readonly QWord[], Map<string, number[]>>();

function alignable(r: QWord[], q: QWord[]): QWord[] {
  if (r.length <= MAX_ALIGN_WORDS) return r;
  let at = wordPositions.get(r);
  if (!at) {
    at = new Map();
    r.forEach((w, k) => {
      const list = at!.get(w.w);
      if (list) list.push(k);
      else at!.set(w.w, [k]);
    });
    wordPositions.set(r, at);
  }
  let best: { i: number; j: number; n: number } | undefined;
  q.forEach((w, i) => {
    const list = at!.get(w.w);
    if (list && (!best || list.length < best.n)) best = { i, j: list[0]!, n: list.length };
  });
  // None of the quote's words is there: nothing in the passage can be a close enough match.
  if (!best) return [];
  const pad = q.length + 12;
  return r.slice(Math.max(0, best.j - best.i - pad), Math.min(r.length, best.j + (q.length - best.i) + pad));
}

/**
 * A two- or three-word quote ("a “significant number” of troops") is a misquote only in a passage that is
 * plainly the same sentence, where the reference quotes a phrase of the same length in the same place.
 */
function shortMisquote(
  q: QWord[],
  cost: number,
  sim: number,
  text: string,
  start: number,
  end: number,
  sent: { start: number; end: number },
): boolean {
  if (q.length < 2 || q.length >= MIN_WORDS_FOR_MISQUOTE || cost !== 1 || sim < SIM_SAME_SENTENCE) return false;
  if (start < sent.start || end > sent.end) return false;
  const quoted = enclosingQuote(text, start, end, sent.start, sent.end);
  if (!quoted) return false;
  const n = quoteWords(text, quoted.start, quoted.end).length;
  return n <= q.length + 1;
}

function sentenceOf(index: CheckContext['index'], sids: number[], offset: number): number {
  for (const sid of sids) {
    const sp = index.span(sid);
    if (offset >= sp.start && offset < sp.end) return sid;
  }
  return sids[0]!;
}

/** Who the references say spoke these words: the quote's speaker, or the named source of its sentence. */
export function referenceSpeakers(
  ctx: CheckContext,
  m: { sid: number; start: number; end: number },
): readonly string[] {
  return speakers(ctx.index).get(`${m.sid}:${m.start}:${m.end}`, () => readSpeakers(ctx, m));
}

// Who speaks a stretch of a reference depends on the reference alone; so does the name beside a quotation of it (many
// stretches of one reference quotation may be asked about: it is read once).
const speakers = perIndex(() => new KernelCache<string, string[]>(2000));
const namedBeside = perIndex(() => new KernelCache<string, string | null>(2000));
// The capitalised words of a reference sentence.
const referenceNames = perIndex(() => new KernelCache<number, NameTokens>(2000));

const startOf = (x: { start: number }) => x.start;
const endOf = (x: { end: number }) => x.end;
const innerStartOf = (q: Quote) => q.innerStart;
const innerEndOf = (q: Quote) => q.innerStart + q.inner.length;

function readSpeakers(ctx: CheckContext, m: { sid: number; start: number; end: number }): string[] {
  // The name beside the quote marks is cheap to read; the attribution pipeline runs only when there is none.
  const doc = ctx.index.docOf(m.sid)!;
  const sp = ctx.index.span(m.sid);
  const quoted = enclosingQuote(doc.text, m.start, m.end, sp.start, sp.end);
  const near =
    quoted &&
    namedBeside(ctx.index).get(
      `${m.sid}:${quoted.start}:${quoted.end}`,
      () => speakerNear(doc.text, quoted.start, quoted.end, sp.start, sp.end) ?? null,
    );
  if (near) return [near];
  const pa = ctx.index.passageAnnotations(m.sid);
  if (!pa) return [];
  const lo = m.start - pa.from;
  const hi = m.end - pa.from;
  const out: string[] = [];
  for (const rq of covering(pa.ann.quotes, lo + 1, hi - 1, innerStartOf, innerEndOf))
    if (rq.speaker) out.push(rq.speaker);
  if (!out.length) {
    for (const as of covering(pa.ann.assertions, lo, hi, startOf, endOf))
      if (as.source && as.status === 'attributed') out.push(as.source);
  }
  return out;
}

function draftSpeaker(ctx: CheckContext, quote: Quote): string | undefined {
  if (quote.speaker) return quote.speaker;
  const a = covering(ctx.ann.assertions, quote.start, quote.end, startOf, endOf).find(
    (as) => as.status === 'attributed' && as.source,
  );
  if (a?.source) return a.source;
  const s = ctx.sentenceAt(quote.start);
  return s ? speakerNear(ctx.text, quote.start, quote.end, s.start, Math.max(s.end, quote.end)) : undefined;
}

function checkSpeaker(ctx: CheckContext, quote: Quote, matches: Match[], evidence: Evidence[]): void {
  const mine = draftSpeaker(ctx, quote);
  if (!mine) return;
  // Witnesses are consulted lazily: the first reference that agrees with the article settles it.
  const theirs = new Set<string>();
  for (const m of matches.slice(0, 4)) {
    // A reference sentence that names the article's speaker beside the quote supports the article.
    const refDoc = ctx.index.docOf(m.sid)!;
    const sp = ctx.index.span(m.sid);
    const names = referenceNames(ctx.index).get(m.sid, () => new NameTokens(refDoc.text, sp.start, sp.end));
    if (
      names.names(refDoc.text, sp.start, Math.min(m.start, sp.end), [mine]) ||
      names.names(refDoc.text, Math.max(m.end, sp.start), sp.end, [mine])
    )
      return;
    const said = referenceSpeakers(ctx, m);
    if (said.some((t) => samePerson(t, mine))) return;
    for (const sp of said) theirs.add(sp);
  }
  if (!theirs.size) return;
  // When the article's sentence names the references' speaker too, the attribution is most likely right and
  // only the resolution of who speaks is uncertain ("Yermak, Zelensky's chief of staff, said …").
  const sent = ctx.sentenceAt(quote.start);
  if (sent) {
    const { text, nameTokens } = ctx;
    const others = [...theirs];
    const sentEnd = Math.max(sent.end, quote.end);
    const named = (people: string[]) =>
      nameTokens.names(text, sent.start, quote.start, people) || nameTokens.names(text, quote.end, sentEnd, people);
    if (named(others)) return;
    // A speaker the sentence does not name ("he said") was resolved from context, and that may have gone
    // wrong: if the references' speaker is named in this paragraph or the one before, give the benefit of the doubt.
    if (!named([mine])) {
      const paras = ctx.ann.paragraphs;
      const p = indexHolding(paras, quote.start, startOf, endOf);
      const from = paras[Math.max(0, p - 1)]?.start ?? sent.start;
      if (nameTokens.names(text, from, sentEnd, others)) return;
    }
  }
  const who = [...theirs][0]!;
  // Offer the reference's speaker where the article names its own (in the same sentence as the quote).
  const fixes: Fix[] = [];
  const s = ctx.sentenceAt(quote.start);
  const mention = s ? ctx.mentions.first(s.start, s.end, mine, quote) : undefined;
  if (mention) fixes.push(attributeFix(ctx, mention, who));
  ctx.findings.push({
    code: 'quote-misattributed',
    start: quote.start,
    end: mention && mention.end > quote.end ? mention.end : quote.end,
    message: `The references attribute this quote to ${clipText([...theirs].join(' / '))}, not ${clipText(mine)}.`,
    related: evidence.slice(0, 3),
    fixes,
  });
}

/** Quote marks further than this from the words they would enclose belong to something else (and are not looked for). */
const MAX_QUOTE_REACH = 5000;

/** The quote marks around a reference stretch, when it is quoted in that sentence. */
export function enclosingQuote(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  // The last “ at or before start, or " before start, within the sentence and the reach (a scan to the previous mark
  // anywhere in the text would be quadratic over the quotes of a long reference).
  let open = -1;
  for (let i = Math.min(start, text.length - 1); i >= Math.max(from, start - MAX_QUOTE_REACH); i--) {
    const c = text[i];
    if (c === '“' || (c === '"' && (i < start || start === 0))) {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  const stop = Math.min(to + 1, text.length, end + MAX_QUOTE_REACH);
  for (let i = end; i < stop; i++) if (text[i] === '”' || text[i] === '"') return { start: open, end: i + 1 };
  return undefined;
}

/** What the reference has instead, in a few words when the fix pins them down (the passage is quoted as evidence). */
function misquoteMessage(text: string, fix: Fix | undefined, excerpt: string): string {
  if (!fix) return `The reference words this quote differently: “${clip(excerpt)}”.`;
  return `The reference words this quote differently: “${clip(fix.newText, 60)}” where this has “${clip(text.slice(fix.start, fix.end), 60)}”.`;
}

const clip = (s: string, n = 160) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
