// Greedy left-to-right averaged-perceptron BIO tagger over DocTokens. The weights come from models/ner-model.json.
import {
  contextFeatures,
  Feats,
  nextFeatures,
  ownFeatures,
  prevFeatures,
  PAIR_TEMPLATES,
  tagFeatures,
  tagShapeFeatures,
  type DocTokens,
} from './features';
import type { Gazetteer, GazetteerData } from './gazetteer';
import { FactCheckedCache, KernelCache, Scoped } from '../text/memo';

export const TAGS = ['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-PLACE', 'I-PLACE', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;

export interface NerModelFile extends GazetteerData {
  version: number;
  /** Feature -> weights per tag (in TAGS order), scaled by `scale` and rounded to integers. */
  weights: Record<string, number[]>;
  scale: number;
  /** How the weights were trained and must be decoded (absent: greedy, the first models). */
  decode?: Decode;
}

/** Greedy left to right with the two previous tags as features, or first-order Viterbi (structured perceptron). */
export type Decode = 'greedy' | 'viterbi';

/** The tagger's weights: features looked up as (template, value) or, for pair templates, (template, first, second). */
export interface Weights {
  /** Row of the feature in `rows` (NTAGS weights from row * NTAGS), or -1 when the model has no such feature. */
  find(t: string, v: string, v2: string): number;
  /** Weights per tag, NTAGS per row. Read it after `find`: it may be replaced by a longer array as rows are added. */
  readonly rows: Float32Array;
  readonly decode: Decode;
}

/** Weights held in Maps, from "template=value" keys (training; the shipped model is decoded by model.ts). */
class MapWeights implements Weights {
  readonly rows: Float32Array;
  private readonly single = new Map<string, Map<string, number>>();
  private readonly pairs = new Map<string, Map<string, Map<string, number>>>();

  constructor(
    entries: Array<[string, ArrayLike<number>]>,
    readonly decode: Decode,
  ) {
    this.rows = new Float32Array(entries.length * NTAGS);
    entries.forEach(([k, v], r) => {
      for (let t = 0; t < NTAGS; t++) this.rows[r * NTAGS + t] = v[t] ?? 0;
      const eq = k.indexOf('=');
      const t = k.slice(0, eq);
      const val = k.slice(eq + 1);
      if (PAIR_TEMPLATES.has(t)) {
        let m = this.pairs.get(t);
        if (!m) this.pairs.set(t, (m = new Map()));
        const sp = val.indexOf(' ');
        const a = val.slice(0, sp);
        let inner = m.get(a);
        if (!inner) m.set(a, (inner = new Map()));
        inner.set(val.slice(sp + 1), r);
      } else {
        let m = this.single.get(t);
        if (!m) this.single.set(t, (m = new Map()));
        m.set(val, r);
      }
    });
  }

  find(t: string, v: string, v2: string): number {
    const r = v2 ? this.pairs.get(t)?.get(v)?.get(v2) : this.single.get(t)?.get(v);
    return r ?? -1;
  }
}

/** Builds the lookup from "template=value" keys ("template=first second" for pair templates). */
export function weightsFrom(entries: Iterable<[string, ArrayLike<number>]>, decode: Decode = 'greedy'): Weights {
  return new MapWeights([...entries], decode);
}

/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, t: number): boolean {
  if (t === 0 || t % 2 === 1) return true;
  return prev === t || prev === t - 1;
}

export function score(w: Weights, f: Feats, out: Float64Array): void {
  out.fill(0);
  for (let k = 0; k < f.n; k++) {
    const r = w.find(f.t[k]!, f.v[k]!, f.v2[k]!);
    if (r < 0) continue;
    const rows = w.rows;
    const o = r * NTAGS;
    for (let t = 0; t < NTAGS; t++) out[t] = out[t]! + rows[o + t]!;
  }
}

/** Summed weights of the word-only feature groups, per word, per model: most words recur, so most tokens cost three
 * lookups here instead of a dozen. */
