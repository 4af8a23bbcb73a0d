// The cross-check end to end, on the project's own fixtures: each check fires on a planted error, and a
// faithful retelling of the same references (paraphrase, partial quotes, transliterations) raises nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, ReferenceIndex, type CheckResult, type Finding } from '../../core/index';

const DIR = join(import.meta.dirname, '../fixtures/xref');
const XREF = new Set([
  'number-mismatch',
  'date-mismatch',
  'quote-mismatch',
  'quote-misattributed',
  'entity-spelling',
  'entity-inconsistent',
]);

function corpus(): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const f of readdirSync(join(DIR, 'refs')).sort())
    index.set(join(DIR, 'refs', f), readFileSync(join(DIR, 'refs', f), 'utf8'));
  return index;
}

const index = corpus();
const errorsText = readFileSync(join(DIR, 'draft-errors.txt'), 'utf8');
const faithfulText = readFileSync(join(DIR, 'draft-faithful.txt'), 'utf8');
const errors = check(errorsText, {}, index);
const faithful = check(faithfulText, {}, index);

const xref = (r: CheckResult) => r.findings.filter((f) => XREF.has(f.code));
const at = (text: string, f: Finding) => text.slice(f.start, f.end);
function one(code: string): Finding {
  const found = errors.findings.filter((f) => f.code === code);
  assert.equal(found.length, 1, `${code}: ${JSON.stringify(found.map((f) => at(errorsText, f)))}`);
  return found[0]!;
}
/** Every finding's evidence points at real text in a reference, never at page furniture. */
function assertEvidence(f: Finding) {
  assert.ok(f.related.length > 0, `${f.code} has evidence`);
  for (const ev of f.related) {
    const doc = index.get(ev.ref);
    assert.ok(doc, `evidence names an indexed reference: ${ev.ref}`);
    assert.equal(doc.text.slice(ev.start, ev.end), ev.excerpt);
    assert.ok(!/^(Photo:|Advertisement)/.test(ev.excerpt));
  }
}
function applyFix(text: string, f: Finding): string {
  const fix = f.fixes[0]!;
  return text.slice(0, fix.start) + fix.newText + text.slice(fix.end);
}

test('number-mismatch: a changed figure is flagged, with the reference sentence and its figure as the fix', () => {
  const f = one('number-mismatch');
  assert.match(at(errorsText, f), /\$45 million/);
  assertEvidence(f);
  assert.match(f.related[0]!.excerpt, /\$54 million contract/);
  assert.match(applyFix(errorsText, f), /awarded a \$54 million contract/);
});

test('date-mismatch: June 12 against the references’ June 10', () => {
  const f = one('date-mismatch');
  assert.equal(at(errorsText, f), 'June 12');
  assertEvidence(f);
  assert.equal(f.fixes[0]!.newText, 'June 10');
});

test('quote-mismatch: one changed word is flagged, and the fix replaces just that word', () => {
  const f = one('quote-mismatch');
  assert.match(at(errorsText, f), /large container ships/);
  assertEvidence(f);
  assert.equal(f.fixes[0]!.newText, 'big');
  assert.equal(errorsText.slice(f.fixes[0]!.start, f.fixes[0]!.end), 'large');
});

test('quote-misattributed: the references give the quote to Brekke, the article to Novak', () => {
  const f = one('quote-misattributed');
  assert.match(at(errorsText, f), /Every month we wait/);
  assert.match(f.message, /Brekke/);
  assertEvidence(f);
  // The article has not introduced Brekke: the fix names him in full, as the references do.
  assert.equal(f.fixes[0]?.newText, 'Halvard Brekke');
  assert.equal(f.fixes[0]?.title, 'Attribute to Halvard Brekke');
});

test('entity-spelling: "Breke" for "Brekke"', () => {
  const f = one('entity-spelling');
  assert.equal(at(errorsText, f), 'Breke');
  assertEvidence(f);
  assert.equal(f.fixes[0]!.newText, 'Brekke');
});

test('entity-inconsistent: two transliterations of one name inside one article', () => {
  const f = one('entity-inconsistent');
  assert.equal(at(errorsText, f), 'Oleksii');
  assert.equal(f.fixes[0]!.newText, 'Oleksiy');
});

test('the draft with planted errors raises nothing else from the cross-check', () => {
  assert.deepEqual(
    xref(errors)
      .map((f) => f.code)
      .sort(),
    [...XREF].sort(),
  );
});

test('a faithful retelling raises no cross-check finding', () => {
  assert.deepEqual(
    xref(faithful).map((f) => `${f.code} at ${at(faithfulText, f)}`),
    [],
  );
});

test('agreement is visible as corroborated claims with evidence', () => {
  const status = (text: string) => faithful.claims.find((c) => faithfulText.slice(c.start, c.end).includes(text));
  for (const t of ['$54 million', 'June 10', '$500 million', '2,300', '14 months']) {
    const c = status(t);
    assert.equal(c?.status, 'corroborated', `${t}: ${c?.status}`);
    assert.ok(c!.evidence.length > 0);
  }
  // A partial, lower-cased quote with an ellipsis still matches its longer original.
  const quote = faithful.claims.find((c) => c.kind === 'quote' && c.text.includes('turning away'));
  assert.equal(quote?.status, 'corroborated');
});

