// Document stages: one type per name in a document, from the tagger's votes, the person names' parts and the lists.
import type { EntityType } from '../../types';
import type { DocTokens } from '../features';
import {
  CENTRES,
  COMPANY_TAILS,
  CLUB_PLACE_WORDS,
  DIRECTIONS,
  FOREIGN_COMPANY_HEADS,
  NOT_GIVEN,
  ORG_SUFFIXES,
  PLACE_FACILITIES,
  PLACE_SUFFIXES,
} from '../lists';
import { namesCompanyAfterCountry } from './repairOrgs';
import { resultSide } from './resultLines';
import type { Stretch } from './sentenceSpans';
import type { KeyedSpan } from './spans';
import { ALL_CAPS, ROMANISED_FAMILY, ROMANISED_GIVEN } from './words';

/** List classes of a country or a region of the world (the UK, Europe): a company's branch is named after one. */
const COUNTRYISH = new Set(['C', 'R']);

const TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];

/** A score or a table's count after a side's name. */
const SCORE = /^\d{1,3}$/;

/**
 * The tagger's votes for each name of a document: `sums` holds four sums per name (TYPES' order), from `at.get(key)`.
 * One map and one list, not an array per name: this is counted again at every keystroke.
 */
export interface TypeVotes {
  at: Map<string, number>;
  sums: number[];
}

/** One type per name in a document: the tagger's confident votes decide. */
export function typeVotes(stretches: readonly Stretch[]): TypeVotes {
  const at = new Map<string, number>();
  const sums: number[] = [];
  for (let i = 0; i < stretches.length; i++) {
    const spans = stretches[i]!.local.spans;
    for (let j = 0; j < spans.length; j++) {
      const s = spans[j]!;
      let k = at.get(s.key);
      if (k === undefined) {
        at.set(s.key, (k = sums.length));
        sums.push(0, 0, 0, 0);
      }
      const ti = k + TYPES.indexOf(s.type);
      sums[ti] = sums[ti]! + 1 + s.conf;
    }
  }
  return { at, sums };
}

/** North, south, east, west, and the points between ("southwest", "north-east"). */
const COMPASS_POINT = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;

/**
 * What a name alone stands for, from the document's longer names (counts per word): `personParts`, the last words of
 * persons' names (a surname alone takes its person's type); `companyHeads`, the first words of company names made of
 * one word and a company's tail ("Nortek Systems Inc": "Nortek shares fell" is the company's), but a point of the
 * compass ("Southwest Airlines" does not make "the Southwest" a company).
 */
export function namePartsOf(
  d: DocTokens,
  stretches: readonly Stretch[],
  votes: TypeVotes,
): { personParts: Map<string, number>; companyHeads: Map<string, number> } {
  const personParts = new Map<string, number>();
  const companyHeads = new Map<string, number>();
  for (let i = 0; i < stretches.length; i++) {
    const { from, local } = stretches[i]!;
    const spans = local.spans;
    for (let j = 0; j < spans.length; j++) {
      const s = spans[j]!;
      if (s.b - s.a < 2) continue;
      // The span's own type, or its name's in the votes.
      const voted = argmax(votes.sums, votes.at.get(s.key)!);
      if (s.type === 'PERSON' || voted === 0) {
        const last = d.lower[from + s.b - 1]!;
        personParts.set(last, (personParts.get(last) ?? 0) + 1);
      }
      if (s.b - s.a > 4 || (s.type !== 'ORG' && voted !== 1)) continue;
      let tail = true;
      for (let k = from + s.a + 1; k < from + s.b && tail; k++) tail = COMPANY_TAILS.has(d.lower[k]!);
      const head = d.lower[from + s.a]!;
      if (tail && !COMPASS_POINT.test(head)) companyHeads.set(head, (companyHeads.get(head) ?? 0) + 1);
    }
  }
  return { personParts, companyHeads };
}

/** Each name's winning type in the votes, as an index into TYPES: all documentTypes reads of them. */
export function voteWinners({ at, sums }: TypeVotes): Map<string, number> {
  const out = new Map<string, number>();
  at.forEach((k, key) => out.set(key, argmax(sums, k)));
  return out;
}

/** A document fact table as the stages read it (a Map, or a Facts table: memo.ts). */
type Lookup<V> = { get(key: string): V | undefined; has(key: string): boolean };

