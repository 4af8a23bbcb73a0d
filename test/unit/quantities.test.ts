// Money, percentages, counts, ordinals and measures: each construction news copy uses, in sentences of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../core/quantities/index';
import type { Quantity } from '../../core/types';

const find = (text: string, articleDate?: string): Quantity[] => findQuantities(text, [], { articleDate });
const one = (text: string, kind: Quantity['kind']): Quantity => {
  const hits = find(text).filter((q) => q.kind === kind);
  assert.equal(hits.length, 1, `expected one ${kind} in ${JSON.stringify(text)}, got ${JSON.stringify(hits)}`);
  return hits[0]!;
};
const close = (a: number | undefined, b: number): void =>
  assert.ok(a !== undefined && Math.abs(a - b) <= Math.abs(b) * 1e-9, `${a} != ${b}`);

test('dollar amounts with magnitude words', () => {
  const q = one('The port upgrade will cost $500 billion over ten years.', 'MONEY');
  assert.equal(q.text, '$500 billion');
  close(q.value, 5e11);
  assert.equal(q.unit, 'USD');
});

test('half a trillion dollars is 5e11', () => {
  const q = one('Lawmakers weighed a package worth half a trillion dollars on the floor.', 'MONEY');
  assert.equal(q.text, 'half a trillion dollars');
  close(q.value, 5e11);
  assert.equal(q.unit, 'USD');
});

test('vague amounts: hundreds of billions of dollars, BILLIONS of Dollars', () => {
  const a = one('The agency has spent hundreds of billions of dollars on roads.', 'MONEY');
  assert.equal(a.text, 'hundreds of billions of dollars');
  assert.equal(a.vague, true);
  assert.equal(a.unit, 'USD');
  assert.equal(a.value, undefined);
  const b = one('"We wasted BILLIONS of Dollars on this," the senator posted.', 'MONEY');
  assert.equal(b.text, 'BILLIONS of Dollars');
  assert.equal(b.vague, true);
  assert.equal(b.unit, 'USD');
});

test('approximators belong to the span: roughly $500 billion', () => {
  const q = one('The mine holds roughly $500 billion in copper, the survey found.', 'MONEY');
  assert.equal(q.text, 'roughly $500 billion');
  close(q.value, 5e11);
});

test('glued suffixes and other currencies: $1.2bn, £40m, US$30 million, €3.5 million', () => {
  const cases: Array<[string, string, number, string]> = [
    ['The startup raised $1.2bn from investors.', '$1.2bn', 1.2e9, 'USD'],
    ['The club paid £40m for the striker.', '£40m', 4e7, 'GBP'],
    ['Exports reached US$30 million last quarter.', 'US$30 million', 3e7, 'USD'],
    ['The museum received €3.5 million in grants.', '€3.5 million', 3.5e6, 'EUR'],
    ['The city borrowed 323 million euros.', '323 million euros', 3.23e8, 'EUR'],
    ['A ticket costs 12,500 yen.', '12,500 yen', 12500, 'JPY'],
    ['Shares fell 34 cents.', '34 cents', 0.34, 'USD'],
    ['The deal is worth C$16.4 million.', 'C$16.4 million', 1.64e7, 'CAD'],
    ['It sold for 125 million Australian dollars.', '125 million Australian dollars', 1.25e8, 'AUD'],
  ];
  for (const [text, span, value, unit] of cases) {
    const q = one(text, 'MONEY');
    assert.equal(q.text, span);
    close(q.value, value);
    assert.equal(q.unit, unit);
  }
});

test('percentages: 12%, 12 percent, 12.5 per cent, twenty percent', () => {
  const cases: Array<[string, string, number]> = [
    ['Turnout rose 12% in the suburbs.', '12%', 12],
    ['Turnout rose 12 percent in the suburbs.', '12 percent', 12],
    ['Inflation eased to 12.5 per cent in March.', '12.5 per cent', 12.5],
    ['Only twenty percent of voters agreed.', 'twenty percent', 20],
  ];
  for (const [text, span, value] of cases) {
    const q = one(text, 'PERCENT');
    assert.equal(q.text, span);
    close(q.value, value);
    assert.equal(q.unit, '%');
  }
});

