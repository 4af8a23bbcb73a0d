// Page furniture is recognised by shape: headlines, labels, credits, captions, bylines, teasers, biographies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../core/text/segment';
import { isFurnitureLine } from '../../core/text/furniture';

function verdicts(text: string): Map<string, boolean> {
  const { sentences } = segment(text);
  return new Map(sentences.map((s) => [text.slice(s.start, s.end), s.furniture]));
}

test('short labels and navigation are furniture', () => {
  for (const line of [
    'Advertisement',
    'Read more: the harbour dispute explained',
    'Related Stories',
    'Share this article',
    '4 min read',
    '0:00',
    'Updated:',
    'Most Popular',
  ]) {
    assert.equal(isFurnitureLine(line), true, line);
  }
});

test('title-case teasers and headlines without a full stop are furniture; prose is not', () => {
  assert.equal(isFurnitureLine('Once The Lighthouse Closes, What Happens Next?'), true);
  assert.equal(isFurnitureLine('More Stories From The Coast'), true);
  assert.equal(isFurnitureLine('Fishermen say catches have halved since the storm.'), false);
  assert.equal(isFurnitureLine('Why did the ferry sink?'), false, 'a lower-case question is prose');
});

test('calls to action addressed to the reader are furniture', () => {
  assert.equal(isFurnitureLine('To report a mistake in this story, contact us here'), true);
  assert.equal(isFurnitureLine('Select the text and press Ctrl + Enter'), true);
});

test('a long sentence that lost its final period is still prose', () => {
  const line =
    'The ministry will review the ferry contracts, the state of the port cranes and the future of the harbour authority, according to a person briefed on the plan who spoke to the local paper';
  assert.equal(isFurnitureLine(line), false);
});

test('captions with photo credits, slash credits and bylines are furniture', () => {
  const text = [
    'Harbour Board Votes To Sell Ferry Fleet',
    '',
    'By Nadia Perrin and Tomas Ek',
    '',
    'The harbour board voted on Tuesday to sell its ferries.',
    '',
    'This file photo shows the old ferry terminal at dawn in 2019. (Photo by Ana Ruiz / Coastal Press)',
    '',
    'Workers repair a crane at the port on March 3, 2024. Leo Varga/The Harbour Times',
    '',
    'The sale must still be approved by the city.',
  ].join('\n');
  const v = verdicts(text);
  assert.equal(v.get('Harbour Board Votes To Sell Ferry Fleet'), true);
  assert.equal(v.get('By Nadia Perrin and Tomas Ek'), true);
  assert.equal(v.get('The harbour board voted on Tuesday to sell its ferries.'), false);
  assert.equal(v.get('This file photo shows the old ferry terminal at dawn in 2019.'), true);
  assert.equal(
    v.get('Workers repair a crane at the port on March 3, 2024.'),
    true,
    'the caption sentence before a credit',
  );
  assert.equal(v.get('Leo Varga/The Harbour Times'), true);
  assert.equal(v.get('The sale must still be approved by the city.'), false);
});

test('the page header above an "Updated:" line is furniture, the body below is not', () => {
  const text = [
    'Port Strike Ends',
    'The dockworkers will return on Monday after a deal on pay.',
    'Port Strike Ends',
    'Ola Brand',
    'Updated:',
    '',
    'Dockworkers ended their strike after 12 days, the union said.',
  ].join('\n');
  const v = verdicts(text);
  assert.equal(v.get('The dockworkers will return on Monday after a deal on pay.'), true, 'standfirst in the header');
  assert.equal(v.get('Dockworkers ended their strike after 12 days, the union said.'), false);
});

test('author biographies and contributor lines at the end are furniture', () => {
  const text = [
    'Fish prices rose 8 percent in March.',
    '',
    'Wire services contributed to this report.',
    'Ola Brand',
    'Ola Brand is a business reporter for The Harbour Times covering shipping. She studied economics in Oslo.',
  ].join('\n');
  const v = verdicts(text);
  assert.equal(v.get('Fish prices rose 8 percent in March.'), false);
  assert.equal(v.get('Wire services contributed to this report.'), true);
  assert.equal(v.get('She studied economics in Oslo.'), true);
});

test('scraped site chrome: navigation, caption labels, agency credits, copyright and cookie lines', () => {
  const text = [
    'Skip to main content',
    'World',
    'Port of Halden to close for repairs after storm damage',
    'By Jane Smith and Ali Khan',
    'Image caption,',
    'Workers inspect a damaged crane at the Port of Halden on Monday morning before the shift',
    'Getty Images',
    'HALDEN, March 3 (Reuters) - The Port of Halden will close for three weeks, the port authority said on Monday.',
    'The port handles about 12% of the country’s container traffic.',
    'Related Topics',
    'Reporting by Jane Smith; Editing by Tom Brown',
    'Copyright 2025. All rights reserved.',
    'We use cookies to improve your experience.',
  ].join('\n');
  const { sentences } = segment(text);
  const body = sentences.filter((s) => !s.furniture).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(body, [
    'HALDEN, March 3 (Reuters) - The Port of Halden will close for three weeks, the port authority said on Monday.',
    'The port handles about 12% of the country’s container traffic.',
  ]);
});

test('dateline labels need a date or a colon: prose that starts with "Updated" is not furniture', () => {
  assert.equal(isFurnitureLine('Published 3 March 2025'), true);
  assert.equal(isFurnitureLine('Last updated on Monday 3 March'), true);
  assert.equal(isFurnitureLine('Updated figures show the economy grew 3%.'), false);
  assert.equal(isFurnitureLine('LIVE: Port strike enters day two'), true);
});

test('a sentence-like Markdown bullet is body text; short or title-case bullets are navigation', () => {
  assert.equal(isFurnitureLine('- Revenue rose 12% in 2024 to a record high'), false);
  assert.equal(isFurnitureLine('- Home'), true);
  assert.equal(isFurnitureLine('- Latest News From The Coast'), true);
});

test('republication and correction notes are furniture', () => {
  assert.equal(isFurnitureLine('This article was originally published on a partner site.'), true);
  assert.equal(isFurnitureLine('This story has been updated to add comment from the union.'), true);
});
