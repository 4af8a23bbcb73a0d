// The bundles read the entity model from dist/ner-model.bin (host/nerModelFile.ts) instead of carrying the JSON: the
// file must give back exactly the model models/ner-model.json holds, string for string whatever characters they have,
// and weights that load into the same rows and features as the JSON's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import packed from '../../models/ner-model.json';
import { NER_MODEL_FILE, packNerModel, readNerModelFile, unpackNerModel } from '../../host/nerModelFile';
import { decodedRows, loadModel, type PackedModel } from '../../core/entities/model';
import { NTAGS } from '../../core/entities/tagger';

const ROOT = resolve(import.meta.dirname, '../..');
const model = packed as PackedModel;

/** The model without its weights, which the file stores as rows. */
const rest = (m: PackedModel) => {
  const { weights: _w, rows: _r, ...others } = m;
  return others;
};

test('the packed model reads back as the JSON model: every string and field, the weights as their decoded rows', () => {
  const back = unpackNerModel(packNerModel(model));
  assert.deepStrictEqual(rest(back), rest(model));
  // The strings above U+00FF (names in Vietnamese, Polish, Turkish…) are what makes a section two bytes a unit.
  assert.ok(/[^\x00-\xff]/.test(model.names) && back.names === model.names);
  const { features, rows } = decodedRows(model);
  assert.equal(back.weights, features);
  assert.deepStrictEqual(back.rows, rows);
});

test('the weights loaded from the file are those loaded from the JSON: every row bit for bit, every feature found', () => {
  const fromJson = loadModel(model).weights;
  const fromFile = loadModel(unpackNerModel(packNerModel(model))).weights;
  assert.deepStrictEqual(fromFile.rows, fromJson.rows);
  let n = 0;
  for (const line of model.weights.split('\n')) {
    const key = line.slice(0, line.indexOf('\t'));
    const eq = key.indexOf('=');
    const [t, v] = eq < 0 ? [key, ''] : [key.slice(0, eq), key.slice(eq + 1)];
    for (const [a, b] of [
      [v, ''],
      [v.slice(0, v.indexOf(' ')), v.slice(v.indexOf(' ') + 1)],
    ] as const) {
      assert.equal(fromFile.find(t, a, b), fromJson.find(t, a, b), key);
      n += fromJson.find(t, a, b) >= 0 ? 1 : 0;
    }
  }
  assert.ok(n >= fromJson.rows.length / NTAGS - 10, `${n} features found`);
});

test('strings of every kind survive: empty, one-byte, two-byte, astral, odd lengths', () => {
  const odd = {
    version: 2,
    scale: 1000,
    weights: 'a\t1,,-2\nb=x\t\nc=y z\t,3',
    names: '',
    caps: 'é',
    maxLen: 3,
    stems: 'Čech\n\u{1F30C}',
    first: 'x',
    lex: 'ÿ\tq',
    canon: '樋口\tHiguchi',
  } as unknown as PackedModel;
  const back = unpackNerModel(packNerModel(odd));
  assert.deepStrictEqual(rest(back), rest(odd));
  assert.equal(back.weights, 'a\nb=x\nc=y z');
  assert.deepStrictEqual([...back.rows!.slice(0, 3)], [0.001, 0, -0.002].map(Math.fround));
  assert.equal(back.rows!.length, 3 * NTAGS);
});

test('anything that is not a packed model is refused with a message naming the file', () => {
  assert.throws(() => unpackNerModel(Buffer.from('{"version":2}\n'), 'x.bin'), /x\.bin is not a Copydesk entity model/);
  assert.throws(() => unpackNerModel(Buffer.from('garbage'), 'x.bin'), /not a Copydesk entity model/);
  const cut = packNerModel(model);
  assert.throws(() => unpackNerModel(cut.subarray(0, cut.length - 10), 'x.bin'), /x\.bin is truncated/);
  assert.throws(() => readNerModelFile('/nonexistent/ner-model.bin'), /\/nonexistent\/ner-model\.bin cannot be read/);
});

test(
  'the built dist/ner-model.bin is the current model',
  { skip: !existsSync(join(ROOT, 'dist', NER_MODEL_FILE)) },
  () => {
    assert.ok(
      readFileSync(join(ROOT, 'dist', NER_MODEL_FILE)).equals(packNerModel(model)),
      'rebuild: node esbuild.mjs',
    );
  },
);
