// Memoising pure string functions that the checks call on the same words edit after edit.

/** Wraps `fn` with a cache that is emptied, not grown, once it holds `max` entries (a long session stays bounded). */
export function memoiseString(fn: (s: string) => string, max: number): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
