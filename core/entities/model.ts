// The model file: weights and gazetteers packed into a few long strings, so the JSON stays small, parses fast and
// gives TypeScript a trivial type (a JSON import of 50k keys would slow the type-check).
import { Gazetteer, type GazetteerData } from './gazetteer';
import { NTAGS, weightsFrom, type NerModelFile, type Weights } from './tagger';

export interface PackedModel {
  version: number;
  scale: number;
  /** "feature\tw0,w1,...\n" with zero weights left empty. */
  weights: string;
  /** "name\tclass\n" */
  places: string;
  /** "name\n" */
  first: string;
  /** "word\tband\n" */
  lex: string;
  /** "alias\tname\n" */
  canon?: string;
}

export function encodeModel(m: NerModelFile): string {
  const packed: PackedModel = {
    version: m.version,
    scale: m.scale,
    weights: Object.entries(m.weights)
      .map(([f, v]) => `${f}\t${v.map((x) => (x ? String(x) : '')).join(',')}`)
      .join('\n'),
    places: Object.entries(m.places).map(([k, v]) => `${k}\t${v}`).join('\n'),
    first: m.first.join('\n'),
    lex: Object.entries(m.lex).map(([k, v]) => `${k}\t${v}`).join('\n'),
    canon: Object.entries(m.canon ?? {}).map(([k, v]) => `${k}\t${v}`).join('\n'),
  };
  return JSON.stringify(packed);
}

export function decodeModel(p: PackedModel): { weights: Weights; gazetteer: GazetteerData } {
  const lex: Record<string, number> = {};
  eachPair(p.lex, (k, v) => (lex[k] = Number(v)));
  const { places, first, canon } = decodeLists(p);
  return { weights: decodeWeights(p), gazetteer: { places, first, lex, canon } };
}

/** The tagger's weights and a ready gazetteer, the word list read straight into the map the gazetteer keeps. */
export function loadModel(p: PackedModel): { weights: Weights; gazetteer: Gazetteer } {
  const lex = new Map<string, number>();
  // As an object key "__proto__" would be dropped: keep the lookups identical to decodeModel's.
  eachPair(p.lex, (k, v) => k !== '__proto__' && lex.set(k, Number(v)));
  return { weights: decodeWeights(p), gazetteer: new Gazetteer({ ...decodeLists(p), lex: {} }, lex) };
}

// Decoding runs before the first diagnostics, so it scans the strings by index: splitting 30k lines into arrays of
// parts cost most of the start-up time in allocation and garbage collection.
function decodeWeights(p: PackedModel): Weights {
  const entries: Array<[string, Float32Array]> = [];
  const w = p.weights;
  for (let pos = 0; pos < w.length; ) {
    let nl = w.indexOf('\n', pos);
    if (nl < 0) nl = w.length;
    const tab = w.indexOf('\t', pos);
    if (tab >= 0 && tab < nl) {
      const a = new Float32Array(NTAGS);
      let t = 0;
      for (let q = tab + 1; q <= nl && t < NTAGS; t++) {
        let c = w.indexOf(',', q);
        if (c < 0 || c > nl) c = nl;
        if (c > q) a[t] = parseWeight(w, q, c) / p.scale;
        q = c + 1;
      }
      entries.push([w.slice(pos, tab), a]);
    }
    pos = nl + 1;
  }
  return weightsFrom(entries);
}

function decodeLists(p: PackedModel): Omit<GazetteerData, 'lex'> {
  const places: Record<string, string> = {};
  eachPair(p.places, (k, v) => (places[k] = v));
  const canon: Record<string, string> = {};
  eachPair(p.canon ?? '', (k, v) => (canon[k] = v));
  return { places, first: p.first ? p.first.split('\n') : [], canon };
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

/** "k\tv\n" lines with both parts non-empty, as `line.split('\t')` read them (a third field is ignored). */
function eachPair(s: string, f: (k: string, v: string) => void): void {
  for (let pos = 0; pos < s.length; ) {
    let nl = s.indexOf('\n', pos);
    if (nl < 0) nl = s.length;
    const tab = s.indexOf('\t', pos);
    if (tab > pos && tab < nl) {
      let end = s.indexOf('\t', tab + 1);
      if (end < 0 || end > nl) end = nl;
      if (end > tab + 1) f(s.slice(pos, tab), s.slice(tab + 1, end));
    }
    pos = nl + 1;
  }
}
