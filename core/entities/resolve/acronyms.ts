// Sentence stages: unknown all-caps abbreviations are organisations; acronyms defined in passing ("… Strategy (CES)").
import type { EntityType } from '../../types';
import type { DocTokens } from '../features';
import { NOT_ORG_ACRONYMS, PRODUCT_NOUNS } from '../lists';
import { type RawSpan, textOf } from './spans';
import { ACRONYM, ACRONYM_DEF, ALL_CAPS, CAP0 } from './words';

/** Initials of a name's capitalised words ("Ukrainian Center for Economic Strategy" -> "UCES"). */
function initials(d: DocTokens, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) if (CAP0.test(d.words[k]!)) s += d.words[k]![0];
  return s;
}

/** An unknown all-caps abbreviation the tagger left out is, in news copy, almost always an organisation. */
export function addAcronymOrgs(d: DocTokens, spans: RawSpan[], from: number, to: number, taken: Uint8Array): RawSpan[] {
  for (const s of spans) for (let k = s.a; k < s.b; k++) taken[k] = 1;
  for (let i = from; i < to; i++) {
    const w = d.words[i]!;
    if (
      !(d.flags[i]! & 2) ||
      taken[i] ||
      d.shout[i] ||
      w.length > 6 ||
      !ACRONYM.test(w) ||
      /^[IVXLC]+$/.test(w) ||
      NOT_ORG_ACRONYMS.has(w) ||
      d.gazetteer.lex.has(d.lower[i]!)
    )
      continue;
    if ((i > 0 && ALL_CAPS.test(d.words[i - 1]!)) || (i + 1 < d.n && ALL_CAPS.test(d.words[i + 1]!))) continue;
    // A model's name after its number ("737 MAX jets") and an oil price's benchmark ("WTI crude") are no bodies.
    const next = i + 1 < d.n ? d.words[i + 1]! : '';
    if ((i > 0 && /^\d{3,}$/.test(d.words[i - 1]!) && PRODUCT_NOUNS.has(next)) || next === 'crude') continue;
    spans.push({ a: i, b: i + 1, type: 'ORG', conf: 0 });
  }
  return spans.sort((x, y) => x.a - y.a);
}

/** Acronyms defined in passing: "Ukrainian Center for Economic Strategy (CES)". */
export function definedAcronyms(d: DocTokens, spans: RawSpan[]): Array<[string, EntityType, string]> {
  const acronyms: Array<[string, EntityType, string]> = [];
  for (const s of spans) {
    if (s.b - s.a < 2 || d.words[s.b] !== '(' || d.words[s.b + 2] !== ')') continue;
    const acr = d.words[s.b + 1]!;
    if (!ACRONYM_DEF.test(acr)) continue;
    const ini = initials(d, s.a, s.b);
    const letters = acr.replace(/[.&]/g, '');
    // A name in another language keeps its own order ("Institutional Revolutionary Party (PRI)"): the same letters.
    if (ini.endsWith(letters) || ini.includes(letters) || letters[0] === ini[0] || sameLetters(ini, letters))
      acronyms.push([acr, s.type, textOf(d, s.a, s.b)]);
  }
  return acronyms;
}

/** Whether two strings hold the same letters, in any order. */
function sameLetters(x: string, y: string): boolean {
  return x.length === y.length && [...x].sort().join('') === [...y].sort().join('');
}
