// A name re-typer with document-level evidence, trained by stacking (issue 11) — measured, not shipped: README,
// "Where cross-validation loses organisations". `npm run train -- --retype` prints its nested cross-validation figure and its
// figures on the kit's sets.
//
// The tagger types a mention from a window of words; the document rules vote one type per name. The re-typer reads
// every mention of a name at once — the words around each, its first and head words, the name lists' classes,
// word-vector classes, its shape — and moves the name between PERSON, ORG and PLACE when a multinomial logistic model
// is confident the current type is wrong. Its examples are the names the product found in documents the tagging
// model never saw (the cross-validation folds), labelled with the gold type of the name with their text, or "no
// name"; so it learns the errors the product makes.
import type { Entity, EntityType } from '../../core/types';
import type { DocTokens } from '../../core/entities/features';
import { FACILITY_SUFFIXES, ORG_SUFFIXES, PLACE_SUFFIXES } from '../../core/entities/lists';
import { mulberry32 } from './ner-train';

export const RETYPE_CLASSES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE'];
/** The model's classes: the three types and "no name" (a name no annotation has, which training keeps so that
 * spurious names do not count for any type; the re-typer never drops a name: measured, dropping the names it
 * thought spurious cost more recall, organisations' most, than it gained in precision). */
export const RETYPE_NCLASS = 4;

/** Weights: feature -> one weight per class (PERSON, ORG, PLACE, no name), scaled by `scale`. */
export interface RetyperModel {
  version: 1;
  scale: number;
  /** How much more probable the new type must be than the current one. */
  margin: number;
  weights: Record<string, number[]>;
}

/** One distinct name of a document: its mentions' features and the type the rules gave it. */
export interface NameEvidence {
  /** The name in lower case (its mentions share it). */
  key: string;
  type: EntityType;
  features: Map<string, number>;
  /** Decided by the name lists or by the name's own head word (a country, a listed organisation, "… Museum",
   * "… Party"): the project's conventions, which the training corpora do not all share (WikiGold and UNER make
   * museums, bases and stations organisations, and a country an organisation when it acts), so the re-typer
   * neither learns from it nor changes it. */
  locked: boolean;
}

const ALL_CAPS = /^\p{Lu}[\p{Lu}.&]+$/u;
const DIGIT = /\d/;
const CAP0 = /^\p{Lu}/u;
const LOCKED_CLASSES = new Set(['C', 'S', 'R', 'P1', 'P2', 'O']);

