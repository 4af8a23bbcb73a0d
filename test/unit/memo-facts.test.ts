// The memo layer's document facts: a FactCheckedCache entry is reused while the keys it read of its Facts tables keep
// their values, and computed again as soon as one of them changes (however many updates ago); over random changes of
// the facts, cached results equal fresh ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../core/index';
import { DocFacts, FactCheckedCache, PartsTally } from '../../core/text/memo';
import { rng } from '../support/edits';

test('an entry is reused while the facts it read hold, computed again when one of them changes', () => {
  const names = new DocFacts<string>();
  const cache = new FactCheckedCache<string>(100);
  let runs = 0;
  createAnalyzer().run(() => {
    const facts = (m: Record<string, string>) => names.of(new Map(Object.entries(m)));
    const typeOf = (f: ReturnType<typeof facts>, word: string) =>
      cache.get(word, undefined, () => {
        runs++;
        return `${word}:${f.get(word) ?? '-'}`;
      });
    let f = facts({ Oslo: 'PLACE', Varga: 'PERSON' });
    assert.equal(typeOf(f, 'Oslo'), 'Oslo:PLACE');
    assert.equal(typeOf(f, 'Varga'), 'Varga:PERSON');
    assert.equal(runs, 2);
    // Another key changes, appears or goes: neither entry read it.
    f = facts({ Oslo: 'PLACE', Varga: 'PERSON', Tarn: 'ORG' });
    f = facts({ Oslo: 'PLACE', Varga: 'PERSON' });
    assert.equal(typeOf(f, 'Oslo'), 'Oslo:PLACE');
    assert.equal(runs, 2);
    // A key it read changes value, then goes.
    f = facts({ Oslo: 'ORG', Varga: 'PERSON' });
    assert.equal(typeOf(f, 'Oslo'), 'Oslo:ORG');
    assert.equal(typeOf(f, 'Varga'), 'Varga:PERSON');
    assert.equal(runs, 3);
    f = facts({ Varga: 'PERSON' });
    assert.equal(typeOf(f, 'Oslo'), 'Oslo:-');
    // A key read while absent appears.
    f = facts({ Varga: 'PERSON', Oslo: 'PLACE' });
    assert.equal(typeOf(f, 'Oslo'), 'Oslo:PLACE');
    assert.equal(runs, 5);
    // However many updates changed only other keys, the entry stands; then the key it read changes.
    for (let k = 0; k < 40; k++) f = facts({ Varga: 'PERSON', Oslo: 'PLACE', [`x${k}`]: 'ORG' });
    assert.equal(typeOf(f, 'Varga'), 'Varga:PERSON');
    assert.equal(runs, 5);
    f = facts({ Varga: 'ORG', Oslo: 'PLACE' });
    assert.equal(typeOf(f, 'Varga'), 'Varga:ORG');
    assert.equal(runs, 6);
  });
  // With caches off (outside an analyser) it always computes.
  const f = names.of(new Map([['Oslo', 'PLACE']]));
  cache.get('Oslo', undefined, () => (runs++, ''));
  cache.get('Oslo', undefined, () => (runs++, ''));
  assert.equal(f.get('Oslo'), 'PLACE');
  assert.equal(runs, 8);
});

test('an entry read while another is computed passes on what it read; a different input is a miss', () => {
  const facts = new DocFacts<number>();
  const inner = new FactCheckedCache<number>(100);
  const outer = new FactCheckedCache<number>(100);
  let outerRuns = 0;
  createAnalyzer().run(() => {
    const sum = (m: Map<string, number>, input: unknown) => {
      const f = facts.of(m);
      return outer.get('sum', input, () => {
        outerRuns++;
        return inner.get('a', undefined, () => f.get('a') ?? 0) + 1;
      });
    };
    const input = {};
    // The inner entry is computed first on its own, then found by the outer computation.
    const f0 = facts.of(new Map([['a', 1]]));
    inner.get('a', undefined, () => f0.get('a') ?? 0);
    assert.equal(sum(new Map([['a', 1]]), input), 2);
    assert.equal(sum(new Map([['a', 1]]), input), 2);
    assert.equal(outerRuns, 1);
    // The outer entry read 'a' only through the inner one: it is stale all the same.
    assert.equal(sum(new Map([['a', 5]]), input), 6);
    assert.equal(outerRuns, 2);
    assert.equal(sum(new Map([['a', 5]]), {}), 6);
    assert.equal(outerRuns, 3);
  });
});

