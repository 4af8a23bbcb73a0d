// Finding the span that holds an offset, in spans sorted by start and not overlapping.
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
