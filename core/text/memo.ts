// Memoising pure functions that the analysis calls on the same words, sentences and passages edit after edit.
// Typing changes one sentence; everything keyed on the text of the others is found here instead of recomputed.
// Correctness rests on purity: a key must encode every input the computation reads, and a cached value must never be
// mutated by a caller (copy before shifting offsets or sorting). test/unit/incremental.test.ts checks, over random
// edits, that results with caches on are identical to results computed with caches off.

let enabled = true;

/** Whether kernel caches are on; code with a cached and an uncached path (reading in one pass) asks this. */
export function memoEnabled(): boolean {
  return enabled;
}

/** Turns every kernel cache off (tests compare cached against uncached results); returns the previous setting. */
export function setMemoEnabled(on: boolean): boolean {
  const was = enabled;
  enabled = on;
  return was;
}

/** Analyses begun so far: the caches' clock (the façade counts each check and annotate). */
let analyses = 0;

/** Called by the façade at the start of each analysis. */
export function analysisStarted(): void {
  analyses++;
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
 * (or old: GENERATION_ANALYSES) the old one is dropped. What the last few analyses used stays; a long session or a
 * batch of files stays bounded.
 */
export class KernelCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private bornAt = analyses;

  constructor(private readonly max: number) {}

  /**
   * The value for `key`, computed on a miss. `compute` gets a flat copy of a string key: a value built from it (a
   * slice of a token, say) refers to that copy, not to the article the key was cut from.
   */
  get(key: K, compute: (key: K) => V): V {
    if (!enabled) return compute(key);
    let v = this.young.get(key);
    if (v !== undefined) return v;
    // A key sliced from (or concatenated with a slice of) the article would keep that whole version alive in V8.
    const own = typeof key === 'string' ? (flatCopy(key) as K) : key;
    v = this.old.get(key);
    if (v === undefined) v = compute(own);
    if (this.young.size >= this.max || analyses - this.bornAt >= GENERATION_ANALYSES) {
      this.old = this.young;
      this.young = new Map();
      this.bornAt = analyses;
    }
    this.young.set(own, v);
    return v;
  }

  clear(): void {
    this.young.clear();
    this.old.clear();
  }
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
