// Is the clause around a date about the past or the future? News reports the past unless a future marker says
// otherwise, so "announced on Tuesday" looks back and "will meet on Friday" looks ahead.
import type { Sentence } from '../types';
import { indexOfSpanAt } from '../text/spans';

export type Tense = 'past' | 'future';

const FUTURE =
  /\b(?:will|won['’]t|shall|would|going to|set to|plans? to|planning to|planned to|scheduled|expected to|due|is to|are to|aims? to|intends? to|hopes? to|upcoming|next|coming)\b|['’]ll\b/i;
// Lower case only: "Theresa May said" is a name.
const MODAL = /\b(?:may|might)\b/;
// Clause boundaries: punctuation, and words that open a new clause.
const BOUNDARY = /[,;:()“”"—–]|\b(?:that|but|while|because|although|though|whereas|after|before|when|and)\b/gi;
const SCAN = 160;

/** The tense of the clause holding [start, end) within its sentence. */
export function clauseTense(text: string, start: number, end: number, sentence?: Sentence): Tense {
  const sFrom = Math.max(sentence ? sentence.start : 0, start - SCAN);
  const sTo = Math.min(sentence ? sentence.end : text.length, end + SCAN);
  const before = text.slice(sFrom, start);
  const after = text.slice(end, sTo);
  // The clause starts after the last boundary before the date and ends at the first boundary after it.
  let cut = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(before)) !== null) cut = m.index + m[0].length;
  const left = before.slice(cut);
  BOUNDARY.lastIndex = 0;
  const b = BOUNDARY.exec(after);
  let right = b ? after.slice(0, b.index) : after;
  // A date opening its sentence ("On Friday, the leaders will…") takes the tense of what follows the comma.
  if (!left.trim() || /^\s*(?:on|in|by|from|until|since)?\s*$/i.test(left)) {
    const rest = after.replace(/^\s*,/, '');
    const b2 = /[;:.!?]/.exec(rest);
    right = b2 ? rest.slice(0, b2.index) : rest;
  }
  // "since passing confirmation on Jan. 28" looks back whatever the main verb says.
  if (/\b(?:since|ago|earlier|last)\b(?:\s+\S+){0,4}\s*$/i.test(left)) return 'past';
  return FUTURE.test(left) || FUTURE.test(right) || MODAL.test(left) || MODAL.test(right) ? 'future' : 'past';
}

/** The sentence containing offset `at`, by binary search over sentences sorted by start. */
export function sentenceAt(sentences: Sentence[], at: number): Sentence | undefined {
  const i = indexOfSpanAt(sentences, at);
  return i >= 0 ? sentences[i] : undefined;
}
