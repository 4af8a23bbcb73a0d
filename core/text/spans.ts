// Finding the span that holds an offset, in spans sorted by start and not overlapping.
import type { Span } from '../types';
import { KernelCache } from './memo';

/** Index of the span with start <= at < end, by binary search; -1 when none holds it. */
export function indexOfSpanAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// Kernels cached by the text of a span (a sentence, a paragraph, a line). A slice of a document is, in V8, a view that
// keeps the whole document alive: a cache holding slices as keys would keep one old version of the document per edit.
// So this cache looks up with the slice but stores a flat copy, and computes the kernel on that copy, so nothing it
// keeps refers to the document.

const probe = new KernelCache<number, number>(1);
let probeCount = 0;

/** Whether memo.ts's kernel caches are on (it has no getter): a KernelCache answers the same twice only when on. */
function memoOn(): boolean {
  return probe.get(0, () => ++probeCount) === probe.get(0, () => ++probeCount);
}

/** A copy of s that refers to no other string. */
export const flatCopy = (s: string): string => (' ' + s).slice(1);

/** Bounded, in two generations like KernelCache, and off whenever KernelCache is off (setMemoEnabled). */
export class TextKernelCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly max: number) {}

  /** The kernel of `key`; `compute` gets the string to work on (a flat copy of `key` when the result is kept). */
  get(key: string, compute: (own: string) => V): V {
    if (!memoOn()) return compute(key);
    let v = this.young.get(key);
    if (v !== undefined) return v;
    const own = flatCopy(key);
    v = this.old.get(key);
    if (v === undefined) v = compute(own);
    if (this.young.size >= this.max) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(own, v);
    return v;
  }
}
