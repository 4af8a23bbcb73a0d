// chrono runs only the parsers whose guard word is in the window (core/quantities/chronoGuards.ts): on our own
// sentences, a parser left out never matches there, and the results equal chrono.casual's in every field.
// scripts/check-chrono-guards.ts makes the same proof on every window of the fixtures and ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node/en';
import fc from 'fast-check';
import { casualFor, guardedParsers, lowerCaseReader, rewrittenPatterns } from '../../core/quantities/chronoGuards';

const SENTENCES = [
  'The board met on Tuesday and again on Thursday, March 7.',
  'Three days ago the ferry stopped running; two weeks later it resumed.',
  'Within two months the plant will close, the owner said last week.',
  'She arrived at 5:30 p.m. on 3/14/2023 and left the next morning.',
  'The festival runs from June 3 to June 9 in 2025, or 2025-06-03 in ISO form.',
  'By the end of the month, prices had risen 4% from a year earlier.',
  'He was born 12 January 1990 and moved in the summer of 2001.',
  'Tonight the council votes; yesterday it heard from residents, and tomorrow it adjourns.',
  'Sales in the third quarter rose; next quarter they may fall. May 4 is the deadline.',
  'About 3 hours after midnight the alarm rang, an hour before dawn.',
  'A few years back, in Sept. 2019, the pier was rebuilt over 6 mos.',
  'The next few days are busy: Mon., Wed. and Fri. at noon.',
  'The club plays this weekend and every weekday evening from now on.',
  'Nothing here is a date at all, only words and 42 apples.',
  'The march went ahead; the may-pole was up by 10am, 20 minutes later than planned.',
  'In 1998 AD, or 1998, 14th of February, half an hour out from port.',
  'The office reopens the last day of the month, + 2 days, or - 1 week.',
  'Over the past 5 years and 3 months the town grew; this year it shrank.',
  'Two Years AGO the pier fell; 3 DAYS LATER it stood again, without help from Chicago.',
  'A couple  of   weeks before the vote, and half an hour after it, the count went on throughout the night.',
  'The 2 yrs, 4 MOS and a few days earlier were quiet; ten minutes from now the doors open, 5d out.',
];

function describe(results: chrono.ParsedResult[]): string {
  const comp = (c: chrono.ParsedResult['start'] | null | undefined) => {
    if (!c) return null;
    const x = c as unknown as { knownValues: object; impliedValues: object };
    return { known: x.knownValues, implied: x.impliedValues, date: c.date().getTime() };
  };
  return JSON.stringify(results.map((r) => ({ index: r.index, text: r.text, start: comp(r.start), end: comp(r.end) })));
}

test('chrono with the guarded parsers left out reads our sentences as chrono does', () => {
  const ref = { instant: new Date(Date.UTC(2024, 2, 5, 12)), timezone: 0 };
  let leftOut = 0;
  for (const s of SENTENCES) {
    const text = s + '\n\n\n';
    for (const { parser, guard } of guardedParsers()) {
      if (!guard || guard.test(text)) continue;
      leftOut++;
      const pattern = (parser as unknown as { pattern(c: unknown): RegExp }).pattern({ option: {} });
      assert.equal(pattern.exec(text), null, `${String(guard)} left out a parser that matches ${s}`);
    }
    assert.equal(describe(casualFor(text).parse(text, ref)), describe(chrono.casual.parse(text, ref)), s);
  }
  assert.ok(leftOut > 50, 'the guards leave parsers out');
});

