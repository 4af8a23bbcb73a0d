// No stage of check() with references may grow faster than the article and the references (linearTime.test.ts does
// the same for the annotation of adversarial inputs, and explains the method: CPU time at n and 4n characters, fail
// above 10x, re-measure once).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadavg } from 'node:os';
import { check } from '../../core/index';
import { ARTICLE_SHAPES, referenceCorpus, type Corpus } from '../support/adversarial';

const N = Number(process.env.COPYDESK_LINEAR_N ?? 1 << 15);
const MAX_RATIO = 10;
/** Below this the 4n run is too quick for a ratio to mean anything. */
const NOISE_FLOOR_MS = 250;

// The cross-check once grew faster than the text: the clause search per figure ran to the next clause break anywhere in
// the text, the speaker check read the whole paragraph per quote, name spellings were compared pair by pair, quotes
// were aligned with whole run-on reference "sentences", and suppression comments were checked against every finding.
// Each shape (test/support/adversarial.ts: made-up words, nothing repeats, so no cache hides a stage) is checked at n
// and 4n characters against references that grow with it (documents sharing the article's words, and one run-on
// "sentence" as long as the article), so a cost proportional to article x references shows as well.

/**
 * Shapes whose once-quadratic part is cheap next to the linear work need a larger step to show it: n and 8n, failing
 * above 20x (linear 8x, quadratic 64x).
 */
const FACTOR_FOR: Record<string, number> = { 'bare figures without clause breaks': 8 };

const corpora = new Map<number, Corpus>();
function corpusFor(n: number): Corpus {
  let c = corpora.get(n);
  if (!c) corpora.set(n, (c = referenceCorpus(n, Math.max(2, Math.round(n / 8000)), 8000, n)));
  return c;
}

function timeCheckWith(text: string, refs: Corpus): number {
  const t0 = process.cpuUsage();
  check(text, {}, refs.index);
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

test('warm-up with references', () => {
  const refs = corpusFor(4000);
  for (const make of Object.values(ARTICLE_SHAPES)) check(make(1, 4000, refs), {}, refs.index);
});

for (const [name, make] of Object.entries(ARTICLE_SHAPES)) {
  test(`linear time with references: ${name}`, (t) => {
    const k = FACTOR_FOR[name] ?? 4;
    const maxRatio = (MAX_RATIO / 4) * k;
    const measure = () => {
      const small = timeCheckWith(make(N, N, corpusFor(N)), corpusFor(N));
      const large = timeCheckWith(make(k * N, k * N, corpusFor(k * N)), corpusFor(k * N));
      return { small, large, ratio: large / Math.max(small, 1) };
    };
    let m = measure();
    if (m.ratio > maxRatio && m.large > NOISE_FLOOR_MS) m = measure(); // once more, in case of a load burst
    const msg = `${name}: ${N} chars ${m.small.toFixed(0)} ms, ${k * N} chars ${m.large.toFixed(0)} ms (x${m.ratio.toFixed(1)})`;
    t.diagnostic(`${msg}, load ${loadavg()[0]!.toFixed(1)}`);
    assert.ok(m.ratio <= maxRatio || m.large <= NOISE_FLOOR_MS, `grows faster than linear: ${msg}`);
  });
}
