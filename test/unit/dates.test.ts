// Dates: written forms, news resolution against the article's date, and recognition without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../core/quantities/index';
import { findArticleDate } from '../../core/articleDate';
import type { Quantity } from '../../core/types';

const dates = (text: string, articleDate?: string): Quantity[] =>
  findQuantities(text, [], { articleDate }).filter((q) => q.kind === 'DATE');
const only = (text: string, articleDate?: string): Quantity => {
  const d = dates(text, articleDate);
  assert.equal(d.length, 1, `expected one date in ${JSON.stringify(text)}, got ${JSON.stringify(d)}`);
  return d[0]!;
};

test('written dates: Jan. 28, September 27, 2024, Feb. 3', () => {
  const a = only('The committee voted on Jan. 28 to confirm her.');
  assert.equal(a.text, 'Jan. 28');
  assert.deepEqual(a.date, { granularity: 'day', resolved: false, month: 1, day: 28 });
  const b = only('The treaty was signed on September 27, 2024 in Geneva.');
  assert.equal(b.text, 'September 27, 2024');
  assert.equal(b.date?.iso, '2024-09-27');
  assert.equal(b.date?.resolved, true);
  assert.equal(b.value, Date.UTC(2024, 8, 27));
  const c = only('Talks resumed Feb. 3 after a pause.');
  assert.equal(c.date?.month, 2);
  assert.equal(c.date?.day, 3);
});

test('weekdays and months used as dates are recognised without an article date', () => {
  const a = only('The mayor resigned on Tuesday.');
  assert.equal(a.text, 'Tuesday');
  assert.deepEqual(a.date, { granularity: 'weekday', resolved: false, weekday: 2 });
  const b = only('In November, the council changed course.');
  assert.equal(b.text, 'November');
  assert.deepEqual(b.date, { granularity: 'month', resolved: false, month: 11 });
});

test('a weekday in a past-tense clause is the most recent one on or before the article date', () => {
  // 2025-03-13 is a Thursday.
  const a = only('The governor announced the plan on Tuesday.', '2025-03-13');
  assert.equal(a.date?.iso, '2025-03-11');
  assert.equal(a.date?.resolved, true);
  assert.equal(a.date?.weekday, 2);
  const same = only('The minister spoke on Thursday.', '2025-03-13');
  assert.equal(same.date?.iso, '2025-03-13');
});

test('a weekday in a future clause is the next one', () => {
  const a = only('The envoy will arrive in the capital on Saturday.', '2025-03-13');
  assert.equal(a.date?.iso, '2025-03-15');
  const b = only('Aides said the two leaders would meet on Monday.', '2025-03-13');
  assert.equal(b.date?.iso, '2025-03-17');
});

test('a bare month and day takes the article year, or the previous one when that is far in the future', () => {
  assert.equal(only('The court ruled on March 2.', '2025-03-13').date?.iso, '2025-03-02');
  assert.equal(only('The court ruled on Dec. 20.', '2025-01-10').date?.iso, '2024-12-20');
  assert.equal(only('The vote will be held on Jan. 5.', '2024-12-18').date?.iso, '2025-01-05');
});

test('a bare month in a past clause is the latest such month not after the article', () => {
  assert.equal(only('The offensive began in August.', '2025-02-12').date?.iso, '2024-08');
  assert.equal(only('Elections are due in June.', '2025-02-12').date?.iso, '2025-06');
});

test('since keeps a date in the past even in a future sentence', () => {
  assert.equal(only('It will be her first trip since taking office on Jan. 20.', '2025-02-12').date?.iso, '2025-01-20');
});

test('clock readings alone are not dates; relative expressions are', () => {
  assert.deepEqual(dates('Updated:\n0:00\nThe story continues.'), []);
  const r = only('The bridge reopened two days ago.', '2025-03-13');
  assert.equal(r.date?.granularity, 'relative');
  assert.equal(r.date?.iso, '2025-03-11');
  assert.equal(only('Prices may rise this summer.').date?.granularity, 'relative');
});

