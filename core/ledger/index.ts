// The verification ledger, pure part: records, the claims they are about, and what they do to a check.
export * from './records';
export { applyLedger, matchLedger, type Matched } from './apply';
