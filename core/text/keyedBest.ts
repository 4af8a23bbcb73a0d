// A document map "key -> the value of the first entry of highest rank", over the entries of a document's parts in
// order (a surname -> the fullest name ending with it, over the entity names or the lines of the text), kept between
// analyses. Typing changes one part: the parts the last call had at the start and at the end (by ===) keep their
// entries, and only the keys the other parts' entries name are chosen again, so the map is the last call's (the same
// object) when no entry of a changed part names a key. The map equals a fresh computation's in its entries; its
// insertion order may differ, so a caller must read it by key (or in an order that does not matter).
import { memoEnabled, Scoped, unchangedParts } from './memo';

export interface RankedEntry {
  key: string;
  value: string;
  rank: number;
}

interface Kept<P> {
  parts: readonly P[];
  entries: ReadonlyArray<readonly RankedEntry[]>;
  map: ReadonlyMap<string, string>;
  /** The map's last change: the map before it and the keys chosen again (undefined: made afresh). */
  change?: { from: ReadonlyMap<string, string>; touched: ReadonlySet<string> };
}

const NOTHING: ReadonlySet<string> = new Set();

/** Keys chosen again one by one at most; more are chosen in one pass over the entries. */
const MAX_TOUCHED = 16;

export class KeyedBest<P> {
  private readonly last = new Scoped<Kept<P> | undefined>(() => undefined);

  /** `entriesOf` must be a function of the part alone; its arrays are kept and never mutated. */
  constructor(private readonly entriesOf: (part: P) => readonly RankedEntry[]) {}

  /** The map over `parts`: shared with the analyser's next call when unchanged, so never mutate it. */
  of(parts: readonly P[]): ReadonlyMap<string, string> {
    const keep = memoEnabled();
    const prev = keep ? this.last.get() : undefined;
    // Cleared while computing: a call that throws leaves nothing half-made behind.
    if (prev) this.last.set(undefined);
    let kept: Kept<P>;
    if (!prev) {
      const entries = parts.map((p) => this.entriesOf(p));
      kept = { parts: parts.slice(), entries, map: best(entries) };
    } else kept = this.update(prev, parts);
    if (keep) this.last.set(kept);
    return kept.map;
  }

  private update(prev: Kept<P>, parts: readonly P[]): Kept<P> {
    const before = prev.parts;
    const { head, tail } = unchangedParts(before, parts);
    const entries: (readonly RankedEntry[])[] = prev.entries.slice(0, head);
    const touched = new Set<string>();
    for (let k = head; k < before.length - tail; k++) {
      const old = prev.entries[k]!;
      for (let i = 0; i < old.length; i++) touched.add(old[i]!.key);
    }
    for (let k = head; k < parts.length - tail; k++) {
      const own = this.entriesOf(parts[k]!);
      for (let i = 0; i < own.length; i++) touched.add(own[i]!.key);
      entries.push(own);
    }
    for (let k = before.length - tail; k < before.length; k++) entries.push(prev.entries[k]!);
    if (!touched.size) return { parts: parts.slice(), entries, map: prev.map, change: prev.change };
    // Each key touched is chosen again over all the entries: past a few keys (another document, a paste), at once.
    if (touched.size > MAX_TOUCHED) return { parts: parts.slice(), entries, map: best(entries) };
    // Chosen again; the map changes (a new object) only when some key's value does.
    // One pass over the entries for all the touched keys, with index loops: this runs on every keystroke, mostly before
    // V8 optimises it, where each step of a for-of allocates.
    const values = new Map<string, string>();
    const ranks = new Map<string, number>();
    for (let l = 0; l < entries.length; l++) {
      const list = entries[l]!;
      for (let i = 0; i < list.length; i++) {
        const e = list[i]!;
        if (!touched.has(e.key)) continue;
        const r = ranks.get(e.key);
        if (r === undefined || e.rank > r) {
          values.set(e.key, e.value);
          ranks.set(e.key, e.rank);
        }
      }
    }
    let map: Map<string, string> | undefined;
    const changed = new Set<string>();
    for (const key of touched) {
      const value = values.get(key);
      if (value === prev.map.get(key)) continue;
      map ??= new Map(prev.map);
      if (value === undefined) map.delete(key);
      else map.set(key, value);
      changed.add(key);
    }
    if (!map) return { parts: parts.slice(), entries, map: prev.map, change: prev.change };
    return { parts: parts.slice(), entries, map, change: { from: prev.map, touched: changed } };
  }

  /**
   * The keys whose values may differ between two maps this analyser's calls returned, `from` the older: none when they
   * are the same map, the keys of the last change when `to` is the last map and `from` the one before that change, else
   * undefined (unknown: compare the maps).
   */
  touchedBetween(from: ReadonlyMap<string, string>, to: ReadonlyMap<string, string>): ReadonlySet<string> | undefined {
    if (from === to) return NOTHING;
    const kept = memoEnabled() ? this.last.get() : undefined;
    return kept?.map === to && kept.change?.from === from ? kept.change.touched : undefined;
  }
}

/** The map computed afresh: for each key, the first entry of highest rank. */
function best(entries: ReadonlyArray<readonly RankedEntry[]>): Map<string, string> {
  const map = new Map<string, string>();
  const rankOf = new Map<string, number>();
  for (const list of entries)
    for (const e of list) {
      const r = rankOf.get(e.key);
      if (r === undefined || e.rank > r) {
        map.set(e.key, e.value);
        rankOf.set(e.key, e.rank);
      }
    }
  return map;
}
