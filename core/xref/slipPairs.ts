// Which of an article's spellings may be slips of one another (the entity-inconsistent check compares only these).
// Two spellings within the edit budget share a string left after deleting at most that many letters from each, so
// spellings are grouped by those strings ("variants") instead of comparing every pair. Building the groups costs the
// square of a name's length per spelling: for a 5,000-word article it was a fifth of the CPU of each keystroke. An
// edit changes a spelling or two, so the groups are kept between checks and only the spellings that came or went are
// added or removed; the pairs come out exactly as a fresh computation gives them (test/unit/slipPairs.test.ts).
import { spellingBudget } from './names';

/** Longer capitalised "words" are no names (and would cost the square of their length to vary). */
export const MAX_NAME_LENGTH = 48;
/**
 * A variant shared by more spellings than this is too common to tell a slip from another name: it pairs nobody (this
 * bounds the pairs compared; real articles have no such crowd of near-twins).
 */
export const MAX_SHARED = 64;

/**
 * The variants of a spelling, each once: the spelling and the spelling with one doubled letter undone (marked, so they
 * pair only with each other: oneLetterDoubled), and the strings left after deleting up to spellingBudget letters.
 */
export function variantsOf(surface: string): string[] {
  if (surface.length > MAX_NAME_LENGTH) return [];
  const l = surface.toLowerCase();
  const out = new Set<string>(['\u0001' + l]);
  for (let k = 1; k < l.length; k++) if (l[k] === l[k - 1]) out.add('\u0001' + l.slice(0, k) + l.slice(k + 1));
  const budget = spellingBudget(surface.length);
  if (budget > 0) for (const d of deletions(l, budget)) out.add(d);
  return [...out];
}

/** The distinct strings left after deleting up to n characters of w. */
function deletions(w: string, n: number): Set<string> {
  const out = new Set<string>([w]);
  let level = [w];
  for (let k = 0; k < n; k++) {
    const next: string[] = [];
    for (const x of level) {
      for (let i = 0; i < x.length; i++) {
        const d = x.slice(0, i) + x.slice(i + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    }
    level = next;
  }
  return out;
}

/**
 * The slip candidates of a changing set of spellings. `pairs(surfaces)` gives every pair (indices i < j, sorted) of
 * spellings sharing a variant that at most MAX_SHARED spellings share; state carried between calls only saves work.
 */
export class SlipPairs {
  /** The spellings of the last call, with their variants. */
  private readonly variants = new Map<string, string[]>();
  /** Variant → the spellings that have it. */
  private readonly buckets = new Map<string, string[]>();
  /** Spelling → spelling → how many variants (of buckets not over MAX_SHARED) the two share; both directions. */
  private readonly shared = new Map<string, Map<string, number>>();

  pairs(surfaces: readonly string[]): Array<[number, number]> {
    const now = new Set(surfaces);
    let kept = 0;
    for (const s of surfaces) if (this.variants.has(s)) kept++;
    // Another article (a batch of files): starting afresh is cheaper than removing every spelling of the last one.
    if (kept * 2 < this.variants.size) this.clear();
    for (const s of [...this.variants.keys()]) if (!now.has(s)) this.remove(s);
    for (const s of surfaces) if (!this.variants.has(s)) this.add(s);
    const at = new Map<string, number>();
    surfaces.forEach((s, i) => at.set(s, i));
    const out: Array<[number, number]> = [];
    for (const [a, partners] of this.shared) {
      const i = at.get(a)!;
      for (const b of partners.keys()) {
        const j = at.get(b)!;
        if (i < j) out.push([i, j]);
      }
    }
    return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  }

  clear(): void {
    this.variants.clear();
    this.buckets.clear();
    this.shared.clear();
  }

  private add(s: string): void {
    const vs = variantsOf(s);
    this.variants.set(s, vs);
    for (const v of vs) {
      const b = this.buckets.get(v);
      if (!b) {
        this.buckets.set(v, [s]);
        continue;
      }
      b.push(s);
      if (b.length <= MAX_SHARED) for (let k = 0; k < b.length - 1; k++) this.count(b[k]!, s, 1);
      // The bucket has just become too common: the pairs it made no longer count.
      else if (b.length === MAX_SHARED + 1) this.countAll(b.slice(0, MAX_SHARED), -1);
    }
  }

  private remove(s: string): void {
    for (const v of this.variants.get(s)!) {
      const b = this.buckets.get(v)!;
      if (b.length <= MAX_SHARED) for (const m of b) if (m !== s) this.count(m, s, -1);
      b.splice(b.indexOf(s), 1);
      if (b.length === 0) this.buckets.delete(v);
      // Back within the limit: its pairs count again.
      else if (b.length === MAX_SHARED) this.countAll(b, 1);
    }
    this.variants.delete(s);
  }

  private countAll(members: readonly string[], by: 1 | -1): void {
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) this.count(members[x]!, members[y]!, by);
  }

  private count(a: string, b: string, by: 1 | -1): void {
    this.bump(a, b, by);
    this.bump(b, a, by);
  }

  private bump(a: string, b: string, by: 1 | -1): void {
    let partners = this.shared.get(a);
    if (!partners) this.shared.set(a, (partners = new Map()));
    const n = (partners.get(b) ?? 0) + by;
    if (n > 0) partners.set(b, n);
    else {
      partners.delete(b);
      if (partners.size === 0) this.shared.delete(a);
    }
  }
}
