// The model is read lazily from its packed strings (binary search over sorted lines, memoised): every lookup must give
// what an eager decode gives, and the packed gazetteer must answer as the lists it was packed from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import packed from '../../models/ner-model.json';
import { decodeModel, encodeModel, loadModel, MODEL_VERSION, type PackedModel } from '../../core/entities/model';
import { Gazetteer } from '../../core/entities/gazetteer';
import {
  findLine,
  findLineIn,
  hasKeyWithPrefix,
  lineStartsOf,
  packLines,
  SortedTable,
  valueAt,
} from '../../core/entities/table';
import { NTAGS } from '../../core/entities/tagger';
import { Feats, nextFeatures, ownFeatures, prepare, prevFeatures } from '../../core/entities/features';

const model = packed as PackedModel;

test('the shipped model is the current format', () => {
  assert.equal(model.version, MODEL_VERSION);
});

test('the loaded weights equal the eager decode and the numbers in the file, for every feature of the shipped model', () => {
  const eager = decodeModel(model).weights;
  const lazy = loadModel(model).weights;
  // Each row as Number() reads the file's integers, divided by the scale and stored as a float32.
  const fromText = (line: string): number[] =>
    line
      .slice(line.indexOf('\t') + 1)
      .split(',')
      .map((x) => Math.fround(x ? Number(x) / model.scale : 0));
  let n = 0;
  for (const line of model.weights.split('\n')) {
    const key = line.slice(0, line.indexOf('\t'));
    const eq = key.indexOf('=');
    const t = key.slice(0, eq);
    const val = key.slice(eq + 1);
    const sp = val.indexOf(' ');
    const [v, v2] = t === 'pw,w' || t === 'w,nw' ? [val.slice(0, sp), val.slice(sp + 1)] : [val, ''];
    const a = eager.find(t, v, v2);
    const b = lazy.find(t, v, v2);
    assert.ok(a >= 0 && b >= 0, key);
    const want = fromText(line);
    for (let k = 0; k < NTAGS; k++) {
      assert.ok(Object.is(eager.rows[a * NTAGS + k], lazy.rows[b * NTAGS + k]), key);
      assert.ok(Object.is(lazy.rows[b * NTAGS + k], want[k] ?? 0), key);
    }
    // Asked again (memoised), the same row.
    assert.equal(lazy.find(t, v, v2), b);
    n++;
  }
  assert.ok(n > 10_000);
  for (const [t, v, v2] of [
    ['w', 'zzzz-not-a-word', ''],
    ['pw,w', 'the', 'zzzz'],
    ['nope', 'x', ''],
    ['w', '', ''],
    ['w,nw', 'a b', 'c'],
  ] as const) {
    assert.equal(lazy.find(t, v, v2), -1);
    assert.equal(eager.find(t, v, v2), -1);
  }
});

test('encodeModel writes what loadModel reads back, odd values included', () => {
  const m = {
    version: MODEL_VERSION,
    scale: 1000,
    weights: {
      'w=a': [1500, 0, -2, 0, 0, 0, 0, 0, 7],
      'w,nw=x y': [0, 0, 0, 0, 0, 0, 0, 0, 0],
      'b=1': [-123456789, 1, 2, 3, 4, 5, 6, 7, 8],
    },
    places: {
      Paris: 'P1',
      'New York': 'P1',
      'New York City': 'P2',
      DRC: 'C',
      Ukraine: 'C',
      'South Korea': 'C',
      '': 'C',
    },
    first: ['Ana', 'Ben', ''],
    lex: { the: 1, harbour: 4 },
    canon: { US: 'United States' },
  };
  const p = JSON.parse(encodeModel(m)) as PackedModel;
  const { weights: w, gazetteer: g } = loadModel(p);
  const r = w.find('w', 'a', '');
  assert.deepEqual(
    [...w.rows.subarray(r * NTAGS, (r + 1) * NTAGS)],
    [...new Float32Array([1.5, 0, -0.002, 0, 0, 0, 0, 0, 0.007])],
  );
  assert.equal(w.rows[w.find('b', '1', '') * NTAGS], Math.fround(-123456.789));
  assert.ok(w.find('w,nw', 'x', 'y') >= 0);
  assert.equal(g.classOfKey('new york city'), 'P2');
  assert.equal(g.classOfKey('new york'), 'P1');
  assert.equal(g.classOf('New York'), 'P1');
  assert.equal(g.classOfKey('new'), undefined);
  assert.deepEqual(g.match(['in', 'new', 'york', 'city', 'hall'], 1, 5), { len: 3, cls: 'P2' });
  assert.deepEqual(g.match(['new', 'york', 'state'], 0, 3), { len: 2, cls: 'P1' });
  assert.equal(g.match(['york'], 0, 1), null);
  // Capitals-only entries match only capitals.
  assert.deepEqual(
    g.match(['drc'], 0, 1, () => true),
    { len: 1, cls: 'C' },
  );
  assert.equal(
    g.match(['drc'], 0, 1, () => false),
    null,
  );
  // The lists of lists.ts win over the model's places ("Associated Press" is an organisation).
  assert.equal(g.classOfKey('associated press'), 'O');
  assert.equal(g.classOfKey('europe'), 'R');
  assert.ok(g.isNationStem('Ukrain') && g.isNationStem('Korea') && g.isNationStem('Kor') && !g.isNationStem('Uk'));
  assert.ok(g.isNationStem('Europe'), 'stems of lists.ts places');
  assert.ok(g.first.has('Ana') && !g.first.has('ana') && !g.first.has(''));
  assert.equal(g.lex.get('harbour'), 4);
  assert.equal(g.lex.get('harbor'), undefined);
  assert.equal(g.canonicalOf('US'), 'United States');
  // Training builds its gazetteer from the same packed form.
  const t = Gazetteer.fromData(m);
  assert.equal(t.classOfKey('new york city'), 'P2');
  assert.equal(t.lex.get('the'), 1);
});

