// KeyedBest (core/text/keyedBest.ts) keeps a document map "key -> the value of the first entry of highest rank" between
// calls and updates it for the keys the changed parts name. Over random edits of the parts list (typing changes one
// part, a paste several, another document all of them) it must hold exactly the entries a fresh computation gives,
// and be the very same object when no changed part names a key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../core/analyzer';
import { KeyedBest, type RankedEntry } from '../../core/text/keyedBest';
import { rng } from '../support/edits';

const SURNAMES = ['Moss', 'Lund', 'Varga', 'Holm', 'Berg', 'Ek'];
const GIVEN = ['Lena', 'Ada', 'Ines', 'Piotr', 'Ola', 'Kim', ''];

/** A part: a few names, each by its surname and ranked by its length (some parts name nobody). */
function part(r: () => number): readonly RankedEntry[] {
  const out: RankedEntry[] = [];
  for (let n = Math.floor(r() * 3); n > 0; n--) {
    const key = SURNAMES[Math.floor(r() * SURNAMES.length)]!;
    const value = `${GIVEN[Math.floor(r() * GIVEN.length)]} ${key}`.trim();
    out.push({ key, value, rank: value.length });
  }
  return out;
}

function fresh(parts: ReadonlyArray<readonly RankedEntry[]>): Map<string, string> {
  const map = new Map<string, string>();
  const rank = new Map<string, number>();
  for (const list of parts)
    for (const e of list)
      if (!rank.has(e.key) || e.rank > rank.get(e.key)!) {
        map.set(e.key, e.value);
        rank.set(e.key, e.rank);
      }
  return map;
}

const sorted = (m: ReadonlyMap<string, string>) => [...m].sort(([a], [b]) => a.localeCompare(b));

test('keyed best: kept between calls, equal to a fresh computation over random edits of the parts', () => {
  const r = rng(5);
  const best = new KeyedBest<readonly RankedEntry[]>((p) => p);
  const EMPTY: readonly RankedEntry[] = [];
  for (const caches of [true, false])
    createAnalyzer({ caches }).run(() => {
      let parts = Array.from({ length: 30 }, () => (r() < 0.3 ? EMPTY : part(r)));
      let last: ReadonlyMap<string, string> | undefined;
      let same = 0;
      let known = 0;
      for (let step = 0; step < 2000; step++) {
        const before = parts;
        const k = Math.floor(r() * parts.length);
        const kind = r();
        if (kind < 0.5) parts = [...parts.slice(0, k), part(r), ...parts.slice(k + 1)];
        else if (kind < 0.65) parts = [...parts.slice(0, k), part(r), ...parts.slice(k)];
        else if (kind < 0.8) parts = [...parts.slice(0, k), ...parts.slice(k + 1)];
        else if (kind < 0.9) parts = parts.slice();
        else if (kind < 0.95) parts = [...parts.slice(0, k), ...parts.slice(k, k + 5), ...parts.slice(k)];
        else parts = Array.from({ length: 10 + Math.floor(r() * 30) }, () => part(r));
        const got = best.of(parts);
        assert.deepEqual(sorted(got), sorted(fresh(parts)), `step ${step}`);
        // Between the last map and this one, the keys it names as touched are the only ones that may differ.
        const touched = last && best.touchedBetween(last, got);
        if (touched) {
          known++;
          for (const key of new Set([...last!.keys(), ...got.keys()]))
            if (!touched.has(key)) assert.equal(got.get(key), last!.get(key), `step ${step}: ${key} untouched`);
        }
        if (caches && got === last) {
          same++;
          assert.deepEqual(sorted(got), sorted(fresh(before)), `step ${step}: kept though changed`);
        }
        last = got;
      }
      if (caches) assert.ok(same > 100 && known > 1000, `map kept ${same} times, changes known ${known} times`);
    });
});
