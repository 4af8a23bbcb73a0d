// The Viterbi decoder of the name tagger must return the best admissible tag sequence and, per token, the margin
// between the best path and the best path through another tag: checked against brute force on short sentences with
// random weights. How a word is used across the document (its context bits), word classes (scripts/lib/ner-clusters.ts) and the cross-validation folds are checked here too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import packed from '../../models/ner-model.json';
import { loadModel, type PackedModel } from '../../core/entities/model';
import { DOC_CTX, prepare, staticFeatures, Feats } from '../../core/entities/features';
import { admissible, NTAGS, TAGS, tagDoc, weightsFrom } from '../../core/entities/tagger';
import { exchangeClusters } from '../../scripts/lib/ner-clusters';
import { cvFold } from '../../scripts/lib/ner-data';
import { rng } from '../support/edits';
import { segment } from '../../core/text/segment';

const { gazetteer } = loadModel(packed as PackedModel);

const SENTENCES = [
  'Mara Olsen met the Harbour Board on Friday.',
  'He joined Fenwick and Pell in 2019 as its 12th hire.',
  'Rovers beat United 2-1 at Dunmore.',
];

test('Viterbi tags and margins equal a brute-force search over every admissible sequence', () => {
  const r = rng(5);
  for (const text of SENTENCES) {
    const d = prepare(text, [{ start: 0, end: text.length }], gazetteer);
    const n = d.n;
    // Random weights for every static feature of the sentence and every tag feature.
    const f = new Feats();
    const keys = new Set<string>();
    for (let i = 0; i < n; i++) {
      f.n = 0;
      staticFeatures(d, i, 0, n, f);
      for (const k of f.keys()) keys.add(k);
      for (const p of TAGS) keys.add(`t,s:${p}=${d.shapes[i]}`);
    }
    for (const p of TAGS) keys.add(`t=${p}`);
    const entries: Array<[string, number[]]> = [...keys].map((k) => [
      k,
      Array.from({ length: NTAGS }, () => Math.round((r() - 0.5) * 8)),
    ]);
    const table = new Map(entries);
    const w = weightsFrom(entries, 'viterbi');
    const { tags, margin } = tagDoc(d, w);

    const gate = (i: number) => (d.cand[i] ? 1 : d.cont[i] ? 2 : 0);
    const emit: number[][] = [];
    for (let i = 0; i < n; i++) {
      const sc = new Array<number>(NTAGS).fill(0);
      if (gate(i)) {
        f.n = 0;
        staticFeatures(d, i, 0, n, f);
        for (const k of f.keys()) table.get(k)!.forEach((x, t) => (sc[t] = sc[t]! + x));
      }
      emit.push(sc);
    }
    const step = (i: number, p: number, t: number) =>
      gate(i) ? table.get(`t=${TAGS[p]}`)![t]! + table.get(`t,s:${TAGS[p]}=${d.shapes[i]}`)![t]! + emit[i]![t]! : 0;
    // Best score of any admissible sequence, optionally with token `at` forced to tag `force` (or kept off it).
    let best = -Infinity;
    let bestSeq: number[] = [];
    const bestWith = new Array<number[]>(n).fill([]).map(() => new Array<number>(NTAGS).fill(-Infinity));
    const seq: number[] = [];
    const walk = (i: number, prev: number, sc: number) => {
      if (i === n) {
        if (sc > best) {
          best = sc;
          bestSeq = seq.slice();
        }
        seq.forEach((t, k) => (bestWith[k]![t] = Math.max(bestWith[k]![t]!, sc)));
        return;
      }
      for (let t = 0; t < NTAGS; t++) {
        if (!admissible(gate(i), prev, t)) continue;
        seq.push(t);
        walk(i + 1, t, sc + step(i, prev, t));
        seq.pop();
      }
    };
    walk(0, 0, 0);
    assert.deepEqual([...tags], bestSeq, text);
    for (let i = 0; i < n; i++) {
      if (!gate(i)) {
        assert.equal(margin[i], 0);
        continue;
      }
      const others = bestWith[i]!.filter((_, t) => t !== tags[i]);
      const second = Math.max(...others);
      assert.ok(Math.abs(margin[i]! - (second === -Infinity ? 0 : best - second)) < 1e-3, `${text} token ${i}`);
    }
  }
});

