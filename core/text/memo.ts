// Memoising pure functions that the analysis calls on the same words, sentences and passages edit after edit.
// Typing changes one sentence; everything keyed on the text of the others is found here instead of recomputed.
// Correctness rests on purity: a key must encode every input the computation reads, and a cached value must never be
// mutated by a caller (copy before shifting offsets or sorting). test/unit/incremental.test.ts checks, over random
// edits, that results with caches on are identical to results computed with caches off.
//
// Who owns the caches: an analyser (core/analyzer.ts). A stage declares its caches at module level (`new
// KernelCache(max)`, `new Scoped(init)`), but such a declaration is only a name: the entries live in the CacheScope of
// the analyser that is running, created there on first use. So two analysers never see each other's entries, an
// analyser made with caches off computes everything afresh, and dropping an analyser drops all it cached. Code run
// outside any analyser (a stage called directly, indexing a reference) caches nothing.
//
// How a stage plugs in: it keys its cache on textKey(text, start, end) of the sentence or paragraph it reads (plus, in
// a NestedCache, whatever detail of the rest of the document it also reads), and returns values relative to that
// span. textKey cuts and hashes each span once per analysis for all stages, and keeps no version of the article.
//
// A document pass (one that compares a sentence with the rest of the article: a name's type from its votes across the
// document, whether a word is used in lower case elsewhere) reads document facts besides its sentence. It keeps its
// per-sentence results in a FactCheckedCache and reads those facts through Facts tables (DocFacts, PartsTally.facts):
// an entry records the keys it read while it is computed, each table marks stale the entries that read a key when an
// update changes it, and an entry is reused while its key (and input) are the same and it is not stale: checking one
// costs a flag, however many facts it read. An entry is listed in the tables only when it is asked for again (text met
// once, as in a batch, never is): the first time, the tables tell from when each key last changed. As with a cache
// key, every document fact the computation reads must come through a Facts table (test/unit/memo-facts.test.ts).
//
// Two narrower tools sit beside these, for document maps rather than per-sentence results: keyedBest.ts keeps a map
// "key -> best entry" over the document's parts and re-chooses only the keys a changed part names (the attribution
// name resolver's surname maps); editWindow.ts tells whether a result that read where some strings occur anywhere in
// the text can be kept across an edit (the resolver's slip looks).

/** What one analyser owns: its cache entries, its other per-analyser values (Scoped), and its clock. */
export class CacheScope {
  /** Entries of each KernelCache, by the cache's declaration. */
  readonly stores = new WeakMap<object, unknown>();
  /** Values of each Scoped, by its declaration. */
  readonly values = new WeakMap<object, unknown>();
  /** Analyses begun so far: the caches' clock (the analyser counts each check and annotate). */
  analyses = 0;
  /** textKey(): the text whose spans were asked for last, its spans' keys by position, and the keys of the text
   * before it with how much longer this one is (an edit shifts the spans after it). */
  keyedText = '';
  spanKeys = new Map<number, string>();
  previousKeys = new Map<number, string>();
  shift = 0;
  /** What the edit left as it was: the text before `sameBefore` is the previous text's, and so is the text from
   * `sameFrom` on, shifted by `shift` (unchangedEnds). */
  sameBefore = 0;
  sameFrom = 0;
  /** textKey(): one string per distinct text recently keyed (it is the key every cache stores for that text). */
  keys: Generations<string, string> | undefined;
  /** FactCheckedCache: the document facts the computation running now has read (undefined: none is recording). */
  reads: Reads | undefined;
  /** Updates of the analyser's Facts tables that changed something, so far: when a fact changed, and when an entry
   * was computed. */
  factUpdates = 0;
  constructor(readonly caches: boolean) {}
}

/** Outside any analyser: nothing is cached and nothing is kept (never written to). */
const NO_SCOPE = new CacheScope(false);

// The one module-level variable of the core: which analyser is running now. The analysis is synchronous, so it is set
// for the length of one call (runIn) and restored after it, also when the call throws.
let current: CacheScope = NO_SCOPE;

/** Runs f with `scope` as the running analyser's. */
export function runIn<T>(scope: CacheScope, f: () => T): T {
  const prev = current;
  current = scope;
  try {
    return f();
  } finally {
    current = prev;
  }
}

/** Whether the running analyser caches; code with a cached and an uncached path (reading in one pass) asks this. */
export function memoEnabled(): boolean {
  return current.caches;
}

