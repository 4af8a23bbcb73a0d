// Numbers and dates: each is compared with the figures of the reference passages about the same thing.
import type { Evidence, Quantity, Sentence } from '../types';
import { CheckContext, copyEvidence, SIM_CONTRADICT, SIM_CORROBORATE } from './context';
import { compareQuantities, describe, sameNoun } from './values';
import { clauseWordsOf, eventWordsOf, namedAmong, sameEventWords, subjectOf, type EventWords } from './sameThing';
import { termsOf } from './terms';
import type { Candidate } from './referenceIndex';
import { perIndex } from './cache';
import { flatCopy, NestedCache } from '../text/memo';
import { clipText } from './excerpt';
import { partitionPoint } from '../text/spans';

/** Weekday names drift between outlets published on different days, so they contradict only very close passages. */
const SIM_CONTRADICT_WEEKDAY = 0.5;

/** What the references say of one figure: witnesses that agree, one passage that contradicts it, or nothing. */
type Verdict =
  | { agree: Evidence[] }
  | { conflict: { ev: Evidence; message: string; fix?: { title: string; newText: string } } }
  | null;

/**
 * A reference "sentence" stating more figures of a kind than this is a table or a run-on scrape, not a statement:
 * only its first ones are compared. (Each comparison may read the words around both figures, and such a passage
 * can be a candidate for every sentence of an article: without a bound the check grows with their product.)
 */
const MAX_FIGURES_PER_PASSAGE = 64;

// The figures of one kind in a reference sentence depend on the reference alone. Kept like the index's own list of a
// sentence's figures (whether or not kernel caches are on), so that a long list is filtered once, not per question.
const figureLists = perIndex(() => new Map<string, Quantity[]>());

function figuresIn(index: CheckContext['index'], sid: number, kind: Quantity['kind']): Quantity[] {
  const lists = figureLists(index);
  const key = `${sid}:${kind}`;
  let out = lists.get(key);
  if (!out) {
    out = [];
    for (const r of index.quantitiesIn(sid, kind))
      if (r.kind === kind && out.length < MAX_FIGURES_PER_PASSAGE) out.push(r);
    lists.set(key, out);
  }
  return out;
}

// A figure's verdict reads its sentence (retrieval, its clause, the words around it), the figure itself and the index.
const verdicts = perIndex(() => new NestedCache<Verdict>(4000));

export function checkQuantities(ctx: CheckContext): void {
  const { index } = ctx;
  const cache = verdicts(index);
  for (const q of ctx.ann.quantities) {
    // "In the coming days", "the next decade": nothing a reference could confirm or contradict.
    if (q.kind === 'DATE' && (!q.date || q.date.granularity === 'relative') && !q.date?.resolved) continue;
    // "One or both", "a few": no figure to confirm or contradict.
    if (q.kind !== 'DATE' && (q.value === undefined || !Number.isFinite(q.value))) continue;
    const s = ctx.sentenceAt(q.start);
    if (!s) continue;
    // A figure running past its sentence would read text the key does not hold.
    const sentence = q.end <= s.end ? ctx.sentenceKey(s) : undefined;
    const v =
      sentence === undefined
        ? judge(ctx, q, s)
        : cache.get(sentence, `${q.start - s.start}:${q.end - s.start}|${signature(q)}`, () => judge(ctx, q, s));
    if (v === null) {
      ctx.claims.push({
        kind: 'quantity',
        start: q.start,
        end: q.end,
        text: q.text,
        status: 'unverified',
        evidence: [],
      });
      if (ctx.config.reportUnverified && q.kind !== 'ORDINAL') {
        ctx.findings.push({
          code: 'unverified-claim',
          start: q.start,
          end: q.end,
          message: `No reference states ${q.kind === 'DATE' ? 'this date' : 'this figure'} (${clipText(q.text)}).`,
          related: [],
          fixes: [],
        });
      }
    } else if ('agree' in v) {
      ctx.claims.push({
        kind: 'quantity',
        start: q.start,
        end: q.end,
        text: q.text,
        status: 'corroborated',
        evidence: v.agree.map(copyEvidence),
      });
    } else {
      const { ev, message, fix } = v.conflict;
      ctx.findings.push({
        code: q.kind === 'DATE' ? 'date-mismatch' : 'number-mismatch',
        start: q.start,
        end: q.end,
        message,
        related: [copyEvidence(ev)],
        fixes: fix ? [{ title: fix.title, start: q.start, end: q.end, newText: fix.newText }] : [],
      });
      ctx.claims.push({
        kind: 'quantity',
        start: q.start,
        end: q.end,
        text: q.text,
        status: 'conflicting',
        evidence: [copyEvidence(ev)],
      });
    }
  }
}

