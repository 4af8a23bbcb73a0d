// The reference corpus. Indexing is cheap on purpose: sentences are split and their terms posted to an
// inverted index; the full annotation pipeline runs only on the few passages a check actually compares,
// and its results are cached.
//
// Every answer is a function of the index's contents (which files, with which texts) and of the question alone: not
// of the order files came in, of files replaced or removed before, nor of questions asked before. So sentences are
// numbered in one canonical order — files by id, as a fresh build from a sorted file list adds them, then sentences in
// text order — and every cached value is dropped when the contents change. Adding files in that order (what the CLI
// and the server's first build do) keeps the numbering as it is; anything else (a file replaced, removed or added out
// of order) is laid out again before the next question (`settle`), which rewrites the postings once.
import type { Annotations, Evidence, Quantity } from '../types';
import { annotateText } from '../pipeline';
import { findQuantities } from '../quantities/index';
import { findArticleDate } from '../articleDate';
import { lineStarts, positionAt } from '../text/lines';
import { segment, frontMatterLength } from '../text/segment';
import { isHeadingLine } from '../text/furniture';
import { foldTerm, TermTable, termsOf } from './terms';
import { translitKey } from './names';
import { excerptOf } from './excerpt';
import { lowerBound } from '../text/spans';

export class ReferenceDoc {
  readonly title: string;
  private lineTable?: number[];
  private ann?: Annotations;
  private date?: string | null;

  constructor(
    readonly id: string,
    readonly text: string,
    /** Position in the index's document table (moved only by the index, when it lays its table out again). */
    public slot: number,
    /** Global number of the document's first sentence (moved likewise), and how many it has. */
    public firstSentence: number,
    readonly sentenceCount: number,
  ) {
    this.title = referenceTitle(text, id);
  }

  /** Where each line starts, computed when evidence first needs a line number (most documents never do). */
  get lines(): number[] {
    return (this.lineTable ??= lineStarts(this.text));
  }

  /** The whole pipeline's view of the document, computed on first use (it costs about 1 s per MB). */
  get annotations(): Annotations {
    return (this.ann ??= annotateText(this.text, this.articleDate));
  }

  get articleDate(): string | undefined {
    if (this.date === undefined) this.date = findArticleDate(this.text) ?? null;
    return this.date ?? undefined;
  }
}

export interface Candidate {
  /** Global sentence number. */
  sid: number;
  /** Similarity to the query passage, 0..1 (IDF-weighted cosine of shared terms). */
  sim: number;
  /** How many distinct terms the two share. */
  shared: number;
}

const FURNITURE = 1;
/** A capitalised word: the raw material of names. */
const CAP_WORD = /\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

export class ReferenceIndex {
  private readonly byId = new Map<string, ReferenceDoc>();
  /** The spellings its documents' terms were judged from, kept for the next document and for sentence weights. */
  private readonly terms = new TermTable();
  private slots: Array<ReferenceDoc | undefined> = [];
  // The sentence table, one row per sentence of every document indexed since the last layout (rows of documents
  // deleted since stay dead until the next one).
  private sDoc = new Int32Array(1024);
  private sStart = new Int32Array(1024);
  private sEnd = new Int32Array(1024);
  private sPara = new Int32Array(1024);
  private sFlags = new Uint8Array(1024);
  private sCount = 0;
  /** Rows of deleted documents: not counted as sentences of the corpus (IDF). */
  private deadSentences = 0;
  /**
   * Whether the table is in canonical order with no dead rows and no postings of deleted documents. Appending files
   * in id order keeps it so; `settle` restores it before the next question otherwise.
   */
  private settled = true;
  /** The greatest id in the table (a file added after it keeps the order). */
  private lastId: string | undefined;
  /**
   * Rows below this were laid out in canonical order (at the last layout, or appended in order since): whatever else
   * changes, their documents keep their order relative to each other, so their postings stay sorted when renumbered.
   */
  private laidOut = 0;
  /** term -> ascending global sentence numbers (body sentences only: furniture is never evidence). */
  private readonly postings = new Map<string, number[]>();
  /** Capitalised words as spelled in the references, with counts, and their transliteration keys. */
  private readonly capWords = new Map<string, number>();
  private readonly capKeys = new Map<string, number>();
  // Values computed from the contents on first use: all are dropped whenever the contents change.
  private readonly quantityCache = new Map<number, Quantity[]>();
  private sWeight = new Float64Array(0);
  private readonly queryCache = new Map<string, Candidate[]>();
  private readonly passageCache = new Map<string, { from: number; ann: Annotations }>();
  private gen = 0;

  /** Changes whenever a document is added, replaced or removed, or the table laid out again (the cross-check's caches key on it). */
  get generation(): number {
    return this.gen;
  }