/** Called by the analyser at the start of each analysis. */
export function analysisStarted(): void {
  if (current !== NO_SCOPE) current.analyses++;
}

/** Spans are told apart by start * SPAN_BASE + end, exact in a double while the text is shorter than SPAN_BASE. */
const SPAN_BASE = 2 ** 26;

/**
 * text[start, end) as the key of the running analyser's caches: the one key every stage should use for a sentence or
 * a paragraph. Within an analysis each span is cut and hashed once, however many stages ask for it; and the string is
 * the same object at every analysis while the text is unchanged, which the caches store as their key: a lookup then
 * finds its entry by identity instead of comparing the text again. The key is a copy that refers to no version of the
 * article. Whether the span's text is all its cached computation reads stays the stage's to say (see the top).
 */
export function textKey(text: string, start: number, end: number): string {
  const scope = current;
  if (!scope.caches || text.length >= SPAN_BASE) return text.slice(start, end);
  if (scope.keyedText !== text) newKeyedText(scope, text);
  const at = start * SPAN_BASE + end;
  let k = scope.spanKeys.get(at);
  if (k === undefined) {
    // Typing leaves most spans as they were, in place or shifted by the edit: the key the previous text had there is
    // this span's when the span lies in what the edit left alone, which costs neither a copy nor a comparison; a span
    // the edit may have touched is compared with it, which is still cheaper than hashing the span to find its key.
    let before: string | undefined;
    if (end <= scope.sameBefore) before = scope.previousKeys.get(at);
    else if (start >= scope.sameFrom) before = scope.previousKeys.get(at - scope.shift * (SPAN_BASE + 1));
    if (before === undefined) {
      const span = text.slice(start, end);
      before = scope.previousKeys.get(at) ?? scope.previousKeys.get(at - scope.shift * (SPAN_BASE + 1));
      if (before !== span) before = span;
    }
    // Looked up all the same (a key already hashed is found by identity), so that the table keeps it while it is used.
    k = (scope.keys ??= new Generations<string, string>(KEYS_MAX, scope)).get(before, (own) => own);
    scope.spanKeys.set(at, k);
  }
  return k;
}

/** textKey() is asked about another text: the keys of the last one become the previous keys. */
function newKeyedText(scope: CacheScope, text: string): void {
  const { head, tail } = unchangedEnds(scope.keyedText, text);
  scope.shift = text.length - scope.keyedText.length;
  scope.sameBefore = head;
  scope.sameFrom = text.length - tail;
  scope.keyedText = text;
  scope.previousKeys = scope.spanKeys;
  scope.spanKeys = new Map();
}

/** Distinct texts textKey keeps (bounded like any cache: a few articles' sentences and paragraphs). */
const KEYS_MAX = 50_000;

/**
 * A value each analyser has its own of (a model, the previous check's word counts, working arrays), made by `init` on
 * first use in that analyser. Outside an analyser each get() makes a new one and set() keeps nothing.
 */
export class Scoped<T> {
  constructor(private readonly init: () => T) {}

  get(): T {
    const scope = current;
    if (scope === NO_SCOPE) return this.init();
    if (scope.values.has(this)) return scope.values.get(this) as T;
    const v = this.init();
    scope.values.set(this, v);
    return v;
  }

  set(v: T): void {
    if (current !== NO_SCOPE) current.values.set(this, v);
  }

  /** Sets the value in a given analyser's scope (the analyser's options: its models). */
  setIn(scope: CacheScope, v: T): void {
    scope.values.set(this, v);
  }
}

/**
 * A generation is retired after this many analyses even when it is not full. Without it, an editing session keeps up
 * to two full generations of every cache, mostly versions of sentences the writer has since changed (a 5,000-word
 * article typed into at random places grew the heap past 250 MB in 8,000 edits); with it, a cache holds what the last
 * 64 to 128 analyses used, which for one article is its sentences and their recent versions.
 */
const GENERATION_ANALYSES = 64;

/**
 * A bounded cache in two generations: lookups promote entries to the young generation, and when the young one is full
 * (or old: GENERATION_ANALYSES, or in a run of documents it has not met: COLD_LOOKUPS) the old one is dropped. What the
 * last few analyses used stays; a long session or a batch of files stays bounded. The entries are the running
 * analyser's (see the top of this file).
 */
export class KernelCache<K, V> {
  /** `onDrop`, when given, is told of each entry the cache lets go of (not of those the analyser's scope drops with it). */
  constructor(
    private readonly max: number,
    private readonly onDrop?: (v: V) => void,
  ) {}

