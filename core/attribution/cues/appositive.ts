// A name set off by commas before the verb: "Piotr Ek, Varga’s chief of staff, told …".
import { TITLES } from '../lexicon';
import { isQuoteMark, type Tok } from '../tokens';
import type { SourceRef } from './types';
import { DETERMINERS, STOP_BEFORE, OPENERS, PREPOSITIONS, FUNCTION_TYPES } from './words';
import { isNameTok, isPossessive, nameStart, nameEnd } from './nameRuns';
import { initialSubject } from './initialSubject';

/**
 * "Piotr Ek, Varga’s chief of staff, told …", "Jane Doe, director of X, and chair of Y, says": the name before
 * the appositive(s); with no earlier comma, the name that opens the sentence ("Jane Doe for the agency, says").
 */
export function appositive(toks: Tok[], comma: number): SourceRef | null {
  // The clause before the comma: back to a stop, a quote or the sentence start.
  let start = comma - 1;
  while (start >= 0 && comma - start < 40) {
    const t = toks[start]!;
    if (t.quoted || isQuoteMark(t) || STOP_BEFORE.has(t.text)) break;
    start--;
  }
  start++;
  // An opening adverbial ends at its comma: "On Monday, Jane Doe, the mayor, said", "Surprisingly, Jane Doe, …".
  if (
    start < comma &&
    (OPENERS.has(toks[start]!.lower) || (/^\p{L}+ly$/u.test(toks[start]!.text) && toks[start + 1]?.text === ','))
  ) {
    let c = start;
    while (c < comma && toks[c]!.text !== ',') c++;
    if (c < comma) start = c + 1;
  }
  let firstComma = start;
  while (firstComma < comma && toks[firstComma]!.text !== ',') firstComma++;
  if (firstComma < comma && firstComma > start) {
    // "Jane Doe, curator at the Lake Museum, said": the name that opens the clause, set off by the appositive.
    const last = firstComma - 1;
    if (isNameTok(toks[last]) && !isPossessive(toks[firstComma - 1])) {
      const from = nameStart(toks, last, start);
      const lead = toks.slice(start, from);
      if (
        lead.every(
          (t) =>
            DETERMINERS.has(t.lower) ||
            TITLES.has(t.lower) ||
            (/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !FUNCTION_TYPES.has(t.lower)) ||
            t.cap,
        )
      ) {
        return { kind: 'name', from, to: last };
      }
    }
    // "The ministry’s spokesperson, Jane Doe, said": a descriptor, then the name set off by commas.
    if (/^\p{Ll}/u.test(toks[last]!.text) && isNameTok(toks[firstComma + 1])) {
      const e = nameEnd(toks, firstComma + 1);
      if (toks[e + 1]?.text === ',') return { kind: 'name', from: firstComma + 1, to: e };
    }
  }
  // "The ministry’s spokesperson, Jane Doe, said": a name set off by commas right before the verb.
  if (isNameTok(toks[comma - 1])) {
    const s = nameStart(toks, comma - 1, 0);
    if (s < comma - 1 && toks[s - 1]?.text === ',') return { kind: 'name', from: s, to: comma - 1 };
  }
  for (let k = comma - 1; k >= 0 && k > comma - 32; k--) {
    const t = toks[k]!;
    if (t.quoted || isQuoteMark(t) || STOP_BEFORE.has(t.text)) return null;
    if (t.text === ',') {
      const e = k - 1;
      if (e >= 0 && isNameTok(toks[e]) && !isPossessive(toks[e + 1]))
        return { kind: 'name', from: nameStart(toks, e, 0), to: e };
    }
    if (k === 0) return initialSubject(toks, comma);
  }
  return null;
}