// Phrases the time-unit patterns read ("about two YEARS, and 3 days ago"), in every mix of cases and spacing, among
// words that hold their guard words ("without", "Chicago", "throughout") or their numbers and units ("a", "the", "s").
const NUMBERS = [
  'two',
  'Eleven',
  '3',
  '12',
  '2.5',
  'a',
  'an',
  'half an',
  'a few',
  'few',
  'several',
  'the',
  'a couple of',
  'couple',
];
const UNITS = [
  'years',
  'YEAR',
  'days',
  'day',
  'weeks',
  'months',
  'mos',
  'hrs',
  'hour',
  'min',
  'qtr',
  'quarters',
  's',
  'd',
  'y',
  'm',
];
const ENDS = ['ago', 'before', 'earlier', 'later', 'after', 'from now', 'henceforth', 'forward', 'out'];
const PROSE = [
  'without',
  'March',
  'sept.',
  '3rd of',
  'Twenty-First',
  '2024',
  'Chicago',
  'throughout',
  'about',
  'around',
  'said',
  'and',
  ',',
  'the',
  'a',
  'out',
  'after',
  'before',
  'Tuesday',
];
const spaces = fc.integer({ min: 0, max: 6 }).map((n) => ' '.repeat(n));
const anyCase = (words: string[]) =>
  fc
    .tuple(fc.constantFrom(...words), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }))
    .map(([w, up]) => [...w].map((c, i) => (up[i] ? c.toUpperCase() : c.toLowerCase())).join(''));
const unitPhrase = fc
  .tuple(
    fc.constantFrom('', 'about ', 'around '),
    fc.array(fc.tuple(anyCase(NUMBERS), spaces, anyCase(UNITS), fc.constantFrom(' ', ', ', ' and ', ', and ')), {
      minLength: 1,
      maxLength: 3,
    }),
    spaces,
    anyCase(ENDS),
  )
  .map(
    ([lead, parts, gap, end]) => lead + parts.map(([n, s, u, j], i) => (i ? j : '') + n + s + u).join('') + gap + end,
  );
const windowText = fc
  .array(fc.oneof(unitPhrase, anyCase(PROSE), anyCase(NUMBERS), anyCase(UNITS)), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' ') + '\n\n\n');

test('the guards and the rewritten patterns change nothing on generated time-unit phrases', () => {
  const rewrites = rewrittenPatterns();
  assert.equal(rewrites.length, 5);
  fc.assert(
    fc.property(windowText, fc.constantFrom(Date.UTC(2024, 1, 29, 12), Date.UTC(2023, 11, 31, 12)), (text, t) => {
      for (const { original, rewritten } of rewrites)
        for (let at = 0; at < text.length; at++)
          assert.deepEqual(rewritten.exec(text.slice(at)), original.exec(text.slice(at)), text.slice(at));
      for (const { parser, guard } of guardedParsers()) {
        if (!guard || guard.test(text)) continue;
        const pattern = (parser as unknown as { pattern(c: unknown): RegExp }).pattern({ option: {} });
        assert.equal(pattern.exec(text), null, `${String(guard)} left out a parser that matches ${text}`);
      }
      const ref = { instant: new Date(t), timezone: 0 };
      assert.equal(describe(casualFor(text).parse(text, ref)), describe(chrono.casual.parse(text, ref)), text);
    }),
    { numRuns: 400, seed: 14 },
  );
});

test('lowerCaseReader finds what the case-insensitive pattern finds, and rewrites only what it can rewrite exactly', () => {
  const re = /(\W|^)(?:two|3)\s{0,3}(days?|WEEKS?)(\s*of)?\s*ago(?=\W|$)/i;
  const reader = lowerCaseReader(re)!;
  for (const s of ['Two DAYS ago', 'x two Weeks AGO,', '3day ago', 'É two days ago', 'twodays ago', 'two dayz ago', ''])
    assert.deepEqual(reader.exec(s), re.exec(s), s);
  // Another flag, a class or an escape with letters, a named group, a letter outside ASCII: left to the flag.
  for (const r of [
    new RegExp('\\p{L}', 'i'),
    /days/iu,
    /days/gi,
    /[a-z]day/i,
    /\u0064ay/i,
    /(?<d>day)/i,
    /été/i,
    /[\w]/i,
    /day/,
  ])
    assert.equal(lowerCaseReader(r), undefined, String(r));
});

test('the guards find their parsers in this chrono version', () => {
  // A chrono upgrade that rewrites a pattern leaves that parser unguarded (slower, never wrong): this says so.
  assert.equal(guardedParsers().filter((p) => p.guard).length, 13);
});