interface WordCaches {
  own: Map<string, Float64Array>;
  prev: Map<string, Float64Array>;
  next: Map<string, Float64Array>;
  start: Float64Array;
  end: Float64Array;
  /** Summed weights of the previous-tags features, per (previous tag, tag before it) (greedy). */
  tags: Float64Array[];
  /** Viterbi: weight of previous tag p for tag t at trans[p * NTAGS + t]. */
  trans: Float64Array;
  /** Viterbi: weights of (previous tag, the token's shape) per shape, laid out as trans. */
  shapeTrans: Map<string, Float64Array>;
}
const caches = new WeakMap<Weights, WordCaches>();

function sum(w: Weights, f: Feats): Float64Array {
  const out = new Float64Array(NTAGS);
  score(w, f, out);
  return out;
}

function cachesOf(w: Weights, d: DocTokens): WordCaches {
  let c = caches.get(w);
  if (!c) {
    const f = new Feats();
    prevFeatures(d, -1, f);
    const start = sum(w, f);
    f.n = 0;
    nextFeatures(d, -1, f);
    const end = sum(w, f);
    const tags: Float64Array[] = [];
    for (let p = 0; p < NTAGS; p++)
      for (let p2 = 0; p2 < NTAGS; p2++) {
        f.n = 0;
        tagFeatures(TAGS[p]!, TAGS[p2]!, f);
        tags[p * NTAGS + p2] = sum(w, f);
      }
    const trans = new Float64Array(NTAGS * NTAGS);
    for (let p = 0; p < NTAGS; p++) {
      const r = w.find('t', TAGS[p]!, '');
      if (r >= 0) for (let t = 0; t < NTAGS; t++) trans[p * NTAGS + t] = w.rows[r * NTAGS + t]!;
    }
    c = { own: new Map(), prev: new Map(), next: new Map(), start, end, tags, trans, shapeTrans: new Map() };
    caches.set(w, c);
  }
  if (c.own.size > 50_000 || c.prev.size > 50_000 || c.next.size > 50_000) {
    c.own.clear();
    c.prev.clear();
    c.next.clear();
  }
  return c;
}

/** Summed weights of one word-only feature group (0 own, 1 as previous word, 2 as next word) of token j. */
function cachedWord(
  map: Map<string, Float64Array>,
  kind: number,
  d: DocTokens,
  j: number,
  w: Weights,
  f: Feats,
): Float64Array {
  const key = d.words[j]!;
  let v = map.get(key);
  if (!v) {
    f.n = 0;
    if (kind === 0) ownFeatures(d, j, f);
    else if (kind === 1) prevFeatures(d, j, f);
    else nextFeatures(d, j, f);
    map.set(key, (v = sum(w, f)));
  }
  return v;
}

function add(sc: Float64Array, v: Float64Array): void {
  for (let t = 0; t < NTAGS; t++) sc[t] = sc[t]! + v[t]!;
}

export interface Tagged {
  tags: Uint8Array;
  /** Margin of the chosen tag over the runner-up (0 where the token was never scored). */
  margin: Float32Array;
}

/** Tags and margins of one sentence, relative to its first token: the tag of token i at i, its margin at n + i (one
 * array, as the cache holds thousands). Cached, never handed out. */
type SentenceTags = Float32Array;

/** Per weights and gazetteer: sentence text -> (document facts the sentence's features read) -> its tags; and the
 * sentence's latest tags, reused while none of the facts they read has changed (no need to spell the facts out). */
interface TagCaches {
  byFacts: KernelCache<string, Map<string, SentenceTags>>;
  latest: FactCheckedCache<SentenceTags>;
}
const tagCaches = new WeakMap<Weights, WeakMap<Gazetteer, TagCaches>>();

function tagCacheOf(w: Weights, g: Gazetteer): TagCaches {
  let byGaz = tagCaches.get(w);
  if (!byGaz) tagCaches.set(w, (byGaz = new WeakMap()));
  let c = byGaz.get(g);
  if (!c) byGaz.set(g, (c = { byFacts: new KernelCache(2000), latest: new FactCheckedCache(2000) }));
  return c;
}

