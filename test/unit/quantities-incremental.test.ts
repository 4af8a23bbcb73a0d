// The quantity reader's caches (chrono's readings per date window, tokens per line) must never change an answer:
// over random edits of a date-heavy article, findQuantities with the caches warm equals findQuantities with them off,
// with and without an article date; the line-by-line tokenizer equals the one-pass tokenizer on any input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findQuantities } from '../../core/quantities/index';
import { findDates } from '../../core/quantities/dates';
import { tokenizeLines, tokenizeQuantities } from '../../core/quantities/tokens';
import { segment } from '../../core/text/segment';
import { setMemoEnabled } from '../../core/text/memo';

const ROOT = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

const ARTICLE = [
  read('examples/draft.article'),
  read('test/fixtures/articles/harbour.article'),
  'On Tuesday, Jan. 21st, the council said it would meet again next Friday at 10:30 a.m. The vote, held on 3/14/2024,\n' +
    'passed 7-2. Two weeks ago the mayor announced a $4.5 million plan; by the end of the year, 12% more homes will be built.\n' +
    'FRI 13SEP 1:29 PM - FRI 13SEP 3:29 PM. From May 5 to May 9, 2025, and again this summer. Christmas Eve, on the 15th,\n' +
    'Q3 2024, the third quarter of 2013, last week, tomorrow afternoon, 2014-04-18 13:00 - 16:00, since Feb. 2 they may go.',
  read('test/fixtures/xref/draft-faithful.txt'),
].join('\n\n');

function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [' on Tuesday', ' March 3', ' May', ' may', ' 2024', ' last week', ' 10:30 a.m.', ' ago', ' will', '\n', '\n\n', '\r\n', ', ', ' $3.5 million', ' 12%', ' the 15th', ' Christmas', ' at 5 pm', ' next month', '😀', '\ud83d', ' 555-123-4567', ' https://example.com/2024/05', ' [4]'];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const kind = r();
  if (kind < 0.45) return text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
  if (kind < 0.7) return text.slice(0, at) + 'abcdefghij KLMNOP0123456789.,-:/'[Math.floor(r() * 32)] + text.slice(at);
  if (kind < 0.9) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * 30)));
  const from = Math.floor(r() * text.length);
  return text.slice(0, at) + text.slice(from, from + 5 + Math.floor(r() * 120)) + text.slice(at);
}

function fresh<T>(f: () => T): T {
  const was = setMemoEnabled(false);
  try {
    return f();
  } finally {
    setMemoEnabled(was);
  }
}

test('findQuantities with warm caches equals a fresh reading, over random edits', () => {
  const r = rng(20261124);
  const history = [ARTICLE];
  let text = ARTICLE;
  for (let i = 0; i < 160; i++) {
    text = r() < 0.08 ? history[Math.floor(r() * history.length)]! : edit(text, r);
    history.push(text);
    const { sentences } = segment(text);
    for (const articleDate of [undefined, '2025-02-12']) {
      const warm = findQuantities(text, sentences, { articleDate });
      const cold = fresh(() => findQuantities(text, sentences, { articleDate }));
      assert.deepStrictEqual(warm, cold, `edit ${i}, article date ${articleDate}`);
      // What a caller does with the result must not reach the caches.
      for (const q of warm) {
        q.start += 1;
        if (q.date) q.date.resolved = !q.date.resolved;
      }
      warm.reverse();
      assert.deepStrictEqual(findQuantities(text, sentences, { articleDate }), cold, `edit ${i} after mutation`);
      assert.deepStrictEqual(findDates(text, sentences, { articleDate }), fresh(() => findDates(text, sentences, { articleDate })));
    }
  }
});

test('tokens read line by line equal tokens read in one pass', () => {
  const r = rng(7);
  const pieces = ['\n', '\r\n', '\r', ' ', '\t', 'a', 'Z', '1', '9', '.', ',', ':', '-', "'", '’', '\u00a0', '\u2009', '\ud83d', '\ude00', '😀', 'é', '$', 'e', '+', '\u000b', '\f', '1,000', '3.5', '12:30', 'bn', 'x\n', 'F16'];
  for (let i = 0; i < 5000; i++) {
    let s = '';
    const len = Math.floor(r() * 40);
    for (let k = 0; k < len; k++) s += pieces[Math.floor(r() * pieces.length)];
    assert.deepStrictEqual(tokenizeLines(s), tokenizeQuantities(s), JSON.stringify(s));
    // Again, now from the cache, and shifted by a prefix.
    assert.deepStrictEqual(tokenizeLines(s), tokenizeQuantities(s), JSON.stringify(s));
    assert.deepStrictEqual(tokenizeLines(`x\n${s}`), tokenizeQuantities(`x\n${s}`), JSON.stringify(s));
  }
  let text = ARTICLE;
  for (let i = 0; i < 40; i++) {
    text = edit(text, r);
    assert.deepStrictEqual(tokenizeLines(text), tokenizeQuantities(text));
  }
});