  /**
   * The value for `key`, computed on a miss. `compute` gets a flat copy of a string key: a value built from it (a
   * slice of a token, say) refers to that copy, not to the article the key was cut from.
   */
  get(key: K, compute: (key: K) => V): V {
    const scope = current;
    if (!scope.caches) return compute(key);
    let g = scope.stores.get(this) as Generations<K, V> | undefined;
    if (!g) scope.stores.set(this, (g = new Generations<K, V>(this.max, scope, this.onDrop)));
    return g.get(key, compute);
  }

  /**
   * The value for the span text[start, end), keyed on it: the way a stage should look up a sentence, paragraph or run
   * of lines. The key is textKey's, so the span is cut and hashed once per analysis however many stages ask, and the
   * lookup finds its entry by identity (a fresh slice would be hashed and compared character by character again).
   */
  span(this: KernelCache<string, V>, text: string, start: number, end: number, compute: (key: string) => V): V {
    return this.get(textKey(text, start, end), compute);
  }

  /** Drops the running analyser's entries. */
  clear(): void {
    if (current !== NO_SCOPE) current.stores.delete(this);
  }
}

/**
 * An analysis that looked a cache up at least COLD_LOOKUPS times and computed at least a COLD_MISSES-th of what it
 * asked for was mostly of text the cache had not met (a batch of distinct documents, an article just opened or
 * rewritten): its hits were repeats within the document. Typing into an article misses a sentence or two per cache.
 */
const COLD_LOOKUPS = 16;
const COLD_MISSES = 4;

/** One analyser's entries of one KernelCache. */
class Generations<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private bornAt: number;
  /** The analysis whose lookups are being counted, its lookups and hits so far. */
  private countedAt = -1;
  private lookups = 0;
  private hits = 0;
  /** Whether the last analysis that looked anything up here was cold (COLD_LOOKUPS). */
  private coldBefore = false;

  constructor(
    private readonly max: number,
    private readonly scope: CacheScope,
    private readonly onDrop?: (v: V) => void,
  ) {
    this.bornAt = scope.analyses;
  }

  get(key: K, compute: (key: K) => V): V {
    const now = this.scope.analyses;
    if (now !== this.countedAt) {
      this.coldBefore = this.lookups >= COLD_LOOKUPS && (this.lookups - this.hits) * COLD_MISSES >= this.lookups;
      this.countedAt = now;
      this.lookups = this.hits = 0;
    }
    this.lookups++;
    let v = this.young.get(key);
    if (v !== undefined) {
      this.hits++;
      return v;
    }
    // A key sliced from (or concatenated with a slice of) the article would keep that whole version alive in V8. A text
    // textKey() knows is stored as textKey's own copy, so that the next lookup with that key matches it by identity.
    const own =
      typeof key === 'string' ? ((this.scope.keys?.canonical(key) as K | undefined) ?? (flatCopy(key) as K)) : key;
    v = this.old.get(key);
    if (v === undefined) v = compute(own);
    else {
      this.hits++;
      // With onDrop, the old generation holds only the entries not used since it was young: those it drops.
      if (this.onDrop) this.old.delete(key);
    }
    // Two cold analyses in a row (the last one, and this one so far): the generation is retired now, so that a batch
    // of distinct documents keeps one or two documents' entries, not GENERATION_ANALYSES' worth (long-lived entries of
    // documents met once are what V8's young-generation collections copy and promote: most of a batch's collection
    // time). What the last analysis used and this one asks for again moves back to the young generation. An editor's
    // checks after the first find most of what they ask for: the generations change as before, and nothing is moved.
    if (
      this.young.size >= this.max ||
      now - this.bornAt >= GENERATION_ANALYSES ||
      (this.coldBefore &&
        now !== this.bornAt &&
        this.lookups >= COLD_LOOKUPS &&
        (this.lookups - this.hits) * COLD_MISSES >= this.lookups)
    ) {
      if (this.onDrop) for (const dropped of this.old.values()) this.onDrop(dropped);
      this.old = this.young;
      this.young = new Map();
      this.bornAt = now;
    }
    this.young.set(own, v);
    return v;
  }

  /** The value for `key` if there is one, without counting it as used (textKey's table: its copy of a text). */
  canonical(key: K): V | undefined {
    return this.young.get(key) ?? this.old.get(key);
  }
}

