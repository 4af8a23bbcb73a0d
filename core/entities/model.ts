// The model file: weights and precomputed gazetteer tables packed into a few long strings of sorted lines, so the
// JSON stays small, parses fast and gives TypeScript a trivial type (a JSON import of 50k keys would slow the
// type-check). Loading decodes the weights (about 10,000 rows) into typed rows and Maps at once, and keeps the
// gazetteer's strings as they are, binary-searched (table.ts) with a bounded memo in front.
import { Gazetteer, packGazetteer, type PackedGazetteer } from './gazetteer';
import { NTAGS, weightsFrom, type Decode, type NerModelFile, type Weights } from './tagger';
import { PAIR_TEMPLATES } from './features';
import { packLines } from './table';

export const MODEL_VERSION = 2;

export interface PackedModel extends PackedGazetteer {
  version: number;
  scale: number;
  /** Absent in models trained for greedy decoding. */
  decode?: Decode;
  /** "feature\tw0,w1,...\n" lines sorted by feature (code units), with zero weights left empty. */
  weights: string;
  /**
   * The rows of `weights` decoded ahead of time (dist/ner-model.bin, see decodedRows): `weights` then holds each row's
   * feature alone, one a line in the same order, and row r is rows[r * NTAGS, (r + 1) * NTAGS). Never in the JSON.
   */
  rows?: Float32Array;
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
  return {
    weights: new DecodedWeights(p.weights, p.scale, p.decode ?? 'greedy', p.rows),
    gazetteer: new Gazetteer(p),
  };
}

/**
 * The packed weights as loadModel decodes them: every row, and each row's feature one a line, for a model file that
 * stores the rows as numbers (the numbers are parseWeight's divided by the scale, as a float32, so loading either form
 * gives the same rows bit for bit).
 */
export function decodedRows(p: PackedModel): { features: string; rows: Float32Array } {
  const features: string[] = [];
  const rows: number[] = [];
  const row = new Float32Array(NTAGS);
  const w = p.weights;
  for (let pos = 0; pos < w.length;) {
    let nl = w.indexOf('\n', pos);
    if (nl < 0) nl = w.length;
    const tab = w.indexOf('\t', pos);
    if (tab >= 0 && tab < nl) {
      row.fill(0);
      decodeRow(w, tab, nl, p.scale, row, 0);
      features.push(w.slice(pos, tab));
      rows.push(...row);
    }
    pos = nl + 1;
  }
  return { features: features.join('\n'), rows: Float32Array.from(rows) };
}

/** Every weight decoded into Maps by the training path (weightsFrom): tests compare the loaded weights against it. */
export function decodeModel(p: PackedModel): { weights: Weights; gazetteer: Gazetteer } {
  const { features, rows } = p.rows ? { features: p.weights, rows: p.rows } : decodedRows(p);
  const entries = (features ? features.split('\n') : []).map((f, r): [string, Float32Array] => [
    f,
    rows.slice(r * NTAGS, (r + 1) * NTAGS),
  ]);
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

/** Weights decoded from the packed string once, at load, into one Float32Array of rows and Maps from (template,
 * value) or (template, first, second) to a row. The model holds about 10,000 features: decoding them all costs a few
 * milliseconds once, where reading them lazily cost a binary search and a memo insertion for every new word of every
 * document, most of them misses. */
class DecodedWeights implements Weights {
  readonly rows: Float32Array;
  private readonly single = new Map<string, Map<string, number>>();
  private readonly pairs = new Map<string, Map<string, Map<string, number>>>();

  /** `rows` given: `w` holds the features alone, one a line (PackedModel.rows), and nothing is decoded. */
  constructor(
    w: string,
    scale: number,
    readonly decode: Decode,
    rows?: Float32Array,
  ) {
    let lines = 0;
    if (!rows) for (let p = w.indexOf('\t'); p >= 0; p = w.indexOf('\t', p + 1)) lines++;
    this.rows = rows ?? new Float32Array(lines * NTAGS);
    let r = 0;
    // Lines are sorted by feature, so a template's lines are consecutive: its name is sliced and its map found once.
    let t = '';
    let single: Map<string, number> | undefined;
    let pairs: Map<string, Map<string, number>> | undefined;
    for (let pos = 0; pos < w.length;) {
      let nl = w.indexOf('\n', pos);
      if (nl < 0) nl = w.length;
      // With the rows given a line is its feature; otherwise the feature ends at the tab before the row's numbers.
      const tab = rows ? nl : w.indexOf('\t', pos);
      if (rows ? nl > pos : tab >= 0 && tab < nl) {
        if (!rows) decodeRow(w, tab, nl, scale, this.rows, r * NTAGS);
        const eq = w.indexOf('=', pos);
        if (eq < 0 || eq > tab) this.index(w.slice(pos, tab), r);
        else {
          if (!(eq - pos === t.length && w.startsWith(t, pos))) {
            t = w.slice(pos, eq);
            single = pairs = undefined;
          }
          if (PAIR_TEMPLATES.has(t)) {
            const sp = w.indexOf(' ', eq + 1);
            // A pair key without its second word: no lookup could ask for it.
            if (sp >= 0 && sp < tab) {
              if (!pairs) {
                pairs = this.pairs.get(t);
                if (!pairs) this.pairs.set(t, (pairs = new Map()));
              }
              const a = w.slice(eq + 1, sp);
              let inner = pairs.get(a);
              if (!inner) pairs.set(a, (inner = new Map()));
              const b = w.slice(sp + 1, tab);
              if (!inner.has(b)) inner.set(b, r);
            }
          } else {
            if (!single) {
              single = this.single.get(t);
              if (!single) this.single.set(t, (single = new Map()));
            }
            const val = w.slice(eq + 1, tab);
            if (!single.has(val)) single.set(val, r);
          }
        }
        r++;
      }
      pos = nl + 1;
    }
  }

  /** A pair template's key is "template=first second"; any other's "template=value" (words hold no spaces). */
  private index(key: string, r: number): void {
    const eq = key.indexOf('=');
    const t = key.slice(0, eq);
    const val = key.slice(eq + 1);
    if (PAIR_TEMPLATES.has(t)) {
      const sp = val.indexOf(' ');
      if (sp < 0) return; // a pair key without its second word: no lookup could ask for it
      let m = this.pairs.get(t);
      if (!m) this.pairs.set(t, (m = new Map()));
      const a = val.slice(0, sp);
      let inner = m.get(a);
      if (!inner) m.set(a, (inner = new Map()));
      if (!inner.has(val.slice(sp + 1))) inner.set(val.slice(sp + 1), r);
    } else {
      let m = this.single.get(t);
      if (!m) this.single.set(t, (m = new Map()));
      if (!m.has(val)) m.set(val, r);
    }
  }

  find(t: string, v: string, v2: string): number {
    const r = v2 ? this.pairs.get(t)?.get(v)?.get(v2) : this.single.get(t)?.get(v);
    return r ?? -1;
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
