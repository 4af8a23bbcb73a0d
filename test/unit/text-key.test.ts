// textKey (core/text/memo.ts) is the one key of a sentence or paragraph that every stage's cache uses. Whatever it
// shares between stages and analyses, it must always read as the span's text: with caches on or off, across edits,
// for two texts asked about in turn, and for spans that nest or repeat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../core/analyzer';
import { KernelCache, textKey } from '../../core/text/memo';
import { rng } from '../support/edits';

test('textKey reads as the span of the text asked about, in and out of an analyser', () => {
  const r = rng(3);
  let a = 'The harbour board met on Monday. It voted 5-2 to close the pier.\n\nRepairs start in June. ';
  const b = 'A second text, asked about between the spans of the first. It is short.';
  assert.equal(textKey(a, 4, 11), 'harbour');
  for (const caches of [true, false])
    createAnalyzer({ caches }).run(() => {
      for (let k = 0; k < 2000; k++) {
        // Edits shift the spans after them: a key is reused from the text before only where it still reads the same.
        if (k % 10 === 0) {
          const at = Math.floor(r() * a.length);
          a =
            r() < 0.5
              ? a.slice(0, at) + 'xy'.slice(0, 1 + Math.floor(r() * 2)) + a.slice(at)
              : a.slice(0, at) + a.slice(at + 1);
        }
        const t = r() < 0.2 ? b : a;
        const start = Math.floor(r() * t.length);
        const end = start + Math.floor(r() * (t.length - start));
        assert.equal(textKey(t, start, end), t.slice(start, end));
      }
    });
});

test('a cache keyed by textKey finds the entry another key of the same text made, and no other', () =>
  createAnalyzer().run(() => {
    const cache = new KernelCache<string, number>(10);
    let computed = 0;
    const text = 'Riverton votes. Riverton votes. Mapleford waits.';
    const at = (s: number, e: number) => cache.get(textKey(text, s, e), () => ++computed);
    assert.equal(at(0, 15), 1);
    assert.equal(at(16, 31), 1); // the same words elsewhere in the text
    assert.equal(
      cache.get('Riverton votes.', () => ++computed),
      1,
    ); // the same text from anywhere
    assert.equal(at(32, 48), 2);
    assert.equal(computed, 2);
  }));

test('textKey after edits: the spans the edit shifted or changed read as the new text', () =>
  createAnalyzer().run(() => {
    const r = rng(8);
    let text = 'Riverton votes on Monday. The pier closes in June; repairs cost $2m. Mapleford waits.';
    for (let round = 0; round < 60; round++) {
      for (const len of [1, 7, 12, 30])
        for (let s = 0; s + len <= text.length; s++) assert.equal(textKey(text, s, s + len), text.slice(s, s + len));
      const at = Math.floor(r() * text.length);
      const x = r();
      if (x < 0.4) text = text.slice(0, at) + 'ab'.slice(0, 1 + Math.floor(r() * 2)) + text.slice(at);
      else if (x < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 2));
      else text = text.slice(0, at) + 'z' + text.slice(at + 1);
    }
  }));
