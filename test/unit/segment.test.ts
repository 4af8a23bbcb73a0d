// Sentence and paragraph splitting: abbreviations, quotes followed by attribution, CRLF, Markdown, directives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, splitSentences, paragraphs, frontMatterLength } from '../../core/text/segment';

const sentencesOf = (text: string): string[] => segment(text).sentences.map((s) => text.slice(s.start, s.end));

test('abbreviations and initials do not end a sentence', () => {
  const text =
    'Sen. Maria Lopez met Mr. Okafor in the U.S. capital on Jan. 14 to sign the No. 2 treaty. J. R. Hale was there too.';
  assert.deepEqual(sentencesOf(text), [
    'Sen. Maria Lopez met Mr. Okafor in the U.S. capital on Jan. 14 to sign the No. 2 treaty.',
    'J. R. Hale was there too.',
  ]);
});

test('an abbreviation at the end of a sentence still splits before a new sentence', () => {
  const text = 'The ferry company moved its base to the U.S. The move cost jobs.';
  assert.deepEqual(sentencesOf(text), ['The ferry company moved its base to the U.S.', 'The move cost jobs.']);
});

test('a quote ending in a period stays with its attribution', () => {
  const text = '“The bridge will open in May.” Mayor Ines Varga said on Monday. “We are ready.”';
  assert.deepEqual(sentencesOf(text), [
    '“The bridge will open in May.” Mayor Ines Varga said on Monday.',
    '“We are ready.”',
  ]);
  const lower = '“We lost the vote,” she said. Then she left.';
  assert.deepEqual(sentencesOf(lower), ['“We lost the vote,” she said.', 'Then she left.']);
});

test('a quote of several sentences splits inside the quote', () => {
  const text = '“It is done. Nobody expected it,” the coach said.';
  assert.deepEqual(sentencesOf(text), ['“It is done.', 'Nobody expected it,” the coach said.']);
});

test('CRLF line ends make paragraphs and keep offsets into the original text', () => {
  const text = 'Tide tables\r\n\r\nThe tide rose 2 metres. Boats were moved.\r\nA second paragraph.\r\n';
  const { paragraphs: paras, sentences } = segment(text);
  assert.equal(paras.length, 3);
  assert.deepEqual(
    sentences.map((s) => text.slice(s.start, s.end)),
    ['Tide tables', 'The tide rose 2 metres.', 'Boats were moved.', 'A second paragraph.'],
  );
  for (const s of sentences) assert.ok(!/[\r\n]/.test(text.slice(s.start, s.end)));
});

test('Markdown: front matter, headings, bullets and directive comments', () => {
  const text = [
    '---',
    'title: Harbour vote',
    'date: 2025-03-02',
    '---',
    '# Harbour vote passes',
    '',
    '<!-- copydesk-disable-next-line unattributed-assertion -->',
    '- The council approved the plan by 7 votes to 2.',
    '',
    'The plan costs $40 million.',
  ].join('\n');
  assert.equal(frontMatterLength(text), text.indexOf('# Harbour'));
  const { sentences } = segment(text);
  const byText = new Map(sentences.map((s) => [text.slice(s.start, s.end), s.furniture]));
  assert.equal(byText.get('# Harbour vote passes'), true, 'heading');
  assert.equal(byText.get('<!-- copydesk-disable-next-line unattributed-assertion -->'), true, 'directive');
  assert.equal(
    byText.get('The council approved the plan by 7 votes to 2.'),
    false,
    'bullet marker is not part of the sentence',
  );
  assert.equal(byText.get('The plan costs $40 million.'), false);
  assert.ok(
    sentences.filter((s) => s.start < frontMatterLength(text)).every((s) => s.furniture),
    'front matter',
  );
});

test('an unclosed front matter fence does not swallow the document', () => {
  assert.equal(frontMatterLength('---\nno closing fence\nThe end.'), 0);
});

test('paragraph offsets are trimmed and splitting covers a paragraph without gaps', () => {
  const text = '   Indented line.  \n\nNext one! And more?';
  const paras = paragraphs(text);
  assert.deepEqual(
    paras.map((p) => text.slice(p.start, p.end)),
    ['Indented line.', 'Next one! And more?'],
  );
  const parts = splitSentences(text, paras[1]!.start, paras[1]!.end).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(parts, ['Next one!', 'And more?']);
});

test('long and hostile inputs split in linear time', () => {
  const sizes = [20_000, 160_000];
  const times: number[] = [];
  for (const n of sizes) {
    const text = 'a. '.repeat(n / 3) + 'x'.repeat(n) + '“'.repeat(n / 10) + ' U.S. '.repeat(n / 6);
    const t0 = performance.now();
    segment(text);
    times.push(performance.now() - t0);
  }
  assert.ok(
    times[1]! < Math.max(50, times[0]! * 25),
    `8x input took ${times[1]!.toFixed(0)} ms vs ${times[0]!.toFixed(0)} ms`,
  );
});

test('hard-wrapped prose continues its paragraph; headlines, bullets and front matter do not merge', () => {
  const text =
    '---\ntitle: Port deal\ndate: 2025-03-02\n---\n# Port deal\n\nThe mayor said on Monday that the deal\nwas worth $5 million, a figure\nthat could change.\n- A bullet item.\nA new line in capitals.';
  const sents = segment(text)
    .sentences.filter((s) => !s.furniture)
    .map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, [
    'The mayor said on Monday that the deal\nwas worth $5 million, a figure\nthat could change.',
    'A bullet item.',
    'A new line in capitals.',
  ]);
});

test('a quote ending in a period keeps a following "The harbour master said"', () => {
  const text = '“It is over for this year.” The harbour master said on Monday. The cranes were moved.';
  assert.deepEqual(sentencesOf(text), [
    '“It is over for this year.” The harbour master said on Monday.',
    'The cranes were moved.',
  ]);
});
