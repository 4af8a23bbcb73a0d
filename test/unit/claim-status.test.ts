// What a claim's status means, and the rules behind it, on the project's own text (a small invented story about a
// ferry terminal; the references below are written for these tests). Each test pins one rule a newsroom relies on:
// evidence never reads as support for something it does not support.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, ReferenceIndex, referenceTitle, type CheckResult, type Finding } from '../../core/index';

const WIRE = `---
title: Brenvik council approves new ferry terminal
date: 2025-04-09
---

# Brenvik council approves new ferry terminal

Brenvik's council approved a $38 million ferry terminal on April 8, Mayor Tove Lindqvist said.

“We will not let the island be cut off again,” Lindqvist told the council.

Harbour master Jonas Ekholm said the ferry would carry 1,400 passengers a day. “The old pier has served its time,” Ekholm said.

Council member Rasmus Dahl announced on April 7 that the old pier would be closed for repairs.

There are 12 ferries in the regional fleet and several are based in Brenvik.

The terminal will have 6 berths, according to the port authority.
`;

const DAILY = `The island's new ferry terminal was approved by a wide margin after a long debate in the town hall that ran well past midnight and ended with applause.

Lindqvist said the first boats would dock at the terminal in the spring.

On its first crossing the old ferry carried 212, the island's records show.
`;

function corpus(): ReferenceIndex {
  const index = new ReferenceIndex();
  index.set('/refs/brenvik-wire.md', WIRE);
  index.set('/refs/island-daily.txt', DAILY);
  return index;
}
const index = corpus();
const run = (body: string, config = {}): CheckResult => check(`Ferry news\n\n${body}\n`, config, index);
const textOf = (body: string) => `Ferry news\n\n${body}\n`;
const codes = (r: CheckResult) => r.findings.map((f) => f.code);
const at = (body: string, f: { start: number; end: number }) => textOf(body).slice(f.start, f.end);
const claimOn = (r: CheckResult, body: string, needle: string) => r.claims.find((c) => at(body, c).includes(needle));

test('a claim with a mismatch finding on it is conflicting, even when its wording is found word for word', () => {
  const body = '“The old pier has served its time,” Lindqvist said.';
  const r = run(body);
  assert.ok(codes(r).includes('quote-misattributed'), JSON.stringify(codes(r)));
  const quote = claimOn(r, body, 'old pier');
  assert.equal(quote?.status, 'conflicting');
  assert.match(quote!.conflicts!.join(' '), /Ekholm/);
  assert.ok(quote!.evidence.length > 0, 'the passage it conflicts with is the evidence');
  // Every mismatch finding sits on a conflicting claim: the two can never disagree.
  for (const f of r.findings.filter((f) => /mismatch|misattributed/.test(f.code) && f.start <= f.end)) {
    const c = r.claims.find((c) => c.start < f.end && c.end > f.start);
    if (c) assert.equal(c.status, 'conflicting', `${f.code} on ${at(body, c)}`);
  }
});

test('a figure with a number-mismatch is conflicting, its fix the reference figure', () => {
  const body = 'The council approved a $83 million ferry terminal on April 8, Mayor Tove Lindqvist said.';
  const r = run(body, { articleDate: '2025-04-09' });
  const f = r.findings.find((x) => x.code === 'number-mismatch');
  assert.equal(f && at(body, f), '$83 million');
  assert.equal(claimOn(r, body, '$83 million')?.status, 'conflicting');
  assert.equal(claimOn(r, body, 'April 8')?.status, 'corroborated');
});

test('names are not claims: a name found in the references corroborates nothing', () => {
  const body = 'Experts say the ferry could transform Brenvik’s economy.\n\nMayor Tove Lindqvist visited the island.';
  const r = run(body);
  assert.deepEqual(r.claims, [], 'no claim for "Brenvik" or "Tove Lindqvist"');
  assert.ok(r.annotations.entities.length > 0, 'the names are still recognised');
});

test('the same figure about another subject corroborates nothing', () => {
  // The reference counts the ferries of the regional fleet; the article says all of them are Brenvik's.
  const wrongSubject = 'Brenvik holds 12 ferries, and the island is proud of them.';
  assert.notEqual(claimOn(run(wrongSubject), wrongSubject, '12 ferries')?.status, 'corroborated');
  const sameSubject = 'The regional fleet has 12 ferries.';
  assert.equal(claimOn(run(sameSubject), sameSubject, '12 ferries')?.status, 'corroborated');
});

test('a count is corroborated only by a count of the same thing', () => {
  const cranes = 'The terminal will have 6 cranes.';
  assert.notEqual(claimOn(run(cranes), cranes, '6 cranes')?.status, 'corroborated');
  const berths = 'The terminal will have 6 berths.';
  assert.equal(claimOn(run(berths), berths, '6 berths')?.status, 'corroborated');
  // A bare number does not say what it counts: it cannot vouch for "212 cars".
  const cars = 'On its first crossing the old ferry carried 212 cars.';
  assert.notEqual(claimOn(run(cars), cars, '212 cars')?.status, 'corroborated');
});

