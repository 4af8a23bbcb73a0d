// The noun phrase that opens a sentence, past a dateline and an opening adverbial: the subject when the words right
// before the verb are not.
import { STATEMENT_NOUNS, BETWEEN_SUBJECT_AND_VERB, VAGUE_HEADS } from '../lexicon';
import type { Tok } from '../tokens';
import type { SourceRef } from './types';
import { DETERMINERS, NOT_SUBJECT, OPENERS, isSpeakerNoun, PREPOSITIONS, FUNCTION_TYPES, isCueVerb } from './words';
import { isNameTok, isPossessive, CALENDAR, nameEnd } from './nameRuns';

/** The noun phrase that opens the sentence, ending before token `limit`: "The results of the X Study", "Jane Doe". */
export function initialSubject(toks: Tok[], limit: number): SourceRef | null {
  let i = datelineEnd(toks);
  while (
    i < limit &&
    !toks[i]!.quoted &&
    (toks[i]!.lower === 'but' || toks[i]!.lower === 'and' || toks[i]!.lower === 'so')
  )
    i++;
  // An opening adverbial ("In her remarks, Jane Doe …", "After the match, …") comes before the subject.
  if (i < limit && OPENERS.has(toks[i]!.lower)) {
    let c = i;
    while (c < limit && c - i < 30 && toks[c]!.text !== ',') c++;
    if (c >= limit || toks[c]!.text !== ',') return null;
    i = c + 1;
  }
  if (i >= limit || toks[i]!.quoted) return null;
  const det = DETERMINERS.has(toks[i]!.lower);
  const from = i;
  if (det) i++;
  if (i >= limit) return null;
  if (isNameTok(toks[i]) && !(i === 0 && !det && !toks[i]!.cap)) {
    const first = Math.min(nameEnd(toks, i), limit - 1);
    // "Nordlys co-founder Ola Berg …": the name after the descriptor is the head.
    const head = headName(toks, first, limit);
    if (head) return { kind: 'name', from: head.from, to: head.to };
    const e = first;
    // "Varga’s office …" speaks for its owner; "Varga’s plan …" does not speak at all.
    if (isPossessive(toks[e + 1])) {
      let h = e + 2;
      while (
        h + 1 < limit &&
        /^\p{Ll}/u.test(toks[h + 1]!.text) &&
        !PREPOSITIONS.has(toks[h + 1]!.lower) &&
        !/(ing|ed)$/.test(toks[h + 1]!.lower)
      )
        h++;
      if (h >= limit || !isSpeakerNoun(toks[h]!.lower)) return null;
    }
    return { kind: 'name', from: i, to: e };
  }
  // Lower-case head: adjectives and nouns up to a preposition or verb-like word.
  let e = i;
  while (
    e + 1 < limit &&
    /^\p{Ll}/u.test(toks[e + 1]!.text) &&
    !PREPOSITIONS.has(toks[e + 1]!.lower) &&
    !/(ing|ed)$/.test(toks[e + 1]!.lower) &&
    !BETWEEN_SUBJECT_AND_VERB.has(toks[e + 1]!.lower) &&
    !NOT_SUBJECT.has(toks[e + 1]!.lower) &&
    e - i < 4
  )
    e++;
  if (!/^\p{Ll}/u.test(toks[e]!.text)) return null;
  const head = toks[e]!.lower;
  // "The results of the Coastal Tide Survey": the named study is the source.
  if (PREPOSITIONS.has(toks[e + 1]?.lower ?? '') && e + 2 < limit) {
    let n = e + 2;
    if (toks[n]!.lower === 'the' || toks[n]!.lower === 'a') n++;
    if (n < limit && isNameTok(toks[n])) return { kind: 'name', from: n, to: Math.min(nameEnd(toks, n), limit - 1) };
  }
  if (VAGUE_HEADS.has(head) || ((toks[from]!.lower === 'a' || toks[from]!.lower === 'an') && STATEMENT_NOUNS.has(head)))
    return { kind: 'vague', from, to: e };
  if (NOT_SUBJECT.has(head)) return null;
  return { kind: 'phrase', from, to: e, head };
}

const DASHES = new Set(['—', '–', '-']);
/**
 * "BRUSSELS, March 3 — …", "LONDON (Wire Service) — …", "SPRINGFIELD, Ill. — …": a dateline opening a report names
 * where it was filed, never who speaks. The index of the first token after it (0 when there is none).
 */
function datelineEnd(toks: Tok[]): number {
  const first = toks[0];
  if (!first || first.quoted || !/^\p{Lu}{3,}$/u.test(first.text)) return 0;
  let k = 1;
  while (k < toks.length && /^\p{Lu}{2,}$/u.test(toks[k]!.text)) k++;
  for (let n = 0; k < toks.length && n < 10; k++, n++) {
    const t = toks[k]!;
    if (t.quoted) return 0;
    if (DASHES.has(t.text)) return k + 1;
    // Only the date, the state, the agency in brackets and their punctuation stand between the place and the dash.
    if (!(t.text === ',' || t.text === '.' || t.text === '(' || t.text === ')' || t.cap || /^\d/.test(t.text)))
      return 0;
  }
  return 0;
}

/**
 * "Nordlys co-founder Ola Berg", "Harbour Authority director General Ana Lund", "the security firm Lintel": a
 * name (or a determiner) followed by a few lower-case descriptor words and another name. The later name is the head of
 * the phrase, the earlier one its modifier. Returns the head's tokens, or null when the run ending at `end` is the head.
 */
function headName(toks: Tok[], end: number, limit: number): { from: number; to: number } | null {
  let k = end + 1;
  let words = 0;
  while (k < limit && words < 4) {
    const t = toks[k]!;
    if (
      t.quoted ||
      !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) ||
      FUNCTION_TYPES.has(t.lower) ||
      PREPOSITIONS.has(t.lower) ||
      /(?:ed|ing|ly)$/.test(t.lower) ||
      isCueVerb(t)
    )
      break;
    k++;
    words++;
  }
  if (words === 0 || k >= limit || !isNameTok(toks[k]) || CALENDAR.test(toks[k]!.text)) return null;
  return { from: k, to: Math.min(nameEnd(toks, k), limit - 1) };
}
