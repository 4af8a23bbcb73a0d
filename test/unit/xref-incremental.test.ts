// The cross-check's caches (core/xref/cache.ts) must never change an answer. Over random edits aimed at the places
// where a cached piece meets its neighbours (sentence ends, quote marks, ellipses, brackets, paragraph breaks),
// crossCheck with its caches warm equals crossCheck computed fresh; and the guards that decide when a sentence or a
// quote fragment may be read on its own agree with reading it in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../core/analyzer';
import { annotateText } from '../../core/pipeline';
import { resolveConfig } from '../../core/config';
import { ReferenceIndex } from '../../core/xref/index';
import { crossCheck } from '../../core/xref/check';
import { quoteSealed, sealed } from '../../core/xref/cache';
import { quoteFragments, quoteWords } from '../../core/xref/quoteMatch';
import { termsOf } from '../../core/xref/terms';
import { editedVersions, fresh, read, references, rng } from '../support/edits';

const ARTICLE = [
  read('examples/draft.article'),
  read('test/fixtures/xref/draft-errors.txt'),
  read('test/fixtures/xref/draft-faithful.txt'),
].join('\n\n');

/** Pieces that join or split sentences, quotes and words at their edges. */
const SNIPPETS = [
  '.',
  ',',
  ', and',
  ' (',
  ')',
  '…',
  '...',
  '. . .',
  '“',
  '”',
  '"',
  '[',
  ']',
  '](x)',
  "'s",
  '’',
  '-',
  '_',
  '1',
  ',000',
  'Zelenskyy',
  ' Zelensky said',
  ' said Waltz',
  '\n',
  '\n\n',
  ' ',
  'é',
  '😀',
  'Feb. 5',
  ' $500 billion',
  ' 12 per cent',
  'The',
  'x',
];

function edit(text: string, r: () => number): string {
  // Half the edits land right at a sentence end, quote mark or ellipsis: where a cached piece meets the rest.
  let at = Math.floor(r() * (text.length + 1));
  if (r() < 0.5) {
    const marks = /[.!?”"…]\s/g;
    marks.lastIndex = at;
    const m = marks.exec(text);
    if (m) at = m.index + (r() < 0.5 ? 1 : 0);
  }
  const kind = r();
  if (kind < 0.55) return text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
  if (kind < 0.8) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * 6)));
  const from = Math.floor(r() * text.length);
  return text.slice(0, at) + text.slice(from, from + 5 + Math.floor(r() * 120)) + text.slice(at);
}

function equivalentOverEdits(seed: number, edits: number, index: ReferenceIndex, config = resolveConfig({})): void {
  let i = 0;
  for (const text of editedVersions(ARTICLE, edits, rng(seed), edit)) {
    const ann = annotateText(text, config.articleDate);
    const warm = crossCheck(text, ann, index, config);
    const cold = fresh(() => crossCheck(text, ann, index, config));
    assert.deepStrictEqual(
      warm,
      cold,
      `edit ${i++} (seed ${seed}): the cross-check's caches disagree with a fresh cross-check`,
    );
  }
}

test('random edits at sentence, quote and paragraph edges: cached cross-check equals a fresh one', () =>
  createAnalyzer().run(() => {
    const index = references();
    equivalentOverEdits(11, 90, index);
    equivalentOverEdits(12, 50, index, resolveConfig({ reportUnverified: true, articleDate: '2025-03-01' }));
  }));

test('a reference replaced or removed between checks: nothing cached from the old corpus is used', () =>
  createAnalyzer().run(() => {
    const index = references();
    const config = resolveConfig({});
    const ann = annotateText(ARTICLE);
    crossCheck(ARTICLE, ann, index, config);
    const [first] = [...index.docs()];
    // The same document with its figures and names changed, then gone.
    index.set(first!.id, first!.text.replace(/\d/g, '7').replace(/Zelensky/g, 'Zelinsky'));
    assert.deepStrictEqual(
      crossCheck(ARTICLE, ann, index, config),
      fresh(() => crossCheck(ARTICLE, ann, index, config)),
    );
    index.delete(first!.id);
    assert.deepStrictEqual(
      crossCheck(ARTICLE, ann, index, config),
      fresh(() => crossCheck(ARTICLE, ann, index, config)),
    );
  }));

test('two articles checked in turn, and results mutated by the caller, leave the next result intact', () =>
  createAnalyzer().run(() => {
    const index = references();
    const config = resolveConfig({});
    const other = read('test/fixtures/xref/draft-errors.txt');
    const a1 = annotateText(ARTICLE);
    const a2 = annotateText(other);
    const expect1 = JSON.stringify(fresh(() => crossCheck(ARTICLE, a1, index, config)));
    const expect2 = JSON.stringify(fresh(() => crossCheck(other, a2, index, config)));
    for (let k = 0; k < 3; k++) {
      const r1 = crossCheck(ARTICLE, a1, index, config);
      assert.equal(JSON.stringify(r1), expect1);
      const r2 = crossCheck(other, a2, index, config);
      assert.equal(JSON.stringify(r2), expect2);
      for (const r of [r1, r2]) {
        for (const f of r.findings) {
          f.start = -1;
          f.related.forEach((e) => (e.excerpt = 'mutated'));
          f.fixes.forEach((x) => (x.start = -1));
          f.related.reverse();
        }
        for (const c of r.claims) {
          c.evidence.forEach((e) => (e.line = -1));
          c.evidence.reverse();
        }
      }
    }
  }));