/** The type of a name in this document: acronyms, person parts and lists first, then the votes (voteWinners). */
export function documentTypes(
  d: DocTokens,
  votes: Lookup<number>,
  personParts: Lookup<number>,
  acronyms: Lookup<{ type: EntityType; full: string }>,
  companyHeads: Lookup<number>,
): (s: KeyedSpan, fallback: EntityType) => EntityType {
  return ({ a, b, key: k }, fallback) => {
    if (b - a === 1) {
      const acr = acronyms.get(d.words[a]!);
      if (acr) return acr.type;
      if (personParts.has(k)) return 'PERSON';
      // "Nortek" after "Nortek Systems Inc": the company, unless a list knows the word as a place ("Texas Instruments").
      if (companyHeads.has(k)) {
        const cls = d.gazetteer.classOfKey(k);
        if (cls === undefined || cls === 'K' || cls === 'O') return 'ORG';
      }
    }
    // Names every list agrees on: countries, states, regions, well-known organisations, large cities.
    const cls = d.gazetteer.classOfKey(k);
    if (cls === 'O') return 'ORG';
    // A side of a result line before its score is its club, a state's name its team, whatever the dateline's city is
    // ("NEW YORK 5 Kansas City 3"; not "Flint, Michigan 48502"), and a side of a results line or standings row
    // whatever its last word says ("Crystal Palace 1 Wimbledon 2"); a country stays a place.
    if (fallback === 'ORG' && d.table[a] && SCORE.test(d.words[b] ?? '') && cls !== 'C' && cls !== 'R') {
      if (cls === 'S' || cls?.startsWith('P') || resultSide(d, a, b)) return 'ORG';
    }
    if (cls === 'C' || cls === 'S' || cls === 'R' || cls === 'P1' || cls === 'P2') {
      const v = votes.get(k);
      // Elsewhere a city's name may be its club's when the votes say so.
      if (!(cls.startsWith('P') && v !== undefined && TYPES[v] === 'ORG')) return 'PLACE';
    }
    // "Wong Kwok-kin", "Park Joo-ho": a short family name and a hyphenated given name are a person.
    if (
      b - a === 2 &&
      // The hyphen first: few two-word names have one, and this runs for every name at every keystroke.
      d.words[a + 1]!.includes('-') &&
      ROMANISED_FAMILY.test(d.words[a]!) &&
      ROMANISED_GIVEN.test(d.words[a + 1]!) &&
      !NOT_GIVEN.has(d.words[a + 1]!.split('-')[1]!)
    )
      return 'PERSON';
    // "Centre for Coastal Studies", "Institute for Fiscal Policy": an organisation's word before "for" and a
    // capitalised remit is an organisation, whatever the votes say (a centre named this way is not a building).
    for (let q = a + 2; q < b; q++)
      if (
        d.words[q - 1] === 'for' &&
        d.flags[q]! & 1 &&
        (ORG_SUFFIXES.has(d.lower[q - 2]!) || CENTRES.has(d.lower[q - 2]!))
      )
        return 'ORG';
    const v = votes.get(k);
    const t = v !== undefined ? TYPES[v]! : fallback;
    // "Norvelle Australia", "Kestrel UK": a word no list or lexicon knows before a country's (or region's) name is a
    // company's branch there, not a place (a place, a region or a given name before it is not: "Western Australia").
    if (
      t !== 'ORG' &&
      b - a === 2 &&
      !cls &&
      COUNTRYISH.has(d.gazetteer.classOfKey(d.lower[a + 1]!) ?? '') &&
      d.flags[a]! & 1
    ) {
      const head = d.gazetteer.classOfKey(d.lower[a]!);
      if (
        (head === undefined || head === 'K' || head === 'O') &&
        !d.gazetteer.lex.has(d.lower[a]!) &&
        !d.gazetteer.first.has(d.words[a]!) &&
        !DIRECTIONS.has(d.lower[a]!)
      )
        return 'ORG';
    }
    // "China Eastern", "Korea Zinc": a company named after its country.
    if (t !== 'ORG' && b - a === 2 && !cls && d.gazetteer.classOfKey(d.lower[a]!) === 'C' && d.flags[a + 1]! & 1) {
      if (namesCompanyAfterCountry(d, a + 1)) return 'ORG';
    }
    // A building or facility is a place ("… Airport", "… Museum", "… Stadium"), whatever it is named after.
    if (
      t !== 'PERSON' &&
      b - a > 1 &&
      (PLACE_FACILITIES.has(d.lower[b - 1]!) ||
        (PLACE_SUFFIXES.has(d.lower[b - 1]!) && !CLUB_PLACE_WORDS.has(d.lower[b - 1]!)))
    )
      return 'PLACE';
    // "Grupo Vantia", "Banque Ferrand": a company's word in another language opens the name.
    if (t !== 'ORG' && b - a > 1 && FOREIGN_COMPANY_HEADS.has(d.lower[a]!)) return 'ORG';
    // An all-caps abbreviation is an organisation, not a person.
    if (t === 'PERSON' && b - a === 1 && ALL_CAPS.test(d.words[a]!)) return 'ORG';
    // A name opening with a word the company list knows ("Vantrelix", "Lockheed Martin") is a company, not a person,
    // unless a person's full name in the document ends with it.
    if (t === 'PERSON' && d.gazetteer.classOfKey(d.lower[a]!) === 'K' && !d.gazetteer.first.has(d.words[a]!))
      return 'ORG';
    return t;
  };
}

/** The winning type of the four sums from sums[k]. */
function argmax(sums: readonly number[], k: number): number {
  let best = 0;
  for (let t = 1; t < 4; t++) if (sums[k + t]! > sums[k + best]!) best = t;
  return best;
}