test('counts carry their noun: 17 elements, 17 rare earth elements, thousands of people', () => {
  const a = one('The table lists 17 elements that engineers rely on.', 'COUNT');
  assert.equal(a.text, '17 elements');
  assert.equal(a.value, 17);
  assert.equal(a.unit, 'elements');
  const b = one('Geologists mapped 17 rare earth elements in the hills.', 'COUNT');
  assert.equal(b.unit, 'elements');
  assert.equal(b.value, 17);
  const c = one('Thousands of people queued outside the stadium.', 'COUNT');
  assert.equal(c.vague, true);
  assert.equal(c.unit, 'people');
});

test('number words: three, twenty-five, one hundred and six', () => {
  close(one('Three ministers resigned.', 'COUNT').value, 3);
  close(one('The bus carried twenty-five pupils.', 'COUNT').value, 25);
  close(one('They planted one hundred and six trees.', 'COUNT').value, 106);
  close(one('About 2.5 million households lost power.', 'COUNT').value, 2.5e6);
});

test('ordinals: third, 21st, twenty-first', () => {
  const a = one('She finished third in the race.', 'ORDINAL');
  assert.equal(a.value, 3);
  const b = one('The 21st amendment was debated.', 'ORDINAL');
  assert.equal(b.value, 21);
  const c = one('It was the twenty-first attempt.', 'ORDINAL');
  assert.equal(c.value, 21);
});

test('measures: kilometres, tonnes, degrees', () => {
  const a = one('The convoy drove 40 kilometres to the border.', 'MEASURE');
  assert.equal(a.unit, 'km');
  assert.equal(a.value, 40);
  assert.equal(one('The ship carried 3,000 tonnes of grain.', 'MEASURE').unit, 't');
});

test('noise: video timestamps, page numbers, phone numbers, list numbers, model names, URLs', () => {
  const noisy = [
    'Watch the clip\n0:00\nShare this video',
    'The ruling is on page 12 of the filing.',
    'Call the hotline at 555-123-4567 for help.',
    '1. Introduction',
    'He flew a Boeing 737 to the summit.',
    'Read it at https://example.org/2024/05/story-123 today.',
    'The Euro 2024 final drew a crowd.',
  ];
  for (const text of noisy) {
    const qs = find(text).filter((q) => q.kind !== 'DATE' || /\d/.test(q.text));
    assert.deepEqual(
      qs.map((q) => q.text),
      [],
      JSON.stringify(text),
    );
  }
});

test('"one" as a pronoun is not a count; "one or both" and "day one" are not bare counts', () => {
  assert.deepEqual(
    find('No one expected one of them to win.').map((q) => q.text),
    [],
  );
  const alt = find('The loss of one or both bridges would cut the town off.');
  assert.equal(alt.length, 1);
  assert.equal(alt[0]!.text, 'one or both bridges');
  assert.equal(alt[0]!.vague, true);
  const day = find('She promised a deal on day one of her term.');
  assert.equal(day.length, 1);
  assert.equal(day[0]!.kind, 'ORDINAL');
});

test('offsets are UTF-16 code units into the text', () => {
  const text = '😀 The fund lost €3.5 million.';
  const q = one(text, 'MONEY');
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.text, '€3.5 million');
});

test('linear time on adversarial input', () => {
  const parts = [
    '1,',
    '000 ',
    'a ',
    'hundred ',
    'of ',
    '$',
    '- ',
    'and ',
    'Jan. ',
    '12:',
    '9.',
    'billions ',
    'one-',
    'or ',
  ];
  let s = '';
  let seed = 7;
  while (s.length < 200_000) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += parts[seed % parts.length];
  }
  const t0 = performance.now();
  findQuantities(s, [], {});
  const ms = performance.now() - t0;
  // Generous: a backtracking regex would take minutes here, a loaded CI machine only seconds.
  assert.ok(ms < 10000, `took ${ms} ms on 200 KB`);
});

test('ranges that write the magnitude or unit once: $10-15 million, 10-15%', () => {
  const m = one('Repairs will cost $10-15 million, engineers estimate.', 'MONEY');
  assert.equal(m.text, '$10-15 million');
  assert.equal(m.unit, 'USD');
  assert.equal(m.value, undefined);
  assert.equal(one('Rents rose 10-15% in the centre.', 'PERCENT').text, '10-15%');
});

test('hyphenated counts: a 10-year bond, a five-year plan', () => {
  const a = one('The 10-year bond yield climbed.', 'COUNT');
  assert.equal(a.text, '10-year');
  assert.equal(a.value, 10);
  const b = one('The council adopted a five-year plan.', 'COUNT');
  assert.equal(b.value, 5);
  assert.equal(b.unit, 'year');
  assert.deepEqual(
    find('They charge a one-time fee.').map((q) => q.text),
    [],
  );
});