test('word classes put words used alike together, deterministically', () => {
  const texts: string[] = [];
  const towns = ['Oslo', 'Lyon', 'Turin', 'Ghent', 'Porto'];
  const beasts = ['cat', 'dog', 'goat', 'hen', 'fox'];
  for (let k = 0; k < 200; k++) {
    texts.push(`we flew to ${towns[k % 5]} in May and stayed in ${towns[(k + 2) % 5]} .`);
    texts.push(`the ${beasts[k % 5]} ate the bread and a ${beasts[(k + 3) % 5]} slept .`);
  }
  const opts = { classes: 6, minCount: 3, iterations: 10 };
  const a = exchangeClusters(texts, opts);
  assert.deepEqual(a, exchangeClusters(texts, opts));
  const cls = (ws: string[]) => new Set(ws.map((w) => a.get(w)));
  assert.equal(cls(towns).size, 1, 'towns share a class');
  assert.equal(cls(beasts).size, 1, 'animals share a class');
  assert.notEqual(a.get('Oslo'), a.get('cat'));
});

test('cross-validation folds are fixed by the document id and roughly even', () => {
  const counts = new Array<number>(5).fill(0);
  for (let k = 0; k < 1000; k++) counts[cvFold(`doc-${k}`, 5)]!++;
  assert.equal(cvFold('wikigold/wikigold-001', 5), cvFold('wikigold/wikigold-001', 5));
  for (const c of counts) assert.ok(c > 150 && c < 250, String(counts));
});

test('how a word is used in one sentence reaches its mentions in the others as features', () => {
  const text =
    'Mr. Velmar arrived on Monday. Staff of Orvik Ltd met in Dunmore. Later Velmar, Orvik and Dunmore agreed.';
  const d = prepare(text, segment(text).sentences, gazetteer);
  assert.ok(d.docCtx.get('Velmar')! & DOC_CTX.person);
  assert.ok(d.docCtx.get('Orvik')! & DOC_CTX.org);
  assert.ok(d.docCtx.get('Dunmore')! & DOC_CTX.place);
  assert.ok(!(d.docCtx.get('Dunmore')! & DOC_CTX.person));
  // The last sentence's mentions carry the hints although their own context says nothing.
  const [s, e] = d.sents[2]!;
  const feats = (w: string) => {
    const i = d.words.indexOf(w, s);
    const f = new Feats();
    staticFeatures(d, i, s, e, f);
    return [...f.keys()];
  };
  assert.ok(feats('Velmar').includes('dx=person'), feats('Velmar').join(' '));
  assert.ok(feats('Orvik').includes('dx=org'), feats('Orvik').join(' '));
  assert.ok(feats('Dunmore').includes('dx=place'), feats('Dunmore').join(' '));
});

test('an acronym and the name it stands for are linked across the document', () => {
  const text =
    'The Coastal Ferry Workers Federation met in Dunmore on Friday. A spokesman for the CFWF said talks had failed. ' +
    'The Kelso and North Tarn Railway runs twice a day; KNTR fares rise in May. Nobody asked the RSVP desk.';
  const d = prepare(text, segment(text).sentences, gazetteer);
  const bits = (w: string) => d.docCtx.get(w) ?? 0;
  assert.ok(bits('CFWF') & DOC_CTX.acronym, 'connectors and a capitalised "The" are skipped');
  assert.ok(bits('Ferry') & DOC_CTX.spelledOut);
  assert.ok(bits('KNTR') & DOC_CTX.acronym, '"and" is not one of the letters');
  assert.ok(bits('Tarn') & DOC_CTX.spelledOut);
  assert.ok(!(bits('RSVP') & DOC_CTX.acronym), 'an acronym nothing in the text spells out');
  assert.ok(!(bits('Dunmore') & DOC_CTX.spelledOut));
  const [s, e] = d.sents[1]!;
  const i = d.words.indexOf('CFWF', s);
  const f = new Feats();
  staticFeatures(d, i, s, e, f);
  assert.ok(f.keys().includes('dx=acronym'), f.keys().join(' '));
});

test('a word inside a longer name that ends in an organisation word carries the hint to its bare mentions', () => {
  const text = 'Fans of Harrowgate Athletic Club queued early. Harrowgate won the replay.';
  const d = prepare(text, segment(text).sentences, gazetteer);
  assert.ok(d.docCtx.get('Harrowgate')! & DOC_CTX.org);
});
