// The slip candidates kept between checks must be exactly the ones a fresh computation gives, whatever came before:
// spellings added and removed one at a time, another article wholesale, and variants shared by too many spellings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_SHARED, SlipPairs, variantsOf } from '../../core/xref/slipPairs';
import { rng } from '../support/edits';

/** Every pair of spellings sharing a variant that at most MAX_SHARED spellings share: the definition, done plainly. */
function oracle(surfaces: readonly string[]): Array<[number, number]> {
  const buckets = new Map<string, number[]>();
  surfaces.forEach((s, i) => {
    for (const v of variantsOf(s)) buckets.set(v, [...(buckets.get(v) ?? []), i]);
  });
  const pairs = new Set<string>();
  for (const b of buckets.values())
    if (b.length <= MAX_SHARED) for (const i of b) for (const j of b) if (i < j) pairs.add(`${i},${j}`);
  return [...pairs].map((p) => p.split(',').map(Number) as [number, number]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

const NAMES = ['Kowalski', 'Kowalsky', 'Okafor', 'Okaffor', 'Lindqvist', 'Linqvist', 'Haddad', 'Hadad', 'Moreau'];

test('slip pairs: close spellings pair, distant ones do not', () => {
  const pairs = new SlipPairs().pairs(['Kowalski', 'Moreau', 'Kowalsky', 'Okafor', 'Okaffor']);
  assert.deepEqual(pairs, [
    [0, 2],
    [3, 4],
  ]);
});

test('slip pairs: kept between calls, equal to a fresh computation over random changes of the set', () => {
  const r = rng(7);
  const letters = 'aeiourstln';
  const made = (n: number) =>
    Array.from({ length: n }, () => {
      const base = NAMES[Math.floor(r() * NAMES.length)]!;
      const k = Math.floor(r() * base.length);
      // A slip (a letter dropped, doubled or changed) of a known name, or the name itself.
      const kind = Math.floor(r() * 4);
      const c = letters[Math.floor(r() * letters.length)]!;
      return kind === 0
        ? base
        : kind === 1
          ? base.slice(0, k) + base.slice(k + 1)
          : kind === 2
            ? base.slice(0, k) + base[k] + base.slice(k)
            : base.slice(0, k) + c + base.slice(k + 1);
    });
  const slips = new SlipPairs();
  let surfaces = [...new Set(made(40))];
  for (let step = 0; step < 300; step++) {
    const k = r();
    if (k < 0.4) surfaces = [...new Set([...surfaces, ...made(1 + Math.floor(r() * 3))])];
    else if (k < 0.8) surfaces = surfaces.filter(() => r() > 0.05);
    else if (k < 0.9) surfaces = [...new Set(made(10 + Math.floor(r() * 60)))];
    else surfaces = [...surfaces].sort(() => r() - 0.5);
    assert.deepEqual(slips.pairs(surfaces), oracle(surfaces), `step ${step}`);
  }
});

test('slip pairs: a variant shared by more than MAX_SHARED spellings stops pairing, and pairs again below it', () => {
  // Five-letter spellings differing in one (caseless) letter all share the variant without it, and no other.
  const crowd = Array.from({ length: MAX_SHARED + 2 }, (_, i) => `Zab${String.fromCharCode(0x4e00 + i)}o`);
  const slips = new SlipPairs();
  for (let n = MAX_SHARED - 1; n <= MAX_SHARED + 2; n++)
    assert.deepEqual(slips.pairs(crowd.slice(0, n)), oracle(crowd.slice(0, n)), `${n} spellings`);
  for (let n = MAX_SHARED + 2; n >= MAX_SHARED - 1; n--)
    assert.deepEqual(slips.pairs(crowd.slice(0, n)), oracle(crowd.slice(0, n)), `${n} spellings, shrinking`);
  assert.equal(slips.pairs(crowd.slice(0, MAX_SHARED + 1)).length, 0);
});
