// EditWindow (core/text/editWindow.ts) lets a result that read where some strings occur in a whole text outlive an
// edit. Whenever it calls a string untouched, the string's occurrences in the two texts must be the same ones: as
// many, each with the same characters around it, in the same order (those after the edit moved by its length).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EditWindow } from '../../core/text/editWindow';
import { rng } from '../support/edits';

/** Each whole-word-or-not occurrence of s, as its offset and the two characters either side. */
function uses(text: string, s: string): string[] {
  const out: string[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1))
    out.push(`${text.slice(Math.max(0, i - 2), i)}|${text.slice(i + s.length, i + s.length + 2)}`);
  return out;
}

test('edit window: a string it calls untouched occurs alike before and after the edit', () => {
  const r = rng(11);
  const words = ['Moss', 'Mosse', 'Lund', 'pier', 'Varga', 'Vargas', 'board'];
  let text = 'Lena Moss chairs the board. Moss said the pier would close.\n\nVarga and Lund voted against it. ';
  let untouched = 0;
  for (let step = 0; step < 3000; step++) {
    const at = Math.floor(r() * (text.length + 1));
    const cut = Math.floor(r() * 4);
    const put = r() < 0.7 ? words[Math.floor(r() * words.length)]!.slice(0, 1 + Math.floor(r() * 5)) : ' ';
    const next = text.slice(0, at) + put + text.slice(at + cut);
    const w = new EditWindow(text, next);
    for (const s of words) {
      if (!w.untouched(s)) continue;
      untouched++;
      const before = uses(text, s);
      const after = uses(next, s);
      assert.deepEqual(after, before, `step ${step}: ${s}`);
      // The same order: the first occurrence stays on the same side of the edit.
      const i = text.indexOf(s);
      const j = next.indexOf(s);
      if (i >= 0) assert.equal(j, i < at ? i : i + next.length - text.length, `step ${step}: first ${s}`);
    }
    text = next.length > 400 ? next.slice(0, 200) : next;
  }
  assert.ok(untouched > 1000);
});

test('edit window: a use at the edit or next to it is touched', () => {
  const w = new EditWindow('Ask Moss now.', 'Ask Mosse now.');
  assert.equal(w.untouched('Moss'), false);
  assert.equal(w.untouched('Ask'), true);
  const v = new EditWindow('Moss, then Lund.', 'Moss, then, Lund.');
  assert.equal(v.untouched('Moss'), true);
  assert.equal(v.untouched('Lund'), false);
});
