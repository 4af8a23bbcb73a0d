// The memo layer's document-level helpers: a PartsTally kept between analyses equals the tally of the parts counted
// afresh, over random replacements, insertions and removals of parts (the parts shared by identity, as cached kernels
// are); a LastCall recomputes as soon as one input differs; unchangedEnds finds the longest common start and end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../core/index';
import { LastCall, PartsTally, unchangedEnds } from '../../core/text/memo';
import { rng } from '../support/edits';

type Part = Array<[string, number]>;

test('a PartsTally kept between calls equals a fresh one: items and their united bits', () => {
  const tally = new PartsTally<Part>((p, visit) => {
    for (const [w, b] of p) visit(w, b);
  });
  const r = rng(7);
  const word = () => ['alpha', 'beta', 'gamma', 'delta', 'Omega', 'pi'][Math.floor(r() * 6)]!;
  const part = (): Part => Array.from({ length: Math.floor(r() * 4) }, () => [word(), Math.floor(r() * 8)]);
  const pool = Array.from({ length: 12 }, part);
  let parts = pool.slice(0, 8);
  const analyser = createAnalyzer();
  for (let k = 0; k < 300; k++) {
    const at = Math.floor(r() * (parts.length + 1));
    const x = r();
    parts = parts.slice();
    if (x < 0.4) parts.splice(at, 1, r() < 0.5 ? part() : pool[Math.floor(r() * pool.length)]!);
    else if (x < 0.7) parts.splice(at, 0, pool[Math.floor(r() * pool.length)]!);
    // Another document now and then: counted afresh.
    else if (x < 0.75) parts = Array.from({ length: Math.floor(r() * 10) }, part);
    else parts.splice(at, 1);
    const kept = analyser.run(() => tally.of(parts));
    const expected = new Map<string, number>();
    for (const p of parts) for (const [w, b] of p) expected.set(w, (expected.get(w) ?? 0) | b);
    assert.deepStrictEqual(new Map(kept), expected);
    const fresh = tally.of(parts); // outside any analyser: counted afresh
    assert.deepStrictEqual(new Map(fresh), expected);
  }
});

test('a LastCall returns the last result only while every input is the same', () => {
  const call = new LastCall<number[]>();
  let runs = 0;
  const compute = () => [++runs];
  createAnalyzer().run(() => {
    const first = call.get(['a', 1], compute);
    assert.equal(call.get(['a', 1], compute), first);
    assert.notEqual(call.get(['a', 2], compute), first);
    assert.notEqual(call.get(['a', 2, 3], compute)[0], 2);
  });
  // Outside an analyser (or with caches off) it always computes.
  const before = runs;
  call.get(['a', 1], compute);
  call.get(['a', 1], compute);
  assert.equal(runs, before + 2);
});

test('unchangedEnds: the longest common start, then the longest common end of what is left, never overlapping', () => {
  const r = rng(11);
  const letters = 'ab\n\ud83d\ude00';
  const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(r() * letters.length)]).join('');
  for (let i = 0; i < 3000; i++) {
    const before = word(Math.floor(r() * 12));
    const at = Math.floor(r() * (before.length + 1));
    const cut = Math.floor(r() * 3);
    const after =
      r() < 0.1 ? word(Math.floor(r() * 12)) : before.slice(0, at) + word(Math.floor(r() * 3)) + before.slice(at + cut);
    const { head, tail } = unchangedEnds(before, after);
    const n = Math.min(before.length, after.length);
    assert.ok(head + tail <= n, JSON.stringify([before, after]));
    assert.equal(before.slice(0, head), after.slice(0, head));
    assert.equal(before.slice(before.length - tail), after.slice(after.length - tail));
    // Longest: one more unit at either end differs (or there is none left).
    assert.ok(head === n || before[head] !== after[head]);
    assert.ok(head + tail === n || before[before.length - 1 - tail] !== after[after.length - 1 - tail]);
  }
});
