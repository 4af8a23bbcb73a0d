// Caching across edits must never change an answer: over a long run of random edits (typing, deleting, pasting,
// paragraph breaks, quote marks, undo), every result computed with the analysis caches warm is identical to the result
// computed with them off. The caches are only allowed to make typing faster.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, createAnalyzer, type ReferenceIndex, type CopydeskConfig } from '../../core/index';
import { openModel, type PackedAttributionModel } from '../../core/attribution/model';
import packedAttribution from '../../models/attribution-model.json';
import { editedVersions, read, references, rng } from '../support/edits';

/** Several of the project's own drafts in one article, so names, figures and quotes recur across paragraphs. */
const ARTICLE = [
  read('examples/draft.article'),
  read('test/fixtures/xref/draft-errors.txt'),
  read('test/fixtures/articles/harbour.article').replace(/^---\n[\s\S]*?\n---\n/, ''),
  read('test/fixtures/xref/draft-faithful.txt'),
].join('\n\n');

const SNIPPETS = [
  ' said',
  ', according to police',
  ' 12',
  '4',
  ' per cent',
  ' $3.5 million',
  ' Smith',
  '\n\n',
  ' on Tuesday',
  '“',
  '”',
  '"',
  ' Maria',
  '.',
  ', she said.',
  ' experts say',
  ' March 3',
  ' the council',
  '\r\n',
  'é',
  '😀',
  ' 1,200 people',
  '’s',
  ' Mr ',
  'NEW YORK — ',
];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const kind = r();
  if (kind < 0.35) return text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
  if (kind < 0.6)
    return (
      text.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789.,'[Math.floor(r() * 49)] + text.slice(at)
    );
  if (kind < 0.8) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * 25)));
  // Paste a piece of the article elsewhere: names, figures and quotes now occur twice.
  const from = Math.floor(r() * text.length);
  return text.slice(0, at) + text.slice(from, from + 5 + Math.floor(r() * 80)) + text.slice(at);
}

function equivalentOverEdits(
  seed: number,
  edits: number,
  config: Partial<CopydeskConfig>,
  index?: ReferenceIndex,
): void {
  let i = 0;
  const analyzer = createAnalyzer();
  for (const text of editedVersions(ARTICLE, edits, rng(seed), edit)) {
    const warm = analyzer.check(text, config, index);
    const cold = createAnalyzer({ caches: false }).check(text, config, index);
    assert.deepStrictEqual(
      warm,
      cold,
      `edit ${i++} (seed ${seed}) changed the result: caches disagree with a fresh analysis`,
    );
  }
}

test('random edits: cached results equal fresh results, with references', () => {
  const index = references();
  equivalentOverEdits(1, 120, {}, index);
  equivalentOverEdits(2, 60, { articleDate: '2025-03-01' }, index);
});

test('random edits: cached results equal fresh results, without references', () => {
  equivalentOverEdits(3, 80, {});
});

test('the same text twice gives the same result, and the result is not shared mutable state', () => {
  const index = references();
  const analyzer = createAnalyzer();
  const a = analyzer.check(ARTICLE, {}, index);
  const json = JSON.stringify(a);
  a.findings.forEach((f) => (f.start = -1));
  a.annotations.entities.forEach((e) => (e.text = 'mutated'));
  a.annotations.quantities.reverse();
  const b = analyzer.check(ARTICLE, {}, index);
  assert.equal(JSON.stringify(b), json, 'a caller mutating one result must not change the next');
});

test('two analysers share no state: what one analysed, and the model it runs, never reach the other', () => {
  const index = references();
  // An attribution model with no weights finds other sources than the bundled one: were the caches shared, the second
  // analyser would be served sentence kernels the first computed with it.
  const unweighted = openModel({ ...(packedAttribution as PackedAttributionModel), weights: '' });
  const odd = createAnalyzer({ attributionModel: unweighted });
  const plain = createAnalyzer();
  const oddAlone = createAnalyzer({ caches: false, attributionModel: unweighted }).check(ARTICLE, {}, index);
  const plainAlone = createAnalyzer({ caches: false }).check(ARTICLE, {}, index);
  assert.notDeepStrictEqual(oddAlone.annotations.assertions, plainAlone.annotations.assertions, 'the models differ');
  const r = rng(21);
  for (const text of [ARTICLE, ...editedVersions(ARTICLE, 10, r, edit), ARTICLE]) {
    odd.check(text, {}, index);
    assert.deepStrictEqual(plain.check(ARTICLE, {}, index), plainAlone);
    assert.deepStrictEqual(odd.check(ARTICLE, {}, index), oddAlone);
  }
  // The one-off façade function runs an analyser of its own, with the bundled model.
  assert.deepStrictEqual(check(ARTICLE, {}, index), plainAlone);
});
