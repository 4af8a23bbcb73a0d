// Training data and an averaged perceptron for the source ranker (core/attribution/ranker.ts).
import type { Assertion } from '../../core/types';
import { sourceCandidates, type RankerInput, type SourceCandidate } from '../../core/attribution/ranker';
import { normName } from './ner-data';

export interface GoldSentence {
  start: number;
  end: number;
  label: string;
  skip?: boolean;
  sourceName?: string | null;
}

/** The scorer's match: either names the other, or the last words agree. */
export function sameSource(pred: string, gold: string): boolean {
  const p = normName(pred);
  const g = normName(gold);
  if (!p || !g) return false;
  if (p === g || p.includes(g) || ` ${g} `.includes(` ${p} `)) return true;
  const last = (x: string): string => x.split(' ').pop()!;
  return last(p).length > 2 && last(p) === last(g);
}

export interface Group {
  cands: SourceCandidate[];
  good: boolean[];
}

/** One group per attributed assertion that overlaps a gold attributed sentence with a named source. */
export function goldGroups(input: RankerInput, assertions: Assertion[], gold: GoldSentence[]): Group[] {
  const named = gold.filter((g) => !g.skip && g.label === 'attributed' && g.sourceName);
  const out: Group[] = [];
  for (const [i, cands] of sourceCandidates(input, assertions)) {
    const a = assertions[i]!;
    const want = named.filter((g) => g.start < a.end && a.start < g.end).map((g) => g.sourceName!);
    if (!want.length) continue;
    // Where no candidate names the source the group teaches nothing (trainRanker skips it): training "no source" as
    // the right answer there lost held-out accuracy (all 132: 0.528 -> 0.505).
    out.push({ cands, good: cands.map((c) => c.name !== undefined && want.some((w) => sameSource(c.name!, w))) });
  }
  return out;
}

/** A seeded linear congruential generator: the same training order on every run. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/**
 * Averaged perceptron over candidate groups: where the best-scoring candidate is not a good one, the best good one's
 * features go up and the wrong winner's down. Groups with no good candidate teach nothing and are skipped.
 */
export function trainRanker(groups: Group[], epochs: number, seed: number): Map<string, number> {
  const usable = groups.filter((g) => g.good.some(Boolean) && g.good.some((x) => !x));
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let t = 0;
  const bump = (f: string, d: number): void => {
    const v = w.get(f) ?? 0;
    // Lazy averaging: the sum of a weight over all steps so far.
    total.set(f, (total.get(f) ?? 0) + v * (t - (stamp.get(f) ?? 0)));
    stamp.set(f, t);
    w.set(f, v + d);
  };
  const score = (c: SourceCandidate): number => c.feats.reduce((z, f) => z + (w.get(f) ?? 0), 0);
  const order = usable.map((_, i) => i);
  const rand = rng(seed);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      t++;
      const g = usable[k]!;
      let best = -1;
      let bestZ = -Infinity;
      let goodBest = -1;
      let goodZ = -Infinity;
      g.cands.forEach((c, ci) => {
        const z = score(c);
        if (z > bestZ) [best, bestZ] = [ci, z];
        if (g.good[ci] && z > goodZ) [goodBest, goodZ] = [ci, z];
      });
      if (g.good[best] && bestZ > -Infinity) {
        // A tie with a wrong candidate is still a mistake.
        const tie = g.cands.some((c, ci) => !g.good[ci] && score(c) >= bestZ);
        if (!tie) continue;
        best = g.cands.findIndex((c, ci) => !g.good[ci] && score(c) >= bestZ);
      }
      for (const f of g.cands[goodBest]!.feats) bump(f, 1);
      for (const f of g.cands[best]!.feats) bump(f, -1);
    }
  }
  const avg = new Map<string, number>();
  for (const [f, v] of w) {
    const sum = (total.get(f) ?? 0) + v * (t - (stamp.get(f) ?? 0));
    const a = Math.round((sum / t) * 1000) / 1000;
    if (a !== 0) avg.set(f, a);
  }
  return avg;
}
