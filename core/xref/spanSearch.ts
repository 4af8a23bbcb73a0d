import { partitionPoint } from '../text/spans';
// Which of an article's (or a passage's) spans cover a stretch, by binary search instead of a walk over all of them:
// a check asks once per quote or figure, and a walk per question is quadratic in a paragraph of short quotes.

const orderedLists = new WeakMap<object, boolean>();

/** Whether the spans ascend by start and do not overlap (as the pipeline gives sentences, quotes, entities). */
function ordered<T>(items: readonly T[], start: (t: T) => number, end: (t: T) => number): boolean {
  let ok = orderedLists.get(items);
  if (ok === undefined) {
    ok = true;
    for (let i = 1; i < items.length && ok; i++)
      if (end(items[i - 1]!) > start(items[i]!) || end(items[i - 1]!) < start(items[i - 1]!)) ok = false;
    orderedLists.set(items, ok);
  }
  return ok;
}

/**
 * The items with start(t) <= a and end(t) >= b, in their order: the same as items.filter(...), in O(log n + answer)
 * when the items ascend and do not overlap (then their ends ascend too, and the answer is a run ending at the last
 * item starting at or before a). The list must not change after it was first asked about.
 */
export function covering<T>(
  items: readonly T[],
  a: number,
  b: number,
  start: (t: T) => number,
  end: (t: T) => number,
): T[] {
  if (!ordered(items, start, end)) return items.filter((t) => start(t) <= a && end(t) >= b);
  const lo = partitionPoint(0, items.length, (k) => start(items[k]!) <= a);
  const out: T[] = [];
  for (let i = lo - 1; i >= 0 && end(items[i]!) >= b; i--) out.push(items[i]!);
  return out.reverse();
}

/** items.findIndex((t) => start(t) <= x && end(t) >= x), by binary search when the items ascend and do not overlap. */
export function indexHolding<T>(
  items: readonly T[],
  x: number,
  start: (t: T) => number,
  end: (t: T) => number,
): number {
  if (!ordered(items, start, end)) return items.findIndex((t) => start(t) <= x && end(t) >= x);
  // The first item ending at or after x is the only one that can hold it (the items before it end before x).
  const lo = partitionPoint(0, items.length, (k) => end(items[k]!) < x);
  return lo < items.length && start(items[lo]!) <= x ? lo : -1;
}
