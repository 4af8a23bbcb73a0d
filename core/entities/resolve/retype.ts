// A sentence stage (inside repairTaggerSpans): one span retyped by its own words — an organisation's head word, a
// company's ending, a given name, or words no list knows.
import type { DocTokens } from '../features';
import { COMPANY_ENDINGS, CONNECTORS, NOT_COMPANY_WORDS, ORG_HEADS, PAPER_WORDS } from '../lists';
import { sportsSentence } from './orgsByContext';
import { keyOf, type RawSpan } from './spans';
import { allCommon, companyHead, isSuffix, STRONG_LISTS } from './words';

/** "Council for Water Safety" and "Ellis Logistics" are never a person; "Toronto Star" and "New Zealand Herald" are
 * newspapers, not places. */
export function orgByHead(d: DocTokens, s: RawSpan): RawSpan {
  if (s.type === 'PERSON') {
    for (let k = s.a; k < s.b; k++) if (ORG_HEADS.has(d.lower[k]!) && d.flags[k]! & 1) return { ...s, type: 'ORG' };
    // "Ellis Logistics", "Brenner Faber GmbH": a trade or a legal form ends a company's name, not a person's.
    if (s.b - s.a >= 2 && COMPANY_ENDINGS.has(d.lower[s.b - 1]!) && d.flags[s.b - 1]! & 1) return { ...s, type: 'ORG' };
  }
  if (s.type !== 'ORG' && s.b - s.a >= 2 && PAPER_WORDS.has(d.lower[s.b - 1]!) && d.flags[s.b - 1]! & 1)
    return { ...s, type: 'ORG' };
  if (s.type !== 'ORG' && s.b - s.a === 1) {
    const w = d.lower[s.a]!;
    // "Bundesbank", "Rabobank": a bank's name in one word.
    if (w.length > 6 && w.endsWith('bank')) return { ...s, type: 'ORG' };
  }
  return s;
}

/** "Washington Redskins", "Dallas Cowboys" in a sentence about a match: a listed city or state before a capitalised
 * plural is a team, not a person (a surname's "s" follows a given name: "Dallas Roberts"). */
export function teamByNickname(d: DocTokens, s: RawSpan): RawSpan {
  if (s.type !== 'PERSON' || s.b - s.a < 2 || s.b - s.a > 4) return s;
  const last = d.words[s.b - 1]!;
  // Nor a trophy or an event ("Stanley Cups", "Goodwill Games").
  const one = last.slice(0, -1);
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || d.gazetteer.first.has(one) || NOT_COMPANY_WORDS.has(one.toLowerCase()))
    return s;
  const cls = d.gazetteer.classOfKey(keyOf(d, s.a, s.b - 1));
  if (cls !== 'S' && cls !== 'P1' && cls !== 'P2') return s;
  return sportsSentence(d, d.sentOf(s.a)) ? { ...s, type: 'ORG' } : s;
}

/** "General" + "Motors", "General" + "Dynamics": a title word before common words is a company's name. */
export function companyAfterTitle(d: DocTokens, s: RawSpan): RawSpan {
  const k = s.a - 1;
  if (
    k < 0 ||
    s.b - s.a > 2 ||
    !(d.flags[k]! & 1) ||
    d.sentOf(k) !== d.sentOf(s.a) ||
    !companyHead(d, k, s.b) ||
    !allCommon(d, s.a, s.b, 3)
  )
    return s;
  if (d.text.slice(d.ends[k]!, d.starts[s.a]!) !== ' ') return s;
  return { ...s, a: k, type: 'ORG' };
}

/** "Ngozi Adeyemi" typed as a place or an organisation: two or three words no list knows, no English word and no place word among
 * them, are a person's name. */
export function personByUnknownWords(d: DocTokens, s: RawSpan): RawSpan {
  if ((s.type !== 'PLACE' && s.type !== 'ORG') || s.b - s.a < 2 || s.b - s.a > 3) return s;
  for (let k = s.a; k < s.b; k++) {
    const w = d.lower[k]!;
    if (
      !(d.flags[k]! & 1) ||
      d.gazetteer.lex.has(w) ||
      d.gazetteer.classOfKey(w) ||
      isSuffix(w) ||
      COMPANY_ENDINGS.has(w) ||
      PAPER_WORDS.has(w) ||
      CONNECTORS.has(w) ||
      !/^\p{Lu}\p{Ll}+$/u.test(d.words[k]!)
    )
      return s;
  }
  if (STRONG_LISTS.has(d.gazetteer.classOfKey(keyOf(d, s.a, s.b)) ?? '')) return s;
  return { ...s, type: 'PERSON' };
}

/** "Kevin De Bruyne", "Regina Ip": two or three words opening with a known given name, and no word that marks an
 * organisation or place, name a person. */
export function personByGivenName(d: DocTokens, s: RawSpan): RawSpan {
  if (s.type === 'PERSON' || s.b - s.a < 2 || s.b - s.a > 3 || !d.gazetteer.first.has(d.words[s.a]!)) return s;
  for (let k = s.a; k < s.b; k++)
    if (isSuffix(d.lower[k]!) || COMPANY_ENDINGS.has(d.lower[k]!) || !(d.flags[k]! & 1)) return s;
  if (d.gazetteer.classOfKey(keyOf(d, s.a, s.b))) return s;
  // "Royal Mail", "General Mills": a given name that also opens companies' names, before common words only.
  if (companyHead(d, s.a, s.b) && allCommon(d, s.a + 1, s.b, 3)) return s;
  return { ...s, type: 'PERSON' };
}