test('embedding classes: packed in base 36, read back fine and coarse for lower-case words only', () => {
  const m = {
    version: MODEL_VERSION,
    scale: 1000,
    weights: {},
    places: {},
    first: [],
    lex: {},
    emb: { harbour: 0, ferry: 37, quay: 1000 },
    embParent: Array.from({ length: 1001 }, (_, k) => k % 7),
  };
  const p = JSON.parse(encodeModel(m)) as PackedModel;
  assert.equal(p.emb, 'ferry\t11\nharbour\t0\nquay\trs');
  const g = loadModel(p).gazetteer;
  assert.deepEqual(g.embOf('ferry'), ['f11', 'c2']);
  assert.deepEqual(g.embOf('harbour'), ['f0', 'c0']);
  assert.deepEqual(g.embOf('quay'), ['frs', `c${(1000 % 7).toString(36)}`]);
  assert.equal(g.embOf('Ferry'), null, 'the table holds lower-case keys; the features look up the lower-case form');
  assert.equal(g.embOf('pier'), null);
  // A model without the table answers null, and the features stay as before.
  assert.equal(
    loadModel(JSON.parse(encodeModel({ ...m, emb: undefined })) as PackedModel).gazetteer.embOf('ferry'),
    null,
  );
});

test("embedding-class features: the word's own classes and its neighbours", () => {
  const g = Gazetteer.fromData({
    places: {},
    first: [],
    lex: {},
    emb: { ferry: 3, sails: 5 },
    embParent: [0, 0, 0, 1, 0, 2],
  });
  const text = 'The Ferry sails.';
  const d = prepare(text, [{ start: 0, end: text.length }], g);
  const keys = (fn: (f: Feats) => void) => {
    const f = new Feats();
    fn(f);
    return f.keys();
  };
  const own = keys((f) => ownFeatures(d, 1, f));
  assert.ok(own.includes('ef=f3') && own.includes('ec=c1'), own.join(' '));
  assert.ok(keys((f) => prevFeatures(d, 1, f)).includes('pec=c1'));
  assert.ok(keys((f) => nextFeatures(d, 2, f)).includes('nec=c2'));
  assert.ok(!keys((f) => ownFeatures(d, 0, f)).some((k) => k.startsWith('ef=')), '"the" has no class here');
});

test('encoding is deterministic', () => {
  const m = {
    version: MODEL_VERSION,
    scale: 1000,
    weights: { 'w=b': [1], 'w=a': [2] },
    places: { B: 'C', A: 'P1' },
    first: ['Zed', 'Amy'],
    lex: { b: 2, a: 1 },
  };
  assert.equal(
    encodeModel(m),
    encodeModel({
      ...m,
      weights: { 'w=a': [2], 'w=b': [1] },
      places: { A: 'P1', B: 'C' },
      first: ['Amy', 'Zed'],
      lex: { a: 1, b: 2 },
    }),
  );
});

test('sorted line tables answer as a Map and a prefix scan would', () => {
  const key = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', 'Z', '=', '-', '😀'), minLength: 1, maxLength: 5 });
  fc.assert(
    fc.property(fc.uniqueArray(key, { maxLength: 40 }), fc.array(key, { maxLength: 30 }), (keys, queries) => {
      const s = packLines(keys.map((k, i) => [k, String(i)]));
      const table = new SortedTable(s, 8);
      for (const q of [...queries, ...keys, ...keys.map((k) => k.slice(0, -1)), ...keys.map((k) => `${k}a`)]) {
        const i = keys.indexOf(q);
        const at = findLine(s, q);
        assert.equal(at >= 0 ? valueAt(s, at) : undefined, i >= 0 ? String(i) : undefined, q);
        assert.equal(table.value(q), i >= 0 ? String(i) : undefined);
        assert.equal(table.has(q), i >= 0);
        if (q) assert.equal(findLine(s, q.slice(0, 1), q.slice(1)), at);
        // The line-indexed search gives the same answers, exact and lower bound.
        const starts = lineStartsOf(s);
        assert.equal(findLineIn(s, starts, q), at);
        if (q) assert.equal(findLineIn(s, starts, q.slice(0, 1), q.slice(1)), at);
        assert.equal(findLineIn(s, starts, q, '', '', '', '', true), findLine(s, q, '', '', '', '', true));
        assert.equal(hasKeyWithPrefix(s, q, ' ', starts), hasKeyWithPrefix(s, q, ' '));
        assert.equal(
          hasKeyWithPrefix(s, q, ' '),
          keys.some((k) => k.startsWith(`${q} `)),
          q,
        );
        assert.equal(
          hasKeyWithPrefix(s, q),
          keys.some((k) => k.startsWith(q)),
          q,
        );
      }
    }),
    { numRuns: 300 },
  );
});
