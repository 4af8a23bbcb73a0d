// The averaged perceptron behind the name tagger, over integer feature ids: every token's tag-independent features
// are turned into ids once (core/entities/features.ts builds them, exactly as the product does), so an epoch only adds
// and compares numbers. Two decoders, both as the product runs them (core/entities/tagger.ts): greedy left to right
// with the two previous tags as features, or first-order Viterbi over the BIO tags trained as a structured perceptron
// (Collins 2002), whose tag features are the previous tag and the previous tag with the token's shape.
// Deterministic: a seeded shuffle, no clock.
import {
  staticFeatures,
  dynamicFeatures,
  tagFeatures,
  tagShapeFeatures,
  Feats,
  type DocTokens,
} from '../../core/entities/features';
import { TAGS, NTAGS, admissible, allowed } from '../../core/entities/tagger';

export interface TrainDoc {
  name: string;
  d: DocTokens;
  gold: Uint8Array;
}

export type Decode = 'greedy' | 'viterbi';

export function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feature strings <-> ids, shared by every document a run prepares. */
export class FeatureIds {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  id(k: string): number {
    let v = this.ids.get(k);
    if (v === undefined) {
      v = this.names.length;
      this.ids.set(k, v);
      this.names.push(k);
    }
    return v;
  }
}

/** One sentence's tokens, their features as ids. */
interface PreparedSent {
  doc: TrainDoc;
  s: number;
  e: number;
  /** Static feature ids of token s + k: feats[off[k] .. off[k + 1]). Tokens the tagger never scores have none. */
  feats: Int32Array;
  off: Int32Array;
  /** Per token: 1 scored whatever came before (capitalised candidate), 2 scored only after a name (continuation). */
  gate: Uint8Array;
  /** Shape feature id for each previous tag: tsId[k * NTAGS + p]. */
  tsId: Int32Array;
}

/** Turns the documents' tokens into feature ids once. */
/** With `domain`, every static feature also gets a copy private to that training corpus ("domain~template=value"):
 * the shared copy learns what the corpora agree on, the private one a corpus's own conventions (Daumé 2007,
 * "frustratingly easy domain adaptation"). The model file keeps the shared copy (train-ner.ts, buildModel). */
export function prepareSents(docs: TrainDoc[], fx: FeatureIds, drop?: Set<string>, domain?: string): PreparedSent[] {
  const out: PreparedSent[] = [];
  const f = new Feats();
  for (const doc of docs) {
    const d = doc.d;
    for (const [s, e] of d.sents) {
      const n = e - s;
      const off = new Int32Array(n + 1);
      const gate = new Uint8Array(n);
      const ids: number[] = [];
      const ts = new Int32Array(n * NTAGS);
      for (let i = s; i < e; i++) {
        off[i - s] = ids.length;
        gate[i - s] = d.cand[i] ? 1 : d.cont[i] ? 2 : 0;
        if (!gate[i - s]) continue;
        f.n = 0;
        staticFeatures(d, i, s, e, f);
        for (const k of f.keys())
          if (!drop?.size || !drop.has(k.slice(0, k.indexOf('=')))) {
            ids.push(fx.id(k));
            if (domain) ids.push(fx.id(`${domain}~${k}`));
          }
        for (let p = 0; p < NTAGS; p++) {
          f.n = 0;
          tagShapeFeatures(TAGS[p]!, d.shapes[i]!, f);
          ts[(i - s) * NTAGS + p] = fx.id(f.keys()[0]!);
        }
      }
      off[n] = ids.length;
      out.push({ doc, s, e, feats: Int32Array.from(ids), off, gate, tsId: ts });
    }
  }
  return out;
}

/** Averaged perceptron over feature ids (weights for NTAGS tags per feature), averaged lazily (Daumé's trick). */
class Perceptron {
  w = new Float64Array(0);
  tot = new Float64Array(0);
  ts = new Float64Array(0);
  c = 0;

  ensure(nfeat: number): void {
    if (this.w.length >= nfeat * NTAGS) return;
    const size = Math.max(nfeat * NTAGS, this.w.length * 2);
    const grow = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.w = grow(this.w);
    this.tot = grow(this.tot);
    this.ts = grow(this.ts);
  }