/** The only facts from outside its sentence that tagging a sentence reads (contextFeatures): for each capitalised
 * token, whether its lower-case form occurs elsewhere in lower case (docLower) and, at the sentence start, whether
 * it occurs capitalised mid-sentence (docMidCap); and how the word is used across the document (docCtx). */
function outsideFacts(d: DocTokens, s: number, e: number): string {
  let out = '';
  for (let i = s; i < e; i++) {
    if (!(d.flags[i]! & 1)) continue;
    const ini = i === s || (i === s + 1 && !(d.flags[s]! & 4));
    let b = d.docLower.has(d.lower[i]!) ? 1 : 0;
    if (ini && d.docMidCap.has(d.words[i]!)) b |= 2;
    b |= (d.docCtx.get(d.words[i]!) ?? 0) << 2;
    out += String.fromCharCode(48 + b);
  }
  return out;
}

/** Tags every sentence; a sentence whose text and outside facts were tagged before takes the earlier result (the
 * features of a token read only its own sentence, the model and those facts). */
export function tagDoc(d: DocTokens, w: Weights): Tagged {
  const n = d.n;
  const tags = new Uint8Array(n);
  const margin = new Float32Array(n);
  const { byFacts: cache, latest } = tagCacheOf(w, d.gazetteer);
  let ctx: TagContext | undefined;
  for (let k = 0; k < d.sents.length; k++) {
    const [s, e] = d.sents[k]!;
    const key = d.sentText[k]!;
    // d.docLower, docMidCap and docCtx are Facts tables: the sentence's latest tags stand while what they read holds.
    const hit = latest.get(key, undefined, () => {
      const facts = outsideFacts(d, s, e);
      const byFacts = cache.get(key, () => new Map());
      let tagged = byFacts.get(facts);
      if (!tagged) {
        ctx ??= { c: cachesOf(w, d), sc: new Float64Array(NTAGS), feats: new Feats(), side: new Feats() };
        if (w.decode === 'viterbi') viterbiSentence(d, w, ctx, s, e, tags, margin);
        else tagSentence(d, w, ctx, s, e, tags, margin);
        tagged = new Float32Array(2 * (e - s));
        for (let i = s; i < e; i++) {
          tagged[i - s] = tags[i]!;
          tagged[e - s + i - s] = margin[i]!;
        }
        if (byFacts.size >= 16) byFacts.clear();
        byFacts.set(facts, tagged);
      }
      return tagged;
    });
    for (let i = s; i < e; i++) {
      tags[i] = hit[i - s]!;
      margin[i] = hit[e - s + i - s]!;
    }
  }
  return { tags, margin };
}

interface TagContext {
  c: WordCaches;
  sc: Float64Array;
  feats: Feats;
  side: Feats;
}

