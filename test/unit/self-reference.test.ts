// An article is never its own reference: with globs such as ["."] or "**/*.md" the article under check sits in the
// corpus too, and its own sentences would corroborate every figure, quote and name it states.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check, ReferenceIndex, type CheckResult } from '../../core/index';

const DIR = join(import.meta.dirname, '../fixtures/xref');
const SELF = '/newsroom/drafts/draft-errors.txt';
const text = readFileSync(join(DIR, 'draft-errors.txt'), 'utf8');

function corpus(withSelf: boolean): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const f of readdirSync(join(DIR, 'refs')).sort())
    index.set(join(DIR, 'refs', f), readFileSync(join(DIR, 'refs', f), 'utf8'));
  if (withSelf) index.set(SELF, text);
  return index;
}

const spans = (r: CheckResult) => r.findings.map((f) => `${f.code}@${f.start}-${f.end}`);
const CROSS = /mismatch|misattributed|spelling/;

test('the article in its own corpus: its mismatches are reported, with evidence from the other references only', () => {
  const alone = check(text, {}, corpus(false));
  const index = corpus(true);
  const swallowed = check(text, {}, index);
  const kept = check(text, {}, index, { self: SELF });
  const crossAlone = spans(alone).filter((s) => CROSS.test(s));
  assert.ok(crossAlone.length >= 4, `the fixture plants cross-check errors: ${crossAlone}`);
  // What the option fixes: without it the article corroborates itself and the planted errors vanish.
  assert.ok(
    spans(swallowed).filter((s) => CROSS.test(s)).length < crossAlone.length,
    'without the option the article hides its own errors',
  );
  assert.deepEqual(spans(kept), spans(alone), 'the same findings as a corpus without the article');
  for (const f of kept.findings)
    for (const ev of f.related) assert.notEqual(ev.ref, SELF, `${f.code} cites the article itself`);
  for (const c of kept.claims) for (const ev of c.evidence ?? []) assert.notEqual(ev.ref, SELF);
  assert.deepEqual(
    kept.claims.map((c) => c.status),
    alone.claims.map((c) => c.status),
  );
});

test('leaving the article out is deterministic and independent of what was checked before', () => {
  const index = corpus(true);
  const first = JSON.stringify(check(text, {}, index, { self: SELF }));
  // Checks that include the article, and of other texts, in between: the view keeps its own caches.
  check(text, {}, index);
  check(readFileSync(join(DIR, 'draft-faithful.txt'), 'utf8'), {}, index);
  check(text, {}, index, { self: '/elsewhere/not-indexed.txt' });
  assert.equal(JSON.stringify(check(text, {}, index, { self: SELF })), first);
  assert.equal(
    JSON.stringify(check(text, {}, corpus(true), { self: SELF })),
    first,
    'a fresh index gives the same answer',
  );
  // The index itself is untouched: a check without the option still sees the article.
  assert.equal(index.size, readdirSync(join(DIR, 'refs')).length + 1);
  assert.ok(index.get(SELF));
});

test('an article that is the only document of its corpus gets no cross-check at all', () => {
  const index = new ReferenceIndex();
  index.set(SELF, text);
  const r = check(text, {}, index, { self: SELF });
  assert.deepEqual(r.claims, []);
  assert.ok(!r.findings.some((f) => CROSS.test(f.code) || f.code === 'unverified-claim'));
});
