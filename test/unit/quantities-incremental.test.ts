// The quantity reader's caches (chrono's readings per date window, the token scanners' findings per run of lines)
// must never change an answer: with the caches warm, findQuantities equals findQuantities with them off (one pass over
// the whole text), over random edits of a date-heavy article and over random strings of numbers and line breaks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../core/analyzer';
import { findQuantities } from '../../core/quantities/index';
import { findDates } from '../../core/quantities/dates';
import { segment } from '../../core/text/segment';
import { fresh, read, rng } from '../support/edits';

const ARTICLE = [
  read('examples/draft.article'),
  read('test/fixtures/articles/harbour.article'),
  'On Tuesday, Jan. 21st, the council said it would meet again next Friday at 10:30 a.m. The vote, held on 3/14/2024,\n' +
    'passed 7-2. Two weeks ago the mayor announced a $4.5 million plan; by the end of the year, 12% more homes will be built.\n' +
    'FRI 13SEP 1:29 PM - FRI 13SEP 3:29 PM. From May 5 to May 9, 2025, and again this summer. Christmas Eve, on the 15th,\n' +
    'Q3 2024, the third quarter of 2013, last week, tomorrow afternoon, 2014-04-18 13:00 - 16:00, since Feb. 2 they may go.',
  read('test/fixtures/xref/draft-faithful.txt'),
].join('\n\n');

const SNIPPETS = [
  ' on Tuesday',
  ' March 3',
  ' May',
  ' may',
  ' 2024',
  ' last week',
  ' 10:30 a.m.',
  ' ago',
  ' will',
  '\n',
  '\n\n',
  '\r\n',
  ', ',
  ' $3.5 million',
  ' 12%',
  ' the 15th',
  ' Christmas',
  ' at 5 pm',
  ' next month',
  '😀',
  '\ud83d',
  ' 555-123-4567',
  ' https://example.com/2024/05',
  ' [4]',
];

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const kind = r();
  if (kind < 0.45) return text.slice(0, at) + SNIPPETS[Math.floor(r() * SNIPPETS.length)] + text.slice(at);
  if (kind < 0.7) return text.slice(0, at) + 'abcdefghij KLMNOP0123456789.,-:/'[Math.floor(r() * 32)] + text.slice(at);
  if (kind < 0.9) return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(r() * 30)));
  const from = Math.floor(r() * text.length);
  return text.slice(0, at) + text.slice(from, from + 5 + Math.floor(r() * 120)) + text.slice(at);
}

test('findQuantities with warm caches equals a fresh reading, over random edits', () =>
  createAnalyzer().run(() => {
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
        assert.deepStrictEqual(
          findDates(text, sentences, { articleDate }),
          fresh(() => findDates(text, sentences, { articleDate })),
        );
      }
    }
  }));

test('runs of lines read on their own equal one pass, around numbers at line starts and ends', () =>
  createAnalyzer().run(() => {
    const r = rng(7);
    const pieces = [
      '\n',
      '\n\n',
      '\r\n',
      ' ',
      '5',
      '12',
      '1,000',
      '3.5',
      '$',
      '%',
      ' per cent',
      ' million',
      ' page ',
      '[',
      ']',
      '4',
      '555',
      '-',
      '123',
      '4567',
      '(020)',
      ' the',
      ' 15th',
      ' of',
      ' May',
      ' Christmas',
      ' Eve',
      ' Q3',
      ' 2024',
      ' in ',
      ' one',
      ' people',
      ' km',
      '.',
      ',',
      ' Windows',
      ' Street',
      'https://x.org/7 ',
      'a@b.co ',
      '😀',
      '\ud83d',
      ' summer',
      ' next',
      ' day',
      ' Trump Announces',
      ' New',
      ' or',
      ' two',
      ' to',
      ' minus',
      ' US',
      ' twenty',
      ' first',
      ' year',
      ' last',
      ' end of',
      ' week',
      ' pm',
      ' within',
      ' the next',
    ];
    // Scanners that look across a line break: a telephone number, a citation, a street, a number said in words, a date
    // trigger ("last\nweek").
    const fixed = [
      'Call 555\n4567 today.',
      'Call 555\n\n123-4567.',
      'See [4,\n5] and 6 people.',
      'He lives at 10\nDowning Street.',
      'It cost twenty\nfive dollars.',
      'It happened last\nweek.',
      'by the end of\nthe year',
      'by the end\nof the year',
      'at 5\npm',
      'in two\n\nweeks',
      'within the next\nthree days',
      'this\r\nmonth',
      'page\n12 shows 40%.',
      'the\n15th of May',
      'Trump Announces\n25 New Tariffs',
      'more than\n40 people',
      'US\n$5 million',
      '$5\nmillion',
      'one in\nfive adults',
    ];
    for (let i = 0; i < 3000 + fixed.length; i++) {
      let s = fixed[i - 3000] ?? '';
      const len = i < 3000 ? Math.floor(r() * 30) : 0;
      for (let k = 0; k < len; k++) s += pieces[Math.floor(r() * pieces.length)];
      const { sentences } = segment(s);
      const cold = fresh(() => findQuantities(s, sentences, { articleDate: '2025-02-12' }));
      assert.deepStrictEqual(findQuantities(s, sentences, { articleDate: '2025-02-12' }), cold, JSON.stringify(s));
      assert.deepStrictEqual(findQuantities(s, sentences, { articleDate: '2025-02-12' }), cold, JSON.stringify(s));
    }
  }));
