// chrono runs only the parsers whose guard word is in the window (core/quantities/chronoGuards.ts): on our own
// sentences, a parser left out never matches there, and the results equal chrono.casual's in every field.
// scripts/check-chrono-guards.ts makes the same proof on every window of the fixtures and ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as chrono from 'chrono-node/en';
import { casualFor, guardedParsers } from '../../core/quantities/chronoGuards';

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

test('the guards find their parsers in this chrono version', () => {
  // A chrono upgrade that rewrites a pattern leaves that parser unguarded (slower, never wrong): this says so.
  assert.equal(guardedParsers().filter((p) => p.guard).length, 13);
});