test('names with numbers are not claims, but headline capitals are no name', () => {
  assert.deepEqual(
    find('Windows 11 sales slowed in the spring.')
      .filter((q) => q.kind !== 'DATE')
      .map((q) => q.text),
    [],
  );
  assert.deepEqual(
    find('Buyers waited for the iPhone 15 launch.').map((q) => q.text),
    [],
  );
  assert.equal(one('Senate Approves 25 New Judges in Marathon Session', 'COUNT').value, 25);
});

test('international phone numbers are not counts', () => {
  assert.deepEqual(
    find('Readers can call +44 20 7946 0958 with tips.').map((q) => q.text),
    [],
  );
});

test('citation brackets and leading-zero codes are not counts', () => {
  assert.deepEqual(
    find('Earlier studies disagreed [4], [17, 18].').map((q) => q.text),
    [],
  );
  assert.deepEqual(
    find('Book on 0590258046 before noon.')
      .filter((q) => q.kind !== 'DATE')
      .map((q) => q.text),
    [],
  );
});

test('proportions: one in five adults, two out of three voters', () => {
  const a = one('One in five adults owns a bicycle.', 'PERCENT');
  assert.equal(a.text, 'One in five adults');
  close(a.value, 20);
  close(one('Two out of three voters stayed home.', 'PERCENT').value, 200 / 3);
  assert.equal(find('The striker scored 2 in 2019.').filter((q) => q.kind === 'PERCENT').length, 0);
});

test('currency after the amount and British shorthand: 5 €, 100元, 12pc, 50p', () => {
  assert.equal(one('A coffee costs 5 € in Lyon.', 'MONEY').unit, 'EUR');
  assert.equal(one('The ticket was 100元 at the gate.', 'MONEY').unit, 'CNY');
  close(one('Prices rose 12pc in a year.', 'PERCENT').value, 12);
  close(one('A 50p coin was found.', 'MONEY').value, 0.5);
});

test('discourse markers are not ordinals: first of all, at first, "Second, ..."', () => {
  assert.deepEqual(
    find('First of all, we thank the crew. At first the plan looked odd. Second, costs rose.').map((q) => q.text),
    [],
  );
  assert.equal(one('It was the first visit in a decade.', 'ORDINAL').value, 1);
});

test('street numbers are addresses, not counts', () => {
  assert.deepEqual(
    find('Protesters gathered outside 10 Downing Street.').map((q) => q.text),
    [],
  );
  assert.equal(one('Officers found 10 Downing supporters inside.', 'COUNT').value, 10);
});

test('an article before a dollar sign is not a currency prefix', () => {
  const text = 'The board approved a $4.5 million grant and an A$2 million loan.';
  const qs = findQuantities(text, [], {});
  const grant = qs.find((q) => q.text.includes('4.5'))!;
  assert.equal(grant.text, '$4.5 million');
  assert.equal(grant.unit, 'USD');
  assert.equal(qs.find((q) => q.text.includes('2 million'))!.unit, 'AUD');
});

test('an approximator closing the text ("more than", "about") is not a crash', () => {
  for (const t of ['Prices rose by more than', 'It cost about', 'nearly', 'up to', 'less than', 'roughly\n']) {
    assert.deepEqual(findQuantities(t, [{ start: 0, end: t.length, paragraph: 0, furniture: false }]), [], t);
  }
});

test('words that name Object.prototype members are read as words, not as number, unit or currency words', () => {
  // The word lists were plain objects: "one constructor" was one number phrase worth NaN, "a constructor" a count.
  for (const text of [
    'The team was fifth, one constructor said on the radio.',
    'Twenty constructor teams signed the letter.',
    'The car had a constructor of 5 kg.',
    'She listed twelve valueOf and toString calls in the review.',
    'They paid 40 hasOwnProperty dollars, a joke in the office.',
  ])
    for (const q of find(text)) assert.ok(q.value === undefined || Number.isFinite(q.value), `${JSON.stringify(q)}`);
  close(one('The team was fifth, one constructor said on the radio.', 'COUNT').value, 1);
  close(one('Twenty constructor teams signed the letter.', 'COUNT').value, 20);
  assert.deepEqual(
    find('The car had a constructor of 5 kg.').map((q) => q.text),
    ['5 kg'],
  );
});
