// Greedy left-to-right averaged-perceptron BIO tagger over DocTokens. The weights come from models/ner-model.json.
import { dynamicFeatures, staticFeatures, type DocTokens } from './features';
import type { GazetteerData } from './gazetteer';

export const TAGS = ['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-PLACE', 'I-PLACE', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;

export interface NerModelFile extends GazetteerData {
  version: number;
  /** Feature -> weights per tag (in TAGS order), scaled by `scale` and rounded to integers. */
  weights: Record<string, number[]>;
  scale: number;
}

export type Weights = Map<string, ArrayLike<number>>;

export function loadWeights(m: NerModelFile): Weights {
  const out: Weights = new Map();
  for (const [k, v] of Object.entries(m.weights)) {
    const a = new Float32Array(NTAGS);
    for (let t = 0; t < NTAGS; t++) a[t] = (v[t] ?? 0) / m.scale;
    out.set(k, a);
  }
  return out;
}

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, t: number): boolean {
  if (t === 0 || t % 2 === 1) return true;
  return prev === t || prev === t - 1;
}

export function score(w: Weights, feats: string[], out: Float64Array): void {
  out.fill(0);
  for (const f of feats) {
    const v = w.get(f);
    if (!v) continue;
    for (let t = 0; t < NTAGS; t++) out[t] = out[t]! + v[t]!;
  }
}

export interface Tagged {
  tags: Uint8Array;
  /** Margin of the chosen tag over the runner-up (0 where the token was never scored). */
  margin: Float32Array;
}

export function tagDoc(d: DocTokens, w: Weights): Tagged {
  const n = d.toks.length;
  const tags = new Uint8Array(n);
  const margin = new Float32Array(n);
  const sc = new Float64Array(NTAGS);
  for (const [s, e] of d.sents) {
    let prev = 0;
    let prev2 = 0;
    for (let i = s; i < e; i++) {
      let best = 0;
      if (d.cand[i] || prev !== 0) {
        const feats = staticFeatures(d, i, s, e).concat(dynamicFeatures(TAGS[prev]!, TAGS[prev2]!, d.shapes[i]!));
        score(w, feats, sc);
        let second = -Infinity;
        best = -1;
        for (let t = 0; t < NTAGS; t++) {
          if (!allowed(prev, t) || (!d.cand[i] && t % 2 === 1)) continue;
          if (best < 0 || sc[t]! > sc[best]!) {
            if (best >= 0) second = sc[best]!;
            best = t;
          } else if (sc[t]! > second) second = sc[t]!;
        }
        margin[i] = second === -Infinity ? 0 : sc[best]! - second;
      }
      tags[i] = best;
      prev2 = prev;
      prev = best;
    }
  }
  return { tags, margin };
}
