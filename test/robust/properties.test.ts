// Property-based tests of the core façade: random Unicode (astral characters, combining marks, RTL, controls),
// quotes of every kind, very long lines and deep nesting must never throw, every offset must lie inside the text on a
// code-unit boundary that does not split a surrogate pair, and the same input must give the same output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { annotate, check, ReferenceIndex, type Annotations, type CheckResult } from '../../core/index';

const NUM_RUNS = Number(process.env.COPYDESK_PROPERTY_RUNS ?? 100);

const WORDS = [
  'Mayor',
  'Ana',
  'López',
  'said',
  'says',
  'experts',
  'say',
  'according',
  'to',
  'the',
  'Council',
  'of',
  'Ōsaka',
  'Zelenskyy',
  '$5',
  'billion',
  '12%',
  'on',
  'Tuesday',
  'Feb.',
  '12,',
  '2025',
  'U.S.',
  'No.',
  '1',
  'biggest',
  'will',
  'first',
  'Dr.',
  'St.',
  'Inc.',
  '—',
  '–',
  '…',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  '„',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
  '!',
  '?',
  ':',
  ';',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '---',
  '#',
  '*',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '\u200B',
  '\u202E',
  'مرحبا',
  '中文',
  '\uFEFF',
  '<!--',
  '-->',
  'copydesk-disable',
  'copydesk-disable-next-line',
  'copydesk-enable',
];

/** Text that looks enough like news to reach deep into the pipeline, salted with anything Unicode allows. */
const newsish = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
    ),
    { maxLength: 120 },
  )
  .map((ws) => ws.join(' '));

/** Quotes inside quotes inside parentheses…, up to a few hundred levels. */
const nested = fc
  .tuple(
    fc.integer({ min: 1, max: 300 }),
    fc.constantFrom<[string, string]>(['“', '”'], ['"', '"'], ['(', ')'], ['‘', '’'], ['«', '»'], ['[', ']']),
    fc.constantFrom('Ana said', 'experts say', '$5', 'Tuesday', ''),
  )
  .map(
    ([depth, [open, close], core]) =>
      `Mayor Ana López said ${open.repeat(depth)}${core} it will cost $1.2 billion${close.repeat(depth)}.`,
  );

const longLine = fc
  .tuple(fc.constantFrom('a', 'A', '1', '.', ' ', '"', '$1,', 'Ab. ', '“', '😀'), fc.integer({ min: 1000, max: 8000 }))
  .map(([unit, n]) => unit.repeat(n));

const anyText = fc.oneof(
  newsish,
  nested,
  longLine,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

function assertSpan(text: string, where: string, s: { start: number; end: number }) {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${where}: integer offsets`);
  assert.ok(
    0 <= s.start && s.start <= s.end && s.end <= text.length,
    `${where}: [${s.start}, ${s.end}) inside 0..${text.length}`,
  );
  for (const o of [s.start, s.end]) {
    const before = text.charCodeAt(o - 1);
    const after = text.charCodeAt(o);
    const splits =
      o > 0 && o < text.length && before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
    assert.ok(!splits, `${where}: offset ${o} splits a surrogate pair`);
  }
}

function assertAnnotations(text: string, a: Annotations) {
  for (const [name, list] of Object.entries({
    paragraphs: a.paragraphs,
    sentences: a.sentences,
    entities: a.entities,
    quantities: a.quantities,
    quotes: a.quotes,
    assertions: a.assertions,
  })) {
    list.forEach((s, i) => assertSpan(text, `${name}[${i}]`, s));
  }
  for (const e of a.entities) assert.equal(e.text, text.slice(e.start, e.end), 'entity text is its span');
  for (const q of a.quotes)
    assert.ok(q.innerStart >= q.start && q.innerStart <= q.end, 'quote inner start inside the quote');
}

function assertResult(text: string, r: CheckResult) {
  assertAnnotations(text, r.annotations);
  r.findings.forEach((f, i) => {
    assertSpan(text, `findings[${i}] ${f.code}`, f);
    for (const x of f.fixes) assertSpan(text, `findings[${i}].fix`, x);
    assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
  });
  r.claims.forEach((c, i) => assertSpan(text, `claims[${i}]`, c));
}

test('annotate(): never throws, offsets inside the text on code-unit boundaries, deterministic', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const a = annotate(text);
      assertAnnotations(text, a);
      assert.deepEqual(annotate(text), a);
    }),
    { numRuns: NUM_RUNS },
  );
});

test('check() with references: same properties, evidence inside the reference text', () => {
  const refs = new ReferenceIndex();
  const refText =
    'Mayor Ana López said on Tuesday the bridge will cost $1.2 billion, 12% more than planned.\n\n“We will open it in March,” López said.\n';
  refs.set('ref.md', refText);
  fc.assert(
    fc.property(anyText, fc.constantFrom(undefined, '2025-02-12'), (text, articleDate) => {
      const r = check(text, articleDate ? { articleDate } : {}, refs);
      assertResult(text, r);
      for (const f of r.findings) for (const e of f.related) assertSpan(refText, 'evidence', e);
      assert.deepEqual(check(text, articleDate ? { articleDate } : {}, refs), r);
    }),
    { numRuns: NUM_RUNS },
  );
});

test('random text used as a reference corpus does not break indexing or checking', () => {
  fc.assert(
    fc.property(anyText, newsish, (refText, text) => {
      const refs = new ReferenceIndex();
      refs.set('r', refText);
      assertResult(text, check(text, {}, refs));
    }),
    { numRuns: Math.ceil(NUM_RUNS / 2) },
  );
});
