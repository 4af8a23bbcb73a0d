// The bundles read the entity model from dist/ner-model.bin (host/nerModelFile.ts) instead of carrying the JSON: the
// file must give back exactly the model models/ner-model.json holds, string for string, whatever characters they have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import packed from '../../models/ner-model.json';
import { NER_MODEL_FILE, packNerModel, unpackNerModel } from '../../host/nerModelFile';
import type { PackedModel } from '../../core/entities/model';

const ROOT = resolve(import.meta.dirname, '../..');
const model = packed as PackedModel;

test('the packed model reads back as the JSON model, every field and every string', () => {
  const back = unpackNerModel(packNerModel(model));
  assert.deepStrictEqual(back, model);
  // The strings above U+00FF (names in Vietnamese, Polish, Turkish…) are what makes a section two bytes a unit.
  assert.ok(/[^\x00-\xff]/.test(model.names) && back.names === model.names);
});

test('strings of every kind survive: empty, one-byte, two-byte, astral, odd lengths', () => {
  const odd = {
    version: 2,
    scale: 1000,
    weights: 'a\t1,2\n',
    names: '',
    caps: 'é',
    maxLen: 3,
    stems: 'Čech\n\u{1F30C}',
    first: 'x',
    lex: 'ÿ\tq',
    canon: '樋口\tHiguchi',
  } as unknown as PackedModel;
  assert.deepStrictEqual(unpackNerModel(packNerModel(odd)), odd);
});

test('anything that is not a packed model is refused with a message naming the file', () => {
  assert.throws(() => unpackNerModel(Buffer.from('{"version":2}\n'), 'x.bin'), /x\.bin is not a Copydesk entity model/);
  assert.throws(() => unpackNerModel(Buffer.from('garbage'), 'x.bin'), /not a Copydesk entity model/);
  const cut = packNerModel(model);
  assert.throws(() => unpackNerModel(cut.subarray(0, cut.length - 10), 'x.bin'), /x\.bin is truncated/);
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
