// The bundled attribution model looks words up in a sorted table of forms that the build makes (esbuild.mjs,
// core/attribution/lexiconTable.ts); models without it decode the packed lexicon. Both must answer every word alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import packed from '../../models/attribution-model.json';
import { lexiconTableOf, openModel, readLexicon, type PackedAttributionModel } from '../../core/attribution/model';

const model = packed as PackedAttributionModel;

test('the lexicon table answers every form of the shipped lexicon as the decoded lexicon does', () => {
  const table = lexiconTableOf(model.lexicon);
  assert.ok(table, 'the shipped lexicon packs into a table');
  const decoded = openModel(model);
  const tabled = openModel({ ...model, lexicon: '', lexiconTable: table });
  const forms = [...readLexicon(model.lexicon).keys()];
  assert.ok(forms.length > 10_000);
  for (const w of [...forms, 'said', 'claims', 'reports', 'zzz', 'Said', '', 'the', 'a|b', 'say\tx', 'saying ']) {
    assert.deepEqual(tabled.lookup(w), decoded.lookup(w), w);
    // The same object for the same word, as the decoded lexicon's map gives.
    assert.equal(tabled.lookup(w), tabled.lookup(w));
  }
});

test('the lexicon table answers as the decoded lexicon on lexicons of odd lines, or is not made', () => {
  const piece = fc.constantFrom('a', 'b', 's', 'y', 'N', 'C', 'E', '1', '|', ',', '\n');
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 60 }),
      fc.array(fc.constantFrom('a', 'b', 's', 'as', 'bs', 'ys', ''), { maxLength: 6 }),
      (chars, probes) => {
        const lexicon = chars.join('');
        const table = lexiconTableOf(lexicon);
        const decoded = readLexicon(lexicon);
        if (table === undefined) return;
        const tabled = openModel({ ...model, lexicon: '', lexiconTable: table });
        for (const w of [...decoded.keys(), ...probes]) assert.deepEqual(tabled.lookup(w), decoded.get(w));
      },
    ),
    { numRuns: 2000 },
  );
});