/**
 * A cache whose keys are a long text (a sentence or a quote) and a short detail (a figure's offsets and value, the
 * spans a tagger found in it): the long key is hashed once per analysis when the caller reuses one string for it, and
 * its details share a small map. `valid`, when given, is asked on every hit: for a value that also rests on facts of
 * the rest of the document, recorded when it was computed (it is recomputed, and replaced, when they changed).
 */
export class NestedCache<V> {
  private readonly outer: KernelCache<string, Map<string, V>>;

  constructor(
    max: number,
    private readonly maxInner = 32,
  ) {
    this.outer = new KernelCache<string, Map<string, V>>(max);
  }

  get(key: string, detail: string, compute: () => V, valid?: (v: V) => boolean): V {
    if (!memoEnabled()) return compute();
    const inner = this.outer.get(key, () => new Map());
    let v = inner.get(detail);
    if (v === undefined || (valid && !valid(v))) {
      v = compute();
      if (inner.size >= this.maxInner) inner.clear();
      inner.set(flatCopy(detail), v);
    }
    return v;
  }

  clear(): void {
    this.outer.clear();
  }
}

/**
 * A document-level pass remembered from the analyser's previous analysis. Typing changes one sentence, and a pass that
 * reads only what the sentences' cached kernels hand back (names, words, types: no offsets) is then given the same
 * values as at the last keystroke; `get(inputs, compute)` returns the last result when every input is the same (===)
 * as last time, in order, and computes otherwise. As with a cache key, the inputs must be everything the computation
 * reads, and the result is shared: never mutated. It keeps one call's inputs and result per analyser.
 */
export class LastCall<R> {
  private readonly last = new Scoped<{ inputs: readonly unknown[]; result: R } | undefined>(() => undefined);

  get(inputs: readonly unknown[], compute: () => R): R {
    if (!memoEnabled()) return compute();
    const prev = this.last.get();
    if (prev && sameItems(prev.inputs, inputs)) return prev.result;
    const result = compute();
    this.last.set({ inputs, result });
    return result;
  }
}

/** An item's counts in a Tally once one of its occurrences carried bits: its occurrences, their bits united, and its
 * occurrences with each bit set (bit b at b). An item whose occurrences never did is kept as its count alone. */
interface Counted {
  n: number;
  or: number;
  bits: number[];
}

/** What a PartsTally keeps: one record per item (its count, or its counts by bit), read as the map from each item to
 * its bits united. */
class Tally implements ReadonlyMap<string, number> {
  private readonly records = new Map<string, number | Counted>();
  /** While a counting tracks its changes: the items it touched and their bits before it (undefined: absent). */
  private touched: Map<string, number | undefined> | undefined;

  get size(): number {
    return this.records.size;
  }

  has(item: string): boolean {
    return this.records.has(item);
  }

  get(item: string): number | undefined {
    const r = this.records.get(item);
    return r === undefined ? undefined : typeof r === 'number' ? 0 : r.or;
  }

  keys(): MapIterator<string> {
    return this.records.keys();
  }

  *entries(): MapIterator<[string, number]> {
    for (const [item, r] of this.records) yield [item, typeof r === 'number' ? 0 : r.or];
  }

  *values(): MapIterator<number> {
    for (const r of this.records.values()) yield typeof r === 'number' ? 0 : r.or;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(f: (value: number, item: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [item, r] of this.records) f(typeof r === 'number' ? 0 : r.or, item, this);
  }

  /** Counts one occurrence of `item` with `bits` in (delta 1) or out (delta -1). */
  count(item: string, bits: number, delta: 1 | -1): void {
    const r = this.records.get(item);
    if (this.touched && !this.touched.has(item))
      this.touched.set(item, r === undefined ? undefined : typeof r === 'number' ? 0 : r.or);
    if (typeof r !== 'object' && !bits) {
      const n = (r ?? 0) + delta;
      if (n) this.records.set(item, n);
      else this.records.delete(item);
      return;
    }
    const c: Counted = typeof r === 'object' ? r : { n: r ?? 0, or: 0, bits: [] };
    if (c !== r) this.records.set(item, c);
    c.n += delta;
    if (!c.n) {
      this.records.delete(item);
      return;
    }
    let or = 0;
    const per = c.bits;
    for (let b = 0; bits >> b || b < per.length; b++) {
      if ((bits >> b) & 1) per[b] = (per[b] ?? 0) + delta;
      if (per[b]) or |= 1 << b;
    }
    c.or = or;
  }

  /** Starts a counting; one that tracks its changes is asked for them by changes(). Only a Facts table needs them:
   * the tallies read as plain maps skip the bookkeeping. */
  begin(track: boolean): void {
    this.touched = track ? new Map() : undefined;
  }

  /** The items whose bits (or presence) the tracked counting changed. */
  changes(): string[] {
    const out: string[] = [];
    for (const [item, before] of this.touched!) if (this.get(item) !== before) out.push(item);
    return out;
  }
}

/**
 * The items a document's parts list (the lower-case words of each sentence, say), each with the bits its occurrences
 * carry united (0 for a plain set of words), kept between analyses as counts: typing changes one part, and only the
 * parts that differ from the last call's (by identity: a cached part is immutable) are counted out and in again;
 * another document simply differs everywhere. `itemsOf` calls `visit` once per occurrence. The map returned is the
 * analyser's own, changed by its next call: read it, never keep it.
 */
export class PartsTally<P> {
  private readonly last = new Scoped<{ parts: readonly P[]; tally: Tally } | undefined>(() => undefined);
  private readonly table = new Scoped<Facts<number> | undefined>(() => undefined);

