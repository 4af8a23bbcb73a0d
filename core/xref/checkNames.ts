// Names: a name close to a reference name but not equal is a likely misspelling (entity-spelling); one name
// spelled two ways in the article is an inconsistency (entity-inconsistent), transliterations included.
import type { Evidence, Fix, Span } from '../types';
import type { Candidate } from './referenceIndex';
import { CheckContext, copyEvidence, SIM_CONTRADICT } from './context';
import { looksLikeMisspelling, oneLetterDoubled, translitKey } from './names';
import { clipText } from './excerpt';
import { isStopWord } from './terms';
import { perIndex } from './cache';
import { flatCopy, KernelCache, LastCall, memoEnabled, PartsTally, Scoped, unchangedParts } from '../text/memo';
import { lowerBound } from '../text/spans';
import { CALENDAR_NAMES } from '../lexicon';
import { SlipPairs } from './slipPairs';

interface NameWord {
  word: string;
  start: number;
  end: number;
  /** Inside an entity or mid-sentence: surely a name. A sentence's first word may be an ordinary word. */
  confirmed: boolean;
  /** The cached capitalised words of its sentence (undefined when the sentence is not read on its own), and which. */
  of: SentenceWords | undefined;
  k: number;
}

const CAP_WORD = /\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

/** A capitalised word of a sentence that may name something, relative to the sentence. */
interface CapWord {
  word: string;
  start: number;
  end: number;
  /** The sentence's first word (nothing but punctuation before it). */
  opens: boolean;
  /** The word in lower case. */
  lower: string;
}

/**
 * A sentence's capitalised words, and what the spelling check found of each against one reference index: whether the
 * references know the word, and its verdict among the passages the sentence aligns with (both read the word, the
 * sentence's text and the index alone). Filled in as asked, so that a steady edit looks up a sentence once instead of
 * each of its names twice.
 */
interface SentenceWords {
  words: CapWord[];
  /** The index (and generation) the slots below are for, told by its cache of known names (which does not hold the
   * index alive); undefined: none yet. */
  index: object | undefined;
  /** Per word: 1 the references know it, 0 they do not, undefined not asked yet. */
  known: Array<0 | 1 | undefined>;
  /** Per word: its verdict in this sentence (null: no misspelling), undefined not judged yet. */
  verdicts: Array<SpellingVerdict | undefined>;
  /** Per word: whether the article writes it in lower case, as of the analyser's last name pass that had the sentence
   * (see nameWordsOfArticle); undefined: not read yet. */
  lowerHit: boolean[] | undefined;
}

// A sentence's capitalised words depend on its text alone (when sealed: see cache.ts).
const capWordCache = new KernelCache<string, SentenceWords>(4000);

function sentenceWords(own: string): SentenceWords {
  return { words: capWordsOf(own, 0, own.length), index: undefined, known: [], verdicts: [], lowerHit: undefined };
}

