// The construction sweep of issue 10 (political and business wire copy, sentences written for this project): every
// case must pass except the known gaps listed here, and every known gap must still fail, so that a gap that closes
// is moved out of the list (and a pass that regresses fails the test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SWEEP, runCase, passes, caseKey } from '../support/attributionSweep';

/** Cases the rules do not get right yet (family | the words the case scores), each a construction still open. */
const KNOWN_GAPS = new Set<string>([
  'speech-act verbs | Candidate Mara Ellison posted a video on Sunday ',
  'belief verbs | Party leader Elias Brandt hopes to win 40 seats ',
  'evidence subjects | The audit by the state comptroller found 1,200 i',
  'datelines | SPRINGFIELD, Ill. — The state will raise its min',
  '"states" noun vs verb | The bill states that no district may receive mor',
  '"states" noun vs verb | Southern states lost 80,000 manufacturing jobs l',
  'political wire | The talks collapsed over a $2 billion aid packag',
  'political wire | A senior administration official said 300 advise',
]);

test('attribution sweep: each case passes unless it is a known gap, and each known gap still fails', () => {
  const keys = new Set<string>();
  const wrong: string[] = [];
  for (const c of SWEEP) {
    const key = caseKey(c);
    assert.ok(!keys.has(key), `duplicate case key ${key}`);
    keys.add(key);
    const r = runCase(c);
    const gap = KNOWN_GAPS.has(key);
    if (passes(r) === gap)
      wrong.push(
        gap
          ? `known gap now passes (remove it from KNOWN_GAPS): ${key}`
          : `${key}: want ${c.label}${c.source ? ` (${c.source})` : ''}, got ${r.status}${r.source ? ` (${r.source})` : ''}`,
      );
  }
  for (const k of KNOWN_GAPS) assert.ok(keys.has(k), `known gap names no case: ${k}`);
  assert.deepEqual(wrong, []);
});
