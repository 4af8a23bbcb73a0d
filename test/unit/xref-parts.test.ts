// The cross-check's parts: quote alignment, name comparison, value comparison and the reference index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignQuote, quoteFragments, quoteWords } from '../../core/xref/quoteMatch';
import { editDistance, looksLikeMisspelling, samePerson, translitKey } from '../../core/xref/names';
import { compareDates, compareQuantities } from '../../core/xref/values';
import { ReferenceIndex, referenceTitle } from '../../core/xref/index';
import { termsOf } from '../../core/xref/terms';
import type { Quantity } from '../../core/types';

const words = (s: string) => quoteWords(s, 0, s.length);

test('quotes match despite case, punctuation, dashes and a dropped [bracketed] insertion', () => {
  const ref = words('“This road MUST and WILL OPEN SOON — Too much waiting,” she wrote. “We want [the] trucks back.”');
  assert.equal(alignQuote(words('this road must and will open soon—too much waiting'), ref).cost, 0);
  assert.equal(alignQuote(words('We want trucks back'), ref).cost, 0);
  assert.equal(alignQuote(words('We want the trucks back'), ref).cost, 0);
});

test('a partial quote matches inside its longer original; a changed word is located exactly', () => {
  const ref = words('We need to repair those roads and that is going to take a partnership with the counties.');
  assert.equal(alignQuote(words('a partnership with the counties'), ref).cost, 0);
  const draft = 'We need to repair those bridges and that';
  const a = alignQuote(words(draft), ref);
  assert.equal(a.cost, 1);
  const q = words(draft);
  assert.deepEqual([q[a.diff!.qFrom]!.w, ref[a.diff!.rFrom]!.w], ['bridges', 'roads']);
});

test('a quote interrupted by its attribution in the reference matches the uninterrupted version', () => {
  const src = 'She paused. “We are ready to talk,” the minister said, “as long as the ceasefire holds.”';
  const ref = quoteWords(src, 0, src.length, true);
  assert.equal(alignQuote(words('We are ready to talk, as long as the ceasefire holds'), ref).cost, 0);
  assert.equal(alignQuote(words('We are ready to talk, as long as the truce holds'), ref).cost, 1);
});

test('Markdown links in a reference read as their text', () => {
  const src = 'She told [the council](https://example.invalid/council) that “we will [finally] open the bridge.”';
  const ref = quoteWords(src, 0, src.length, true);
  assert.ok(!ref.some((w) => /example|https/.test(w.w)));
  assert.equal(alignQuote(words('told the council that we will open the bridge'), ref).cost, 0);
});

test('ellipses split a quote into fragments that are found on their own', () => {
  const s = 'we cannot keep … container ships... ever again';
  assert.deepEqual(
    quoteFragments(s, 0, s.length).map((f) => s.slice(f.start, f.end).trim()),
    ['we cannot keep', 'container ships', 'ever again'],
  );
});

test('transliterations share a key; typos and different names do not', () => {
  assert.equal(translitKey('Zelenskyy'), translitKey('Zelensky'));
  assert.equal(translitKey('Zelenskiy'), translitKey('Zelensky'));
  assert.equal(translitKey('Andrii'), translitKey('Andriy'));
  assert.notEqual(translitKey('Besent'), translitKey('Bessent'));
  assert.ok(looksLikeMisspelling('Besent', 'Bessent'));
  assert.ok(looksLikeMisspelling('Hegset', 'Hegseth'));
  assert.ok(looksLikeMisspelling('Novack', 'Novak'), '"ck" for "k" is a slip, not a romanisation');
  assert.ok(!looksLikeMisspelling('Zelenskyy', 'Zelensky'), 'a transliteration is not a typo');
  assert.ok(!looksLikeMisspelling('Russian', 'Russia'), 'a derived form is not a typo');
  assert.ok(!looksLikeMisspelling('Austria', 'Australia'));
  assert.ok(!looksLikeMisspelling('Zelenska', 'Zelensky'), 'a gendered surname form is another person');
  assert.ok(!looksLikeMisspelling('Marc', 'Mark'), 'short names are too close to call');
  assert.equal(editDistance('Bessent', 'Besnest'), 2);
});

test('speakers are the same person by surname, titles and transliteration aside', () => {
  assert.ok(samePerson('President Volodymyr Zelenskyy', 'Zelensky'));
  assert.ok(samePerson('Mike Waltz', 'Waltz'));
  assert.ok(!samePerson('Mike Waltz', 'Volodymyr Zelensky'));
});

const money = (text: string, value: number, extra: Partial<Quantity> = {}): Quantity => ({
  start: 0,
  end: 1,
  text,
  kind: 'MONEY',
  value,
  unit: 'USD',
  ...extra,
});

