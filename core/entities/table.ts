// Sorted line tables: the model's lists stay the strings the model file holds ("key\tvalue\n" lines sorted by key in
// UTF-16 code-unit order) and are binary-searched in place. Loading costs nothing and holds no per-entry objects;
// a bounded memo in front keeps repeated lookups (the words of the document being edited) at Map speed.

/** Code-unit order, the order `a < b` on JS strings gives: what `sortKeys` sorts by and `find` searches by. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lines "key" or "key\tvalue" sorted by key in code-unit order, unique keys, no empty key. */
export function packLines(entries: Iterable<[string, string | undefined]>): string {
  const list = [...entries].sort((x, y) => byCodeUnits(x[0], y[0]));
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) {
    const [key, v] = list[k]!;
    if (!key || /[\t\n]/.test(key)) throw new Error(`table key not storable: ${JSON.stringify(key)}`);
    if (k > 0 && list[k - 1]![0] === key) throw new Error(`duplicate table key: ${key}`);
    out.push(v === undefined ? key : `${key}\t${v}`);
  }
  return out.join('\n');
}

/**
 * Compares the query a+b+c+d+e (concatenated, never built) with the key of the line starting at `pos` (its text up
 * to a tab, a newline or the end). Negative: the query sorts first; 0: equal; positive: the query sorts after.
 */
export function compareKey(s: string, pos: number, a: string, b: string, c: string, d: string, e: string): number {
  let p = pos;
  const n = s.length;
  for (let part = 0; part < 5; part++) {
    const q = part === 0 ? a : part === 1 ? b : part === 2 ? c : part === 3 ? d : e;
    for (let k = 0; k < q.length; k++) {
      const x = p < n ? s.charCodeAt(p) : 10;
      if (x === 9 || x === 10) return 1; // the line's key ended first: it is a proper prefix of the query
      const y = q.charCodeAt(k);
      if (y !== x) return y - x;
      p++;
    }
  }
  const x = p < n ? s.charCodeAt(p) : 10;
  return x === 9 || x === 10 ? 0 : -1;
}

/** Start of the line whose key is the query, or -1. With `lower`, the start of the first line whose key is not
 * below the query instead (s.length when none). */
export function findLine(s: string, a: string, b = '', c = '', d = '', e = '', lower = false): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const ls = mid === 0 ? 0 : s.lastIndexOf('\n', mid - 1) + 1;
    const cmp = compareKey(s, ls, a, b, c, d, e);
    if (cmp === 0 && !lower) return ls;
    if (cmp <= 0) hi = ls;
    else {
      const nl = s.indexOf('\n', ls);
      lo = nl < 0 ? s.length : nl + 1;
    }
  }
  return lower ? lo : -1;
}

/** Start offset of every line of `s` (none for an empty string): built once per table, one pass of indexOf. */
export function lineStartsOf(s: string): Int32Array {
  if (!s) return new Int32Array(0);
  let n = 1;
  for (let p = s.indexOf('\n'); p >= 0; p = s.indexOf('\n', p + 1)) n++;
  const out = new Int32Array(n);
  let k = 1;
  for (let p = s.indexOf('\n'); p >= 0; p = s.indexOf('\n', p + 1)) out[k++] = p + 1;
  return out;
}

/** findLine over the line starts of `s` (lineStartsOf): the same answers, without scanning for line breaks at every
 * step of the search. */
export function findLineIn(
  s: string,
  starts: Int32Array,
  a: string,
  b = '',
  c = '',
  d = '',
  e = '',
  lower = false,
): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const cmp = compareKey(s, starts[mid]!, a, b, c, d, e);
    if (cmp === 0 && !lower) return starts[mid]!;
    if (cmp <= 0) hi = mid;
    else lo = mid + 1;
  }
  return lower ? (lo < starts.length ? starts[lo]! : s.length) : -1;
}

/** True when some line's key starts with the query a+b. */
export function hasKeyWithPrefix(s: string, a: string, b = '', starts?: Int32Array): boolean {
  const at = starts ? findLineIn(s, starts, a, b, '', '', '', true) : findLine(s, a, b, '', '', '', true);
  if (at >= s.length) return false;
  // The first key not below the query starts with it if any does.
  return s.startsWith(a, at) && s.startsWith(b, at + a.length) && !a.includes('\t') && !b.includes('\t');
}

/** The value of the line at `pos` (after its tab), or '' when the line has none. */
export function valueAt(s: string, pos: number): string {
  let nl = s.indexOf('\n', pos);
  if (nl < 0) nl = s.length;
  const tab = s.indexOf('\t', pos);
  return tab >= 0 && tab < nl ? s.slice(tab + 1, nl) : '';
}

/** Set-like and map-like lookups on a sorted line table, memoised (bounded) per key. */
export class SortedTable {
  private memo = new Map<string, number>();
  private starts: Int32Array | undefined;

  constructor(
    readonly lines: string,
    private readonly memoMax = 20_000,
  ) {}

  /** Start of the key's line, or -1. */
  lineOf(key: string): number {
    let at = this.memo.get(key);
    if (at === undefined) {
      at = this.lines ? findLineIn(this.lines, this.lineStarts(), key) : -1;
      if (this.memo.size >= this.memoMax) this.memo.clear();
      this.memo.set(key, at);
    }
    return at;
  }

  /** Start offset of every line, built on the first lookup. */
  lineStarts(): Int32Array {
    return (this.starts ??= lineStartsOf(this.lines));
  }

  has(key: string): boolean {
    return this.lineOf(key) >= 0;
  }

  /** The key's value as a string, or undefined. */
  value(key: string): string | undefined {
    const at = this.lineOf(key);
    return at < 0 ? undefined : valueAt(this.lines, at);
  }
}

/** A SortedTable whose values are decoded by `decode` once per line, then handed out as the same value (the word
 * list's frequency bands, the attribution lexicon's entries, the embedding classes). */
export class DecodedTable<V> {
  private readonly table: SortedTable;
  private readonly values = new Map<number, V>();
  constructor(
    lines: string,
    private readonly decode: (value: string) => V,
  ) {
    this.table = new SortedTable(lines);
  }
  has(key: string): boolean {
    return this.table.has(key);
  }
  get(key: string): V | undefined {
    const at = this.table.lineOf(key);
    if (at < 0) return undefined;
    let v = this.values.get(at);
    if (v === undefined) {
      v = this.decode(valueAt(this.table.lines, at));
      if (this.values.size >= 50_000) this.values.clear();
      this.values.set(at, v);
    }
    return v;
  }
}

/** A table whose values are numbers, read as Number() reads them (the word list's frequency bands). */
export class NumberTable extends DecodedTable<number> {
  constructor(lines: string) {
    super(lines, Number);
  }
}