// The words around a reference figure (its clause; for a date, its event) depend on that reference sentence alone:
// read once per check, however many of the article's figures are held against it.
const refWordCache = new WeakMap<CheckContext, Map<string, EventWords>>();

function refWords(ctx: CheckContext, kind: 'c' | 'e', sid: number, r: Quantity, read: () => EventWords): EventWords {
  let m = refWordCache.get(ctx);
  if (!m) refWordCache.set(ctx, (m = new Map()));
  const key = `${kind}:${sid}:${r.start}:${r.end}`;
  let w = m.get(key);
  if (!w) m.set(key, (w = read()));
  return w;
}

/** A count that names what it counts is corroborated only by a count of the same thing. */
function sameCounted(q: Quantity, r: Quantity): boolean {
  return q.kind !== 'COUNT' || !q.unit || (!!r.unit && sameNoun(q.unit, r.unit));
}

/** Every field of a figure that judging it reads, besides its offsets. */
function signature(q: Quantity): string {
  const d = q.date;
  return `${q.kind}|${q.value}|${q.unit}|${q.vague}|${d ? `${d.iso}|${d.granularity}|${d.resolved}|${d.month}|${d.day}|${d.weekday}` : '-'}|${q.text}`;
}

/** The references' verdict on one figure of the sentence s. */
function judge(ctx: CheckContext, q: Quantity, s: Sentence): Verdict {
  const { agree, cands, clause } = witnesses(ctx, q, s);
  if (agree.length) return { agree: agree.slice(0, 3) };
  const conflict = firstConflict(ctx, q, s, cands, clause);
  return conflict ? conflictVerdict(ctx, q, cands, conflict) : null;
}

/** Reference passages stating the same figure about the same thing; with the candidates and the figure's clause that
 * the search for a conflict goes on from. */
function witnesses(
  ctx: CheckContext,
  q: Quantity,
  s: Sentence,
): { agree: Evidence[]; cands: Candidate[]; clause: Clause | undefined } {
  const { index } = ctx;
  let cands = ctx.candidatesFor(s);
  const agree: Evidence[] = [];
  let subject: string[] | undefined;
  const witness = (sid: number) => {
    const span = index.span(sid);
    const text = index.docOf(sid)!.text;
    // The same figure about something else ("17 elements in the group" for "Ukraine holds 17 rare earth elements") is no witness.
    const about = (r: Quantity) => {
      subject ??= subjectOf(ctx.text, q, s.start, s.end);
      return (
        !subject.length ||
        namedAmong(
          subject,
          refWords(ctx, 'c', sid, r, () => clauseWordsOf(text, r, span.start, span.end)),
        )
      );
    };
    const same = figuresIn(index, sid, q.kind).find(
      (r) => compareQuantities(q, r) === 'equal' && sameCounted(q, r) && about(r),
    );
    if (!same) return;
    const ev = index.evidenceFor(sid, undefined, undefined, same);
    if (ev && !agree.some((e) => e.ref === ev.ref && e.start === ev.start)) agree.push(ev);
  };
  let close = cands.filter((c) => c.sim >= SIM_CORROBORATE).slice(0, 8);
  for (const c of close) if (agree.length < 3) witness(c.sid);
  // A sentence of several clauses is partly about something else: the figure's own clause is asked too.
  const clause = clauseOf(ctx, q, s.start, s.end);
  if (!agree.length) {
    if (clause) {
      cands = mergeCandidates(cands, index.candidates(clause.terms, 8, 0.1));
      close = cands.filter((c) => c.sim >= SIM_CORROBORATE).slice(0, 8);
      for (const c of close) if (agree.length < 3) witness(c.sid);
    }
  }
  // The figure may sit one sentence away from the words it shares with the article ("…,” Zelensky said on Feb. 5).
  if (!agree.length) for (const c of close.slice(0, 3)) for (const n of index.neighbours(c.sid)) witness(n);
  return { agree, cands, clause };
}

/** The closest passage that states a comparable figure decides; it must be clearly about the same thing.
 * A long reference sentence may share only one clause with the article's: the words right around both
 * figures ("Trump announced on ___") then show they answer the same question. */