  constructor(private readonly itemsOf: (part: P, visit: (item: string, bits: number) => void) => void) {}

  /** The same items as a Facts table (for a FactCheckedCache), with the items this call changed recorded. */
  facts(parts: readonly P[]): Facts<number> {
    if (!memoEnabled()) return new Facts(this.of(parts));
    const { items, changes } = this.counted(parts, true);
    let facts = this.table.get();
    if (!facts) this.table.set((facts = new Facts(items)));
    // A tally counted afresh has no last counting to compare with: any item may have changed.
    facts.update(items, changes ?? ALL);
    return facts;
  }

  of(parts: readonly P[]): ReadonlyMap<string, number> {
    return this.counted(parts, false).items;
  }

  /** The items over `parts`, and those whose bits (or presence) differ from the last call's (undefined: counted
   * afresh, any may). For a caller that keeps results read from the last call's tally and revises what changed. */
  withChanges(parts: readonly P[]): { items: ReadonlyMap<string, number>; changes: string[] | undefined } {
    return this.counted(parts, true);
  }

  /** The items over `parts`; with `track`, also the items this call changed (undefined: counted afresh). */
  private counted(
    parts: readonly P[],
    track: boolean,
  ): { items: ReadonlyMap<string, number>; changes: string[] | undefined } {
    const keep = memoEnabled();
    const prev = keep ? this.last.get() : undefined;
    // Cleared while counting: a call that throws leaves no half-counted tally behind.
    if (prev) this.last.set(undefined);
    let tally = prev?.tally;
    let before = prev?.parts ?? [];
    let { head, tail } = unchangedParts(before, parts);
    // Another document (fewer of the last call's parts kept than to count out): counting afresh is cheaper than
    // counting out the last one's parts, and tracking what changed is pointless when nearly everything did.
    const fresh = !tally || head + tail < before.length - head - tail;
    if (!tally || fresh) {
      tally = new Tally();
      before = [];
      head = tail = 0;
    }
    const tracked = track && !fresh;
    tally.begin(tracked);
    const out = (item: string, bits: number) => tally.count(item, bits, -1);
    const into = (item: string, bits: number) => tally.count(item, bits, 1);
    for (let k = head; k < before.length - tail; k++) this.itemsOf(before[k]!, out);
    for (let k = head; k < parts.length - tail; k++) this.itemsOf(parts[k]!, into);
    if (keep) this.last.set({ parts: parts.slice(), tally });
    return { items: tally, changes: tracked ? tally.changes() : undefined };
  }
}

/**
 * The parts (sentences', paragraphs' cached results) an edit left as they were, by identity: how many at the start
 * (`head`) and at the end (`tail`) of the two lists are the same objects; the two never overlap. A document value kept
 * over the parts (PartsTally, KeyedBest) takes out and puts in only the parts between them.
 */
export function unchangedParts<P>(before: readonly P[], parts: readonly P[]): { head: number; tail: number } {
  let head = 0;
  while (head < parts.length && head < before.length && parts[head] === before[head]) head++;
  let tail = 0;
  while (
    tail < parts.length - head &&
    tail < before.length - head &&
    parts[parts.length - 1 - tail] === before[before.length - 1 - tail]
  )
    tail++;
  return { head, tail };
}

/**
 * What an edit left as it was between two texts (the last one a stage read and this one): the length of their common
 * start (`head`) and of their common end (`tail`), which never overlap. A stage that keeps its last call's results by
 * offset reuses those that read only text inside either: at the same offset in the head, shifted in the tail.
 */
export function unchangedEnds(before: string, after: string): { head: number; tail: number } {
  const n = Math.min(before.length, after.length);
  let head = 0;
  // Block by block first: comparing two strings is a memory comparison, many times faster than a loop over characters
  // (the whole article is compared at every keystroke).
  while (head + BLOCK <= n && before.substring(head, head + BLOCK) === after.substring(head, head + BLOCK))
    head += BLOCK;
  while (head < n && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  const b = before.length;
  const a = after.length;
  while (
    tail + BLOCK <= n - head &&
    before.substring(b - tail - BLOCK, b - tail) === after.substring(a - tail - BLOCK, a - tail)
  )
    tail += BLOCK;
  while (tail < n - head && before.charCodeAt(b - 1 - tail) === after.charCodeAt(a - 1 - tail)) tail++;
  return { head, tail };
}

/** unchangedEnds compares this many characters at a time. */
const BLOCK = 512;

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A copy of s that refers to no other string. In V8 a slice is a view that keeps its whole parent alive, so a cache
 * that stored slices of each edited version of an article would keep every version.
 */
export const flatCopy = (s: string): string => (' ' + s).slice(1);

/** Wraps a pure string function with a KernelCache. */
export function memoiseString<V>(fn: (s: string) => V, max: number): (s: string) => V {
  const cache = new KernelCache<string, V>(max);
  return (s) => cache.get(s, fn);
}

/** A value computed once, on first use, and never changed after (a bundled model opened from its file). */
export function lazily<T>(make: () => T): () => T {
  let made: { v: T } | undefined;
  return () => (made ??= { v: make() }).v;
}

/** What a computation has read, flat: a Facts table, then the key it read of it (ALL: every key), and so on; a key read
 * twice may be listed twice. One array per computation: no map or set per table. */
type Reads = Array<Facts<unknown> | string | typeof ALL>;
/** Every key of a table: read by keys() or size, and changed by an update that cannot tell which. */
const ALL: unique symbol = Symbol('all facts');

/** What a Facts table knows of a cached entry: whether it is stale (a key it read has changed), and its version. The
 * entry is computed again in place, with the next version: a table lists it under the keys it read as the entry and the
 * version that read them, and an older version's listing is dead. */
interface Marked {
  stale: boolean;
  version: number;
}

/** Whether a listing (an entry and the version that read the key) still stands. */
const live = (m: Marked, version: number): boolean => m.version === version && !m.stale;

/** A Facts table sweeps out its dead listings (of versions since replaced, of entries gone stale or dropped by their
 * cache) when it holds this many and twice as many as the last sweep left: amortised, a listing is looked at a bounded
 * number of times, and dead ones never outnumber the live ones by much. */
const SWEEP_AT = 4096;

/** Changed keys a Facts table remembers the time of; past it, it forgets them and counts every key as changed then. */
const CHANGED_MAX = 8192;

/**
 * A document fact table as document passes read it (has, get, keys), which marks stale the FactCheckedCache entries
 * that read a key when the key's value changes: an entry's reads are recorded while it is computed, and once it is
 * reused it is listed under each key it read. Made by DocFacts or PartsTally.facts, one per analyser; read it during
 * the analysis that handed it out, never keep it.
 */
export class Facts<V> {
  /** The entries that read each key, flat: an entry, then its version that read it, and so on; those that read every
   * key. */
  private readonly readers = new Map<string, Array<Marked | number>>();
  private allReaders: Array<Marked | number> = [];
  /** When (factUpdates) each key last changed, and any key at all; before `allAt`, every key may have (an update that
   * could not tell which, or too many keys to remember). Asked about an entry not yet listed. */
  private readonly changedAt = new Map<string, number>();
  private allAt = 0;
  private anyAt = 0;
  /** Listings held (pairs); how many the last sweep left. */
  private marks = 0;
  private liveAtSweep = 0;

  constructor(private map: ReadonlyMap<string, V>) {}

  /** The table as it stands, read without recording (DocFacts compares it with the next). */
  get table(): ReadonlyMap<string, V> {
    return this.map;
  }

  has(key: string): boolean {
    if (current.reads) this.note(key);
    return this.map.has(key);
  }

  get(key: string): V | undefined {
    if (current.reads) this.note(key);
    return this.map.get(key);
  }

  /** Every key: the reading entry depends on all of them. */
  keys(): IterableIterator<string> {
    if (current.reads) this.note(ALL);
    return this.map.keys();
  }

  get size(): number {
    if (current.reads) this.note(ALL);
    return this.map.size;
  }

  /** A new update: `map` is now the table (it may be the same Map, changed in place), and `changed` the keys whose
   * value differs from the last update's (ALL: any may). The entries that read them are stale. */
  update(map: ReadonlyMap<string, V>, changed: readonly string[] | typeof ALL): void {
    this.map = map;
    if (changed !== ALL && !changed.length) return;
    const now = ++current.factUpdates;
    this.anyAt = now;
    if (changed === ALL || this.changedAt.size + changed.length > CHANGED_MAX) {
      this.allAt = now;
      this.changedAt.clear();
      if (changed === ALL) return this.dropAll();
    } else for (const key of changed) this.changedAt.set(key, now);
    this.dropMarks(this.allReaders);
    this.allReaders = [];
    for (const key of changed) {
      const marks = this.readers.get(key);
      if (!marks) continue;
      this.dropMarks(marks);
      this.readers.delete(key);
    }
  }

  /** Lists an entry's current version under a key it read (once: an entry registers all its reads in a row, so a key
   * it read twice already ends with it). */
  register(m: Marked, key: string | typeof ALL): void {
    let list: Array<Marked | number> | undefined;
    if (key === ALL) list = this.allReaders;
    else if (!(list = this.readers.get(key))) this.readers.set(key, (list = []));
    else if (list[list.length - 1] === m.version && list[list.length - 2] === m) return;
    list.push(m, m.version);
    if (++this.marks >= SWEEP_AT && this.marks >= 2 * this.liveAtSweep) this.sweep();
  }

  /** Whether `key` (ALL: any key) may have changed after `at`. */
  changedAfter(key: string | typeof ALL, at: number): boolean {
    if (this.anyAt <= at) return false;
    if (key === ALL || this.allAt > at) return true;
    return (this.changedAt.get(key) ?? 0) > at;
  }

  /** Listings held: live ones and dead ones not yet swept out. */
  get listings(): number {
    return this.marks;
  }

  /** Keeps the live listings only. */
  private sweep(): void {
    let n = 0;
    for (const [key, list] of this.readers) {
      const kept = liveOf(list);
      if (kept.length) this.readers.set(key, kept);
      else this.readers.delete(key);
      n += kept.length / 2;
    }
    this.allReaders = liveOf(this.allReaders);
    this.marks = this.liveAtSweep = n + this.allReaders.length / 2;
  }

  private note(key: string | typeof ALL): void {
    current.reads!.push(this as Facts<unknown>, key);
  }

  private dropMarks(list: Array<Marked | number>): void {
    for (let i = 0; i < list.length; i += 2) {
      const m = list[i] as Marked;
      if (m.version === list[i + 1]) m.stale = true;
    }
    this.marks -= list.length / 2;
  }

  private dropAll(): void {
    for (const list of this.readers.values()) this.dropMarks(list);
    this.dropMarks(this.allReaders);
    this.readers.clear();
    this.allReaders = [];
    this.marks = this.liveAtSweep = 0;
  }
}

/** Changed keys past which (and past half of the table's keys) DocFacts counts every key as changed. */
const MOST_CHANGED = 32;

/**
 * A document fact table built afresh at each analysis (a Map from a name's key to its type, say): `of(map)` compares
 * it with the last analysis's, key by key (values with `same`, === by default), and hands out the analyser's Facts
 * table with the keys that differ recorded. Linear in the table's size: meant for facts about names, not every word.
 */
export class DocFacts<V> {
  private readonly last = new Scoped<Facts<V> | undefined>(() => undefined);

  constructor(private readonly same: (a: V, b: V) => boolean = (a, b) => a === b) {}

  of(map: ReadonlyMap<string, V>): Facts<V> {
    if (!memoEnabled()) return new Facts(map);
    let facts = this.last.get();
    if (!facts) {
      this.last.set((facts = new Facts(map)));
      return facts;
    }
    const before = facts.table;
    // The same Map again may have been changed in place: nothing to compare it with.
    if (before === map) {
      facts.update(map, ALL);
      return facts;
    }
    // Another document changes most keys: past MOST_CHANGED of them and more than half, all count as changed (staling
    // every entry at once is cheaper than key by key, and the comparison stops there).
    const most = Math.max(MOST_CHANGED, Math.max(map.size, before.size) / 2);
    const changed: string[] = [];
    for (const [k, v] of map) {
      const b = before.get(k);
      if (b === undefined ? !before.has(k) || v !== undefined : v === undefined || !this.same(b, v))
        if (changed.push(k) > most) return this.allChanged(facts, map);
    }
    for (const k of before.keys()) if (!map.has(k) && changed.push(k) > most) return this.allChanged(facts, map);
    facts.update(map, changed);
    return facts;
  }

  private allChanged(facts: Facts<V>, map: ReadonlyMap<string, V>): Facts<V> {
    facts.update(map, ALL);
    return facts;
  }
}

/** The live listings of a list, flat as it is. */
function liveOf(list: Array<Marked | number>): Array<Marked | number> {
  const kept: Array<Marked | number> = [];
  for (let i = 0; i < list.length; i += 2)
    if (live(list[i] as Marked, list[i + 1] as number)) kept.push(list[i]!, list[i + 1]!);
  return kept;
}

/** No input yet: an entry made for a key and not computed. */
const UNSET: unique symbol = Symbol('unset');

/** A key's cached result, the input it was computed from and what document facts it read: one object per key,
 * computed again in place (stale once a fact it read changed). */
class FactEntry<V> implements Marked {
  value: V | undefined = undefined;
  input: unknown = UNSET;
  reads: Reads = [];
  stale = true;
  version = 0;
  /** When it was computed (factUpdates), and whether the tables it read list it yet. */
  at = 0;
  listed = false;
}

/**
 * Per-span results of a document pass: `get(key, input, compute)` returns the value computed for `key` (a textKey, or
 * a span's text with details of it) when the same `input` (===: the span's cached result from an earlier stage, say)
 * was given and no key of a Facts table that the computation read has changed since. `compute` must read nothing of
 * the document but the span `key` names, `input` and Facts tables. An entry read while another is computed passes
 * its reads on to that one (an outer result rests on what the inner one read). One entry per key: a span's latest.
 */
export class FactCheckedCache<V> {
  private readonly cache: KernelCache<string, FactEntry<V>>;

  constructor(max: number) {
    this.cache = new KernelCache<string, FactEntry<V>>(max, dropEntry);
  }

  get(key: string, input: unknown, compute: () => V): V {
    const scope = current;
    if (!scope.caches) return compute();
    const e = this.cache.get(key, () => new FactEntry<V>());
    if (e.input === input && !e.stale && (e.listed || listLate(e))) {
      if (scope.reads) mergeReads(scope.reads, e.reads);
      return e.value as V;
    }
    const outer = scope.reads;
    const reads: Reads = [];
    scope.reads = reads;
    let value: V;
    try {
      value = compute();
    } finally {
      scope.reads = outer;
    }
    // The version replaced is dropped: its listings go at the next sweep.
    e.version++;
    e.stale = false;
    e.value = value;
    e.input = input;
    e.reads = reads;
    // Listed under the keys it read only when it is asked for again: most text met once never is. Until then, whether
    // a fact it read changed is asked of the tables' update times.
    e.at = scope.factUpdates;
    e.listed = false;
    if (outer) mergeReads(outer, reads);
    return value;
  }
}

/** An entry asked for again, and not yet listed: stale if a fact it read changed since it was computed (false), else
 * listed under the keys it read (true). */
function listLate<V>(e: FactEntry<V>): boolean {
  const reads = e.reads;
  for (let i = 0; i < reads.length; i += 2)
    if ((reads[i] as Facts<unknown>).changedAfter(reads[i + 1] as string | typeof ALL, e.at)) {
      e.stale = true;
      return false;
    }
  for (let i = 0; i < reads.length; i += 2)
    (reads[i] as Facts<unknown>).register(e, reads[i + 1] as string | typeof ALL);
  e.listed = true;
  return true;
}

/** An entry its cache let go of: its listings are dead, and what it held is freed before they are swept out. */
function dropEntry<V>(e: FactEntry<V>): void {
  e.version++;
  e.stale = true;
  e.value = undefined;
  e.input = UNSET;
  e.reads = [];
}

function mergeReads(into: Reads, from: Reads): void {
  for (let i = 0; i < from.length; i++) into.push(from[i]!);
}