  /**
   * Adds or replaces a document. `seg`: its segmentation when a host kept it (host/indexCache.ts, keyed by a hash of
   * the text); without it the text is segmented here. The index is the same either way.
   */
  set(id: string, text: string, seg: SegmentedText = segmentText(text, this.terms)): ReferenceDoc {
    this.delete(id);
    this.changed();
    if (this.lastId !== undefined && id < this.lastId) this.settled = false;
    else this.lastId = id;
    const slot = this.slots.length;
    const count = seg.rows.length >> 2;
    const first = this.sCount;
    const doc = new ReferenceDoc(id, text, slot, first, count);
    this.slots.push(doc);
    this.byId.set(id, doc);
    this.grow(first + count);
    for (let k = 0; k < count; k++) {
      const sid = first + k;
      this.sDoc[sid] = slot;
      this.sStart[sid] = seg.rows[4 * k]!;
      this.sEnd[sid] = seg.rows[4 * k + 1]!;
      this.sPara[sid] = seg.rows[4 * k + 2]!;
      this.sFlags[sid] = seg.rows[4 * k + 3]!;
    }
    this.sCount += count;
    // Each term's sentences in ascending order: appended after every earlier document's, the lists stay sorted.
    for (let t = 0; t < seg.terms.length; t++) {
      const term = seg.terms[t]!;
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      for (let j = seg.termStarts[t]!; j < seg.termStarts[t + 1]!; j++) list.push(first + seg.termSentences[j]!);
    }
    for (let c = 0; c < seg.capWords.length; c++) this.addCapWord(seg.capWords[c]!, seg.capCounts[c]!);
    if (this.settled) this.laidOut = this.sCount;
    return doc;
  }

  get(id: string): ReferenceDoc | undefined {
    return this.byId.get(id);
  }

  delete(id: string): boolean {
    const doc = this.byId.get(id);
    if (!doc) return false;
    this.byId.delete(id);
    this.slots[doc.slot] = undefined;
    this.changed();
    // Its rows and postings go when the table is laid out again, before the next question.
    this.settled = false;
    for (let sid = doc.firstSentence; sid < doc.firstSentence + doc.sentenceCount; sid++) {
      if (!(this.sFlags[sid]! & FURNITURE)) this.countCapWords(doc.text, this.sStart[sid]!, this.sEnd[sid]!, -1);
    }
    this.deadSentences += doc.sentenceCount;
    return true;
  }

  get size(): number {
    return this.byId.size;
  }

  /** The documents in canonical order (by id). */
  docs(): IterableIterator<ReferenceDoc> {
    this.settle();
    return (this.slots as ReferenceDoc[]).values();
  }

  /**
   * The contents changed: every value computed from them goes (sentence weights read the IDF of the whole corpus;
   * query answers and figures are keyed by sentence numbers, which a layout changes).
   */
  private changed(): void {
    this.gen++;
    this.queryCache.clear();
    this.quantityCache.clear();
    this.passageCache.clear();
    this.sWeight = new Float64Array(0);
  }