/** Capitalised words of text[from, to) that pass the word-level filters, relative to `from`. */
function capWordsOf(text: string, from: number, to: number): CapWord[] {
  const out: CapWord[] = [];
  CAP_WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  let first = true;
  while ((m = CAP_WORD.exec(text)) !== null && m.index < to) {
    const word = m[0].replace(/['’]s$/, '');
    const start = m.index;
    const end = start + word.length;
    const opens = first && !/\p{L}/u.test(text.slice(from, start));
    first = false;
    const lower = word.toLowerCase();
    if (
      word.length < 4 ||
      /^\p{Lu}+$/u.test(word) ||
      word.includes('.') ||
      isStopWord(lower) ||
      CALENDAR_NAMES.has(lower)
    )
      continue;
    out.push({ word, start: start - from, end: end - from, opens, lower });
  }
  return out;
}

/**
 * Capitalised words that name something: words inside entity spans, and capitalised words that do not open
 * a sentence. A word the article also writes in lower case is an ordinary word ("Experts" / "experts").
 */
function nameWordsOfArticle(ctx: CheckContext): NameWord[] {
  const { text, ann } = ctx;
  const lower = lowerWords(text, ann.paragraphs);
  // A word is "in" an entity when one starts at or before it and reaches past it: with the entities sorted by start,
  // the furthest end among those starting at or before the word decides.
  // (An entity starting right at the word counts whatever its length.)
  // Two lists and a bisection (no set of starts, no closure per question): this runs for every name at every keystroke.
  const ents = isSortedByStart(ann.entities) ? ann.entities : [...ann.entities].sort((x, y) => x.start - y.start);
  const starts: number[] = [];
  const reach: number[] = [];
  let far = -Infinity;
  for (let k = 0; k < ents.length; k++) {
    starts.push(ents[k]!.start);
    reach.push((far = Math.max(far, ents[k]!.end)));
  }
  const inEntity = (a: number, b: number): boolean => {
    // Offsets are integers: the first entity starting after a is the first starting at or after a + 1. An entity
    // starting right at the word is the last one starting at or before it.
    const lo = lowerBound(starts, a + 1);
    return lo > 0 && (starts[lo - 1] === a || reach[lo - 1]! >= b);
  };
  // Which sentences count, their cached words, and whether they are Title Case headings (in sentence order).
  const sentences = ann.sentences;
  const n = sentences.length;
  const recs: Array<SentenceWords | undefined> = new Array<SentenceWords | undefined>(n);
  const kinds = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const s = sentences[i]!;
    // Headlines and subheads are checked too; in a Title Case one, capitals say nothing and only tagged names count.
    const heading = s.furniture && ctx.isHeading(s);
    if (s.furniture && !heading) continue;
    const key = ctx.sentenceKey(s);
    const titleCase =
      heading && (key === undefined ? isTitleCase(text.slice(s.start, s.end)) : titleCaseCache.get(key, isTitleCase));
    kinds[i] = titleCase ? TITLE_CASE : COUNTED;
    recs[i] = key === undefined ? undefined : capWordCache.get(key, sentenceWords);
  }
  // Whether each word is written in lower case elsewhere: a sentence the last pass had (the same record, among those
  // the edit left before and after it) keeps what it read then unless a lower-case word changed that is one of the
  // article's capitalised words; the others read the lower-case words again.
  const { head, tail } = lower.changes ? unchangedParts(lastRecs.get(), recs) : { head: 0, tail: 0 };
  const caps = capLowerTally.of(recs);
  const kept = lower.changes !== undefined && !lower.changes.some((w) => caps.has(w));
  // Kept only once every record has been read (a pass that throws leaves none to trust).
  lastRecs.set([]);
  const out: NameWord[] = [];
  for (let i = 0; i < n; i++) {
    if (!kinds[i]) continue;
    const s = sentences[i]!;
    const titleCase = kinds[i] === TITLE_CASE;
    const of = recs[i];
    const words = of ? of.words : capWordsOf(text, s.start, s.end);
    if (of && (!kept || (i >= head && i < n - tail) || !of.lowerHit)) {
      const hit: boolean[] = (of.lowerHit = new Array<boolean>(words.length));
      for (let k = 0; k < words.length; k++) hit[k] = lower.has(words[k]!.lower);
    }
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (of ? of.lowerHit![k] : lower.has(w.lower)) continue;
      const start = s.start + w.start;
      const end = s.start + w.end;
      if (titleCase && !inEntity(start, end)) continue;
      out.push({ word: w.word, start, end, confirmed: !w.opens || inEntity(start, end), of, k });
    }
  }
  if (lower.changes) lastRecs.set(recs);
  return out;
}

const COUNTED = 1;
const TITLE_CASE = 2;

/** The sentences' records at the analyser's last name pass (none when that pass read the lower-case words afresh). */
const lastRecs = new Scoped<ReadonlyArray<SentenceWords | undefined>>(() => []);

/** The lower-case forms of the capitalised words of the article's sentences (the records'). */
const capLowerTally = new PartsTally<SentenceWords | undefined>((rec, visit) => {
  if (rec) for (const w of rec.words) visit(w.lower, 0);
});

// Whether a heading is in Title Case reads its words alone.
const titleCaseCache = new KernelCache<string, boolean>(4000);

/** Most longer words capitalised: a Title Case headline. */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 1 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

const LOWER_WORD = /\b\p{Ll}[\p{L}]*/gu;

/** Distinct lower-case words of a piece of text. */
function lowerWordsOf(text: string): string[] {
  const set = new Set<string>();
  for (const m of text.matchAll(LOWER_WORD)) set.add(m[0]);
  return [...set];
}

// A paragraph's lower-case words depend on its text alone: between paragraphs there is only white space, where no
// word starts or ends and which reads as a word boundary like the start and end of a string.
const lowerWordCache = new KernelCache<string, string[]>(4000);

/** The article's lower-case words, counted by the paragraphs holding them; an edit recounts the paragraph it changed. */
const lowerTally = new PartsTally<string[]>((list, visit) => {
  for (const w of list) visit(w, 0);
});