function firstConflict(
  ctx: CheckContext,
  q: Quantity,
  s: Sentence,
  cands: Candidate[],
  clause: Clause | undefined,
): { sid: number; values: Quantity[] } | undefined {
  const { index } = ctx;
  let myEvent: EventWords | undefined;
  const mine = clause ? clause.terms : localTerms(ctx.text, q, s.start, s.end);
  for (const c of cands) {
    if (c.sim < SIM_CORROBORATE) break;
    // One shared word ("group") is a coincidence, not the same subject.
    if (c.shared < 3) continue;
    const doc = index.docOf(c.sid)!;
    const span = index.span(c.sid);
    const values = figuresIn(index, c.sid, q.kind).filter((r) => {
      if (compareQuantities(q, r) !== 'differ') return false;
      // Two dates disagree only about one event: a release due "on Wednesday" is not the announcement "on Feb. 11".
      if (
        q.kind === 'DATE' &&
        !sameEventWords(
          (myEvent ??= eventWordsOf(ctx.text, q, s.start, s.end)),
          refWords(ctx, 'e', c.sid, r, () => eventWordsOf(doc.text, r, span.start, span.end)),
        )
      )
        return false;
      const local = overlap(index, mine, localTerms(doc.text, r, span.start, span.end));
      const weekdayOnly = q.kind === 'DATE' && !sameCalendarKnown(q, r);
      // "first" and "second" are everywhere ("first of all"): an ordinal clashes only in the same sentence, same slot.
      if (q.kind === 'ORDINAL') return c.sim >= SIM_CONTRADICT && local >= LOCAL_SAME;
      if (weekdayOnly) return c.sim >= SIM_CONTRADICT_WEEKDAY || (c.sim >= SIM_CONTRADICT && local >= LOCAL_SAME);
      return c.sim >= SIM_CONTRADICT || local >= LOCAL_SAME;
    });
    if (values.length) return { sid: c.sid, values };
  }
  return undefined;
}

/** The finding for a figure the passage `conflict` contradicts: its evidence, message and suggested replacement. */
function conflictVerdict(
  ctx: CheckContext,
  q: Quantity,
  cands: Candidate[],
  conflict: { sid: number; values: Quantity[] },
): Verdict {
  const { index } = ctx;
  const ev = index.evidenceFor(conflict.sid, undefined, undefined, conflict.values[0])!;
  // Other passages may write the same reference figure in the article's style ("$500 billion", not "half a trillion dollars").
  const pool = [...conflict.values];
  for (const c of cands) {
    if (c.sim < SIM_CORROBORATE || c.sid === conflict.sid) continue;
    for (const r of figuresIn(index, c.sid, q.kind))
      if (conflict.values.some((v) => compareQuantities(v, r) === 'equal')) pool.push(r);
  }
  const best = pickReplacement(q, conflict.values, pool);
  const fix = best
    ? {
        title: `Use the reference's ${q.kind === 'DATE' ? 'date' : 'figure'}: ${clipText(describe(best))}`,
        newText: best.text,
      }
    : undefined;
  const theirs = clipText([...new Set(conflict.values.map((v) => describe(v)))].join(' or '));
  // The reference is named once, by the evidence attached to the finding (hover, related information, CLI), not here too.
  const message = `${q.kind === 'DATE' ? 'Date' : 'Figure'} ${clipText(describe(q))} disagrees with the reference, which has ${theirs}.`;
  // The message quotes the article's figure: a copy, so that the cached verdict does not keep the article alive.
  return { conflict: { ev, message: flatCopy(message), fix } };
}

const CLAUSE_BREAK = /[;:—–]|,\s+(?:and|but|while|whereas|although|as|which|who|where)\b|\s\(/g;
/** Longest word of CLAUSE_BREAK, plus the character its \b looks at. */
const CLAUSE_WORD_REACH = 9;

/** A clause of a figure's sentence, with its terms (read once per clause and check). */
interface Clause {
  start: number;
  end: number;
  terms: Set<string>;
}

// Per check: each sentence's clause breaks, and each clause's terms. A sentence with thousands of figures asks for
// them thousands of times; reading them once keeps the check linear in the sentence.
const clauseBreaks = new WeakMap<CheckContext, Map<number, number[]>>();
const clauseTerms = new WeakMap<CheckContext, Map<string, Clause | null>>();

/**
 * Breaks (start, end pairs) that start inside text[from, to), as CLAUSE_BREAK reads them scanning the text from
 * `from`. The scan stops a few characters past `to` (past a run of white space there, which ", and" may span), not at
 * the next break anywhere in the text.
 */
function breaksOf(ctx: CheckContext, from: number, to: number): number[] {
  let perSentence = clauseBreaks.get(ctx);
  if (!perSentence) clauseBreaks.set(ctx, (perSentence = new Map()));
  let out = perSentence.get(from);
  if (out) return out;
  const { text } = ctx;
  let limit = to;
  while (limit < text.length && /\s/.test(text[limit]!)) limit++;
  limit = Math.min(text.length, limit + CLAUSE_WORD_REACH);
  out = [];
  const re = new RegExp(CLAUSE_BREAK.source, 'g');
  const window = text.slice(from, limit);
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null && m.index + from < to) out.push(m.index + from, m.index + from + m[0].length);
  perSentence.set(from, out);
  return out;
}

