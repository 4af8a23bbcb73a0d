// The tokenizers find their expressions' matches without a search (core/text/tokenize.ts: spaces skipped by hand, then
// a sticky copy tested there): on generated text rich in the cases the expressions tell apart (initialisms, numbers
// with separators and suffixes, detached and inner apostrophes, hyphens, marks, astral letters, lone surrogates, every
// kind of space), the tokens are those the global search found, from any start and to any end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TOKEN_RE, isSpaceCode, tokenize, type Token } from '../../core/text/tokenize';
import { ATTRIBUTION_TOKEN_RE, tokensOf, type Tok } from '../../core/attribution/tokens';

/** tokenize() as it was written over TOKEN_RE. */
function byRegex(text: string, from = 0, to = text.length): Token[] {
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  const out: Token[] = [];
  re.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const isCloser = (c: number): boolean => c === 0x201d || c === 0x22 || c === 0x2019 || c === 0xbb;

/** tokensOf() as it was written over its expression. */
function tokensByRegex(
  text: string,
  from: number,
  to: number,
  quotes: ReadonlyArray<{ start: number; end: number }>,
): Tok[] {
  const re = new RegExp(ATTRIBUTION_TOKEN_RE.source, ATTRIBUTION_TOKEN_RE.flags);
  const out: Tok[] = [];
  re.lastIndex = from;
  let q = 0;
  while (q < quotes.length && quotes[q]!.end <= from) q++;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    const end = Math.min(start + m[0].length, to);
    while (q < quotes.length && quotes[q]!.end <= start) q++;
    const qt = quotes[q];
    const quoted =
      qt !== undefined && start > qt.start && end < qt.end + (isCloser(text.charCodeAt(qt.end - 1)) ? 0 : 1);
    if (quoted) {
      const close = isCloser(text.charCodeAt(qt.end - 1)) ? qt.end - 1 : qt.end;
      const stop = Math.min(close, to);
      out.push({ text: '…', lower: '…', start, end: stop, quoted: true, cap: false, lex: undefined });
      re.lastIndex = Math.max(stop, start + 1);
      continue;
    }
    const t = m[0].length === end - start ? m[0] : text.slice(start, end);
    const c = t.charCodeAt(0);
    const cap = c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t);
    out.push({ text: t, lower: cap || c >= 128 ? t.toLowerCase() : t, start, end, quoted, cap, lex: undefined });
  }
  return out;
}

// Pieces the expressions tell apart, and single characters of every kind around them.
const PIECES = [
  'U.S.',
  'a.b.c.d.e.f.g.h.i.j.',
  'U.S.A',
  'e.g.',
  'A.',
  '$',
  '$5',
  '$1,200.50',
  '1st',
  '22nd',
  '3rd',
  '4th',
  '1990s',
  '12:30',
  '1.2.3',
  '7,',
  '8.',
  'st',
  "'s",
  '’s',
  "'S",
  '’sa',
  "'t",
  'don’t',
  "rock-'n'-roll",
  'so-called',
  '-',
  '--',
  "'",
  '’',
  'café',
  'e\u0301',
  '\u0301',
  'Ωmega',
  '²',
  '½',
  'ª',
  '\u{1D49C}x',
  '\u{1F600}',
  '\ud83d',
  '\ude00',
  'Trump’s',
  "O'Neil's",
  'x’s’s',
  'Ab',
  'q',
  'Z',
  '9',
  '0',
  '.',
  ',',
  ':',
  '"',
  '“',
  '”',
  '»',
  '(',
  ')',
  '&',
  '#',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u3000',
  '\ufeff',
  '\u2028',
  '\u0085',
  '\u200b',
  '\u180e',
  '\u0000',
  '\u000e',
  '\u001f',
  '\u007f',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((ps) => ps.join(''));

test('scanned tokens equal TOKEN_RE matches from any start to any end', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
      const from = text.length ? a % (text.length + 1) : 0;
      const to = from + (text.length - from ? b % (text.length - from + 1) : 0);
      assert.deepEqual(tokenize(text, from, to), byRegex(text, from, to));
      assert.deepEqual(tokenize(text), byRegex(text));
    }),
    { numRuns: 4000 },
  );
});

/** Whether offset c of text falls inside a surrogate pair. */
const splitsPair = (text: string, c: number): boolean =>
  c > 0 && c < text.length && /[\ud800-\udbff]/.test(text[c - 1]!) && /[\udc00-\udfff]/.test(text[c]!);

test('scanned attribution tokens equal its expression’s, quotes and all', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), fc.nat(), fc.array(fc.nat(), { maxLength: 6 }), (text, a, b, cuts) => {
      const from = text.length ? a % (text.length + 1) : 0;
      let to = from + (text.length - from ? b % (text.length - from + 1) : 0);
      // Sentence ends and quote spans fall between characters, never inside a surrogate pair: an end there would
      // have the expression (and the scan) step back into a quote and read it again for ever.
      if (splitsPair(text, to)) to++;
      const ends = [...new Set(cuts.map((c) => (text.length ? c % (text.length + 1) : 0)))]
        .filter((c) => !splitsPair(text, c))
        .sort((x, y) => x - y);
      const quotes: Array<{ start: number; end: number }> = [];
      for (let k = 0; k + 1 < ends.length; k += 2) quotes.push({ start: ends[k]!, end: ends[k + 1]! });
      assert.deepEqual(tokensOf(text, from, to, quotes), tokensByRegex(text, from, to, quotes));
    }),
    { numRuns: 4000 },
  );
});

test('isSpaceCode is what \\s matches, over the whole BMP', () => {
  for (let c = 0; c < 0x10000; c++)
    assert.equal(isSpaceCode(c), /\s/u.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('our own sentences tokenize as before', () => {
  const texts = [
    'The U.S.A. team, led by J.R.R. Tolkien’s heirs, paid $1,200.50 on the 22nd — “rock-’n’-roll” isn’t dead.',
    'At 12:30 the minister’s aide said the 1990s’ boom (v1.2.3) cost ½ of £5bn; café owners’ “so-called” fees rose 3rd.',
    "Ωmega e\u0301 \u{1D49C}x\u{1F600} O’Neil’s ’s and 'S, \ud83d lone, \ude00 lone; a.b.c.d.e.f.g.h.i.j. ends.",
  ];
  for (const t of texts) {
    assert.deepEqual(tokenize(t), byRegex(t));
    for (let from = 0; from < t.length; from += 7)
      assert.deepEqual(tokenize(t, from, t.length - 3), byRegex(t, from, t.length - 3));
    assert.deepEqual(
      tokensOf(t, 0, t.length, [{ start: 70, end: 90 }]),
      tokensByRegex(t, 0, t.length, [{ start: 70, end: 90 }]),
    );
  }
});