/** The lower-case words of the whole text (a membership test), and those whose presence changed since the analyser's
 * last call (undefined: read afresh, any may have). */
function lowerWords(
  text: string,
  paras: readonly Span[],
): { has(word: string): boolean; changes: string[] | undefined } {
  if (!memoEnabled() || !paragraphsCover(text, paras)) {
    const set = new Set(lowerWordsOf(text));
    return { has: (w) => set.has(w), changes: undefined };
  }
  // Words are read from the key, a copy: a cached list must not hold on to this version of the article.
  const { items, changes } = lowerTally.withChanges(
    paras.map((p) => lowerWordCache.span(text, p.start, p.end, lowerWordsOf)),
  );
  return { has: (w) => items.has(w), changes };
}

/** Paragraphs in order with nothing but white space (no letter, digit or underscore) around and between them. */
function paragraphsCover(text: string, paras: readonly Span[]): boolean {
  let at = 0;
  for (const p of paras) {
    // Touching paragraphs would make the boundary between them depend on both.
    if (p.start < at || (p.start === at && at > 0) || p.end < p.start || WORDISH_GAP.test(text.slice(at, p.start)))
      return false;
    at = p.end;
  }
  return at >= text.length || !WORDISH_GAP.test(text.slice(at));
}

const WORDISH_GAP = /[\p{L}\w]/u;

export function checkNames(ctx: CheckContext): void {
  const words = nameWordsOfArticle(ctx);
  // Without references there is nothing to spell names against, but one name spelled two ways is still an error.
  if (ctx.index.size > 0) checkSpelling(ctx, words);
  checkConsistency(ctx, words);
}

function checkSpelling(ctx: CheckContext, words: NameWord[]): Set<number> {
  const { index } = ctx;
  const flagged = new Set<number>();
  // Per spelling: its verdict once judged, at its first use (null: known to the references, or no misspelling).
  const verdict = new Map<string, SpellingVerdict>();
  const known = knownNames(index);
  const isKnown = (word: string) => index.capWordCount(word) > 0 || index.hasTranslitVariant(word);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let v = verdict.get(w.word);
    if (v === undefined) {
      const of = w.of;
      if (of && of.index !== known) {
        of.index = known;
        of.known = [];
        of.verdicts = [];
      }
      let isKnownWord = of?.known[w.k];
      if (isKnownWord === undefined) {
        isKnownWord = known.get(w.word, isKnown) ? 1 : 0;
        if (of) of.known[w.k] = isKnownWord;
      }
      if (isKnownWord) {
        verdict.set(w.word, null);
        continue;
      }
      v = of?.verdicts[w.k];
      if (v === undefined) {
        const s = ctx.sentenceAt(w.start);
        if (!s) continue;
        v = verdictIn(ctx, w.word, ctx.candidatesFor(s));
        if (of) of.verdicts[w.k] = v;
      }
      verdict.set(w.word, v);
    }
    if (!v) continue;
    flagged.add(w.start);
    ctx.findings.push({
      code: 'entity-spelling',
      start: w.start,
      end: w.end,
      message: `“${clipText(w.word)}” looks like a misspelling: the references write “${clipText(v.to)}”.`,
      related: v.ev.map(copyEvidence),
      fixes: [{ title: `Spell it “${clipText(v.to)}”`, start: w.start, end: w.end, newText: v.to }],
    });
  }
  return flagged;
}

/** A name's verdict among a sentence's passages, remembered per candidate list. */
function verdictIn(ctx: CheckContext, word: string, cands: Candidate[]): SpellingVerdict {
  // Keyed by the candidate list (immutable: its identity stands for its content), then by the name.
  const byName = spellingVerdicts(ctx.index).get(cands, newVerdicts);
  let v = byName.get(word);
  if (v === undefined) {
    v = spellingVerdict(ctx, word, cands);
    if (byName.size >= MAX_VERDICTS_PER_LIST) byName.clear();
    // A copy: the word may be a slice of this version of the article.
    byName.set(flatCopy(word), v);
  }
  return v;
}

/**
 * A reference sentence's capitalised words, read once (many names of an article ask about the same passages), and only
 * its first MAX_NAMES_PER_PASSAGE: a "sentence" with more is a list or a scrape, and every name of the article would
 * otherwise be compared with all of them.
 */
const MAX_NAMES_PER_PASSAGE = 1000;
const referenceCapWords = perIndex(
  () => new KernelCache<number, Array<{ word: string; start: number; end: number }>>(8000),
);