  /** Adds the weights of features ids[from, to) for every tag to out. */
  addScores(ids: Int32Array, from: number, to: number, out: Float64Array): void {
    const w = this.w;
    for (let k = from; k < to; k++) {
      const o = ids[k]! * NTAGS;
      for (let t = 0; t < NTAGS; t++) out[t] = out[t]! + w[o + t]!;
    }
  }

  bump(f: number, t: number, d: number): void {
    const q = f * NTAGS + t;
    this.tot[q] = this.tot[q]! + (this.c - this.ts[q]!) * this.w[q]!;
    this.ts[q] = this.c;
    this.w[q] = this.w[q]! + d;
  }

  averaged(names: string[]): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    const n = Math.min(names.length, this.w.length / NTAGS);
    for (let f = 0; f < n; f++) {
      let any = false;
      const a = new Float64Array(NTAGS);
      for (let t = 0; t < NTAGS; t++) {
        const q = f * NTAGS + t;
        a[t] = (this.tot[q]! + (this.c - this.ts[q]!) * this.w[q]!) / Math.max(1, this.c);
        if (a[t]) any = true;
      }
      if (any) out.set(names[f]!, a);
    }
    return out;
  }
}

/** Ids of the tag features: 't=X', 't2=A,B' (greedy only). */
function tagIds(fx: FeatureIds): { t: Int32Array; t2: Int32Array } {
  const f = new Feats();
  const t = new Int32Array(NTAGS);
  const t2 = new Int32Array(NTAGS * NTAGS);
  for (let p = 0; p < NTAGS; p++)
    for (let p2 = 0; p2 < NTAGS; p2++) {
      f.n = 0;
      tagFeatures(TAGS[p]!, TAGS[p2]!, f);
      const [a, b] = f.keys();
      t[p] = fx.id(a!);
      t2[p * NTAGS + p2] = fx.id(b!);
    }
  return { t, t2 };
}
void dynamicFeatures;

export interface TrainOptions {
  epochs: number;
  decode: Decode;
  /** Word dropout (Viterbi only): the chance that a scored token's word-identity features (WORD_TEMPLATES) are hidden
   * for one training pass over its sentence, so that context, shape and document features learn to carry names the
   * training text never had. The product always sees every feature. */
  wordDrop?: number;
  /** The same for the token's gazetteer features ('g'): a list entry is evidence, not the answer. */
  gazDrop?: number;
  seed?: number;
  /** How much larger an update is where the gold tag is an organisation's and the guess is not (1: as any other). */
  orgCost?: number;
  log?: (line: string) => void;
}

/** Trains on the prepared sentences; returns the averaged weights by feature name. */
export function trainPerceptron(sents: PreparedSent[], fx: FeatureIds, opts: TrainOptions): Map<string, Float64Array> {
  const tids = tagIds(fx);
  const p = new Perceptron();
  p.ensure(fx.names.length);
  const rnd = mulberry32(opts.seed ?? 20250212);
  const order = sents.slice();
  const sc = new Float64Array(NTAGS);
  const drop: Dropout | undefined =
    opts.wordDrop || opts.gazDrop
      ? {
          word: opts.wordDrop ?? 0,
          gaz: opts.gazDrop ?? 0,
          rnd: mulberry32((opts.seed ?? 20250212) ^ 0x5eed),
          kind: new Uint8Array(0),
          names: fx.names,
        }
      : undefined;
  for (let ep = 0; ep < opts.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errs = 0;
    let n = 0;
    for (const ps of order) {
      if (opts.decode === 'greedy') {
        const r = greedySentence(p, ps, tids, sc);
        errs += r.errs;
        n += r.n;
      } else {
        const r = viterbiSentence(p, ps, tids, drop, opts.orgCost ?? 1);
        errs += r.errs;
        n += r.n;
      }
    }
    opts.log?.(`epoch ${ep + 1}: ${errs}/${n} scored tokens wrong`);
  }
  return p.averaged(fx.names);
}

