// What the verification ledger does to a check: a claim a checker verified shows as verified and is no longer
// "unverified"; the reference passages that disagreed when it was verified are not reported again, but a passage the
// checker had not seen (a reference added or changed later) is, as `verified-claim-contradicted`, naming the record.
// A disputed claim is reported as `disputed-claim` with the record. Runs inside check(), before severities and
// suppressions, so both apply to these findings like any other.
import type { Annotations, Claim } from '../types';
import type { RawFinding } from '../xref/index';
import {
  describeMark,
  evidenceKey,
  ledgerItems,
  markOf,
  type ClaimKind,
  type Ledger,
  type LedgerItem,
  type LedgerRecord,
} from './records';

/** Findings that say a reference disagrees with a claim of this kind (starting inside the claim). */
const DISAGREEMENT: Record<ClaimKind, readonly string[]> = {
  quantity: ['number-mismatch', 'date-mismatch'],
  quote: ['quote-mismatch', 'quote-misattributed'],
  entity: ['entity-spelling'],
};

export interface Matched {
  item: LedgerItem;
  record: LedgerRecord;
}

/** The article's items that have a record, in text order. */
export function matchLedger(text: string, annotations: Annotations, ledger: Ledger): Matched[] {
  if (!ledger.records.size) return [];
  const out: Matched[] = [];
  for (const item of ledgerItems(text, annotations)) {
    const record = ledger.records.get(ledger.hash(item.key));
    if (record && record.kind === item.kind) out.push({ item, record });
  }
  return out;
}

export function applyLedger(
  text: string,
  annotations: Annotations,
  findings: RawFinding[],
  claims: Claim[],
  ledger: Ledger,
): { findings: RawFinding[]; claims: Claim[] } {
  const matched = matchLedger(text, annotations, ledger);
  if (!matched.length) return { findings, claims };
  const drop = new Set<RawFinding>();
  const added: RawFinding[] = [];
  const outClaims = claims.map((c) => ({ ...c }));
  for (const { item, record } of matched) {
    const mark = markOf(record);
    const inside = (f: RawFinding) => f.start >= item.start && f.start < Math.max(item.end, item.start + 1);
    const mine = findings.filter(
      (f) =>
        inside(f) &&
        (f.code === 'unverified-claim'
          ? f.start === item.start && f.end === item.end
          : DISAGREEMENT[item.kind].includes(f.code)),
    );
    let contradicted = false;
    for (const f of mine) {
      if (f.code === 'unverified-claim') {
        drop.add(f);
        continue;
      }
      if (record.verdict === 'disputed') continue; // the references' disagreement supports the dispute: kept as it is
      const seen = new Set(record.seen ?? []);
      const unseen = f.related.filter((e) => !seen.has(ledger.hash(evidenceKey(e.excerpt))));
      drop.add(f);
      if (!unseen.length) continue;
      contradicted = true;
      added.push({
        code: 'verified-claim-contradicted',
        start: f.start,
        end: f.end,
        message: `${cap(describeMark(mark))} — but a reference disagrees: ${f.message}`,
        related: unseen,
        fixes: f.fixes,
      });
    }
    if (record.verdict === 'disputed') {
      added.push({
        code: 'disputed-claim',
        start: item.start,
        end: item.end,
        message: `${cap(describeMark(mark))}.`,
        related: [],
        fixes: [],
      });
    }
    const status = record.verdict === 'disputed' ? 'disputed' : contradicted ? 'conflicting' : 'verified';
    const claim = outClaims.find((c) => c.kind === item.kind && c.start === item.start && c.end === item.end);
    if (claim) {
      Object.assign(claim, { status, ledger: mark });
      // What the references said against it was seen and overruled by the checker: no longer the claim's standing.
      if (status === 'verified') delete claim.conflicts;
    } else
      outClaims.push({
        kind: item.kind,
        start: item.start,
        end: item.end,
        text: item.kind === 'quote' ? innerOf(item.text) : item.text,
        status,
        evidence: [],
        ledger: mark,
      });
  }
  outClaims.sort((a, b) => a.start - b.start);
  return { findings: [...findings.filter((f) => !drop.has(f)), ...added], claims: outClaims };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A quote's words without its marks (as quote claims carry them). */
function innerOf(s: string): string {
  return s.replace(/^["“”«»„‘’']+|["“”«»„‘’']+$/g, '');
}
