// The one notion of a claim's status that hovers, lenses, the side bar and the diagnostics all show: a claim with a
// mismatch finding on it is conflicting, whatever else the references say of it. The checks judge wording, figures
// and speakers separately (a quote may be worded exactly as in the references and still be given to the wrong person);
// this is where their verdicts meet.
import type { Claim, Evidence } from '../types';
import { copyEvidence, type RawFinding } from './context';

/** Findings that say the references contradict a claim, and the kind of claim each one is about. */
const MISMATCH: Record<string, Claim['kind']> = {
  'number-mismatch': 'quantity',
  'date-mismatch': 'quantity',
  'quote-mismatch': 'quote',
  'quote-misattributed': 'quote',
};

export function isMismatch(code: string): boolean {
  return code in MISMATCH;
}

/** Marks every claim that a mismatch finding covers as conflicting, with that finding's evidence first. */
export function settleClaims(claims: Claim[], findings: readonly RawFinding[]): void {
  // Mismatches are few next to the other findings (hundreds of unverified hints and sentences to source).
  const mismatches = findings.filter((f) => f.code in MISMATCH);
  if (!mismatches.length) return;
  for (const c of claims) {
    const against = mismatches.filter((f) => MISMATCH[f.code] === c.kind && f.start < c.end && f.end > c.start);
    if (!against.length) continue;
    c.status = 'conflicting';
    c.conflicts = against.map((f) => f.message);
    const evidence: Evidence[] = [];
    for (const ev of [...against.flatMap((f) => f.related), ...c.evidence]) {
      if (!evidence.some((e) => e.ref === ev.ref && e.start === ev.start && e.end === ev.end))
        evidence.push(copyEvidence(ev));
    }
    c.evidence = evidence.slice(0, 3);
  }
}
