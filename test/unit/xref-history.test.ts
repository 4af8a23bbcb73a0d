// Same input, same findings: with one reference index, what an article's cross-check answers must depend only on the
// article and on the index's contents (the set of reference files and their texts) — not on what was asked of the
// index before, nor on the order in which files were added, replaced or removed. Each test here failed on the index as
// it was, one per root cause (see the notes on each).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, createAnalyzer, ReferenceIndex, type CheckResult } from '../../core/index';
import { termsOf } from '../../core/xref/terms';
import { segment } from '../../core/text/segment';
import { rng } from '../support/edits';
import { newsCorpus } from '../support/newsCorpus';

type Doc = { name: string; text: string };

function build(docs: readonly Doc[]): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const d of docs) index.set(d.name, d.text);
  return index;
}

/** The sentences of the drafts as queries (their index terms). */
function queries(drafts: readonly Doc[]): string[][] {
  const out: string[][] = [];
  for (const d of drafts)
    for (const s of segment(d.text).sentences) if (!s.furniture) out.push([...termsOf(d.text, s.start, s.end)]);
  return out;
}

/** A query's answer with sentences named by file and position, so that indexes built in another order compare. */
function answer(index: ReferenceIndex, terms: string[], max = 12): string[] {
  return index.candidates(terms, max, 0.1).map((c) => {
    const doc = index.docOf(c.sid)!;
    return `${doc.id}#${c.sid - doc.firstSentence} ${c.sim} ${c.shared}`;
  });
}