test('figures: equal within rounding, different otherwise; vague amounts and other currencies are not compared', () => {
  assert.equal(compareQuantities(money('half a trillion dollars', 5e11), money('$500 billion', 5e11)), 'equal');
  assert.equal(compareQuantities(money('roughly $500 billion', 5e11), money('$510 billion', 5.1e11)), 'equal');
  assert.equal(compareQuantities(money('$600 billion', 6e11), money('$500 billion', 5e11)), 'differ');
  assert.equal(compareQuantities(money('about $500 billion', 5e11), money('$470 billion', 4.7e11)), 'equal');
  assert.equal(compareQuantities(money('$500 billion', 5e11), money('$470 billion', 4.7e11)), 'differ');
  assert.equal(
    compareQuantities(money('hundreds of billions', 3e11, { vague: true }), money('$600 billion', 6e11)),
    'incomparable',
  );
  assert.equal(compareQuantities(money('€5 million', 5e6, { unit: 'EUR' }), money('$7 million', 7e6)), 'incomparable');
  // A bare "$" is whichever dollar the extractor guessed: the figures still compare.
  assert.equal(compareQuantities(money('$54 million', 54e6, { unit: 'AUD' }), money('$45 million', 45e6)), 'differ');
  const count = (n: number, unit: string): Quantity => ({
    start: 0,
    end: 1,
    text: String(n),
    kind: 'COUNT',
    value: n,
    unit,
  });
  assert.equal(compareQuantities(count(17, 'elements'), count(3, 'officials')), 'incomparable');
  assert.equal(compareQuantities(count(17, 'elements'), count(17, 'element')), 'equal');
});

test('dates compare on what both state', () => {
  assert.equal(
    compareDates(
      { granularity: 'day', resolved: false, month: 2, day: 12 },
      { granularity: 'day', resolved: false, month: 2, day: 11 },
    ),
    'differ',
  );
  assert.equal(
    compareDates(
      { granularity: 'day', resolved: true, iso: '2025-02-11', month: 2, day: 11 },
      { granularity: 'day', resolved: false, month: 2, day: 11 },
    ),
    'equal',
  );
  assert.equal(
    compareDates(
      { granularity: 'month', resolved: false, month: 2 },
      { granularity: 'day', resolved: false, month: 2, day: 11 },
    ),
    'equal',
  );
  assert.equal(
    compareDates(
      { granularity: 'day', resolved: false, month: 2, day: 12 },
      { granularity: 'weekday', resolved: false, weekday: 2 },
    ),
    'incomparable',
  );
  assert.equal(
    compareDates(
      { granularity: 'weekday', resolved: false, weekday: 1 },
      { granularity: 'weekday', resolved: false, weekday: 2 },
    ),
    'differ',
  );
});

test('the index: titles, replace, delete, evidence and mentions', () => {
  const index = new ReferenceIndex();
  const a = index.set(
    'a.md',
    '---\ntitle: "Bridge reopens"\ndate: 2025-05-02\n---\n\nThe Kessel bridge reopened on Friday, Mayor Alma Brandt said.\n',
  );
  index.set('b.txt', 'Bridge back in use\n\nBrandt said the bridge had cost $12 million.\n');
  assert.equal(index.size, 2);
  assert.equal(a.title, 'Bridge reopens');
  assert.equal(index.get('b.txt')!.title, 'Bridge back in use');
  assert.equal(referenceTitle('\n\n# Heading here\nBody.', 'x'), 'Heading here');
  assert.deepEqual(a.lines.slice(0, 2), [0, 4]);
  assert.equal([...index.docs()].length, 2);
  const mentions = index.mentionsOf('Alma Brandt', 'Brandt');
  assert.deepEqual(mentions.map((m) => m.excerpt).sort(), ['Alma Brandt', 'Brandt']);
  const ev = mentions.find((m) => m.ref === 'a.md')!;
  assert.equal(ev.line, 5);
  // Replacing a file drops its old sentences from search; deleting removes it.
  index.set('b.txt', 'Bridge back in use\n\nThe council said the repairs were finished.\n');
  assert.equal(index.candidates(termsOf('cost $12 million', 0, 16)).length, 0);
  assert.ok(index.candidates(termsOf('repairs finished council', 0, 24)).length > 0);
  assert.ok(index.delete('b.txt'));
  assert.ok(!index.delete('b.txt'));
  assert.equal(index.size, 1);
  assert.equal(index.get('b.txt'), undefined);
  assert.equal(index.candidates(termsOf('repairs finished council', 0, 24)).length, 0);
  // Annotations of a reference are computed on demand and carry its own date.
  assert.equal(a.annotations.articleDate, '2025-05-02');
});
