// How long a KernelCache keeps what an analysis computed (core/text/memo.ts, Generations): a batch of distinct
// documents keeps the last one or two documents' entries, not GENERATION_ANALYSES' worth; an article being edited
// keeps every entry its checks keep asking for, and its first checks (all misses) cost it none of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CacheScope, KernelCache, analysisStarted, runIn } from '../../core/text/memo';

/** One analysis of `scope` looking up `keys` in `cache`; returns how many were computed. */
function analyse(scope: CacheScope, cache: KernelCache<string, number>, keys: string[]): number {
  let computed = 0;
  runIn(scope, () => {
    analysisStarted();
    for (const k of keys) cache.get(k, () => ++computed);
  });
  return computed;
}

const doc = (d: number, n = 40): string[] => Array.from({ length: n }, (_, k) => `document ${d}, sentence ${k}`);

test('a batch of distinct documents keeps only the last documents’ entries', () => {
  const scope = new CacheScope(true);
  const cache = new KernelCache<string, number>(4000);
  for (let d = 0; d < 10; d++) assert.equal(analyse(scope, cache, doc(d)), 40);
  // The last document is still there; the first ones (met ten analyses ago, well within GENERATION_ANALYSES) are not.
  assert.equal(analyse(scope, cache, doc(9)), 0);
  assert.equal(analyse(scope, cache, doc(0)), 40);
  assert.equal(analyse(scope, cache, doc(5)), 40);
});

test('an article being edited keeps its entries, from its first check on', () => {
  const scope = new CacheScope(true);
  const cache = new KernelCache<string, number>(4000);
  const article = doc(0, 200);
  // Its opening, then the whole: both mostly misses.
  assert.equal(analyse(scope, cache, article.slice(0, 30)), 30);
  assert.equal(analyse(scope, cache, article), 170);
  // Each keystroke changes one sentence: only that one is computed, whatever came before.
  for (let i = 0; i < 100; i++) {
    const typed = article.slice();
    typed[100] = `document 0, sentence 100, typed ${i}`;
    assert.equal(analyse(scope, cache, typed), 1);
  }
  // A look at another document in between (all misses) costs the article nothing either.
  assert.equal(analyse(scope, cache, doc(1, 200)), 200);
  assert.equal(analyse(scope, cache, article), 0);
});