test('date-mismatch only when both dates are about the same event', () => {
  const cfg = { articleDate: '2025-04-10' };
  // Another person confirming something on another day; a closure due on a weekday: not the announcement of April 7.
  const other = 'Lindqvist confirmed on Tuesday that she planned to close the old pier for repairs.';
  assert.ok(
    !codes(run(other, cfg)).includes('date-mismatch'),
    JSON.stringify(run(other, cfg).findings.map((f) => f.message)),
  );
  const closure = 'The old pier would be closed for repairs on Wednesday, after Dahl announced it.';
  assert.ok(!codes(run(closure, cfg)).includes('date-mismatch'));
  // The same announcement by the same person, misdated.
  const same = 'Council member Rasmus Dahl announced on April 9 that the old pier would be closed for repairs.';
  const r = run(same, cfg);
  const f = r.findings.find((x) => x.code === 'date-mismatch');
  assert.equal(f && at(same, f), 'April 9');
  assert.equal(f!.fixes[0]!.newText, 'April 7');
});

test('messages say one thing: no reference title inside a message, no "conflicting" that "no reference mentions"', () => {
  const body =
    'Council member Rasmus Dahl announced on April 9 that the old pier would be closed for repairs.\n\n“We will not let the island be cut off ever,” Lindqvist told the council.\n\nThe council approved a $83 million ferry terminal, Mayor Tove Lindqvist said.';
  const r = run(body, { articleDate: '2025-04-10' });
  assert.ok(r.findings.some((f) => f.code === 'quote-mismatch'));
  for (const f of r.findings) {
    assert.ok(!f.message.includes('Brenvik council approves'), `${f.code}: ${f.message}`);
    assert.ok(!(/disagree|differently|attribute/.test(f.message) && /no reference/i.test(f.message)), f.message);
  }
  const misquote = r.findings.find((f) => f.code === 'quote-mismatch')!;
  assert.match(misquote.message, /“again” where this has “ever”/);
});

test('misspellings that drop or double a letter are caught, short names and final letters included', () => {
  const dahl = 'Council member Rasmus Dahl announced that the old pier would be closed for repairs.';
  const ekholm = 'Harbour master Jonas Ekholm said the new ferry would carry 1,400 passengers a day.';
  const mayor = 'Mayor Tove Lindqvist said the council approved the ferry terminal.';
  const cases: Array<[string, string, string]> = [
    [dahl, 'Dahl', 'Dahll'], // a doubled letter in a four-letter name
    [ekholm, 'Jonas', 'Jons'], // a dropped letter leaving four
    [dahl, 'Rasmus', 'Rasmuss'], // a doubled last letter is not a plural
    [ekholm, 'Ekholm', 'Ekhlm'],
    [mayor, 'Lindqvist', 'Lindqvistt'],
    [mayor, 'Tove', 'Tovve'],
    [mayor, 'Lindqvist', 'Lindqviist'], // a doubled i before a consonant is no romanisation ("Andrii" is)
  ];
  for (const sentence of [dahl, ekholm, mayor])
    assert.deepEqual(
      run(sentence).findings.filter((f) => f.code.startsWith('entity-')),
      [],
      sentence,
    );
  for (const [sentence, right, typo] of cases) {
    const body = sentence.replace(right, typo);
    const r = run(body);
    const f = r.findings.find((x) => x.code === 'entity-spelling');
    assert.ok(f, `${typo} for ${right}: ${JSON.stringify(r.findings.map((x) => x.code))}`);
    assert.equal(at(body, f), typo);
    assert.equal(f.fixes[0]!.newText, right);
  }
});

test('a headline is cross-checked (figures and names) but never flagged as unattributed', () => {
  const text =
    'Brenvik approves $83 million ferry terminal for Lindqvistt\n\nThe council approved the terminal on April 8, Mayor Tove Lindqvist said.\n';
  const r = check(text, { articleDate: '2025-04-09' }, index);
  const headline = { start: 0, end: text.indexOf('\n') };
  const inHeadline = (f: Finding) => f.start >= headline.start && f.end <= headline.end;
  const mismatch = r.findings.find((f) => f.code === 'number-mismatch');
  assert.ok(
    mismatch && inHeadline(mismatch),
    JSON.stringify(r.findings.map((f) => [f.code, text.slice(f.start, f.end)])),
  );
  assert.equal(mismatch.fixes[0]!.newText, '$38 million');
  assert.ok(
    r.findings.some(
      (f) => f.code === 'entity-spelling' && inHeadline(f) && text.slice(f.start, f.end) === 'Lindqvistt',
    ),
  );
  assert.ok(
    !r.findings.some((f) => (f.code === 'unattributed-assertion' || f.code === 'vague-attribution') && inHeadline(f)),
  );
  // A Title Case headline's capitals are not names.
  const title =
    'Island Ferry Terminal Wins Approval\n\nThe council approved the terminal on April 8, Mayor Tove Lindqvist said.\n';
  assert.deepEqual(
    check(title, { articleDate: '2025-04-09' }, index).findings.filter((f) => f.code.startsWith('entity-')),
    [],
  );
});

