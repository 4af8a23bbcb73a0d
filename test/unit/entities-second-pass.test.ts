// The tagger's second pass (two-stage tagging): each word's features include what the first pass said about the same
// word elsewhere in the document. Checked on the feature function itself and on a tiny hand-made model, so the tests
// do not depend on what the shipped model learned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import packed from '../../models/ner-model.json';
import { loadModel, type PackedModel } from '../../core/entities/model';
import { docLabels, Feats, prepare, secondPassFeatures, SECOND_PASS_MARK } from '../../core/entities/features';
import { firstPass, hasSecondPass, NTAGS, TAGS, tagDoc, weightsFrom } from '../../core/entities/tagger';
import { segment } from '../../core/text/segment';

const { gazetteer } = loadModel(packed as PackedModel);
const B_PERSON = TAGS.indexOf('B-PERSON');
const B_ORG = TAGS.indexOf('B-ORG');

function doc(text: string) {
  return prepare(text, segment(text).sentences, gazetteer);
}

function feats(d: ReturnType<typeof doc>, tags: ArrayLike<number>, i: number): string[] {
  const f = new Feats();
  secondPassFeatures(d, docLabels(d, tags), tags, i, f);
  return f.keys();
}

test('second-pass features name the labels a word got elsewhere in the document (with its own tag), never its own', () => {
  const d = doc('Shares in Kestrel rose. Kestrel said little. Mara Fenwick stayed.');
  const kestrel = d.words.map((w, i) => (w === 'Kestrel' ? i : -1)).filter((i) => i >= 0);
  assert.equal(kestrel.length, 2);
  const tags = new Uint8Array(d.n);
  tags[kestrel[0]!] = B_ORG;
  tags[kestrel[1]!] = B_PERSON;
  assert.deepEqual(feats(d, tags, kestrel[1]!), ['2w=B-PERSON|ORG']);
  assert.deepEqual(feats(d, tags, kestrel[0]!), ['2w=B-ORG|PERSON']);
  // A word seen once has no second-pass features; nor has a lower-case word.
  const mara = d.words.indexOf('Mara');
  assert.deepEqual(feats(d, tags, mara), []);
  assert.deepEqual(feats(d, tags, d.words.indexOf('rose')), []);
});

test('a longer name elsewhere in the document lends its label to the same run of words', () => {
  const d = doc('Lake Orvin Rowing Club won. Lake Orvin Rowing Club lost.');
  const starts = d.words.map((w, i) => (w === 'Lake' ? i : -1)).filter((i) => i >= 0);
  const tags = new Uint8Array(d.n);
  tags[starts[0]!] = B_ORG;
  for (let k = 1; k < 4; k++) tags[starts[0]! + k] = B_ORG + 1;
  const f = feats(d, tags, starts[1]! + 1);
  assert.ok(f.includes('2wl=O|ORG') && f.includes('2r=O|ORG'), f.join(' '));
});

test('with a second-pass model, a word typed one way elsewhere in the document is re-decoded with that evidence', () => {
  const row = (t: number, v: number) => Array.from({ length: NTAGS }, (_, k) => (k === t ? v : 0));
  const base: Array<[string, number[]]> = [
    ['b=1', row(0, 1)],
    ['w=kestrel', row(B_PERSON, 2)],
    ['pw=in', row(B_ORG, 5)],
  ];
  const text = 'Shares in Kestrel rose. Kestrel said little.';
  const second = [...base, [`${SECOND_PASS_MARK}=1`, row(0, 0)], ['2w=B-PERSON|ORG', row(B_ORG, 10)]] as Array<
    [string, number[]]
  >;
  const one = weightsFrom(base, 'viterbi');
  const two = weightsFrom(second, 'viterbi');
  assert.ok(!hasSecondPass(one) && hasSecondPass(two));
  const d = doc(text);
  const at = d.words.map((w, i) => (w === 'Kestrel' ? i : -1)).filter((i) => i >= 0);
  const first = tagDoc(d, one).tags;
  assert.deepEqual([first[at[0]!], first[at[1]!]], [B_ORG, B_PERSON]);
  // The first pass of the two-pass model is the one-pass model's; its second pass makes the second mention ORG.
  assert.deepEqual(Array.from(firstPass(d, two).tags), Array.from(first));
  const both = tagDoc(d, two).tags;
  assert.deepEqual([both[at[0]!], both[at[1]!]], [B_ORG, B_ORG]);
});