const shuffled = <T>(list: readonly T[], r: () => number): T[] => {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

const json = (r: CheckResult) => JSON.stringify({ findings: r.findings, claims: r.claims });

const corpus = newsCorpus(3, 40, 10);

test('a query answers the same whatever was asked before (a sentence weight read back at another precision than it was computed)', () => {
  // Cause: ReferenceIndex.sentenceWeight returned the weight it had just summed (a double) the first time and the
  // Float32Array's rounding of it afterwards, so two sentences scoring alike swapped places once one had been scored.
  const qs = queries(corpus.drafts);
  const forward = build(corpus.references);
  const backward = build(corpus.references);
  const a = qs.map((q) => answer(forward, q));
  const b = [...qs]
    .reverse()
    .map((q) => answer(backward, q))
    .reverse();
  for (let i = 0; i < qs.length; i++) assert.deepEqual(b[i], a[i], `query ${i}: ${qs[i]!.join(' ')}`);
});

test('adding, replacing and removing references leaves the index answering like a fresh build of the same files', () => {
  // Causes: sentence weights kept the IDF of the corpus they were first computed in ("drift … negligible"); deleted
  // documents' postings stayed in the lists (document frequencies, seed limits); and a replaced file's sentences moved
  // to the end of the table, so ties between equally close passages broke another way than in a fresh build.
  const qs = queries(corpus.drafts).slice(0, 60);
  const refs = corpus.references;
  const index = build(refs.slice(0, 30));
  const ask = () => qs.map((q) => answer(index, q));
  ask();
  for (const d of refs.slice(30)) index.set(d.name, d.text);
  const answers = (docs: readonly Doc[]) => {
    const fresh = build(docs);
    return qs.map((q) => answer(fresh, q));
  };
  assert.deepEqual(ask(), answers(refs), 'after adding files');
  ask();
  // Replace three files (one with new text), remove two, and bring one back.
  const edited = refs.map((d) => ({ ...d }));
  edited[5] = { ...edited[5]!, text: edited[5]!.text.replace(/\d+/g, (n) => String(Number(n) + 1)) };
  for (const k of [5, 12, 27]) index.set(edited[k]!.name, edited[k]!.text);
  index.delete(refs[3]!.name);
  index.delete(refs[20]!.name);
  ask();
  index.set(refs[20]!.name, refs[20]!.text);
  const now = edited.filter((_, k) => k !== 3);
  assert.deepEqual(ask(), answers(now), 'after replacing and removing files');
  // The order files were added in does not matter either.
  assert.deepEqual(answers(shuffled(now, rng(5))), answers(now), 'files added in another order');
});

test('a reference figure counts the same whether or not its sentence was read for another kind of figure first', () => {
  // Cause: ReferenceIndex.quantitiesIn skipped a sentence with no sign of the wanted kind ("USD" is no currency
  // sign it knew) only when the sentence was not cached yet: once another figure had read it, its money was compared.
  const ref = 'Port fund\n\nThe Kestrel Bay port fund paid USD 5 million to 40 fishing towns along the coast.\n';
  const money = 'The Kestrel Bay port fund paid USD 7 million to the fishing towns along the coast.\n';
  const count = 'The Kestrel Bay port fund helped 40 fishing towns along the coast.\n';
  const alone = json(check(money, {}, build([{ name: 'ref.txt', text: ref }])));
  const index = build([{ name: 'ref.txt', text: ref }]);
  const analyzer = createAnalyzer();
  analyzer.check(count, {}, index);
  assert.equal(json(analyzer.check(money, {}, index)), alone);
});

test('every draft checks the same alone, after the others in random orders, with and without the kernel caches', () => {
  const corpus = newsCorpus(9, 50, 14);
  const alone = corpus.drafts.map((d) => json(check(d.text, {}, build(corpus.references))));
  for (const seed of [1, 2]) {
    const index = build(corpus.references);
    const r = rng(seed);
    const analyzer = createAnalyzer({ caches: seed === 1 });
    for (const k of shuffled([...corpus.drafts.keys()], r)) {
      const run = () => json(analyzer.check(corpus.drafts[k]!.text, {}, index));
      assert.equal(run(), alone[k], `draft ${k}, order ${seed}`);
    }
  }
});

test('after any sequence of adds, replacements and removals the index is laid out exactly as a fresh build of its files', () => {
  // The inside of the index (sentence table, postings, name counts) compared with a fresh build's: equal answers then
  // follow for every question, not only for the ones asked here.
  type Inside = {
    sCount: number;
    sDoc: Int32Array;
    sStart: Int32Array;
    postings: Map<string, number[]>;
    capWords: Map<string, number>;
    capKeys: Map<string, number>;
  };
  const inside = (index: ReferenceIndex) => {
    index.settle();
    const i = index as unknown as Inside;
    return {
      docs: [...index.docs()].map((d) => `${d.id} ${d.slot} ${d.firstSentence}`),
      rows: [...i.sDoc.subarray(0, i.sCount)].join() + '|' + [...i.sStart.subarray(0, i.sCount)].join(),
      postings: [...i.postings].sort(([a], [b]) => (a < b ? -1 : 1)),
      capWords: [...i.capWords].sort(([a], [b]) => (a < b ? -1 : 1)),
      capKeys: [...i.capKeys].sort(([a], [b]) => (a < b ? -1 : 1)),
    };
  };
  const pool = newsCorpus(8, 24, 0, 900).references;
  const r = rng(12);
  for (let round = 0; round < 6; round++) {
    const index = new ReferenceIndex();
    const now = new Map<string, string>();
    for (let op = 0; op < 40; op++) {
      const d = pool[Math.floor(r() * pool.length)]!;
      const roll = r();
      if (roll < 0.2) {
        index.delete(d.name);
        now.delete(d.name);
      } else {
        const text = roll < 0.35 ? d.text.replace(/\d+/, String(op)) : d.text;
        index.set(d.name, text);
        now.set(d.name, text);
      }
      if (r() < 0.3) index.candidates(['council', 'budget'], 12, 0.1);
    }
    const files = [...now].map(([name, text]) => ({ name, text })).sort((a, b) => (a.name < b.name ? -1 : 1));
    assert.deepEqual(inside(index), inside(build(files)), `round ${round}`);
  }
});
