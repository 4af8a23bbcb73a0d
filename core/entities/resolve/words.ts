// How the stages read single words and tokens: shape patterns, list classes strong enough to type a name, and small
// tests (an organisation's or a place's last word, a nationality, a common word) that several stages share.
import type { EntityType } from '../../types';
import type { DocTokens } from '../features';
import {
  FACILITY_SUFFIXES,
  GROUP_WORDS,
  ORG_SUFFIXES,
  PLACE_FACILITIES,
  PLACE_SUFFIXES,
  RESULT_PARTICIPLES,
  RESULT_WORDS,
} from '../lists';
import { keyOf, type RawSpan } from './spans';

// Regular expressions with \p{...} stay module constants: bundled for node20, esbuild turns a literal into a
// `new RegExp` evaluated each time the expression runs.
export const TWO_CAPS = /^\p{Lu}{2}$/u;
export const CAP_DOT = /^\p{Lu}\.$/u;
export const LOWER0 = /^\p{Ll}/u;
export const ALL_CAPS = /^\p{Lu}{2,}$/u;
export const PARTICLE = /^(?:al|el|ad|ash|bin|ibn|abu)-\p{Lu}/u;
export const ACRONYM = /^\p{Lu}{3,6}$/u;
export const ACRONYM_DEF = /^\p{Lu}[\p{Lu}.&]+$/u;
export const CAP0 = /^\p{Lu}/u;
export const WORD = /[\p{L}\p{N}]/u;
export const ROMANISED_FAMILY = /^\p{Lu}\p{Ll}{1,5}$/u;
export const ROMANISED_GIVEN = /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{1,5}$/u;

/** A country, state or region name starts at token i ("… of Trade and Canada" is two names). */
export const GAZ_STRONG = (d: DocTokens, i: number): boolean => {
  const g = d.gaz[i];
  return g !== undefined && g[0] === 'B' && STRONG_LISTS.has(g.slice(2));
};

/** List classes strong enough to type a name alone: countries, states, regions, large cities, known organisations. */
export const STRONG_LISTS = new Set(['C', 'S', 'R', 'P1', 'P2', 'O']);

export const isDigitWord = (w: string): boolean => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;

export const isGeneric = (w: string) => {
  const x = w.replace(/s$/, '');
  return (
    ORG_SUFFIXES.has(w) ||
    PLACE_SUFFIXES.has(w) ||
    FACILITY_SUFFIXES.has(w) ||
    ORG_SUFFIXES.has(x) ||
    PLACE_SUFFIXES.has(x) ||
    FACILITY_SUFFIXES.has(x)
  );
};

const DEMONYM = /^(\p{Lu}\p{Ll}{2,}?)(ians?|ans?|eans?|ese|ish|is?|ers?|ites?)$/u;

export function isDemonym(d: DocTokens, i: number): boolean {
  if (GROUP_WORDS.has(d.lower[i]!)) return true;
  if (d.gazetteer.classOfKey(d.lower[i]!)) return false;
  return nationalityWord(d, d.words[i]!);
}

/** "American", "Norwegians": a nation's name with a demonym's ending, whatever else a list calls the word. */
export function nationalityWord(d: DocTokens, w: string): boolean {
  if (IRREGULAR_DEMONYMS.has(w)) return true;
  const m = DEMONYM.exec(w);
  return m !== null && d.gazetteer.isNationStem(m[1]!);
}

/** Nationality words without a demonym's ending ("Slovak President Michal Kovac", "the Dutch"); not those that are
 * also given names ("Finn", "Dane", "Scot"). */
const IRREGULAR_DEMONYMS = new Set(
  `Slovak Slovaks Czech Czechs Greek Greeks Thai Thais Swiss Dutch French Welsh Cypriot Cypriots Croat Croats Serb Serbs
   Slovene Slovenes Uzbek Uzbeks Kazakh Kazakhs Tajik Tajiks Turkmen Kyrgyz Filipino Filipinos Icelandic Arab Arabs
   Basque Basques Kurd Kurds Swede Swedes Turk Turks Briton Britons Mongol Mongols`.split(/\s+/),
);

/** Every word of [a, b) is a common English word ("Energy Policy", "Water Safety"). */
export function allCommon(d: DocTokens, a: number, b: number, band = 2): boolean {
  for (let k = a; k < b; k++) {
    const w = d.lower[k]!;
    const lx = d.gazetteer.lex.get(w) ?? (w.endsWith('s') ? d.gazetteer.lex.get(w.slice(0, -1)) : undefined) ?? 9;
    if (lx > band || d.gazetteer.first.has(d.words[k]!)) return false;
  }
  return true;
}

export const suffixType = (w: string): EntityType | undefined =>
  PLACE_FACILITIES.has(w) || PLACE_SUFFIXES.has(w) ? 'PLACE' : ORG_SUFFIXES.has(w) ? 'ORG' : undefined;

export const isSuffix = (w: string) => ORG_SUFFIXES.has(w) || FACILITY_SUFFIXES.has(w) || PLACE_SUFFIXES.has(w);

/** "General Motors", "General Dynamics Corp": a title word opening a company's name, not an office — the name is
 * that word and organisation words only, and no person's name follows it. */
export function companyHead(d: DocTokens, k: number, b: number): boolean {
  if (d.lower[k] !== 'general' && d.lower[k] !== 'national' && d.lower[k] !== 'royal') return false;
  if (k > 0 && d.flags[k - 1]! & 1 && d.sentOf(k - 1) === d.sentOf(k) && d.lower[k - 1] !== 'the') return false;
  for (let q = k + 1; q < b; q++) if (d.gazetteer.first.has(d.words[q]!)) return false;
  return true;
}

export const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** The possessive "'s" as the entity tokeniser splits it off a word ("Germany" + "'s"). */
export const POSSESSIVE_S = /^['’]s$/;

/** A listed country, state or region: it stays a place where a town would be read as its club or company (national
 * teams, "Norway's revenue"). */
export function countryLike(d: DocTokens, s: RawSpan): boolean {
  const cls = d.gazetteer.classOfKey(keyOf(d, s.a, s.b));
  return cls === 'C' || cls === 'S' || cls === 'R';
}

/** [a, b) is a company or an organisation the lists know ("Airbus", "Lockheed Martin"). */
export function listedOrganisation(d: DocTokens, a: number, b: number): boolean {
  const cls = d.gazetteer.classOfKey(keyOf(d, a, b));
  return cls === 'K' || cls === 'O' || cls === 'WO';
}

/** A word that tells a result: a result verb or a season's participle ("beat", "drew", "were beaten", "relegated"). */
export const isResultWord = (w: string): boolean => RESULT_WORDS.has(w) || RESULT_PARTICIPLES.has(w);

/** A country or a region of the world: a national team, which wire copy calls a place. A state's name in results is
 * its team's ("Texas 5 Minnesota 1", "NEW YORK 74 57 .565"), as a town's is its club's. */
export function nationLike(d: DocTokens, s: RawSpan): boolean {
  const cls = d.gazetteer.classOfKey(keyOf(d, s.a, s.b));
  return cls === 'C' || cls === 'R';
}

/** Where the run of capitalised words from token i ends: at most `most` words, within [i, end). */
export function capitalRun(d: DocTokens, i: number, end: number, most: number): number {
  let j = i;
  while (j < end && j < i + most && d.flags[j]! & 1 && d.flags[j]! & 4) j++;
  return j;
}
