// The verification ledger's records and the claims they are about. A record is keyed by a fingerprint of the claim's
// words and its sentence (whitespace and quote marks normalised), never by a line number: it survives edits elsewhere in
// the article, follows the sentence if it moves or the article is renamed, and lapses when the claim's own words or its
// sentence change. The hash itself is the host's (core stays free of crypto): the ledger object carries it.
import type { Annotations, LedgerMark, Span } from '../types';

export type Verdict = 'verified' | 'disputed';
export type ClaimKind = 'quantity' | 'quote' | 'entity';

/** One line of `.copydesk/ledger.jsonl`. Keys are written in this order. */
export interface LedgerRecord {
  fingerprint: string;
  verdict: Verdict;
  kind: ClaimKind;
  /** The claim's words as written when it was marked, and its sentence: for the reader of the file. */
  claim: string;
  sentence: string;
  /** The article it was marked in (relative to the ledger's repository, forward slashes). */
  file: string;
  by: string;
  /** YYYY-MM-DD */
  date: string;
  note?: string;
  /**
   * Fingerprints of the reference passages that disagreed when the claim was verified: the checker saw them and
   * verified it anyway, so they are not reported again. Any other passage that disagrees is.
   */
  seen?: string[];
}

export const RECORD_KEYS = [
  'fingerprint',
  'verdict',
  'kind',
  'claim',
  'sentence',
  'file',
  'by',
  'date',
  'note',
  'seen',
] as const;

/** What check() needs of a ledger: its records by fingerprint, and the host's hash for fingerprints. */
export interface Ledger {
  records: ReadonlyMap<string, LedgerRecord>;
  hash(key: string): string;
}

/** A figure, date, quote or name in an article, as the ledger knows it. */
export interface LedgerItem extends Span {
  kind: ClaimKind;
  /** The words as written (a quote with its marks). */
  text: string;
  /** The sentence (or sentences, for a quote running over several) holding it. */
  sentence: string;
  /** What the fingerprint hashes. */
  key: string;
}

/** Whitespace runs as one space, curly and straight quotes alike, compatibility forms folded; case is kept. */
export function normaliseForLedger(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[“”„‟«»"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function itemKey(kind: ClaimKind, words: string, sentence: string): string {
  return `copydesk-ledger/v1\0${kind}\0${normaliseForLedger(words)}\0${normaliseForLedger(sentence)}`;
}

/** A reference passage's key, for the `seen` list of a verified claim. */
export function evidenceKey(excerpt: string): string {
  return `copydesk-evidence/v1\0${normaliseForLedger(excerpt)}`;
}

/** Every figure, date, quote and name of an article, in text order. */
export function ledgerItems(text: string, a: Annotations): LedgerItem[] {
  const sentences = a.sentences;
  const sentenceAround = (s: Span): string => {
    const first = sentences.find((x) => x.start <= s.start && s.start < x.end);
    const last = [...sentences].reverse().find((x) => x.start < s.end && s.end <= x.end) ?? first;
    if (!first) return text.slice(s.start, s.end);
    return text.slice(first.start, Math.max(first.end, last?.end ?? first.end));
  };
  const items: LedgerItem[] = [];
  const push = (kind: ClaimKind, s: Span) => {
    const words = text.slice(s.start, s.end);
    const sentence = sentenceAround(s);
    items.push({ kind, start: s.start, end: s.end, text: words, sentence, key: itemKey(kind, words, sentence) });
  };
  for (const q of a.quantities) push('quantity', q);
  for (const q of a.quotes) push('quote', q);
  for (const e of a.entities) push('entity', e);
  return items.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** The item at an offset range (the narrowest that holds it), for a code action under the cursor. */
export function itemsAt(items: LedgerItem[], start: number, end: number): LedgerItem[] {
  return items.filter((i) => i.start <= end && start <= i.end).sort((x, y) => x.end - x.start - (y.end - y.start));
}

export function markOf(r: LedgerRecord): LedgerMark {
  return {
    verdict: r.verdict,
    by: r.by,
    date: r.date,
    ...(r.note ? { note: r.note } : {}),
    fingerprint: r.fingerprint,
  };
}

/** "verified by Ana Ruiz on 2025-03-04: checked with the clerk" */
export function describeMark(m: LedgerMark): string {
  return `${m.verdict} by ${m.by} on ${m.date}${m.note ? `: ${m.note}` : ''}`;
}