function greedySentence(
  p: Perceptron,
  ps: PreparedSent,
  tids: { t: Int32Array; t2: Int32Array },
  sc: Float64Array,
): { errs: number; n: number } {
  const { doc, s, e, feats, off, gate, tsId } = ps;
  let prev = 0;
  let prev2 = 0;
  let errs = 0;
  let n = 0;
  for (let i = s; i < e; i++) {
    const k = i - s;
    const gold = doc.gold[i]!;
    let guess = 0;
    if (gate[k] === 1 || (prev !== 0 && gate[k] === 2)) {
      sc.fill(0);
      p.addScores(feats, off[k]!, off[k + 1]!, sc);
      const dyn = [tids.t[prev]!, tids.t2[prev * NTAGS + prev2]!, tsId[k * NTAGS + prev]!];
      for (const f of dyn) for (let t = 0; t < NTAGS; t++) sc[t] = sc[t]! + p.w[f * NTAGS + t]!;
      guess = -1;
      for (let t = 0; t < NTAGS; t++) {
        if (!allowed(prev, t) || (gate[k] !== 1 && t % 2 === 1)) continue;
        if (guess < 0 || sc[t]! > sc[guess]!) guess = t;
      }
      p.c++;
      if (guess !== gold) {
        for (let q = off[k]!; q < off[k + 1]!; q++) {
          p.bump(feats[q]!, gold, 1);
          p.bump(feats[q]!, guess, -1);
        }
        for (const f of dyn) {
          p.bump(f, gold, 1);
          p.bump(f, guess, -1);
        }
        errs++;
      }
      n++;
    }
    prev2 = prev;
    prev = guess;
  }
  return { errs, n };
}

/** The gold tags projected onto what the decoder can output (a lower-case name the gating never scores becomes O). */
function reachableGold(ps: PreparedSent): Uint8Array {
  const n = ps.e - ps.s;
  const g = new Uint8Array(n);
  let prev = 0;
  for (let k = 0; k < n; k++) {
    let t = ps.doc.gold[ps.s + k]!;
    if (!admissible(ps.gate[k]!, prev, t)) {
      // An I- whose B- was dropped starts the name here if it may.
      if (t !== 0 && t % 2 === 0 && admissible(ps.gate[k]!, prev, t - 1)) t = t - 1;
      else t = 0;
    }
    g[k] = t;
    prev = t;
  }
  return g;
}

const NEG = -1e30;

/** First-order Viterbi over the sentence with the current weights; returns the best path. */
function viterbiPath(
  p: Perceptron,
  ps: PreparedSent,
  tids: { t: Int32Array },
  emit: Float64Array,
  delta: Float64Array,
  back: Int8Array,
  hide?: Uint8Array,
  kind?: Uint8Array,
): Uint8Array {
  const { feats, off, gate, tsId } = ps;
  const n = ps.e - ps.s;
  const w = p.w;
  for (let k = 0; k < n; k++) {
    const em = k * NTAGS;
    for (let t = 0; t < NTAGS; t++) emit[em + t] = 0;
    if (gate[k]) {
      const h = hide ? hide[k]! : 0;
      for (let q = off[k]!; q < off[k + 1]!; q++) {
        if (h && h & kind![feats[q]!]!) continue;
        const o = feats[q]! * NTAGS;
        for (let t = 0; t < NTAGS; t++) emit[em + t] = emit[em + t]! + w[o + t]!;
      }
    }
    for (let t = 0; t < NTAGS; t++) {
      let best = NEG;
      let arg = 0;
      for (let pr = 0; pr < NTAGS; pr++) {
        const before = k === 0 ? (pr === 0 ? 0 : NEG) : delta[(k - 1) * NTAGS + pr]!;
        if (before <= NEG / 2 || !admissible(gate[k]!, pr, t)) continue;
        let v = before;
        if (gate[k]) v += w[tids.t[pr]! * NTAGS + t]! + w[tsId[k * NTAGS + pr]! * NTAGS + t]!;
        if (v > best) {
          best = v;
          arg = pr;
        }
      }
      delta[k * NTAGS + t] = best <= NEG / 2 ? NEG : best + emit[em + t]!;
      back[k * NTAGS + t] = arg;
    }
  }
  const path = new Uint8Array(n);
  if (!n) return path;
  let bt = 0;
  for (let t = 1; t < NTAGS; t++) if (delta[(n - 1) * NTAGS + t]! > delta[(n - 1) * NTAGS + bt]!) bt = t;
  for (let k = n - 1; k >= 0; k--) {
    path[k] = bt;
    bt = back[k * NTAGS + bt]!;
  }
  return path;
}

