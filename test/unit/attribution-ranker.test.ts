// The learned source ranker (core/attribution/ranker.ts): which candidates it reads for an attributed sentence the
// rules left unnamed, that it never touches a source the rules named, and where it refuses to guess. Every sentence
// here was written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../core/analyzer';
import {
  sourceCandidates,
  rerankSources,
  readRanker,
  useSourceRanker,
  type RankerInput,
} from '../../core/attribution/ranker';
import type { Assertion } from '../../core/types';
import { sentence, source } from '../support/attribution';
import packed from '../../models/attribution-sources.json';

const para = (...ps: string[]): string => ps.join('\n\n');

/** The text annotated with the rules' sources only (the ranker off), as the ranker reads it. */
function inputOf(text: string): { input: RankerInput; assertions: Assertion[] } {
  const analyzer = createAnalyzer({ caches: false });
  analyzer.run(() => useSourceRanker(null));
  const a = analyzer.annotate(text);
  return { input: { text, ...a }, assertions: a.assertions };
}

const unnamedOf = (assertions: Assertion[]): number[] =>
  assertions.flatMap((a, i) => (a.status === 'attributed' && !a.source ? [i] : []));

/** A first-person text long enough (15 sentences, most in the first person) to be read as one voice's. */
const talk = para(
  'Welcome back to the workshop channel. Today Nora Vik shows how to sharpen a chisel.',
  'I have kept my chisels on one stone for 20 years. I think the stone matters less than the angle.',
  'We start with the back of the blade. I hold it flat, and I never rock it.',
  'My grandfather used oil. I use water, because I like a clean bench.',
  'I think most beginners press too hard. We want light strokes and patience.',
  'I keep the angle at 25 degrees. I check it with a cheap guide.',
  'Then I strop it on leather. I know it looks slow, but I find it saves time later.',
  'That is all for today. I hope you try it this weekend.',
);

test('candidates: names before the sentence, the most named person, and "none" last', () => {
  const { input, assertions } = inputOf(talk);
  const unnamed = unnamedOf(assertions);
  assert.ok(unnamed.length >= 2, 'the rules name no source for "I think …" here');
  const cands = sourceCandidates(input, assertions);
  assert.deepEqual([...cands.keys()], unnamed, 'candidates for the unnamed sentences only');
  for (const i of unnamed) {
    const cs = cands.get(i)!;
    assert.equal(cs[cs.length - 1]!.name, undefined, 'the last candidate is "no source"');
    const nora = cs.find((c) => c.name === 'Nora Vik');
    assert.ok(nora, 'the person the text names is a candidate');
    assert.ok(nora.feats.includes('top|I'), 'the most named person, in a first-person sentence');
  }
});

test('the ranker fills only unnamed sources, never overrules a named one', () => {
  const text = para(
    'Harbour director Siri Aas said on Monday the quay would open in May.',
    'The quay will carry 40 percent more cargo, Aas said.',
  );
  const { input, assertions } = inputOf(text);
  // Weights that would prefer any other name: the rules' named sources stay.
  const w = new Map([
    ['named', 100],
    ['d=0', -50],
  ]);
  const out = rerankSources(input, assertions, w);
  assert.deepEqual(
    out.map((a) => a.source),
    assertions.map((a) => a.source),
  );
  assert.equal(source(text, 'The quay will carry'), 'Siri Aas');
});

test('a first-person text: an "I" the rules left unnamed may be named, by weights that prefer the most named person', () => {
  const { input, assertions } = inputOf(talk);
  const w = new Map([
    ['top', 10],
    ['none', -1],
  ]);
  const out = rerankSources(input, assertions, w);
  const filled = out.filter((a, i) => a.source && !assertions[i]!.source);
  assert.equal(filled.length, unnamedOf(assertions).length);
  for (const a of filled) assert.equal(a.source, 'Nora Vik');
  // With weights that prefer no name, nothing changes.
  assert.deepEqual(rerankSources(input, assertions, new Map([['none', 10]])), assertions);
});

test('the shipped ranker names the voice of a first-person text the rules leave unnamed', () => {
  // Depends on the trained weights (models/attribution-sources.json): a retrain that loses this is worth a look.
  assert.equal(inputOf(talk).assertions.find((a) => a.text.startsWith('I think the stone'))?.source, undefined);
  assert.equal(source(talk, 'I think the stone'), 'Nora Vik');
});

test('no guess: third-person news, a short text, a report whose subject names nobody', () => {
  // An unquoted "I" in news (a reader's letter, a quote that lost its marks) is not the most named person's.
  const news = para(
    'Mayor Tove Rud opened the new ferry terminal on Friday.',
    'Ms. Rud said the terminal cost $12 million and would serve 3,000 passengers a day.',
    'I think the parking is far too small.',
  );
  assert.notEqual(sentence(news, 'I think the parking')?.source, 'Tove Rud');
  // A closing report by a common noun names nobody: no name from elsewhere.
  const reader = para(
    'Mayor Tove Rud opened the new ferry terminal on Friday.',
    'I think the parking is far too small, a commuter wrote to the paper.',
  );
  assert.notEqual(sentence(reader, 'I think the parking')?.source, 'Tove Rud');
  // Even in a first-person text.
  const withReader = para(talk, 'I think the edge lasts a month at most, a viewer wrote below.');
  const { input, assertions } = inputOf(withReader);
  const i = assertions.findIndex((a) => a.text.startsWith('I think the edge'));
  assert.ok(i >= 0 && assertions[i]!.status === 'attributed' && !assertions[i]!.source);
  assert.equal(sourceCandidates(input, assertions).has(i), false);
});

test('the shipped ranker reads as a model: weights from the file, version checked', () => {
  const w = readRanker(packed);
  assert.ok(w.size > 0);
  assert.throws(() => readRanker({ ...packed, version: 999 }), /version/);
});