test('PartsTally.facts: cached entries over random parts equal fresh results', () => {
  const tally = new PartsTally<string[]>((p, visit) => {
    for (const w of p) visit(w, 0);
  });
  const cache = new FactCheckedCache<string>(100);
  const r = rng(5);
  const words = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta', 'eta'];
  const part = () => Array.from({ length: Math.floor(r() * 3) }, () => words[Math.floor(r() * words.length)]!);
  const pool = Array.from({ length: 10 }, part);
  let parts = pool.slice(0, 5);
  const analyser = createAnalyzer();
  const answer = (f: { has(w: string): boolean }, query: string[]) => query.map((w) => (f.has(w) ? w : '-')).join();
  const queries = Array.from({ length: 6 }, () => [words[Math.floor(r() * 7)]!, words[Math.floor(r() * 7)]!]);
  for (let k = 0; k < 400; k++) {
    parts = parts.slice();
    const at = Math.floor(r() * (parts.length + 1));
    const x = r();
    if (x < 0.5) parts.splice(at, 1, r() < 0.5 ? part() : pool[Math.floor(r() * pool.length)]!);
    else if (x < 0.75) parts.splice(at, 0, pool[Math.floor(r() * pool.length)]!);
    // Another document now and then: counted afresh, every fact may have changed.
    else if (x < 0.8) parts = Array.from({ length: Math.floor(r() * 8) }, part);
    else parts.splice(at, 1);
    const q = Math.floor(r() * queries.length);
    const cached = analyser.run(() => {
      const f = tally.facts(parts);
      return cache.get(String(q), undefined, () => answer(f, queries[q]!));
    });
    const present = new Set(parts.flat());
    assert.equal(cached, answer(present, queries[q]!), `step ${k}`);
  }
});

test('marks of replaced entries are swept out; the entries still standing still go stale when a fact changes', () => {
  const facts = new DocFacts<number>();
  const cache = new FactCheckedCache<number>(100);
  createAnalyzer().run(() => {
    let f = facts.of(new Map([['a', 1]]));
    // 60,000 entries replaced (a new input each time), each having read 'a': more marks than a table keeps.
    for (let k = 0; k < 60_000; k++) cache.get(`k${k % 3}`, k, () => f.get('a')!);
    const input = 59_999;
    let runs = 0;
    assert.equal(
      cache.get('k0', input - 2, () => (runs++, -1)),
      1,
    );
    assert.equal(runs, 0);
    f = facts.of(new Map([['a', 2]]));
    assert.equal(
      cache.get('k0', input - 2, () => (runs++, f.get('a')!)),
      2,
    );
    assert.equal(runs, 1);
  });
});

test('entries a cache drops take their listings with them: 100,000 keys through a cache of 100 leave few', () => {
  const facts = new DocFacts<number>();
  const cache = new FactCheckedCache<number>(100);
  createAnalyzer().run(() => {
    let f = facts.of(new Map([['a', 1]]));
    let most = 0;
    let runs = 0;
    for (let k = 0; k < 100_000; k++) {
      // Asked for twice: an entry is listed under the keys it read when it is reused.
      cache.get(`k${k}`, undefined, () => (runs++, f.get('a')!));
      cache.get(`k${k}`, undefined, () => (runs++, f.get('a')!));
      most = Math.max(most, f.listings);
    }
    assert.ok(most > 0);
    assert.equal(runs, 100_000);
    assert.ok(most <= 4096, `${most} listings held`);
    // The entries the cache still holds are reused, and go stale when the fact they read changes.
    assert.equal(
      cache.get('k99999', undefined, () => (runs++, -1)),
      1,
    );
    assert.equal(runs, 100_000);
    f = facts.of(new Map([['a', 2]]));
    assert.equal(
      cache.get('k99999', undefined, () => (runs++, f.get('a')!)),
      2,
    );
    assert.equal(runs, 100_001);
  });
});

test('DocFacts over random tables, a few keys or most of them changed at a time: cached entries equal fresh results', () => {
  const facts = new DocFacts<number>();
  const cache = new FactCheckedCache<string>(100);
  const r = rng(13);
  const keys = Array.from({ length: 80 }, (_, i) => `w${i}`);
  const queries = Array.from({ length: 20 }, () => [0, 1, 2].map(() => keys[Math.floor(r() * keys.length)]!));
  const answer = (f: { get(k: string): number | undefined }, q: string[]) => q.map((k) => f.get(k) ?? '-').join();
  let table = new Map<string, number>();
  let runs = 0;
  createAnalyzer().run(() => {
    for (let step = 0; step < 300; step++) {
      table = new Map(table);
      // Now and then another document: most keys change; otherwise one or two.
      const n = r() < 0.2 ? 40 + Math.floor(r() * 40) : 1 + Math.floor(r() * 2);
      for (let k = 0; k < n; k++) {
        const key = keys[Math.floor(r() * keys.length)]!;
        if (r() < 0.3) table.delete(key);
        else table.set(key, Math.floor(r() * 3));
      }
      const f = facts.of(table);
      for (let q = 0; q < queries.length; q++) {
        const got = cache.get(`q${q}`, undefined, () => (runs++, answer(f, queries[q]!)));
        assert.equal(got, answer(table, queries[q]!), `step ${step}, query ${q}`);
      }
    }
  });
  // Most answers were reused.
  assert.ok(runs < (300 * queries.length) / 2, `${runs} computed`);
});