/** The first token starting at or after `offset`. */
function tokenAt(d: DocTokens, offset: number): number {
  let lo = 0;
  let hi = d.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A neighbouring word as a feature: lower-case words themselves, unknown capitalised words one class. */
function context(d: DocTokens, j: number): string {
  if (j < 0 || j >= d.n) return '#';
  return CAP0.test(d.words[j]!) && !d.gazetteer.lex.has(d.lower[j]!) ? 'Cap' : d.lower[j]!;
}

const band = (x: number) => Math.min(3, Math.floor(x / 2));

/** Features of every distinct name (by lower-case text) among the document's entities. (The tagger's own type votes
 * as features measured no different: the type the rules settled on carries them.) */
export function nameEvidence(d: DocTokens, ents: readonly Entity[]): NameEvidence[] {
  const byKey = new Map<string, NameEvidence>();
  const g = d.gazetteer;
  for (const e of ents) {
    const a = tokenAt(d, e.start);
    let b = a;
    while (b < d.n && d.starts[b]! < e.end) b++;
    if (b <= a) continue;
    const key = e.text.toLowerCase();
    let ev = byKey.get(key);
    const f = ev?.features ?? new Map<string, number>();
    if (!ev) {
      // What the name itself is: read once.
      const n = b - a;
      const first = d.lower[a]!;
      const last = d.lower[b - 1]!;
      const cls = g.classOf(e.text);
      ev = {
        key,
        type: e.type,
        features: f,
        locked:
          LOCKED_CLASSES.has(cls ?? '') ||
          (n > 1 && (FACILITY_SUFFIXES.has(last) || PLACE_SUFFIXES.has(last) || ORG_SUFFIXES.has(last))),
      };
      byKey.set(key, ev);
      f.set('bias', 1);
      f.set(`T=${e.type}`, 1);
      f.set(`n=${Math.min(n, 4)}`, 1);
      f.set(`H=${last}`, 1);
      f.set(`F=${first}`, 1);
      for (let q = a + 1; q < b - 1; q++) f.set(`W=${d.lower[q]}`, 1);
      if (n === 1 && ALL_CAPS.test(d.words[a]!)) f.set('acr', 1);
      if (DIGIT.test(e.text)) f.set('digit', 1);
      f.set(`G=${cls ?? '-'}`, 1);
      f.set(`G=${cls ?? '-'}&T=${e.type}`, 1);
      f.set(`GF=${g.classOfKey(first) ?? '-'}`, 1);
      f.set(`GH=${g.classOfKey(last) ?? '-'}`, 1);
      if (g.first.has(d.words[a]!)) f.set('given', 1);
      f.set(`lxF=${band(g.lex.get(first) ?? 0)}`, 1);
      f.set(`lxH=${band(g.lex.get(last) ?? 0)}`, 1);
      const eh = g.embOf(last);
      if (eh) {
        f.set(`EH=${eh[0]}`, 1);
        f.set(`EHc=${eh[1]}`, 1);
      }
      const ef = n > 1 ? g.embOf(first) : null;
      if (ef) f.set(`EFc=${ef[1]}`, 1);
    }
    // Where each mention stands, united over the mentions.
    const l1 = context(d, a - 1);
    const r1 = context(d, b);
    f.set(`L1=${l1}`, 1);
    f.set(`L2=${context(d, a - 2)} ${l1}`, 1);
    f.set(`R1=${r1}`, 1);
    f.set(`R2=${r1} ${context(d, b + 1)}`, 1);
    f.set(`T=${ev.type}&L1=${l1}`, 1);
    f.set(`T=${ev.type}&R1=${r1}`, 1);
    const el = a > 0 ? g.embOf(d.lower[a - 1]!) : null;
    if (el) f.set(`ELc=${el[1]}`, 1);
    const er = b < d.n ? g.embOf(d.lower[b]!) : null;
    if (er) f.set(`ERc=${er[1]}`, 1);
    if (d.sents[d.sentOf(a)]?.[0] === a) f.set('start', 1);
    if (d.table[a]) f.set('table', 1);
    f.set('mentions', Math.min(1, (f.get('mentions') ?? 0) + 1 / 3));
  }
  return [...byKey.values()];
}

/** Class probabilities (PERSON, ORG, PLACE, no name) of a name under the model. */
export function retypeScores(m: RetyperModel, feats: Map<string, number>): number[] {
  const s = new Array<number>(RETYPE_NCLASS).fill(0);
  for (const [name, v] of feats) {
    const w = m.weights[name];
    if (!w) continue;
    for (let t = 0; t < RETYPE_NCLASS; t++) s[t]! += (w[t]! / m.scale) * v;
  }
  const mx = Math.max(...s);
  const e = s.map((x) => Math.exp(x - mx));
  const z = e.reduce((a, x) => a + x, 0);
  return e.map((x) => x / z);
}

/** The type the model gives a name: its current one, unless another type beats it by the model's margin. */
export function decideType(m: RetyperModel, ev: NameEvidence): EntityType {
  const cur = RETYPE_CLASSES.indexOf(ev.type);
  if (cur < 0 || ev.locked) return ev.type;
  const p = retypeScores(m, ev.features);
  let best = cur;
  for (let t = 0; t < 3; t++) if (p[t]! > p[best]!) best = t;
  return best !== cur && p[best]! - p[cur]! > m.margin ? RETYPE_CLASSES[best]! : ev.type;
}

/** The entities with every mention of each name given the type the model decides for it. */
export function retyped(m: RetyperModel, names: readonly NameEvidence[], ents: readonly Entity[]): Entity[] {
  const to = new Map<string, EntityType>();
  for (const n of names) to.set(n.key, decideType(m, n));
  return ents.map((e) => {
    const t = to.get(e.text.toLowerCase());
    return t && t !== e.type ? { ...e, type: t } : e;
  });
}

// ------------------------------------------------------------------ training

export interface RetypeExample {
  features: Map<string, number>;
  /** Index into RETYPE_CLASSES; RETYPE_CLASSES.length: no name. */
  label: number;
}

export interface RetypeTrainOptions {
  epochs?: number;
  /** L2 strength per example. */
  l2?: number;
  rate?: number;
  seed?: number;
  /** Features seen in fewer examples are left out. */
  minCount?: number;
  margin?: number;
}

/** Training examples of one document: its names' evidence, labelled by the gold type of their text. */
export function examplesOf(names: NameEvidence[], goldType: (key: string) => string | undefined): RetypeExample[] {
  const out: RetypeExample[] = [];
  for (const n of names) {
    if (n.locked || !RETYPE_CLASSES.includes(n.type)) continue;
    const g = goldType(n.key);
    const label = g === undefined ? RETYPE_CLASSES.length : RETYPE_CLASSES.indexOf(g as never);
    if (label >= 0) out.push({ features: n.features, label });
  }
  return out;
}

/** Multinomial logistic regression by AdaGrad with L2; features in sorted order, examples in a seeded shuffle:
 * deterministic. Defaults as measured (README, "Re-typing names"). */
export function trainRetyper(examples: RetypeExample[], o: RetypeTrainOptions = {}): RetyperModel {
  const C = RETYPE_NCLASS;
  const epochs = o.epochs ?? 20;
  const l2 = o.l2 ?? 0.01;
  const rate = o.rate ?? 0.2;
  const minCount = o.minCount ?? 2;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features.keys()) counts.set(f, (counts.get(f) ?? 0) + 1);
  const w = new Map<string, Float64Array>();
  const g2 = new Map<string, Float64Array>();
  for (const [f, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    if (c >= minCount) {
      w.set(f, new Float64Array(C));
      g2.set(f, new Float64Array(C).fill(1e-8));
    }
  const rand = mulberry32(o.seed ?? 11);
  const order = examples.map((_, k) => k);
  const s = new Float64Array(C);
  for (let ep = 0; ep < epochs; ep++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const k of order) {
      const ex = examples[k]!;
      s.fill(0);
      for (const [f, v] of ex.features) {
        const ws = w.get(f);
        if (ws) for (let t = 0; t < C; t++) s[t] = s[t]! + ws[t]! * v;
      }
      const mx = Math.max(...s);
      let z = 0;
      for (let t = 0; t < C; t++) z += s[t] = Math.exp(s[t]! - mx);
      for (const [f, v] of ex.features) {
        const ws = w.get(f);
        if (!ws) continue;
        const gs = g2.get(f)!;
        for (let t = 0; t < C; t++) {
          const grad = (s[t]! / z - (t === ex.label ? 1 : 0)) * v + l2 * ws[t]!;
          gs[t] = gs[t]! + grad * grad;
          ws[t] = ws[t]! - (rate * grad) / Math.sqrt(gs[t]!);
        }
      }
    }
  }
  // Integers in thousandths; features whose weights all round below 0.02 carry nothing and are left out.
  const weights: Record<string, number[]> = {};
  for (const [f, ws] of w) {
    const ints = Array.from(ws, (x) => Math.round(x * 1000));
    if (ints.some((x) => Math.abs(x) >= 20)) weights[f] = ints;
  }
  return { version: 1, scale: 1000, margin: o.margin ?? 0.2, weights };
}