function capWordsIn(index: CheckContext['index'], sid: number): Array<{ word: string; start: number; end: number }> {
  return referenceCapWords(index).get(sid, () => index.capWordsIn(sid).slice(0, MAX_NAMES_PER_PASSAGE));
}

// Whether the references write a name, or a transliteration of it, depends on the name alone (each index has its
// own cache): most of an article's names are asked about again at every keystroke.
const knownNames = perIndex(() => new KernelCache<string, boolean>(4000));

type SpellingVerdict = { to: string; ev: Evidence[] } | null;

// A name's verdict reads the name and the passages of the sentence it is first met in (a candidate list is immutable,
// so its identity stands for its content): kept per candidate list, then per name.
const spellingVerdicts = perIndex(() => new KernelCache<Candidate[], Map<string, SpellingVerdict>>(4000));
const newVerdicts = (): Map<string, SpellingVerdict> => new Map();
/** A sentence's names are few; a list asked about more (the same passages for many sentences) starts again. */
const MAX_VERDICTS_PER_LIST = 64;

/** The reference spelling a name looks like a slip of, among the passages aligned with its sentence. */
function spellingVerdict(ctx: CheckContext, word: string, cands: Candidate[]): SpellingVerdict {
  const { index } = ctx;
  const w = { word };
  // Only names in the passages this sentence aligns with are candidates: a corpus of thousands of
  // articles holds some near neighbour for almost any name.
  let best = undefined as { to: string; n: number; ev: Evidence[] } | undefined;
  const consider = (sid: number) => {
    for (const rw of capWordsIn(index, sid)) {
      const to = rw.word.replace(/['’]s$/, '');
      if (!looksLikeMisspelling(w.word, to)) continue;
      const n = index.capWordCount(to);
      const ev = index.evidenceFor(sid, undefined, undefined, rw)!;
      if (!best || (best.to !== to && n > best.n)) best = { to, n, ev: [ev] };
      else if (best.to === to && best.ev.length < 3 && !best.ev.some((e) => e.ref === ev.ref && e.start === ev.start))
        best.ev.push(ev);
    }
  };
  for (const c of cands) consider(c.sid);
  // Not in the aligned passages: the rest of the closest articles (the name may be introduced elsewhere).
  // Only when the article is plainly about the same story as that one.
  if (!best && (cands[0]?.sim ?? 0) >= SIM_CONTRADICT) {
    for (const sid of index.bodySentencesOfDocs(
      cands
        .slice(0, 2)
        .filter((c) => c.sim >= SIM_CONTRADICT)
        .map((c) => c.sid),
      400,
    ))
      consider(sid);
  }
  return best ? { to: best.to, ev: best.ev } : null;
}

function checkConsistency(ctx: CheckContext, words: NameWord[]): void {
  // Each spelling once, in order of first use, with whether any use of it is surely a name.
  const at = new Map<string, number>();
  const surfaces: string[] = [];
  const confirmed: boolean[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const k = at.get(w.word);
    if (k === undefined) {
      at.set(w.word, surfaces.length);
      surfaces.push(w.word);
      confirmed.push(w.confirmed);
    } else if (w.confirmed) confirmed[k] = true;
  }
  // The grouping reads the spellings, which of them are surely names, and the references: a keystroke seldom changes
  // any of them (the words are the kernels' strings, the same objects while their sentences are unchanged).
  const inputs: unknown[] = [ctx.index, ctx.index.generation];
  for (let i = 0; i < surfaces.length; i++) inputs.push(surfaces[i], confirmed[i]);
  const groups = nameGroups.get(inputs, () => sameNameGroups(ctx.index, surfaces, confirmed));
  if (!groups.length) return;
  // The uses of the spellings grouped, in order.
  const bySurface = new Map<string, NameWord[]>();
  for (const group of groups) for (const spelling of group) bySurface.set(spelling, []);
  for (let i = 0; i < words.length; i++) bySurface.get(words[i]!.word)?.push(words[i]!);
  for (const group of groups) reportVariants(ctx, group, bySurface);
}

function isSortedByStart(list: ReadonlyArray<{ start: number }>): boolean {
  for (let k = 1; k < list.length; k++) if (list[k - 1]!.start > list[k]!.start) return false;
  return true;
}

const nameGroups = new LastCall<string[][]>();

/** The article's spellings grouped by the name they write, in order of first appearance: the groups of two or more. */
function sameNameGroups(index: CheckContext['index'], surfaces: string[], confirmed: boolean[]): string[][] {
  // Union of spellings that are one name: same transliteration key, or a slip of one another.
  const parent = surfaces.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // What the pairs compare, read once per spelling.
  const keys = surfaces.map((a) => translitKey(a));
  const known = surfaces.map((a) => index.capWordCount(a) > 0);
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  // A sentence's first word joins a group only through a word that is surely a name.
  // Transliterations (one key): a group holding a confirmed spelling is one name, all of it.
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => {
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  for (const list of byKey.values())
    if (list.length > 1 && list.some((i) => confirmed[i])) for (const i of list) union(i, list[0]!);
  // Slips: close spellings are often two people (Leung / Yeung, Kristen / Kristin): a slip needs the references to
  // know exactly one of them; a doubled letter needs no reference to tell (one of the two is a typo). Two spellings
  // within the edit budget share a string left after deleting at most that many letters from each; only spellings
  // sharing one are compared (instead of every pair of the article's names).
  for (const [i, j] of (memoEnabled() ? slips.get() : new SlipPairs()).pairs(surfaces)) {
    if (find(i) === find(j) || (!confirmed[i] && !confirmed[j]) || keys[i] === keys[j]) continue;
    if (
      (known[i] !== known[j] && looksLikeMisspelling(surfaces[i]!, surfaces[j]!)) ||
      oneLetterDoubled(surfaces[i]!, surfaces[j]!)
    )
      union(i, j);
  }
  const groups = new Map<number, string[]>();
  surfaces.forEach((s, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(s);
    else groups.set(r, [s]);
  });
  return [...groups.values()].filter((g) => g.length >= 2);
}

/** One finding on every use of a group's spellings but the preferred one. */
function reportVariants(ctx: CheckContext, group: string[], bySurface: Map<string, NameWord[]>): void {
  const { index } = ctx;
  // The preferred spelling: one the references use, then the article's most frequent, then the first.
  const rank = (s: string) => [
    index.capWordCount(s) > 0 ? 1 : 0,
    bySurface.get(s)!.length,
    index.capWordCount(s),
    -bySurface.get(s)![0]!.start,
  ];
  const sorted = [...group].sort((x, y) => {
    const rx = rank(x);
    const ry = rank(y);
    return ry[0]! - rx[0]! || ry[1]! - rx[1]! || ry[2]! - rx[2]! || ry[3]! - rx[3]!;
  });
  const keep = sorted[0]!;
  const keepAt = bySurface.get(keep)![0]!;
  const line = lineOf(ctx, keepAt.start);
  const ev = mentionsOf(index, keep, keep, 1);
  for (const other of sorted.slice(1)) {
    for (const w of bySurface.get(other)!) {
      const fixes: Fix[] = [
        {
          title: `Spell it “${clipText(keep)}” as elsewhere in the article`,
          start: w.start,
          end: w.end,
          newText: keep,
        },
      ];
      ctx.findings.push({
        code: 'entity-inconsistent',
        start: w.start,
        end: w.end,
        message: `“${clipText(other)}” is spelled “${clipText(keep)}” elsewhere in this article (line ${line}); pick one spelling.`,
        related: ev,
        fixes,
      });
    }
  }
}

// Per check: where the article's line feeds are (a finding names the line of the spelling it prefers).
const lineFeeds = new WeakMap<CheckContext, number[]>();

/** text.slice(0, offset).split('\n').length, without copying the text once per finding. */
function lineOf(ctx: CheckContext, offset: number): number {
  let feeds = lineFeeds.get(ctx);
  if (!feeds) {
    feeds = [];
    for (let i = ctx.text.indexOf('\n'); i >= 0; i = ctx.text.indexOf('\n', i + 1)) feeds.push(i);
    lineFeeds.set(ctx, feeds);
  }
  return lowerBound(feeds, offset) + 1;
}

// The article's slip candidates, kept between checks by each analyser (an edit changes a spelling or two).
const slips = new Scoped(() => new SlipPairs());

// Mentions of a name in the references depend on the name alone.
const mentions = perIndex(() => new KernelCache<string, Evidence[]>(4000));

/** index.mentionsOf, remembered (fresh copies out). */
function mentionsOf(index: CheckContext['index'], canonical: string, surface: string, limit: number): Evidence[] {
  return mentions(index)
    .get(`${limit}\u0000${canonical}\u0000${surface}`, () => index.mentionsOf(canonical, surface, limit))
    .map(copyEvidence);
}
