// The sentence kernel's repeat key (core/attribution/kernel.ts): read by char codes where a sentence's letters are
// ASCII, it must equal the key of repeatLetters' own result, or a pull quote and its body copy would not be matched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NO_REPEAT, repeatKeyOfLetters, repeatLetters, sentenceKernel } from '../../core/attribution/kernel';

const keyOf = (s: string): number => sentenceKernel(s, 0, s.length, [], []).repeatKey;

test('the repeat key is the key of the letters repeatLetters reads', () => {
  const sentences = [
    'Closing the old quay was the hardest call this committee has made in a decade.',
    '“Closing the old quay was the hardest call — this committee has made in a decade,” Brook said.',
    'CLOSING THE OLD QUAY WAS THE HARDEST CALL THIS COMMITTEE HAS MADE IN A DECADE!',
    'Closing the old quay at Tórshavn was the hardest call this committee has made.',
    'Åsa Lind said the İzmir route and the Malmö ferry would both run again in 2027.',
    'The ferry carried 1,200 passengers and 40 cars on its first crossing of the year.',
    'Short, and not compared.',
    'A line with an emoji 🚢 and a mathematical letter 𝐀 in it, long enough to be compared.',
  ];
  for (const s of sentences) assert.equal(keyOf(s), repeatKeyOfLetters(repeatLetters(s)), s);
  assert.equal(keyOf('Short, and not compared.'), NO_REPEAT);
  // Case and punctuation aside, the first letters decide.
  assert.equal(keyOf(sentences[0]!), keyOf(sentences[2]!));
  assert.equal(keyOf(sentences[0]!), keyOf('closing the old quay — was the hardest call; this committee has'));
  assert.notEqual(keyOf(sentences[0]!), keyOf(sentences[3]!));
});