let bufs = { emit: new Float64Array(0), delta: new Float64Array(0), back: new Int8Array(0) };

/** Word templates hidden by word dropout (bit 1) and the gazetteer template hidden by gazetteer dropout (bit 2). */
const WORD_TEMPLATES = new Set(['w', 'ini,w', 'pw,w', 'w,nw']);
interface Dropout {
  word: number;
  gaz: number;
  rnd: () => number;
  /** Per feature id: 1 word template, 2 gazetteer, 0 neither (grown as ids appear). */
  kind: Uint8Array;
  names: string[];
}
function dropKinds(dr: Dropout): Uint8Array {
  if (dr.kind.length < dr.names.length) {
    const k = new Uint8Array(dr.names.length);
    for (let f = 0; f < dr.names.length; f++) {
      const name = dr.names[f]!;
      const t = name.slice(0, name.indexOf('='));
      k[f] = WORD_TEMPLATES.has(t) ? 1 : t === 'g' ? 2 : 0;
    }
    dr.kind = k;
  }
  return dr.kind;
}

function viterbiSentence(
  p: Perceptron,
  ps: PreparedSent,
  tids: { t: Int32Array },
  dr?: Dropout,
  orgCost = 1,
): { errs: number; n: number } {
  const n = ps.e - ps.s;
  let hide: Uint8Array | undefined;
  let kind: Uint8Array | undefined;
  if (dr) {
    kind = dropKinds(dr);
    hide = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      if (!ps.gate[k]) continue;
      if (dr.rnd() < dr.word) hide[k] = hide[k]! | 1;
      if (dr.rnd() < dr.gaz) hide[k] = hide[k]! | 2;
    }
  }
  if (bufs.emit.length < n * NTAGS)
    bufs = {
      emit: new Float64Array(n * NTAGS * 2),
      delta: new Float64Array(n * NTAGS * 2),
      back: new Int8Array(n * NTAGS * 2),
    };
  const guess = viterbiPath(p, ps, tids, bufs.emit, bufs.delta, bufs.back, hide, kind);
  const gold = reachableGold(ps);
  p.c++;
  let errs = 0;
  let scored = 0;
  for (let k = 0; k < n; k++) if (ps.gate[k]) scored++;
  let same = true;
  for (let k = 0; k < n; k++) if (guess[k] !== gold[k]) same = false;
  if (same) return { errs: 0, n: scored };
  for (let k = 0; k < n; k++) {
    if (guess[k] !== gold[k]) errs++;
    if (!ps.gate[k]) continue;
    const g = gold[k]!;
    const y = guess[k]!;
    const gp = k ? gold[k - 1]! : 0;
    const yp = k ? guess[k - 1]! : 0;
    // B-ORG and I-ORG are tags 3 and 4 (TAGS in core/entities/tagger.ts).
    const u = orgCost !== 1 && (g === 3 || g === 4) && y !== 3 && y !== 4 ? orgCost : 1;
    if (g !== y) {
      const h = hide ? hide[k]! : 0;
      for (let q = ps.off[k]!; q < ps.off[k + 1]!; q++) {
        if (h && h & kind![ps.feats[q]!]!) continue;
        p.bump(ps.feats[q]!, g, u);
        p.bump(ps.feats[q]!, y, -u);
      }
    }
    if (g !== y || gp !== yp) {
      p.bump(tids.t[gp]!, g, u);
      p.bump(tids.t[yp]!, y, -u);
      p.bump(ps.tsId[k * NTAGS + gp]!, g, u);
      p.bump(ps.tsId[k * NTAGS + yp]!, y, -u);
    }
  }
  return { errs, n: scored };
}
