// Appositions the stages read: ", the country's largest carmaker," (an organisation), ", a lawyer," (a person).
import type { DocTokens } from '../features';
import {
  ARTICLES,
  COMPANY_CLAUSE_VERBS,
  COMPANY_STATES,
  HEAD_END,
  KIND_AFTER_NAME,
  NOT_IN_PHRASE,
  OFFICE_HEADS,
  ORG_KIND_NOUNS,
  PERSON_NOUNS,
  TITLE_WORDS,
} from '../lists';
import { POSSESSIVE_S } from './words';

/** Where the words of an apposition start after token `end - 1`: after its comma and article, or after a place's
 * possessive in the article's stead (", Germany's second-biggest steelmaker,"); -1 when no apposition opens there. */
function appositionStart(d: DocTokens, at: (j: number) => string, end: number): number {
  if (at(end) !== ',') return -1;
  if (ARTICLES.has(at(end + 1))) return end + 2;
  return at(end + 1) && d.flags[end + 1]! & 1 && POSSESSIVE_S.test(at(end + 2)) ? end + 3 : -1;
}

/** ", the country's largest carmaker," / ", a unit of Kervell," after token `end - 1`: an apposition whose head is a
 * kind of organisation or a part of one. */
export function kindAfter(d: DocTokens, at: (j: number) => string, end: number): boolean {
  const from = appositionStart(d, at, end);
  if (from < 0) return false;
  for (let j = from; j < from + 6; j++) {
    const w = at(j);
    // "the state oil company" ("the state governor" stops at the title).
    if (w === 'state') continue;
    // A word right before the kind says what it deals in ("oil company", "energy group", "health insurer").
    if (ORG_KIND_NOUNS.has(at(j + 1)) && !(d.flags[j + 1]! & 1) && !(d.flags[j]! & 1)) continue;
    if (!w || NOT_IN_PHRASE.has(w) || OFFICE_HEADS.has(w) || TITLE_WORDS.has(w)) return false;
    if (ORG_KIND_NOUNS.has(w) && !(d.flags[j]! & 1)) return HEAD_END.has(at(j + 1));
    if (COMPANY_PARTS.has(w) && !(d.flags[j]! & 1)) return at(j + 1) === 'of';
  }
  return false;
}

/** ", Russia's third-largest city," / ", a port on the Baltic," after token `end - 1`: an apposition whose head is a
 * kind of place (not "Lind, the city's mayor,", whose head is the mayor). */
export function placeAfter(d: DocTokens, at: (j: number) => string, end: number): boolean {
  const from = appositionStart(d, at, end);
  if (from < 0) return false;
  for (let j = from; j < from + 6; j++) {
    const w = at(j);
    if (!w || NOT_IN_PHRASE.has(w)) return false;
    if (PLACE_HEADS.has(w) && !(d.flags[j]! & 1))
      return HEAD_END.has(at(j + 1)) || at(j + 1) === 'on' || at(j + 1) === 'near';
  }
  return false;
}

/** Kinds of place that head an apposition. */
const PLACE_HEADS = new Set(['city', 'town', 'village', 'capital', 'port', 'province', 'region', 'island']);

/** A part of a company, which an apposition names as a part "of" one (", a unit of Kervell,"). */
const COMPANY_PARTS = new Set(['unit', 'subsidiary', 'division', 'affiliate']);

/** ", a lawyer," / ", the former finance minister," after token `end - 1`: an apposition about a person. */
export function personAfter(d: DocTokens, at: (j: number) => string, end: number): boolean {
  if (at(end) !== ',' || !ARTICLES.has(at(end + 1))) return false;
  for (let j = end + 2; j < end + 8; j++) {
    const w = at(j);
    if (!w || NOT_IN_PHRASE.has(w) || ORG_KIND_NOUNS.has(w)) return false;
    if (PERSON_NOUNS.has(w) && !(d.flags[j]! & 1) && HEAD_END.has(at(j + 1))) return true;
  }
  return false;
}

/** "A London-listed miner" ending at token j: a noun phrase headed by a kind of organisation, opened by an article
 * that opens its sentence or follows a verb (after a preposition — "a teacher at the bank, Ines," — the name may be
 * the teacher's). */
export function kindBefore(d: DocTokens, at: (j: number) => string, j: number): boolean {
  if (!ORG_KIND_NOUNS.has(at(j)) || d.flags[j]! & 1) return false;
  for (let q = j - 1; q >= j - 6; q--) {
    const w = at(q);
    if (!w || NOT_IN_PHRASE.has(w) || OFFICE_HEADS.has(w) || TITLE_WORDS.has(w)) return false;
    if (ARTICLES.has(w)) return !NOT_IN_PHRASE.has(at(q - 1));
  }
  return false;
}

/** ", which makes pumps," / ", which is based in Leeds," after token `end - 1`: what only a company does (a town has
 * industries, it does not make them). */
export function companyClauseAfter(at: (j: number) => string, end: number): boolean {
  if (at(end) !== ',' || at(end + 1) !== 'which') return false;
  const verb = at(end + 2);
  return COMPANY_CLAUSE_VERBS.has(verb) || (verb === 'is' && COMPANY_STATES.has(at(end + 3)));
}

/** Token j, before the sentence's end, is a kind of organisation named before the word ("the Ifo institute", "the
 * Likud party"), in lower case, that no capitalised word follows (not "the Moscow daily Kommersant"). */
export function kindAfterName(d: DocTokens, j: number, end: number): boolean {
  return j < end && KIND_AFTER_NAME.has(d.lower[j]!) && !(d.flags[j]! & 1) && !(j + 1 < end && d.flags[j + 1]! & 1);
}

/** Token j follows "the", or "the" and one lower-case word ("the Likud party", "the opposition Kuomintang party"),
 * within its sentence, which starts at token s. */
export function afterThe(d: DocTokens, j: number, s: number): boolean {
  if (j - 1 >= s && d.lower[j - 1] === 'the') return true;
  return j - 2 >= s && d.lower[j - 2] === 'the' && !(d.flags[j - 1]! & 1) && /^\p{Ll}+$/u.test(d.words[j - 1]!);
}