test('years after a preposition, quarters and holidays', () => {
  const y = only('The plant has been closed since 2019.');
  assert.equal(y.date?.iso, '2019');
  assert.equal(y.date?.granularity, 'year');
  assert.equal(only('Profits fell in the third quarter of 2023.').date?.iso, '2023-07');
  const h = only('The shops stayed open on Christmas Eve.');
  assert.equal(h.date?.month, 12);
  assert.equal(h.date?.day, 24);
});

test('the article date comes from front matter or a dateline', () => {
  assert.equal(findArticleDate('---\ntitle: X\ndate: 2025-02-12\n---\nBody.'), '2025-02-12');
  assert.equal(findArticleDate('Headline here\nPublished: Feb. 12, 2025\n\nBody text.'), '2025-02-12');
  assert.equal(findArticleDate('Headline\nUpdated 12 February 2025, 10:14 GMT\n\nBody.'), '2025-02-12');
  assert.equal(findArticleDate('Headline\nWednesday, February 12, 2025\n\nBody.'), '2025-02-12');
  assert.equal(findArticleDate('Nothing dated here.\n\nJust prose about 2024 plans.'), undefined);
});

test('words that only look like dates: The Sun, a march, August Wilson, Sat down', () => {
  for (const text of [
    'The Sun printed the leak.',
    'Crowds joined a march to parliament.',
    'The actor read lines by August Wilson.',
    'Sat down with reporters, she smiled.',
  ]) {
    assert.deepEqual(
      dates(text).map((q) => q.text),
      [],
      text,
    );
  }
});

test('short weekday forms and quarters', () => {
  assert.equal(only('The board met on Tues. to vote.').date?.weekday, 2);
  const q = only('Revenue rose in Q3 2024 at the firm.');
  assert.equal(q.text, 'Q3 2024');
  assert.equal(q.date?.iso, '2024-07');
});

test('"on the 15th" is a day of the month; "the 27th floor" stays an ordinal', () => {
  const d = only('The rent falls due on the 15th.');
  assert.deepEqual(d.date, { granularity: 'day', resolved: false, day: 15 });
  const q = findQuantities('Her office is on the 27th floor.', [], {});
  assert.deepEqual(
    q.map((x) => x.kind),
    ['ORDINAL'],
  );
});

test('years: spans read as years, a plural noun after a weak lead makes a count', () => {
  const span = dates('The plant ran from 2001 to 2005.');
  assert.deepEqual(
    span.map((q) => q.date?.iso),
    ['2001', '2005'],
  );
  const c = findQuantities('She was one of 2000 applicants.', [], {});
  assert.deepEqual(
    c.map((q) => [q.kind, q.text]),
    [['COUNT', '2000 applicants']],
  );
  assert.equal(only('The 2020 election was close.').date?.iso, '2020');
});

test('holidays and days of the month are placed on the calendar when the article date is known', () => {
  assert.equal(only('Shops closed on Christmas Eve.', '2025-01-10').date?.iso, '2024-12-24');
  assert.equal(only('The rent was paid on the 15th.', '2025-03-10').date?.iso, '2025-02-15');
  assert.equal(only('The rent will be paid on the 15th.', '2025-03-10').date?.iso, '2025-03-15');
});

test('front matter holds no claims', () => {
  const text = '---\ntitle: Port news\ndate: 2025-03-13\n---\nThe port reopened on Tuesday.';
  const qs = findQuantities(text, [], { articleDate: findArticleDate(text) });
  assert.deepEqual(
    qs.map((q) => q.text),
    ['Tuesday'],
  );
  assert.equal(qs[0]!.date?.iso, '2025-03-11');
});

test('a name that looks like a modal does not make a clause future', () => {
  assert.equal(only('Theresa May spoke on Tuesday.', '2025-03-13').date?.iso, '2025-03-11');
  assert.equal(only('Ministers may meet on Tuesday.', '2025-03-13').date?.iso, '2025-03-18');
});
