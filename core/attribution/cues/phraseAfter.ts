// The noun phrase after a preposition or "according to", and the head noun of a phrase.
import { ANONYMOUS_HEADS, VAGUE_HEADS } from '../lexicon';
import { isQuoteMark, type Tok } from '../tokens';
import type { SourceRef } from './types';
import { DETERMINERS, STOP_BEFORE, isCueVerb } from './words';
import { isNameTok, isPossessive, nameEnd } from './nameRuns';

/** The noun phrase after a preposition or "according to": up to a clause boundary. */
export function phraseAfter(toks: Tok[], from: number): SourceRef | null {
  let i = from;
  while (
    i < toks.length &&
    (toks[i]!.lower === 'the' || toks[i]!.lower === 'a' || toks[i]!.lower === 'an') &&
    !toks[i]!.quoted
  )
    i++;
  if (i >= toks.length || toks[i]!.quoted) return null;
  let end = from;
  for (let k = from; k < toks.length && k < from + 14; k++) {
    const t = toks[k]!;
    if (t.quoted || isQuoteMark(t) || t.text === ',' || STOP_BEFORE.has(t.text) || t.lower === 'that') break;
    if (k > from && isCueVerb(t) && !DETERMINERS.has(toks[k - 1]!.lower)) break;
    end = k;
  }
  if (end < from || (end === from && DETERMINERS.has(toks[from]!.lower))) return null;
  // "according to the team's coach, Ali Reza, …": a descriptor, then the name it describes set off by commas.
  if (toks[end + 1]?.text === ',' && /^\p{Ll}/u.test(toks[end]!.text) && isNameTok(toks[end + 2])) {
    const e = nameEnd(toks, end + 2);
    const after = toks[e + 1];
    if (!after || after.text === ',' || STOP_BEFORE.has(after.text)) return { kind: 'name', from: end + 2, to: e };
  }
  // A named source inside the phrase ("a Harbour Authority statement") is the source.
  for (let k = from; k <= end; k++) {
    if (isNameTok(toks[k]) && !(k === 0 && DETERMINERS.has(toks[k]!.lower))) {
      let e = Math.min(nameEnd(toks, k), end);
      // "Norway's Coastal Authority": the possessor's head speaks, not the possessor.
      while (e + 2 <= end && isPossessive(toks[e + 1]) && isNameTok(toks[e + 2])) {
        k = e + 2;
        e = Math.min(nameEnd(toks, k), end);
      }
      return { kind: 'name', from: k, to: e, within: { from, to: end } };
    }
  }
  const head = headOf(toks, from, end);
  if (VAGUE_HEADS.has(head) && !ANONYMOUS_HEADS.has(head)) return { kind: 'vague', from, to: end };
  return { kind: 'phrase', from, to: end, head };
}

export function headOf(toks: Tok[], from: number, end: number): string {
  // The head is the last noun before a preposition: "a source with direct knowledge" -> "source".
  for (let k = from; k <= end; k++) {
    const l = toks[k]!.lower;
    if (
      k > from &&
      (l === 'with' ||
        l === 'familiar' ||
        l === 'from' ||
        l === 'of' ||
        l === 'at' ||
        l === 'in' ||
        l === 'for' ||
        l === 'close' ||
        l === 'who')
    )
      return toks[k - 1]!.lower;
  }
  return toks[end]!.lower;
}
