// The model file: weights and gazetteers packed into a few long strings, so the JSON stays small, parses fast and
// gives TypeScript a trivial type (a JSON import of 50k keys would slow the type-check).
import type { GazetteerData } from './gazetteer';
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
  const entries: Array<[string, Float32Array]> = [];
  for (const line of p.weights.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const a = new Float32Array(NTAGS);
    const parts = line.slice(tab + 1).split(',');
    for (let t = 0; t < NTAGS && t < parts.length; t++) if (parts[t]) a[t] = Number(parts[t]) / p.scale;
    entries.push([line.slice(0, tab), a]);
  }
  const weights: Weights = weightsFrom(entries);
  const places: Record<string, string> = {};
  for (const line of p.places.split('\n')) {
    const [k, v] = line.split('\t');
    if (k && v) places[k] = v;
  }
  const lex: Record<string, number> = {};
  for (const line of p.lex.split('\n')) {
    const [k, v] = line.split('\t');
    if (k && v) lex[k] = Number(v);
  }
  const canon: Record<string, string> = {};
  for (const line of (p.canon ?? '').split('\n')) {
    const [k, v] = line.split('\t');
    if (k && v) canon[k] = v;
  }
  return { weights, gazetteer: { places, first: p.first ? p.first.split('\n') : [], lex, canon } };
}
