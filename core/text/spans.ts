// Binary searches, one of each kind: the span that holds an offset, the spans that start in a stretch, the first
// position of a sorted list not below a value, and the general form every search in the core is written with.
import type { Span } from '../types';

/**
 * The first i in [from, to) for which before(i) is false, or `to` when it is true throughout: `before` must be true
 * for a leading run of the range and false after it (a sorted list: "the item at i sorts before what is sought").
 * The last i for which it holds is the result minus one.
 */
export function partitionPoint(from: number, to: number, before: (i: number) => boolean): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in an ascending list holding x or more (its length when none does). */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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

/** The items of a list sorted by start that start in [from, to). */
export function startingIn<T extends { start: number }>(sorted: readonly T[], from: number, to: number): T[] {
  const lo = partitionPoint(0, sorted.length, (i) => sorted[i]!.start < from);
  const out: T[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < to; k++) out.push(sorted[k]!);
  return out;
}