/** Greedy tagging of the tokens [s, e) of one sentence into tags/margin (document indexes). */
function tagSentence(
  d: DocTokens,
  w: Weights,
  ctx: TagContext,
  s: number,
  e: number,
  tags: Uint8Array,
  margin: Float32Array,
): void {
  const { c, sc, feats, side } = ctx;
  let prev = 0;
  let prev2 = 0;
  for (let i = s; i < e; i++) {
    let best = 0;
    if (d.cand[i] || (prev !== 0 && d.cont[i])) {
      feats.n = 0;
      contextFeatures(d, i, s, e, feats);
      tagShapeFeatures(TAGS[prev]!, d.shapes[i]!, feats);
      score(w, feats, sc);
      add(sc, c.tags[prev * NTAGS + prev2]!);
      // The weights are integers (well inside float precision), so summing cached groups in any order gives the
      // same scores as summing every feature directly; capitalised words are cached too, as names recur.
      add(sc, cachedWord(c.own, 0, d, i, w, side));
      add(sc, i > s ? cachedWord(c.prev, 1, d, i - 1, w, side) : c.start);
      add(sc, i + 1 < e ? cachedWord(c.next, 2, d, i + 1, w, side) : c.end);
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

/** Weights of (previous tag, shape) for every previous tag and tag, cached per shape. */
function shapeTransOf(c: WordCaches, w: Weights, sh: string): Float64Array {
  let v = c.shapeTrans.get(sh);
  if (!v) {
    if (c.shapeTrans.size > 5000) c.shapeTrans.clear();
    v = new Float64Array(NTAGS * NTAGS);
    const f = new Feats();
    for (let p = 0; p < NTAGS; p++) {
      f.n = 0;
      tagShapeFeatures(TAGS[p]!, sh, f);
      const r = w.find(f.t[0]!, f.v[0]!, '');
      if (r >= 0) for (let t = 0; t < NTAGS; t++) v[p * NTAGS + t] = w.rows[r * NTAGS + t]!;
    }
    c.shapeTrans.set(sh, v);
  }
  return v;
}

/** Which tags a token may take after tag `prev`: only O for a token the tagger never scores (gate 0), no B- for a
 * continuation (gate 2: a connector or number after a name), I-X only after B-X or I-X. scripts/lib/ner-train.ts
 * trains with the same rule. */
export function admissible(gate: number, prev: number, t: number): boolean {
  if (!allowed(prev, t)) return false;
  if (gate === 0) return t === 0;
  if (gate === 2) return t === 0 || (t % 2 === 0 && prev !== 0);
  return true;
}

const NEG = -1e30;
/** admissible(gate, prev, t) as a table: ADM[(gate * NTAGS + prev) * NTAGS + t]. */
const ADM = new Uint8Array(3 * NTAGS * NTAGS);
for (let g = 0; g < 3; g++)
  for (let p = 0; p < NTAGS; p++)
    for (let t = 0; t < NTAGS; t++) ADM[(g * NTAGS + p) * NTAGS + t] = admissible(g, p, t) ? 1 : 0;
/** Working arrays of the Viterbi pass (not reentrant), grown as needed; each analyser has its own. */
const viterbiArrays = new Scoped(() => ({
  emit: new Float64Array(0),
  delta: new Float64Array(0),
  beta: new Float64Array(0),
  back: new Int8Array(0),
  gate: new Uint8Array(0),
  tr: [] as Float64Array[],
}));

type ViterbiArrays = ReturnType<typeof viterbiArrays.get>;

/** First-order Viterbi over the tokens [s, e) of one sentence; the margin of a token is how far the best path through
 * its chosen tag stands above the best path through any other tag (max-marginals, forward and backward). */
function viterbiSentence(
  d: DocTokens,
  w: Weights,
  ctx: TagContext,
  s: number,
  e: number,
  tags: Uint8Array,
  margin: Float32Array,
): void {
  const n = e - s;
  const vit = viterbiScratch(n);
  emissions(d, w, ctx, s, e, vit);
  forward(vit, n, ctx.c.trans);
  if (!n) return;
  backward(vit, n, ctx.c.trans);
  backtrack(vit, n, s, tags, margin);
}

function viterbiScratch(n: number): ViterbiArrays {
  let vit = viterbiArrays.get();
  if (vit.gate.length < n) {
    const m = 2 * n;
    viterbiArrays.set(
      (vit = {
        emit: new Float64Array(m * NTAGS),
        delta: new Float64Array(m * NTAGS),
        beta: new Float64Array(m * NTAGS),
        back: new Int8Array(m * NTAGS),
        gate: new Uint8Array(m),
        tr: [],
      }),
    );
  }
  return vit;
}

/** Each token's gate, tag scores and shape-dependent transitions; tokens the tagger never scores (gate 0) get none. */
function emissions(d: DocTokens, w: Weights, ctx: TagContext, s: number, e: number, vit: ViterbiArrays): void {
  const { c, sc, feats, side } = ctx;
  const { emit, gate, tr } = vit;
  for (let k = 0; k < e - s; k++) {
    const i = s + k;
    gate[k] = d.cand[i] ? 1 : d.cont[i] ? 2 : 0;
    if (!gate[k]) continue;
    feats.n = 0;
    contextFeatures(d, i, s, e, feats);
    score(w, feats, sc);
    add(sc, cachedWord(c.own, 0, d, i, w, side));
    add(sc, i > s ? cachedWord(c.prev, 1, d, i - 1, w, side) : c.start);
    add(sc, i + 1 < e ? cachedWord(c.next, 2, d, i + 1, w, side) : c.end);
    for (let t = 0; t < NTAGS; t++) emit[k * NTAGS + t] = sc[t]!;
    tr[k] = shapeTransOf(c, w, d.shapes[i]!);
  }
}

/** delta: the best path score ending in each tag at each token; back: the tag before it on that path. */
function forward(vit: ViterbiArrays, n: number, trans: Float64Array): void {
  const { emit, delta, back, gate, tr } = vit;
  for (let k = 0; k < n; k++) {
    // A token the tagger never scores (gate 0) can only be O: the other tags' rows are unreachable, skip their search.
    const g = gate[k]!;
    const tags0 = g ? NTAGS : 1;
    const trk = g ? tr[k]! : null;
    for (let t = tags0; t < NTAGS; t++) {
      delta[k * NTAGS + t] = NEG;
      back[k * NTAGS + t] = 0;
    }
    for (let t = 0; t < tags0; t++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < NTAGS; p++) {
        const before = k === 0 ? (p === 0 ? 0 : NEG) : delta[(k - 1) * NTAGS + p]!;
        if (before <= NEG / 2 || !ADM[(g * NTAGS + p) * NTAGS + t]) continue;
        // The score of moving from tag p at k-1 to tag t at k.
        const v = trk ? before + (trans[p * NTAGS + t]! + trk[p * NTAGS + t]!) : before;
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[k * NTAGS + t] = best <= NEG / 2 ? NEG : best + (gate[k] ? emit[k * NTAGS + t]! : 0);
      back[k * NTAGS + t] = arg;
    }
  }
}

/** beta: the best score of the rest of the sentence after each tag at each token. */
function backward(vit: ViterbiArrays, n: number, trans: Float64Array): void {
  const { emit, beta, gate, tr } = vit;
  for (let t = 0; t < NTAGS; t++) beta[(n - 1) * NTAGS + t] = 0;
  for (let k = n - 2; k >= 0; k--) {
    for (let t = 0; t < NTAGS; t++) {
      let best = NEG;
      const g = gate[k + 1]!;
      const trk = g ? tr[k + 1]! : null;
      for (let u = 0, us = g ? NTAGS : 1; u < us; u++) {
        const after = beta[(k + 1) * NTAGS + u]!;
        if (after <= NEG / 2 || !ADM[(g * NTAGS + t) * NTAGS + u]) continue;
        const v = trk ? after + (trans[t * NTAGS + u]! + trk[t * NTAGS + u]!) + emit[(k + 1) * NTAGS + u]! : after;
        if (v > best) best = v;
      }
      beta[k * NTAGS + t] = best;
    }
  }
}

/** Follows the best path back from the last token, writing each token's tag and its margin over the runner-up. */
function backtrack(vit: ViterbiArrays, n: number, s: number, tags: Uint8Array, margin: Float32Array): void {
  const { delta, beta, back, gate } = vit;
  let bt = 0;
  for (let t = 1; t < NTAGS; t++) if (delta[(n - 1) * NTAGS + t]! > delta[(n - 1) * NTAGS + bt]!) bt = t;
  for (let k = n - 1; k >= 0; k--) {
    tags[s + k] = bt;
    if (gate[k]) {
      const mine = delta[k * NTAGS + bt]! + beta[k * NTAGS + bt]!;
      let second = NEG;
      for (let t = 0; t < NTAGS; t++) {
        if (t === bt) continue;
        const v = delta[k * NTAGS + t]! + beta[k * NTAGS + t]!;
        if (delta[k * NTAGS + t]! > NEG / 2 && beta[k * NTAGS + t]! > NEG / 2 && v > second) second = v;
      }
      margin[s + k] = second <= NEG / 2 ? 0 : mine - second;
    } else margin[s + k] = 0;
    bt = back[k * NTAGS + bt]!;
  }
}
