// The model file: weights and precomputed gazetteer tables packed into a few long strings of sorted lines, so the
// JSON stays small, parses fast and gives TypeScript a trivial type (a JSON import of 50k keys would slow the
// type-check). Loading keeps the strings as they are and binary-searches them (table.ts): nothing is decoded before
// the first lookup, and only the features and words a document uses are ever decoded (memoised, bounded).
import { Gazetteer, packGazetteer, type PackedGazetteer } from './gazetteer';
import { NTAGS, weightsFrom, type Decode, type NerModelFile, type Weights } from './tagger';
import { findLineIn, lineStartsOf, packLines } from './table';

export const MODEL_VERSION = 2;

export interface PackedModel extends PackedGazetteer {
  version: number;
  scale: number;
  /** Absent in models trained for greedy decoding. */
  decode?: Decode;
  /** "feature\tw0,w1,...\n" lines sorted by feature (code units), with zero weights left empty. */
  weights: string;
}

export function encodeModel(m: NerModelFile): string {
  const packed: PackedModel = {
    version: MODEL_VERSION,
    scale: m.scale,
    ...(m.decode && m.decode !== 'greedy' ? { decode: m.decode } : {}),
    weights: packLines(Object.entries(m.weights).map(([f, v]) => [f, v.map((x) => (x ? String(x) : '')).join(',')])),
    ...packGazetteer(m),
  };
  return JSON.stringify(packed);
}

/** The tagger's weights and a ready gazetteer. */
export function loadModel(p: PackedModel): { weights: Weights; gazetteer: Gazetteer } {
  if (p.version !== MODEL_VERSION)
    throw new Error(`ner model version ${p.version}, expected ${MODEL_VERSION}: run npm run train`);
  return { weights: new PackedWeights(p.weights, p.scale, p.decode ?? 'greedy'), gazetteer: new Gazetteer(p) };
}

/** Every weight decoded up front into Maps (tests compare the lazy reader against it). */
export function decodeModel(p: PackedModel): { weights: Weights; gazetteer: Gazetteer } {
  const entries: Array<[string, Float32Array]> = [];
  const w = p.weights;
  for (let pos = 0; pos < w.length;) {
    let nl = w.indexOf('\n', pos);
    if (nl < 0) nl = w.length;
    const tab = w.indexOf('\t', pos);
    if (tab >= 0 && tab < nl) {
      const a = new Float32Array(NTAGS);
      decodeRow(w, tab, nl, p.scale, a, 0);
      entries.push([w.slice(pos, tab), a]);
    }
    pos = nl + 1;
  }
  return { weights: weightsFrom(entries, p.decode ?? 'greedy'), gazetteer: new Gazetteer(p) };
}

/** The comma-separated weights after the tab at `tab`, up to `nl`, into out[at .. at + NTAGS) (empty ones stay 0). */
function decodeRow(w: string, tab: number, nl: number, scale: number, out: Float32Array, at: number): void {
  let t = 0;
  for (let q = tab + 1; q <= nl && t < NTAGS; t++) {
    let c = w.indexOf(',', q);
    if (c < 0 || c > nl) c = nl;
    if (c > q) out[at + t] = parseWeight(w, q, c) / scale;
    q = c + 1;
  }
}

const MEMO_MAX = 60_000;

/** Weights read from the packed string on demand: each (template, value) looked up once is memoised with its row in
 * one growing Float32Array; unknown features are memoised as -1. Everything is dropped past MEMO_MAX entries. */
class PackedWeights implements Weights {
  rows = new Float32Array(4096 * NTAGS);
  private used = 0;
  private size = 0;
  private single = new Map<string, Map<string, number>>();
  private pairs = new Map<string, Map<string, Map<string, number>>>();
  /** Line starts of the packed weights, built on the first lookup (a binary search over them scans no text). */
  private starts: Int32Array | undefined;

  constructor(
    private readonly w: string,
    private readonly scale: number,
    readonly decode: Decode,
  ) {}

  find(t: string, v: string, v2: string): number {
    if (v2) {
      let m = this.pairs.get(t);
      if (!m) this.pairs.set(t, (m = new Map()));
      let inner = m.get(v);
      if (!inner) m.set(v, (inner = new Map()));
      let r = inner.get(v2);
      if (r === undefined) inner.set(v2, (r = this.load(t, v, v2)));
      return r;
    }
    let m = this.single.get(t);
    if (!m) this.single.set(t, (m = new Map()));
    let r = m.get(v);
    if (r === undefined) m.set(v, (r = this.load(t, v, '')));
    return r;
  }

  private load(t: string, v: string, v2: string): number {
    if (++this.size > MEMO_MAX) this.reset();
    // A pair template's key is "template=first second"; any other's "template=value".
    const starts = (this.starts ??= lineStartsOf(this.w));
    const pos = v2 ? findLineIn(this.w, starts, t, '=', v, ' ', v2) : findLineIn(this.w, starts, t, '=', v);
    if (pos < 0) return -1;
    let nl = this.w.indexOf('\n', pos);
    if (nl < 0) nl = this.w.length;
    const tab = this.w.indexOf('\t', pos);
    if (tab < 0 || tab > nl) return -1;
    if ((this.used + 1) * NTAGS > this.rows.length) {
      const grown = new Float32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const r = this.used++;
    decodeRow(this.w, tab, nl, this.scale, this.rows, r * NTAGS);
    return r;
  }

  private reset(): void {
    this.single = new Map();
    this.pairs = new Map();
    this.rows = new Float32Array(4096 * NTAGS);
    this.used = 0;
    this.size = 1;
  }
}

/** The integer in s[from, to) exactly as Number() reads it; anything but an optional minus and digits goes to Number(). */
function parseWeight(s: string, from: number, to: number): number {
  let i = from;
  const neg = s.charCodeAt(i) === 45;
  if (neg) i++;
  if (i >= to || to - i > 15) return Number(s.slice(from, to));
  let n = 0;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(s.slice(from, to));
    n = n * 10 + d;
  }
  return neg ? -n : n;
}