test('entity-inconsistent works with no references at all', () => {
  const text =
    'Ferry news\n\nDeputy mayor Andrii Bondar opened the terminal.\n\nThe new berths were paid for by the region, Andriy Bondar said.\n';
  for (const refs of [undefined, new ReferenceIndex()]) {
    const r = check(text, {}, refs);
    const f = r.findings.filter((x) => x.code === 'entity-inconsistent');
    assert.equal(f.length, 1, JSON.stringify(r.findings.map((x) => x.code)));
    assert.deepEqual(r.claims, []);
    assert.ok(!r.findings.some((x) => ['entity-spelling', 'unverified-claim', 'number-mismatch'].includes(x.code)));
  }
  // A doubled letter is one name spelled two ways too.
  const doubled =
    'Ferry news\n\nCaptain Mette Halvorsen steered the first ferry.\n\nThe crossing took forty minutes, Halvorssen said.\n';
  assert.equal(check(doubled).findings.filter((x) => x.code === 'entity-inconsistent').length, 1);
});

test('unverified-claim: a quote is found case-insensitively inside a longer one; only the part found nowhere is unverified', () => {
  const body = '“We waited ten years for this. WE WILL NOT LET THE ISLAND BE CUT OFF AGAIN,” Lindqvist told reporters.';
  const r = run(body);
  const quote = claimOn(r, body, 'WILL NOT');
  assert.equal(quote?.status, 'corroborated');
  const unverified = r.findings.filter((f) => f.code === 'unverified-claim' && /quote/.test(f.message));
  assert.deepEqual(
    unverified.map((f) => at(body, f)),
    ['We waited ten years for this.'],
  );
  assert.match(unverified[0]!.message, /part of the quote/);
});

test('"one or both" is not a figure: no claim, no unverified hint', () => {
  const body = 'One or both of the old ferries will be sold next year.';
  const r = run(body);
  assert.ok(!r.claims.some((c) => /one or both/i.test(at(body, c))));
  assert.ok(!r.findings.some((f) => f.code === 'unverified-claim' && /one or both/i.test(at(body, f))));
});

test('"Attribute to X" names the person as the article introduces them: in full first, by surname after', () => {
  const notYet = '“We will not let the island be cut off again,” Dahl said.';
  const fix1 = run(notYet).findings.find((f) => f.code === 'quote-misattributed')?.fixes[0];
  assert.equal(fix1?.title, 'Attribute to Tove Lindqvist');
  assert.equal(fix1?.newText, 'Tove Lindqvist');
  const introduced =
    'Mayor Tove Lindqvist opened the meeting.\n\n“We will not let the island be cut off again,” Dahl said.';
  const fix2 = run(introduced).findings.find((f) => f.code === 'quote-misattributed')?.fixes[0];
  assert.equal(fix2?.title, 'Attribute to Tove Lindqvist');
  assert.equal(fix2?.newText, 'Lindqvist');
});

test('where a reference gives the figure’s source, "according to <that source>" comes before the placeholder', () => {
  const body = 'The terminal will have 6 berths.';
  const f = run(body).findings.find((x) => x.code === 'unattributed-assertion')!;
  assert.deepEqual(
    f.fixes.map((x) => x.basis),
    ['source', 'placeholder'],
  );
  assert.equal(f.fixes[0]!.newText, ', according to the port authority');
  assert.match(f.fixes[0]!.title, /the port authority/);
  // A vague source is replaced by the reference's, verb and all.
  const vague = 'Experts say the terminal will have 6 berths.';
  const v = run(vague).findings.find((x) => x.code === 'vague-attribution')!;
  const fixed = (fx: { start: number; end: number; newText: string }) =>
    textOf(vague).slice(0, fx.start) + fx.newText + textOf(vague).slice(fx.end);
  assert.match(fixed(v.fixes[0]!), /\nThe port authority says the terminal will have 6 berths\.\n/);
  assert.match(fixed(v.fixes[v.fixes.length - 1]!), /\n\[SOURCE\] say the terminal will have 6 berths\.\n/);
  assert.ok(!v.fixes.some((fx) => /according to \[SOURCE\]/.test(fx.newText)), 'no second source appended');
});

test('a reference without a title is named by its file, never by a sentence cut mid-word', () => {
  assert.equal(referenceTitle(DAILY, '/refs/island-daily.txt'), 'island-daily.txt');
  assert.equal(referenceTitle(WIRE, '/refs/brenvik-wire.md'), 'Brenvik council approves new ferry terminal');
  assert.equal(
    referenceTitle('Island ferry terminal approved\n\nThe council voted.', 'x.txt'),
    'Island ferry terminal approved',
  );
});
