// Quotes and attribution: who says each sentence, or why it needs a source.
import type { Assertion, Entity, Paragraph, Quantity, Quote, Sentence } from '../types';

export interface AttributionInput {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  quantities: Quantity[];
  quotes: Quote[];
}

const QUOTE_RE = /[“"]([^“”"]{2,}?)[”"]/g;

export function findQuotes(text: string, _paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  for (const m of text.matchAll(QUOTE_RE)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, inner: m[1]!, innerStart: m.index! + 1 });
  }
  return out;
}

const CUE = /\b(said|says|told|wrote|announced|claimed|confirmed|according to)\b/;
const VAGUE = /\b(experts|analysts|observers|critics|sources|officials)\s+(say|said|believe|warn)/i;
const CHECKWORTHY = /\d|\b(first|largest|biggest|most|least|will|could|likely|key|vital)\b/i;

export function classifyAssertions(input: AttributionInput): Assertion[] {
  const { text } = input;
  const out: Assertion[] = [];
  for (const s of input.sentences) {
    if (s.furniture) continue;
    const t = text.slice(s.start, s.end);
    const base = { start: s.start, end: s.end, text: t };
    if (VAGUE.test(t)) out.push({ ...base, status: 'vague', cue: VAGUE.exec(t)![0] });
    else if (CUE.test(t)) out.push({ ...base, status: 'attributed', cue: CUE.exec(t)![0] });
    else if (CHECKWORTHY.test(t)) out.push({ ...base, status: 'unattributed', reasons: ['claim'] });
  }
  return out;
}
