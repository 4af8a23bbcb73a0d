// The name re-typer measured in issue 11 (scripts/lib/ner-retype.ts; not shipped): what it reads of a document's
// names, that names the lists or their own head word decide are left alone, and that its training is deterministic
// and learns what its examples teach. Our own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepare } from '../../core/entities/features';
import { segment } from '../../core/text/segment';
import packed from '../../models/ner-model.json';
import { loadModel, type PackedModel } from '../../core/entities/model';
import type { Entity } from '../../core/types';
import { decideType, examplesOf, nameEvidence, retyped, trainRetyper } from '../../scripts/lib/ner-retype';

const model = loadModel(packed as PackedModel);

function evidenceOf(text: string, ents: Entity[]) {
  return nameEvidence(prepare(text, segment(text).sentences, model.gazetteer), ents);
}

const ent = (text: string, doc: string, type: Entity['type'], from = 0): Entity => {
  const start = doc.indexOf(text, from);
  return { start, end: start + text.length, text, type, canonical: text };
};

test('the evidence of a name unites its mentions, and names the lists or their head word decide are locked', () => {
  const doc =
    'Fans of Harbrook packed the ground on Sunday. The striker joined Harbrook last year. ' +
    'The Tidewater Maritime Museum and Norway were mentioned too.';
  const ents = [
    ent('Harbrook', doc, 'PLACE'),
    ent('Harbrook', doc, 'PLACE', doc.indexOf('joined')),
    ent('Tidewater Maritime Museum', doc, 'PLACE'),
    ent('Norway', doc, 'PLACE'),
  ];
  const names = evidenceOf(doc, ents);
  assert.deepEqual(
    names.map((n) => [n.key, n.locked]),
    [
      ['harbrook', false],
      ['tidewater maritime museum', true],
      ['norway', true],
    ],
  );
  const f = names[0]!.features;
  assert.ok(f.has('L1=of') && f.has('L1=joined'), 'both mentions’ left words');
  assert.ok(f.has('T=PLACE') && f.get('mentions')! > 0.6);
});

test('training is deterministic, learns its examples, and the margin and the locks hold', () => {
  const docs = [
    'Their new striker signed for Calbrook on Monday.',
    'A young winger signed for Denmoor in the summer.',
    'The goalkeeper signed for Estwick after the final.',
    'We drove through Fallowmere on the way north.',
    'They drove through Garnock before dawn.',
  ];
  const gold: Array<Entity['type']> = ['ORG', 'ORG', 'ORG', 'PLACE', 'PLACE'];
  const ex = docs.flatMap((doc, k) => {
    const name = /[A-Z][a-z]+(?= on| in| after| before)/.exec(doc.slice(doc.indexOf(' ')))![0];
    const names = evidenceOf(doc, [ent(name, doc, 'PLACE')]);
    return examplesOf(names, () => gold[k]);
  });
  // Each example repeated so every feature passes the minimum count.
  const a = trainRetyper([...ex, ...ex, ...ex], { margin: 0.2 });
  const b = trainRetyper([...ex, ...ex, ...ex], { margin: 0.2 });
  assert.deepEqual(a, b);
  const doc = 'The defender signed for Hollinsby yesterday.';
  const hol = ent('Hollinsby', doc, 'PLACE');
  const [ev] = evidenceOf(doc, [hol]);
  assert.equal(decideType(a, ev!), 'ORG');
  assert.equal(retyped(a, [ev!], [hol])[0]!.type, 'ORG');
  assert.equal(decideType({ ...a, margin: 1 }, ev!), 'PLACE', 'no change under a margin it cannot beat');
  assert.equal(decideType(a, { ...ev!, locked: true }), 'PLACE');
});
