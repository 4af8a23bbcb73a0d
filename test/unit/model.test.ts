// The start-up model loader takes shortcuts (index scanning, the word list read straight into a Map): it must build
// exactly what the general decoder plus the Gazetteer constructor build from the shipped model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import packed from '../../models/ner-model.json';
import { decodeModel, encodeModel, loadModel, type PackedModel } from '../../core/entities/model';
import { Gazetteer } from '../../core/entities/gazetteer';

const plain = (x: unknown) => JSON.stringify(x, (_k, v) => (v instanceof Map || v instanceof Set ? [...v] : v instanceof Float32Array ? [...v] : v));

test('loadModel builds the same weights and gazetteer as decodeModel + new Gazetteer', () => {
  const slow = decodeModel(packed as PackedModel);
  const fast = loadModel(packed as PackedModel);
  assert.equal(plain(fast.weights), plain(slow.weights));
  assert.equal(plain(fast.gazetteer), plain(new Gazetteer(slow.gazetteer)));
});

test('decodeModel reads back what encodeModel wrote, odd lines included', () => {
  const m = {
    version: 1,
    scale: 1000,
    weights: { 'w=a': [1500, 0, -2, 0, 0, 0, 0, 0, 7], 'p=x y': [0, 0, 0, 0, 0, 0, 0, 0, 0], 'b=1': [-123456789, 1, 2, 3, 4, 5, 6, 7, 8] },
    places: { Paris: 'P1', 'New York': 'P1', '': 'C' },
    first: ['Ana', 'Ben'],
    lex: { the: 1, harbour: 4 },
    canon: { US: 'United States' },
  };
  const d = decodeModel(JSON.parse(encodeModel(m)) as PackedModel);
  assert.deepEqual(d.gazetteer, { places: { Paris: 'P1', 'New York': 'P1' }, first: ['Ana', 'Ben'], lex: { the: 1, harbour: 4 }, canon: { US: 'United States' } });
  const w = d.weights.get('w')!.get('a') as Float32Array;
  assert.deepEqual([...w], [...new Float32Array([1.5, 0, -0.002, 0, 0, 0, 0, 0, 0.007])]);
  assert.equal((d.weights.get('b')!.get('1') as Float32Array)[0], Math.fround(-123456.789));
});
