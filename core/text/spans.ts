// Spans sorted by start, searched by binary search: the span that holds an offset, the spans that start in a stretch.
import type { Span } from '../types';

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
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < to; k++) out.push(sorted[k]!);
  return out;
}
