// The core façade on plain strings: config layering, per-code severity, fixes, offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, check, resolveConfig, severityOf, FINDING_CODES } from '../../core/index';

const ARTICLE =
  'Harbour news\n\nAnalysts say the harbour will be the busiest in the region by 2030.\n\nThe mayor opened the new quay on Friday, she said.\n';

test('config layers merge over defaults in order', () => {
  const c = resolveConfig(
    { references: ['refs/*.txt'], severity: { 'vague-attribution': 'error' } },
    { severity: { 'unattributed-assertion': 'off' } },
    { articleDate: '2025-02-12' },
  );
  assert.deepEqual(c.references, ['refs/*.txt']);
  assert.equal(severityOf(c, 'vague-attribution'), 'error');
  assert.equal(severityOf(c, 'unattributed-assertion'), 'off');
  assert.equal(severityOf(c, 'number-mismatch'), FINDING_CODES['number-mismatch'].severity);
  assert.equal(c.articleDate, '2025-02-12');
  assert.equal(
    resolveConfig({ articleDate: 'last week' } as never).articleDate,
    undefined,
    'malformed values are ignored',
  );
});

test('per-code severity changes and silences findings', () => {
  const base = check(ARTICLE);
  const vague = base.findings.find((f) => f.code === 'vague-attribution');
  assert.ok(vague, 'analysts say is vague');
  assert.equal(vague!.severity, 'warning');
  const raised = check(ARTICLE, { severity: { 'vague-attribution': 'error' } });
  assert.equal(raised.findings.find((f) => f.code === 'vague-attribution')!.severity, 'error');
  const off = check(ARTICLE, { severity: { 'vague-attribution': 'off' } });
  assert.equal(off.findings.filter((f) => f.code === 'vague-attribution').length, 0);
});

test('a vague source is replaced by a placeholder, not followed by a second source', () => {
  const f = check(ARTICLE).findings.find((f) => f.code === 'vague-attribution')!;
  assert.equal(f.fixes.length, 1);
  const fix = f.fixes[0]!;
  assert.equal(fix.title, 'Name the source in place of “Analysts”');
  assert.equal(fix.basis, 'placeholder');
  const fixed = ARTICLE.slice(0, fix.start) + fix.newText + ARTICLE.slice(fix.end);
  assert.match(fixed, /\n\[SOURCE\] say the harbour will be the busiest in the region by 2030\.\n/);
});

test('an unattributed claim offers an attribution placeholder before its final stop', () => {
  const text = 'Harbour news\n\nThe harbour will be the busiest in the region by 2030.\n';
  const f = check(text).findings.find((f) => f.code === 'unattributed-assertion')!;
  const fix = f.fixes[f.fixes.length - 1]!;
  assert.equal(fix.title, 'Insert attribution placeholder');
  const fixed = text.slice(0, fix.start) + fix.newText + text.slice(fix.end);
  assert.match(fixed, /region by 2030, according to \[SOURCE\]\./);
});

test('annotation offsets slice back to their text', () => {
  const a = annotate(ARTICLE);
  for (const e of a.entities) assert.equal(ARTICLE.slice(e.start, e.end), e.text);
  for (const q of a.quantities) assert.equal(ARTICLE.slice(q.start, q.end), q.text);
  for (const s of a.assertions) assert.equal(ARTICLE.slice(s.start, s.end), s.text);
  assert.ok(a.sentences[0]!.furniture, 'the headline is furniture');
});

test('findings are sorted and deterministic', () => {
  const a = check(ARTICLE).findings;
  const b = check(ARTICLE).findings;
  assert.deepEqual(a, b);
  for (let i = 1; i < a.length; i++) assert.ok(a[i - 1]!.start <= a[i]!.start);
});
