// Greedy left-to-right averaged-perceptron BIO tagger over DocTokens. The weights come from models/ner-model.json.
import { dynamicFeatures, staticFeatures, Feats, PAIR_TEMPLATES, type DocTokens } from './features';
import type { GazetteerData } from './gazetteer';

export const TAGS = ['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-PLACE', 'I-PLACE', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;

export interface NerModelFile extends GazetteerData {
  version: number;
  /** Feature -> weights per tag (in TAGS order), scaled by `scale` and rounded to integers. */
  weights: Record<string, number[]>;
  scale: number;
}

/** Template -> value -> weights per tag; pair templates nest once more (template -> first -> second -> weights). */
export type Weights = Map<string, Map<string, unknown>>;

/** Builds the two-level lookup from "template=value" keys. */
export function weightsFrom(entries: Iterable<[string, ArrayLike<number>]>): Weights {
  const out: Weights = new Map();
  for (const [k, v] of entries) {
    const eq = k.indexOf('=');
    const t = k.slice(0, eq);
    let m = out.get(t);
    if (!m) out.set(t, (m = new Map()));
    const val = k.slice(eq + 1);
    if (PAIR_TEMPLATES.has(t)) {
      const sp = val.indexOf(' ');
      const a = val.slice(0, sp);
      let inner = m.get(a) as Map<string, ArrayLike<number>> | undefined;
      if (!inner) m.set(a, (inner = new Map()));
      inner.set(val.slice(sp + 1), v);
    } else m.set(val, v);
  }
  return out;
}

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, t: number): boolean {
  if (t === 0 || t % 2 === 1) return true;
  return prev === t || prev === t - 1;
}

export function score(w: Weights, f: Feats, out: Float64Array): void {
  out.fill(0);
  for (let k = 0; k < f.n; k++) {
    let v = w.get(f.t[k]!)?.get(f.v[k]!) as ArrayLike<number> | Map<string, ArrayLike<number>> | undefined;
    if (v && f.v2[k]) v = (v as Map<string, ArrayLike<number>>).get(f.v2[k]!);
    if (!v) continue;
    v = v as ArrayLike<number>;
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
  const feats = new Feats();
  for (const [s, e] of d.sents) {
    let prev = 0;
    let prev2 = 0;
    for (let i = s; i < e; i++) {
      let best = 0;
      if (d.cand[i] || prev !== 0) {
        feats.n = 0;
        staticFeatures(d, i, s, e, feats);
        dynamicFeatures(TAGS[prev]!, TAGS[prev2]!, d.shapes[i]!, feats);
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