/** The clause around a figure when the sentence has more than one, else undefined. */
function clauseOf(ctx: CheckContext, q: { start: number; end: number }, from: number, to: number): Clause | undefined {
  const br = breaksOf(ctx, from, to);
  let start = from;
  let end = to;
  // Breaks are in order and do not overlap: the clause starts after the last one that ends before the figure and
  // ends at the first one that starts after it (binary searches over the pairs).
  const pairs = br.length / 2;
  let lo = partitionPoint(0, pairs, (k) => br[2 * k + 1]! <= q.start);
  if (lo > 0) start = br[2 * (lo - 1) + 1]!;
  lo = partitionPoint(lo, pairs, (k) => br[2 * k]! < q.end);
  if (lo < pairs) end = br[2 * lo]!;
  if (start === from && end === to) return undefined;
  let memo = clauseTerms.get(ctx);
  if (!memo) clauseTerms.set(ctx, (memo = new Map()));
  const key = `${start}:${end}`;
  let c = memo.get(key);
  if (c === undefined) {
    const terms = termsOf(ctx.text, start, end);
    // A clause of a few words carries too little to search with.
    c = terms.size >= 3 ? { start, end, terms } : null;
    memo.set(key, c);
  }
  return c ?? undefined;
}

function mergeCandidates(a: Candidate[], b: Candidate[]): Candidate[] {
  const by = new Map<number, Candidate>();
  for (const c of [...a, ...b]) if ((by.get(c.sid)?.sim ?? -1) < c.sim) by.set(c.sid, c);
  return [...by.values()].sort((x, y) => y.sim - x.sim);
}

/** Share of the article's words around its figure that also surround the reference's figure. */
const LOCAL_SAME = 0.5;
const LOCAL_REACH = 48;

function localTerms(text: string, q: { start: number; end: number }, from: number, to: number): Set<string> {
  // The figure's own words count too: "15 rare earth elements" and "17 elements … deemed rare earth" share a subject.
  const out = termsOf(text, q.start, q.end);
  termsOf(text, Math.max(from, q.start - LOCAL_REACH), q.start, out);
  termsOf(text, q.end, Math.min(to, q.end + LOCAL_REACH), out);
  return out;
}

function overlap(index: CheckContext['index'], mine: Set<string>, theirs: Set<string>): number {
  let all = 0;
  let shared = 0;
  for (const t of mine) {
    if (/^\d/.test(t)) continue;
    const w = index.idf(t);
    all += w;
    if (theirs.has(t)) shared += w;
  }
  return all ? shared / all : 0;
}

/** Both dates pin a month and day (or a full date): a real calendar disagreement, not weekday drift. */
function sameCalendarKnown(a: Quantity, b: Quantity): boolean {
  const known = (q: Quantity) => !!(q.date && (q.date.month || (q.date.iso && q.date.iso.length >= 7)));
  return known(a) && known(b);
}

/** The figure to offer as a fix: one value only, written the way the article writes figures when possible. */
function pickReplacement(q: Quantity, values: Quantity[], pool: Quantity[]): Quantity | undefined {
  const distinct = values.filter((v, i) => values.findIndex((w) => compareQuantities(v, w) === 'equal') === i);
  if (distinct.length !== 1) return undefined;
  const same = pool.filter(
    (v) =>
      compareQuantities(v, distinct[0]!) === 'equal' &&
      !/^(roughly|about|around|nearly|almost|some|over|more than|less than)\b/i.test(v.text),
  );
  const style = (t: string) => (/^\$|^\d/.test(t) ? 'numeric' : 'words');
  return same.find((v) => style(v.text) === style(q.text)) ?? same[0];
}