test('a sealed span reads the same on its own: terms and quote words', () =>
  createAnalyzer().run(() => {
    const r = rng(5);
    const alphabet = [
      'a',
      'B',
      'é',
      '1',
      '0',
      ',',
      '.',
      "'",
      '’',
      ' ',
      ' ',
      '-',
      '_',
      '(',
      ')',
      '[',
      ']',
      '“',
      '”',
      '"',
      '…',
      '\n',
      ';',
      '😀',
      'and',
      ', and ',
      '2,000',
    ];
    let sealedTerms = 0;
    let sealedWords = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const len = 5 + Math.floor(r() * 30);
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(r() * alphabet.length)];
      const from = Math.floor(r() * text.length);
      const to = from + Math.floor(r() * (text.length - from + 1));
      const own = text.slice(from, to);
      if (sealed(text, to)) {
        sealedTerms++;
        assert.deepEqual(
          [...termsOf(own, 0, own.length)],
          [...termsOf(text, from, to)],
          JSON.stringify({ text, from, to }),
        );
      }
      if (quoteSealed(text, to) && !own.includes('[') && !own.includes(']')) {
        sealedWords++;
        const shifted = quoteWords(own, 0, own.length).map((w) => ({ ...w, start: w.start + from, end: w.end + from }));
        assert.deepEqual(shifted, quoteWords(text, from, to), JSON.stringify({ text, from, to }));
      }
    }
    assert.ok(sealedTerms > 500 && sealedWords > 500, 'the guards accept most spans');
  }));

test('quote fragments: the bounded ellipsis search splits as a search through the whole text would', () =>
  createAnalyzer().run(() => {
    const r = rng(9);
    const alphabet = ['a', ' ', '.', '.', '…', 'b', '\n'];
    const reference = (text: string, from: number, to: number) => {
      const out: Array<{ start: number; end: number }> = [];
      const re = /\.\s?\.\s?\.|…/g;
      re.lastIndex = from;
      let s = from;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null && m.index < to) {
        if (m.index > s) out.push({ start: s, end: m.index });
        s = m.index + m[0].length;
      }
      if (s < to) out.push({ start: s, end: to });
      return out;
    };
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const len = 3 + Math.floor(r() * 25);
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(r() * alphabet.length)];
      const from = Math.floor(r() * text.length);
      const to = from + Math.floor(r() * (text.length - from + 1));
      assert.deepEqual(quoteFragments(text, from, to), reference(text, from, to), JSON.stringify({ text, from, to }));
    }
  }));

/** A misspelt name ("Hnatyak" for the references' spelling) and a sentence writing it in lower case, which makes it no
 * name to check. */
const HNATYAK =
  'Energy officials met Hnatyak in Kyiv on Monday to discuss the Baltic Development Bank loan for substations.';
const HNATYAK_LOWER = 'The hnatyak plan, as staff call it, is the next step.';

/** The texts checked one after another by one analyser: each check equals a fresh analyser's, and the name is
 * flagged exactly when the article never writes it in lower case. */
function checkInTurn(texts: readonly string[]): void {
  createAnalyzer().run(() => {
    const index = references();
    const config = resolveConfig({});
    for (const [k, text] of texts.entries()) {
      const ann = annotateText(text);
      const warm = crossCheck(text, ann, index, config);
      assert.deepStrictEqual(
        warm,
        fresh(() => crossCheck(text, ann, index, config)),
        `text ${k}`,
      );
      assert.equal(
        warm.findings.some((f) => f.code === 'entity-spelling'),
        !text.includes('hnatyak'),
        `text ${k}`,
      );
    }
  });
}

test('a name the article also writes in lower case: dropping or adding the lower-case one is seen at once', () => {
  const both = `${HNATYAK}\n\n${HNATYAK_LOWER}`;
  checkInTurn([both, HNATYAK, both, `${HNATYAK_LOWER}\n\n${HNATYAK}`, HNATYAK]);
});

test('a sentence back after an edit that took it out reads the lower-case words of the article as it is now', () => {
  const filler = [
    'Rain kept falling over the harbour all week.',
    'Ferries ran late on most routes.',
    'Shops along the quay closed early.',
  ].join('\n\n');
  // The name's sentence leaves while the article starts writing the name in lower case, and comes back.
  checkInTurn([
    `${filler}\n\n${HNATYAK}`,
    `${filler}\n\n${HNATYAK_LOWER}`,
    `${filler}\n\n${HNATYAK}\n\n${HNATYAK_LOWER}`,
  ]);
});