  /**
   * Lays the sentence table out in canonical order — documents by id, without the rows and postings of deleted ones —
   * exactly as a fresh build from the sorted file list numbers it. Runs before the next question once a file was
   * replaced, removed or added out of order; costs one pass over the postings (plus a merge for the terms of files
   * added since the last layout).
   */
  settle(): void {
    if (this.settled) return;
    this.settled = true;
    const docs = [...this.byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // New numbers. Whether the documents kept their relative order (only deletions): then postings stay sorted.
    const renumber = new Int32Array(this.sCount).fill(-1);
    let n = 0;
    let inOrder = true;
    for (let slot = 0; slot < docs.length; slot++) {
      const d = docs[slot]!;
      if (slot > 0 && d.firstSentence < docs[slot - 1]!.firstSentence) inOrder = false;
      for (let k = 0; k < d.sentenceCount; k++) renumber[d.firstSentence + k] = n++;
    }
    // Rows before the first change keep their numbers, and so do their postings: the table and the postings are
    // rewritten from there on (a file edited late in the order, as the newest wire copy usually is, costs little).
    let unchanged = 0;
    while (unchanged < this.sCount && renumber[unchanged] === unchanged) unchanged++;
    // A document either keeps all its rows or has all of them at or after `unchanged`: those are read from a copy.
    const moved = {
      start: this.sStart.slice(unchanged, this.sCount),
      end: this.sEnd.slice(unchanged, this.sCount),
      para: this.sPara.slice(unchanged, this.sCount),
      flags: this.sFlags.slice(unchanged, this.sCount),
    };
    let first = 0;
    for (let slot = 0; slot < docs.length; slot++) {
      const d = docs[slot]!;
      const from = d.firstSentence;
      if (from !== first || d.slot !== slot) {
        for (let k = 0; k < d.sentenceCount; k++) {
          const row = first + k;
          this.sDoc[row] = slot;
          if (from === first) continue;
          const src = from + k - unchanged;
          this.sStart[row] = moved.start[src]!;
          this.sEnd[row] = moved.end[src]!;
          this.sPara[row] = moved.para[src]!;
          this.sFlags[row] = moved.flags[src]!;
        }
      }
      d.slot = slot;
      d.firstSentence = first;
      first += d.sentenceCount;
    }
    const laidOut = this.laidOut;
    for (const [t, list] of this.postings) {
      if (list[list.length - 1]! < unchanged) continue;
      const from = lowerBound(list, unchanged);
      let w = from;
      // Where the entries of documents added since the last layout begin (the only ones that can be out of place).
      let added = -1;
      for (let i = from; i < list.length; i++) {
        const old = list[i]!;
        const sid = renumber[old]!;
        if (sid < 0) continue;
        if (added < 0 && old >= laidOut) added = w;
        list[w++] = sid;
      }
      list.length = w;
      if (w === 0) this.postings.delete(t);
      else if (added >= 0 && !inOrder) mergeTail(list, added);
    }
    this.slots = docs;
    this.sCount = n;
    this.laidOut = n;
    this.deadSentences = 0;
    this.lastId = docs.length ? docs[docs.length - 1]!.id : undefined;
    this.changed();
  }

  // --- sentences -------------------------------------------------------------------------------------

  docOf(sid: number): ReferenceDoc | undefined {
    return sid >= 0 && sid < this.sCount ? this.slots[this.sDoc[sid]!] : undefined;
  }

  span(sid: number): { start: number; end: number; paragraph: number; furniture: boolean } {
    return {
      start: this.sStart[sid]!,
      end: this.sEnd[sid]!,
      paragraph: this.sPara[sid]!,
      furniture: !!(this.sFlags[sid]! & FURNITURE),
    };
  }

  sentenceText(sid: number): string {
    return this.docOf(sid)?.text.slice(this.sStart[sid]!, this.sEnd[sid]!) ?? '';
  }

  /** The body sentences next to sid in the same paragraph (a claim's figure often sits one sentence away). */
  neighbours(sid: number, reach = 1): number[] {
    const doc = this.docOf(sid);
    if (!doc) return [];
    const out: number[] = [];
    for (
      let k = Math.max(doc.firstSentence, sid - reach);
      k <= Math.min(doc.firstSentence + doc.sentenceCount - 1, sid + reach);
      k++
    ) {
      if (k !== sid && this.sPara[k] === this.sPara[sid] && !(this.sFlags[k]! & FURNITURE)) out.push(k);
    }
    return out;
  }

  /**
   * Consecutive body sentences of one document around sid, grown alternately backwards and forwards until they
   * hold about `words` words (quotes run over several sentences, sometimes over paragraphs).
   */
  window(sid: number, words: number): number[] {
    const doc = this.docOf(sid);
    if (!doc) return [];
    const first = doc.firstSentence;
    const last = first + doc.sentenceCount - 1;
    const wordsIn = (k: number) => (this.sEnd[k]! - this.sStart[k]!) / 6;
    const out = [sid];
    let have = wordsIn(sid);
    let lo = sid;
    let hi = sid;
    // At least one neighbour either side, as a quote's opening or close may sit in the next sentence.
    for (let step = 0; (have < words || step < 2) && (lo > first || hi < last) && step < 200; step++) {
      if ((step % 2 === 0 || lo <= first) && hi < last) {
        hi++;
        if (!(this.sFlags[hi]! & FURNITURE)) {
          out.push(hi);
          have += wordsIn(hi);
        }
      } else if (lo > first) {
        lo--;
        if (!(this.sFlags[lo]! & FURNITURE)) {
          out.unshift(lo);
          have += wordsIn(lo);
        }
      }
    }
    return out;
  }

  /** Body sentences of the documents holding the given sentences, up to a limit. */
  bodySentencesOfDocs(sids: number[], limit: number): number[] {
    const out: number[] = [];
    const seen = new Set<number>();
    for (const sid of sids) {
      const doc = this.docOf(sid);
      if (!doc || seen.has(doc.slot)) continue;
      seen.add(doc.slot);
      for (let k = doc.firstSentence; k < doc.firstSentence + doc.sentenceCount && out.length < limit; k++) {
        if (!(this.sFlags[k]! & FURNITURE)) out.push(k);
      }
    }
    return out;
  }

  evidenceFor(sid: number, start?: number, end?: number, focus?: { start: number; end: number }): Evidence | undefined {
    const doc = this.docOf(sid);
    if (!doc) return undefined;
    return this.evidence(doc, start ?? this.sStart[sid]!, end ?? this.sEnd[sid]!, focus);
  }

  // --- retrieval -------------------------------------------------------------------------------------

  private get liveSentences(): number {
    return Math.max(1, this.sCount - this.deadSentences);
  }

  idf(term: string): number {
    this.settle();
    const df = this.postings.get(term)?.length ?? 0;
    return df ? Math.log(1 + this.liveSentences / df) : 0;
  }

  /**
   * Reference sentences sharing the most (IDF-weighted) terms with the query, best first. Rare terms seed the
   * candidates; common ones only add weight to seeded candidates (binary search), so a query stays cheap on a
   * large corpus.
   */
  candidates(terms: Iterable<string>, max = 12, minSim = 0): Candidate[] {
    this.settle();
    // An editor re-checks the same sentences on every keystroke: answers hold until the corpus changes.
    const termList = [...terms].sort();
    const key = `${max}|${minSim}|${termList.join(' ')}`;
    const hit = this.queryCache.get(key);
    if (hit) return hit;
    const out = this.search(termList, max, minSim);
    if (this.queryCache.size > 20_000) this.queryCache.clear();
    this.queryCache.set(key, out);
    return out;
  }

  private search(terms: string[], max: number, minSim: number): Candidate[] {
    const lists: Array<{ list: number[]; w: number }> = [];
    let queryWeight = 0;
    for (const t of terms) {
      const list = this.postings.get(t);
      if (!list) continue;
      const w = Math.log(1 + this.liveSentences / list.length);
      queryWeight += w * w;
      lists.push({ list, w: w * w });
    }
    if (!lists.length) return [];
    lists.sort((a, b) => a.list.length - b.list.length);
    // Seeds: the sentences of the rarest terms, or, when even the rarest is common, those sharing the
    // rarest few terms at once (sorted-list intersection).
    let seeds: number[];
    if (lists[0]!.list.length <= SEED_LIMIT) {
      const set = new Set<number>();
      for (let k = 0; k < lists.length && (k === 0 || set.size + lists[k]!.list.length <= SEED_LIMIT); k++) {
        for (const sid of lists[k]!.list) set.add(sid);
      }
      seeds = [...set];
    } else {
      seeds = lists[0]!.list;
      for (let k = 1; seeds.length > SEED_LIMIT && k < lists.length; k++) {
        const next = intersect(seeds, lists[k]!.list);
        if (next.length === 0) break;
        seeds = next;
      }
      // Still too many: a query of common words only; the most recently indexed sentences stand in.
      if (seeds.length > SEED_LIMIT) seeds = seeds.slice(seeds.length - SEED_LIMIT);
    }
    // Score the seeds: a short posting list is walked, a long one is probed by binary search per seed.
    const score = new Map<number, number>();
    const count = new Map<number, number>();
    for (const sid of seeds) if (this.slots[this.sDoc[sid]!]) score.set(sid, 0);
    const add = (sid: number, v: number, w: number) => {
      score.set(sid, v + w);
      count.set(sid, (count.get(sid) ?? 0) + 1);
    };
    for (const { list, w } of lists) {
      if (list.length <= score.size * 8) {
        for (const sid of list) {
          const v = score.get(sid);
          if (v !== undefined) add(sid, v, w);
        }
      } else {
        for (const [sid, v] of score) if (contains(list, sid)) add(sid, v, w);
      }
    }
    const pre = [...score];
    // Ties go to the earlier sentence (of the earlier file by id): an order of the contents, not of the query.
    pre.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const out: Candidate[] = [];
    for (const [sid, shared] of pre.slice(0, max * 2)) {
      const sim = shared / Math.sqrt(queryWeight * Math.max(this.sentenceWeight(sid), shared));
      if (sim >= minSim) out.push({ sid, sim, shared: count.get(sid) ?? 0 });
    }
    out.sort((a, b) => b.sim - a.sim || a.sid - b.sid);
    return out.slice(0, max);
  }

  /**
   * Sum of squared IDF of a sentence's terms, computed on first use since the contents last changed (every term's IDF
   * moves with the corpus), and kept at the precision it was computed in.
   */
  private sentenceWeight(sid: number): number {
    if (this.sWeight.length < this.sCount) this.sWeight = new Float64Array(this.sCount).fill(-1);
    let v = this.sWeight[sid]!;
    if (v < 0) {
      v = 0;
      for (const t of termsOf(this.docOf(sid)!.text, this.sStart[sid]!, this.sEnd[sid]!, new Set(), this.terms))
        v += this.idf(t) ** 2;
      this.sWeight[sid] = v;
    }
    return v;
  }

  /** Body sentences containing a word (matched on its folded form). */
  sentencesWith(word: string): number[] {
    this.settle();
    return (this.postings.get(foldTerm(word)) ?? []).filter((sid) => this.slots[this.sDoc[sid]!]);
  }

  // --- names -----------------------------------------------------------------------------------------

  /** How often the references spell a capitalised word exactly so. */
  capWordCount(word: string): number {
    return this.capWords.get(word) ?? 0;
  }

  /** Whether the references spell some name with the same transliteration key. */
  hasTranslitVariant(word: string): boolean {
    return this.variantSpellings(word) > 0;
  }

  /** How many distinct spellings the references use for names with the same transliteration key. */
  variantSpellings(word: string): number {
    return Math.max(0, this.capKeys.get(translitKey(word)) ?? 0);
  }

  /** Capitalised words of one sentence, with offsets. */
  capWordsIn(sid: number): Array<{ word: string; start: number; end: number }> {
    const doc = this.docOf(sid);
    if (!doc) return [];
    const out: Array<{ word: string; start: number; end: number }> = [];
    CAP_WORD.lastIndex = this.sStart[sid]!;
    const to = this.sEnd[sid]!;
    let m: RegExpExecArray | null;
    while ((m = CAP_WORD.exec(doc.text)) !== null && m.index < to)
      out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    return out;
  }

  /** `n` more occurrences of a capitalised word; a spelling seen for the first time counts under its key. */
  private addCapWord(w: string, n: number): void {
    const before = this.capWords.get(w) ?? 0;
    this.capWords.set(w, before + n);
    if (before === 0) {
      const k = translitKey(w);
      this.capKeys.set(k, (this.capKeys.get(k) ?? 0) + 1);
    }
  }

  private countCapWords(text: string, from: number, to: number, delta: number): void {
    CAP_WORD.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = CAP_WORD.exec(text)) !== null && m.index < to) {
      const w = m[0];
      const n = (this.capWords.get(w) ?? 0) + delta;
      if (n > 0) this.capWords.set(w, n);
      else this.capWords.delete(w);
      // The key counts distinct spellings, so it changes only when a spelling appears or disappears.
      if ((delta > 0 && n === delta) || n <= 0) {
        const k = translitKey(w);
        const spellings = (this.capKeys.get(k) ?? 0) + (n > 0 ? 1 : -1);
        if (spellings > 0) this.capKeys.set(k, spellings);
        else this.capKeys.delete(k);
      }
    }
  }

  /** Mentions of a name across the corpus: same canonical name, or the same surname (transliteration aside). */
  mentionsOf(canonical: string, surface: string, limit = 200): Evidence[] {
    this.settle();
    const words = (canonical || surface).split(/\s+/).filter(Boolean);
    const last = words[words.length - 1]?.replace(/['’]s$/, '') ?? '';
    if (last.length < 2) return [];
    const key = translitKey(last);
    // The same spelling first, then transliteration variants.
    const exact: Evidence[] = [];
    const variant: Evidence[] = [];
    for (const sid of this.postings.get(foldTerm(last)) ?? []) {
      const doc = this.docOf(sid);
      if (!doc) continue;
      for (const w of this.capWordsIn(sid)) {
        const bare = w.word.replace(/['’]s$/, '');
        if (translitKey(bare) !== key) continue;
        // Widen to the full name when the reference writes it ("Volodymyr Zelensky"), never to the title.
        let start = w.start;
        if (words.length > 1) {
          const head = doc.text.slice(Math.max(this.sStart[sid]!, w.start - 60), w.start);
          const before = new RegExp(`(?:\\p{Lu}[\\p{L}.’'-]*\\s){1,${words.length - 1}}$`, 'u').exec(head);
          if (before) start = w.start - before[0].length;
        }
        const ev = this.evidence(doc, start, w.start + bare.length);
        (bare === last ? exact : variant).push(ev);
        if (exact.length >= limit) return exact;
      }
    }
    return [...exact, ...variant].slice(0, limit);
  }

  /** The excerpt is bounded (excerpt.ts): around `focus` when the passage is long. */
  evidence(doc: ReferenceDoc, start: number, end: number, focus?: { start: number; end: number }): Evidence {
    return {
      ref: doc.id,
      title: doc.title,
      start,
      end,
      excerpt: excerptOf(doc.text, start, end, focus),
      line: positionAt(doc.lines, start).line,
    };
  }

  // --- lazy annotation -------------------------------------------------------------------------------

  /** Quantities of one reference sentence, extracted on first use with the document's own date. */
  quantitiesIn(sid: number, kind?: Quantity['kind']): Quantity[] {
    // Skip extraction where no word hints at a figure of the wanted kind (it is the costly step of a check). The hint
    // is asked whether or not the sentence's figures are cached: otherwise a figure it misses ("USD 5 million") would
    // count only once another kind of figure had read the sentence.
    if (kind && !KIND_HINT[kind].test(this.sentenceText(sid))) return [];
    let qs = this.quantityCache.get(sid);
    if (qs) return qs;
    const doc = this.docOf(sid);
    if (!doc) return [];
    const start = this.sStart[sid]!;
    const slice = doc.text.slice(start, this.sEnd[sid]!);
    // Most sentences state no figure at all; the extractor is the expensive part of a check.
    if (!MAY_HOLD_QUANTITY.test(slice)) {
      this.quantityCache.set(sid, []);
      return [];
    }
    const found = findQuantities(slice, [{ start: 0, end: slice.length, paragraph: 0, furniture: false }], {
      articleDate: doc.articleDate,
      passage: true,
    });
    qs = found.map((q) => ({ ...q, start: q.start + start, end: q.end + start }));
    this.quantityCache.set(sid, qs);
    return qs;
  }

  /**
   * The pipeline's annotations of the passage around sid (its paragraph and the ones either side, where
   * speakers of quotes are named), with offsets into the reference document.
   */
  passageAnnotations(sid: number): { from: number; ann: Annotations } | undefined {
    const doc = this.docOf(sid);
    if (!doc) return undefined;
    const para = this.sPara[sid]!;
    const key = `${doc.slot}:${para}`;
    const hit = this.passageCache.get(key);
    if (hit) return hit;
    let a = sid;
    let b = sid;
    while (a > doc.firstSentence && this.sPara[a - 1]! >= para - 1) a--;
    while (b < doc.firstSentence + doc.sentenceCount - 1 && this.sPara[b + 1]! <= para + 1) b++;
    const from = this.sStart[a]!;
    const out = { from, ann: annotateText(doc.text.slice(from, this.sEnd[b]!), doc.articleDate) };
    this.passageCache.set(key, out);
    return out;
  }

  // --- persistent form of a whole corpus ---------------------------------------------------------------
  // A corpus loaded again unchanged (same ids, same texts: the host checks their hashes) need not be indexed file by
  // file: its laid-out tables are exported once and imported as they are. Import gives the index a fresh build of the
  // same files has, down to the order of its maps.

  exportSnapshot(): IndexSnapshot {
    this.settle();
    const n = this.sCount;
    const docs = this.slots as ReferenceDoc[];
    const terms = [...this.postings.keys()];
    const starts = new Int32Array(terms.length + 1);
    let total = 0;
    terms.forEach((t, k) => {
      starts[k] = total;
      total += this.postings.get(t)!.length;
    });
    starts[terms.length] = total;
    const sids = new Int32Array(total);
    let j = 0;
    for (const list of this.postings.values()) for (const sid of list) sids[j++] = sid;
    return {
      ids: docs.map((d) => d.id),
      docSentences: Int32Array.from(docs, (d) => d.sentenceCount),
      rows: {
        start: this.sStart.slice(0, n),
        end: this.sEnd.slice(0, n),
        para: this.sPara.slice(0, n),
        flags: this.sFlags.slice(0, n),
      },
      terms,
      termStarts: starts,
      termSentences: sids,
      capWords: [...this.capWords.keys()],
      capCounts: Int32Array.from(this.capWords.values()),
      capKeys: [...this.capKeys.keys()],
      capKeyCounts: Int32Array.from(this.capKeys.values()),
    };
  }

  /** Fills an empty index from a snapshot of the same files; `textOf(id)` gives each file's text. */
  importSnapshot(snap: IndexSnapshot, textOf: (id: string) => string): void {
    if (this.byId.size || this.sCount) throw new Error('importSnapshot needs an empty index');
    const n = snap.rows.start.length;
    this.grow(n);
    let first = 0;
    snap.ids.forEach((id, slot) => {
      const count = snap.docSentences[slot]!;
      const doc = new ReferenceDoc(id, textOf(id), slot, first, count);
      this.slots.push(doc);
      this.byId.set(id, doc);
      this.sDoc.fill(slot, first, first + count);
      first += count;
    });
    this.sStart.set(snap.rows.start);
    this.sEnd.set(snap.rows.end);
    this.sPara.set(snap.rows.para);
    this.sFlags.set(snap.rows.flags);
    this.sCount = n;
    const sids = snap.termSentences;
    for (let t = 0; t < snap.terms.length; t++) {
      // Sized once and filled: Array.from on a typed array goes through the iterator protocol, pushes regrow.
      const from = snap.termStarts[t]!;
      const list: number[] = new Array(snap.termStarts[t + 1]! - from);
      for (let k = 0; k < list.length; k++) list[k] = sids[from + k]!;
      this.postings.set(snap.terms[t]!, list);
    }
    snap.capWords.forEach((w, k) => this.capWords.set(w, snap.capCounts[k]!));
    snap.capKeys.forEach((w, k) => this.capKeys.set(w, snap.capKeyCounts[k]!));
    this.settled = true;
    this.laidOut = n;
    this.deadSentences = 0;
    this.lastId = snap.ids.length ? snap.ids[snap.ids.length - 1] : undefined;
    this.changed();
  }

  // --- housekeeping ----------------------------------------------------------------------------------

  private grow(n: number): void {
    if (n <= this.sDoc.length) return;
    let cap = this.sDoc.length;
    while (cap < n) cap *= 2;
    const g = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.sDoc = g(this.sDoc, (k) => new Int32Array(k));
    this.sStart = g(this.sStart, (k) => new Int32Array(k));
    this.sEnd = g(this.sEnd, (k) => new Int32Array(k));
    this.sPara = g(this.sPara, (k) => new Int32Array(k));
    this.sFlags = g(this.sFlags, (k) => new Uint8Array(k));
  }
}

// --- persistent form -----------------------------------------------------------------------------------
// What indexing a document computes from its text alone, so a host can keep it between runs (host/indexCache.ts,
// keyed by a hash of the text and of the core's code) and skip segmentation and term extraction, the costly part.

export interface SegmentedText {
  /** Four numbers a sentence: start, end, paragraph, flags (1: furniture). */
  rows: Int32Array;
  /** Distinct terms of the body sentences, in the order they first occur. */
  terms: string[];
  /** Term k is held by the sentences (local numbers, ascending) termSentences[termStarts[k] .. termStarts[k + 1]). */
  termStarts: Int32Array;
  termSentences: Int32Array;
  /** Capitalised words of the body sentences, in the order they first occur, and how often each occurs. */
  capWords: string[];
  capCounts: Int32Array;
}

/** A whole laid-out index (ReferenceIndex.exportSnapshot): documents in order, their sentence rows, postings, names. */
export interface IndexSnapshot {
  ids: string[];
  docSentences: Int32Array;
  rows: { start: Int32Array; end: Int32Array; para: Int32Array; flags: Uint8Array };
  terms: string[];
  termStarts: Int32Array;
  termSentences: Int32Array;
  capWords: string[];
  capCounts: Int32Array;
  capKeys: string[];
  capKeyCounts: Int32Array;
}

/**
 * Whether a kept snapshot can be that of these texts: every table the right length, every offset inside its text and
 * every index in range (so an import never reads outside a text or its tables; the content is the host's checksum's).
 */
export function plausibleSnapshot(snap: IndexSnapshot, textLength: (id: string) => number | undefined): boolean {
  const n = snap.rows.start.length;
  if (
    snap.rows.end.length !== n ||
    snap.rows.para.length !== n ||
    snap.rows.flags.length !== n ||
    snap.docSentences.length !== snap.ids.length
  )
    return false;
  let row = 0;
  for (let d = 0; d < snap.ids.length; d++) {
    const len = textLength(snap.ids[d]!);
    const count = snap.docSentences[d]!;
    if (len === undefined || count < 0 || row + count > n) return false;
    for (let k = row; k < row + count; k++)
      if (snap.rows.start[k]! < 0 || snap.rows.end[k]! < snap.rows.start[k]! || snap.rows.end[k]! > len) return false;
    row += count;
  }
  if (row !== n) return false;
  const { terms, termStarts, termSentences } = snap;
  if (
    termStarts.length !== terms.length + 1 ||
    termStarts[0] !== 0 ||
    termStarts[terms.length] !== termSentences.length
  )
    return false;
  for (let t = 0; t < terms.length; t++) if (termStarts[t + 1]! <= termStarts[t]!) return false;
  for (let j = 0; j < termSentences.length; j++) if (termSentences[j]! < 0 || termSentences[j]! >= n) return false;
  return snap.capCounts.length === snap.capWords.length && snap.capKeyCounts.length === snap.capKeys.length;
}

export function segmentText(text: string, table: TermTable = new TermTable()): SegmentedText {
  const { sentences } = segment(text);
  const rows = new Int32Array(sentences.length * 4);
  const byTerm = new Map<string, number[]>();
  const caps = new Map<string, number>();
  const terms = new Set<string>();
  let postings = 0;
  sentences.forEach((s, k) => {
    rows[4 * k] = s.start;
    rows[4 * k + 1] = s.end;
    rows[4 * k + 2] = s.paragraph;
    rows[4 * k + 3] = s.furniture ? FURNITURE : 0;
    if (s.furniture) return;
    terms.clear();
    termsOf(text, s.start, s.end, terms, table);
    for (const t of terms) {
      const list = byTerm.get(t);
      if (list) list.push(k);
      else byTerm.set(t, [k]);
    }
    postings += terms.size;
    CAP_WORD.lastIndex = s.start;
    let m: RegExpExecArray | null;
    while ((m = CAP_WORD.exec(text)) !== null && m.index < s.end) caps.set(m[0], (caps.get(m[0]) ?? 0) + 1);
  });
  const termStarts = new Int32Array(byTerm.size + 1);
  const termSentences = new Int32Array(postings);
  let t = 0;
  let j = 0;
  for (const list of byTerm.values()) {
    termStarts[t++] = j;
    for (const k of list) termSentences[j++] = k;
  }
  termStarts[t] = j;
  return {
    rows,
    terms: [...byTerm.keys()],
    termStarts,
    termSentences,
    capWords: [...caps.keys()],
    capCounts: Int32Array.from(caps.values()),
  };
}

/**
 * Whether a kept segmentation can be that of a text of this length: every offset inside it and in order, every index
 * in range. It never makes the index read outside a text or trip over its own tables; that the content is right is
 * the host's to establish (a hash of the text as the key, a checksum of the entry).
 */
export function plausibleSegmentation(seg: SegmentedText, textLength: number): boolean {
  const { rows, terms, termStarts, termSentences, capWords, capCounts } = seg;
  if (rows.length % 4 !== 0) return false;
  const n = rows.length >> 2;
  let last = 0;
  for (let k = 0; k < n; k++) {
    const start = rows[4 * k]!;
    const end = rows[4 * k + 1]!;
    if (
      start < last ||
      end < start ||
      end > textLength ||
      rows[4 * k + 2]! < 0 ||
      (rows[4 * k + 3]! & ~FURNITURE) !== 0
    )
      return false;
    last = start;
  }
  if (
    termStarts.length !== terms.length + 1 ||
    termStarts[0] !== 0 ||
    termStarts[terms.length] !== termSentences.length
  )
    return false;
  for (let t = 0; t < terms.length; t++) {
    const from = termStarts[t]!;
    const to = termStarts[t + 1]!;
    if (to <= from || typeof terms[t] !== 'string' || !terms[t]) return false;
    for (let j = from; j < to; j++) {
      const k = termSentences[j]!;
      if (k < 0 || k >= n || (j > from && k <= termSentences[j - 1]!) || rows[4 * k + 3]! & FURNITURE) return false;
    }
  }
  if (capCounts.length !== capWords.length) return false;
  for (let c = 0; c < capCounts.length; c++) if (!(capCounts[c]! > 0) || !capWords[c]) return false;
  return true;
}

const MAY_HOLD_QUANTITY =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|quarter|third|percent|first|second|last|next)/i;

const KIND_HINT: Record<Quantity['kind'], RegExp> = {
  MONEY: /[$€£¥₴₹]|dollar|euro|pound|\byen\b|yuan|rupee|franc|r(?:o)?uble|hryvn|kron|peso|\bwon\b|\brand\b/i,
  PERCENT: /%|percent|per cent|percentage/i,
  DATE: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|tonight)|\b1[6-9]\d\d\b|\b2[01]\d\d\b|\d{1,2}\/\d{1,2}/i,
  COUNT: MAY_HOLD_QUANTITY,
  ORDINAL: MAY_HOLD_QUANTITY,
  MEASURE: MAY_HOLD_QUANTITY,
};

/** Upper bound on the sentences scored for one query. */
const SEED_LIMIT = 500;

/** Sorts list[from, …) and merges it into list[0, from), which is sorted already, in place. */
function mergeTail(list: number[], from: number): void {
  const tail = list.slice(from).sort((a, b) => a - b);
  let i = from - 1;
  let j = tail.length - 1;
  for (let k = list.length - 1; j >= 0; k--) list[k] = i >= 0 && list[i]! > tail[j]! ? list[i--]! : tail[j--]!;
}

/** Sorted-list intersection: a linear merge for lists of similar length, binary probes for a short one. */
function intersect(a: number[], b: number[]): number[] {
  const out: number[] = [];
  if (a.length > b.length) [a, b] = [b, a];
  if (a.length * 16 < b.length) {
    for (const x of a) if (contains(b, x)) out.push(x);
    return out;
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

function contains(sorted: number[], x: number): boolean {
  const at = lowerBound(sorted, x);
  return at < sorted.length && sorted[at] === x;
}

/**
 * Front matter "title:", else the first non-empty line when it reads as a headline, else the file's name: a page
 * that opens with its first paragraph has no title, and a sentence cut short would pass for one.
 */
export function referenceTitle(text: string, fallback: string): string {
  const fmLen = frontMatterLength(text);
  const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(text.slice(0, fmLen));
  if (t) return t[1]!.slice(0, 120);
  const first = text
    .slice(fmLen)
    .split(/\r?\n/)
    .find((l) => l.trim());
  return first && isHeadingLine(first) ? first.trim().replace(/^#+\s*/, '') : fallback.split(/[\\/]/).pop() || fallback;
}