test('"half a billion dollars" in a reference corroborates "$500 million"', () => {
  const c = faithful.claims.find((x) => x.kind === 'quantity' && x.text.includes('$500 million'));
  assert.equal(c?.status, 'corroborated');
  assert.ok(c!.evidence.some((e) => /half a billion dollars/.test(e.excerpt)));
});

test('a transliteration variant of a reference name is not a misspelling', () => {
  // The faithful draft writes "Oleksii" like one reference; the other writes "Oleksiy".
  assert.ok(faithfulText.includes('Oleksii'));
  assert.equal(faithful.findings.filter((f) => f.code === 'entity-spelling').length, 0);
});

test('a short quoted phrase is a misquote only where the sentence is plainly the same', () => {
  const wrong =
    'Harbour news\n\nNovak called the two-year delay “deeply worrying” for the city, council minutes show.\n';
  const right = wrong.replace('worrying', 'embarrassing');
  const elsewhere = 'Harbour news\n\nA resident said the new parking rules were “deeply worrying” for shop owners.\n';
  const f = check(wrong, {}, index).findings.filter((x) => x.code === 'quote-mismatch');
  assert.equal(f.length, 1);
  assert.equal(f[0]!.fixes[0]!.newText, 'embarrassing');
  assert.equal(check(right, {}, index).findings.filter((x) => XREF.has(x.code)).length, 0);
  assert.equal(check(elsewhere, {}, index).findings.filter((x) => XREF.has(x.code)).length, 0);
});

test('a figure is compared within its own clause when the sentence goes on about something else', () => {
  const text =
    'Harbour news\n\nSome 3,100 people work at the port, and the harbour board expects container traffic to double by 2030.\n';
  const f = check(text, {}, index).findings.filter((x) => x.code === 'number-mismatch');
  assert.equal(f.length, 1);
  assert.match(text.slice(f[0]!.start, f[0]!.end), /3,100/);
  assert.match(f[0]!.related[0]!.excerpt, /2,300 people/);
});

test('a paraphrase of a quote given to someone other than its speaker is misattributed', () => {
  const wrong = 'Harbour news\n\nNovak said that every month of waiting costs the harbour another ship.\n';
  const right = wrong.replace('Novak', 'Brekke');
  const f = check(wrong, {}, index).findings.filter((x) => x.code === 'quote-misattributed');
  assert.equal(f.length, 1);
  assert.match(f[0]!.message, /Brekke/);
  assert.equal(f[0]!.fixes[0]?.newText, 'Halvard Brekke');
  assert.equal(check(right, {}, index).findings.filter((x) => XREF.has(x.code)).length, 0);
});

test('a misspelt name is found in the closest article even when its own sentence is about something else', () => {
  const text =
    'Harbour news\n\nThe city of Lindholm awarded the harbour contract, and Brakke later praised the choice.\n';
  const f = check(text, {}, index).findings.filter((x) => x.code === 'entity-spelling');
  assert.deepEqual(
    f.map((x) => text.slice(x.start, x.end)),
    ['Brakke'],
  );
  assert.equal(f[0]!.fixes[0]!.newText, 'Brekke');
});

test('unverified claims: reported as hints only when reportUnverified is on', () => {
  const text = 'Harbour news\n\nMayor Ines Novak said 4,100 trucks had used the new road since it opened.\n';
  const on = check(text, { reportUnverified: true }, index);
  const off = check(text, { reportUnverified: false }, index);
  const hint = on.findings.find((f) => f.code === 'unverified-claim');
  assert.ok(hint, 'unverified figure reported');
  assert.equal(hint.severity, 'hint');
  assert.equal(off.findings.filter((f) => f.code === 'unverified-claim').length, 0);
  assert.equal(off.claims.find((c) => c.kind === 'quantity')?.status, 'unverified');
});

test('page furniture never serves as evidence: a caption’s figure neither corroborates nor contradicts', () => {
  const text = 'Harbour news\n\nA dredger in Lindholm harbour cost $77 million, the port said.\n';
  const r = check(text, {}, index);
  const claim = r.claims.find((c) => c.kind === 'quantity');
  assert.notEqual(claim?.status, 'conflicting');
  for (const c of r.claims) for (const ev of c.evidence) assert.ok(!ev.excerpt.startsWith('Photo:'));
});

test('without references only the check that needs none runs: one name spelled two ways in the article', () => {
  for (const refs of [new ReferenceIndex(), undefined]) {
    const r = check(errorsText, {}, refs);
    assert.deepEqual(
      xref(r).map((f) => `${f.code} ${at(errorsText, f)}`),
      ['entity-inconsistent Oleksii'],
    );
    assert.deepEqual(r.claims, []);
  }
});
