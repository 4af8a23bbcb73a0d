// From tagger output to entities an editor can trust: titles and "the" cut off, one type per name in a document,
// missed repeats of a known name filled in, surnames and acronyms linked to the full name (canonical).
import type { Entity, EntityType } from '../types';
import type { DocTokens } from './features';
import type { Gazetteer } from './gazetteer';
import { CALENDAR_NAMES } from '../lexicon';
import { flatCopy, KernelCache, LastCall, NestedCache, textKey } from '../text/memo';
import { partitionPoint } from '../text/spans';
import {
  CONNECTORS,
  FACILITY_SUFFIXES,
  NEVER_ALONE,
  NOT_ORG_ACRONYMS,
  OFFICE_HEADS,
  ORG_SUFFIXES,
  COMPANY_ENDINGS,
  PERSON_PARTICLES,
  PLACE_SUFFIXES,
  NOT_GIVEN,
  CLUB_PLACE_WORDS,
  CLUB_WORDS,
  RESULT_WORDS,
  HEADLINE_GLUE,
  PLACE_OF,
  GROUP_WORDS,
  DIRECTIONS,
  NOT_COMPANY_WORDS,
  PRONOUNS,
  COMPASS_ADJECTIVES,
  ORG_HEADS,
  PAPER_WORDS,
  PLACE_FACILITIES,
  CENTRES,
  PRODUCT_NOUNS,
  OWNER_OR_COUNT,
  SPEAKS,
  RESULT_LINKS,
  POSITIONS,
  PLAYERS,
  ORG_NEXT,
  ORG_POSSESSED,
  ORG_BEFORE,
  ORG_KIND_NOUNS,
  HEAD_END,
  NOT_IN_PHRASE,
  ARTICLES,
  PERSON_NOUNS,
  FOREIGN_COMPANY_HEADS,
  CLUB_NEXT,
  STOCK,
  MARKET_MOVES,
  COMPANY_OFFICERS,
  RESULTS,
  REPORTS,
  RESULTS_FILLER,
  SHARES_VERB_NEXT,
  TITLE_WORDS,
} from './lists';

export interface RawSpan {
  /** Token range [a, b). */
  a: number;
  b: number;
  type: EntityType;
  conf: number;
}

// Regular expressions with \p{...} stay module constants: bundled for node20, esbuild turns a literal into a
// `new RegExp` evaluated each time the expression runs.
const TWO_CAPS = /^\p{Lu}{2}$/u;
const CAP_DOT = /^\p{Lu}\.$/u;
const LOWER0 = /^\p{Ll}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const PARTICLE = /^(?:al|el|ad|ash|bin|ibn|abu)-\p{Lu}/u;
const ACRONYM = /^\p{Lu}{3,6}$/u;
const ACRONYM_DEF = /^\p{Lu}[\p{Lu}.&]+$/u;
const CAP0 = /^\p{Lu}/u;
const WORD = /[\p{L}\p{N}]/u;
const ROMANISED_FAMILY = /^\p{Lu}\p{Ll}{1,5}$/u;
const ROMANISED_GIVEN = /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{1,5}$/u;
/** List classes of a country or a region of the world (the UK, Europe): a company's branch is named after one. */
const COUNTRYISH = new Set(['C', 'R']);
/** A country, state or region name starts at token i ("… of Trade and Canada" is two names). */
const GAZ_STRONG = (d: DocTokens, i: number): boolean => {
  const g = d.gaz[i];
  return g !== undefined && g[0] === 'B' && STRONG_LISTS.has(g.slice(2));
};
/** List classes strong enough to type a name alone: countries, states, regions, large cities, known organisations. */
const STRONG_LISTS = new Set(['C', 'S', 'R', 'P1', 'P2', 'O']);
const isDigitWord = (w: string): boolean => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
const TYPES: EntityType[] = ['PERSON', 'ORG', 'PLACE', 'MISC'];

const isGeneric = (w: string) => {
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

function isDemonym(d: DocTokens, i: number): boolean {
  if (GROUP_WORDS.has(d.lower[i]!)) return true;
  if (d.gazetteer.classOfKey(d.lower[i]!)) return false;
  return nationalityWord(d, d.words[i]!);
}

/** "American", "Norwegians": a nation's name with a demonym's ending, whatever else a list calls the word. */
function nationalityWord(d: DocTokens, w: string): boolean {
  const m = DEMONYM.exec(w);
  return m !== null && d.gazetteer.isNationStem(m[1]!);
}

// No place or organisation in the name lists is longer than this; looking up longer heads would only make a long
// run of capitalised words (a title-case table) cost length².
const MAX_LIST_WORDS = 8;

/** Splits a span where a title or a place ends and a person's name begins ("Ukraine Keith Kellogg", "US President Joe X"). */
function splitPerson(d: DocTokens, s: RawSpan): RawSpan[] {
  if (s.b - s.a < 2) return [s];
  for (let k = s.b - 2; k > s.a; k--) {
    if (!(d.flags[k]! & 1)) continue;
    const prevTitle = TITLE_WORDS.has(d.lower[k - 1]!);
    const first = d.gazetteer.first.has(d.words[k]!) || TWO_CAPS.test(d.words[k]!) || CAP_DOT.test(d.words[k]!);
    let wordsOk = s.b - k <= 3;
    for (let q = k; q < s.b && wordsOk; q++) {
      if (!(d.flags[q]! & 1) || isSuffix(d.lower[q]!) || (d.gazetteer.lex.get(d.lower[q]!) ?? 9) <= 2) wordsOk = false;
    }
    const nameLike = wordsOk && s.b - k >= 2;
    const afterOrg = isSuffix(d.lower[k - 1]!) && nameLike;
    const innerFirst = d.gazetteer.first.has(d.words[k]!) && k - s.a >= 2 && nameLike && s.type !== 'PERSON';
    if (
      (prevTitle && wordsOk) ||
      afterOrg ||
      innerFirst ||
      (wordsOk &&
        (first || !d.gazetteer.lex.has(d.lower[k]!)) &&
        k - s.a <= MAX_LIST_WORDS &&
        d.gazetteer.classOfKey(keyOf(d, s.a, k)))
    ) {
      const head: RawSpan[] = [];
      let hb = k;
      while (hb > s.a && (TITLE_WORDS.has(d.lower[hb - 1]!) || CONNECTORS.has(d.words[hb - 1]!))) hb--;
      if (hb > s.a) {
        const cls = d.gazetteer.classOfKey(keyOf(d, s.a, hb));
        if (cls) head.push({ a: s.a, b: hb, type: cls === 'O' ? 'ORG' : 'PLACE', conf: s.conf });
        else if (isSuffix(d.lower[hb - 1]!) && s.type !== 'PERSON')
          head.push({ a: s.a, b: hb, type: s.type, conf: s.conf });
      }
      return [...head, { a: k, b: s.b, type: 'PERSON', conf: s.conf }];
    }
  }
  return [s];
}

/** Cuts titles, articles and stray punctuation from a span; null when nothing name-like is left. */
export function trimSpan(d: DocTokens, s: RawSpan): RawSpan | null {
  let { a, b } = s;
  const low = d.lower;
  // A name stops at a lower-case word that is not a connector ("Donetsk region").
  for (let k = a + 1; k < b; k++) {
    if (LOWER0.test(d.words[k]!) && !CONNECTORS.has(d.words[k]!) && !/^['’]s$/.test(d.words[k]!)) {
      b = k;
      break;
    }
  }
  // "FTU's Alice Mak": the possessor is another name; keep the part after it.
  for (let k = b - 1; k > a; k--)
    if (/^['’][sS]$/.test(d.words[k]!)) {
      a = k + 1;
      break;
    }
  // Caption furniture glued to a name: "Ahmed Mohamed Image".
  while (b - a > 1 && NEVER_ALONE.has(low[b - 1]!)) b--;
  while (b > a && (!WORD.test(d.words[b - 1]!) || CONNECTORS.has(d.words[b - 1]!) || /^['’]s$/i.test(d.words[b - 1]!)))
    b--;
  while (
    a < b &&
    (!WORD.test(d.words[a]!) || low[a] === 'the' || (CONNECTORS.has(d.words[a]!) && !CAP0.test(d.words[a]!)))
  )
    a++;
  if (s.type === 'PERSON') {
    // "US Treasury Secretary Scott Bessent", "Secretary of the Treasury Scott Bessent": the name follows the last title word.
    let cut = -1;
    // A player's position is a title too ("Goalkeeper Jon Dahl" opening a sentence).
    for (let k = a; k < b - 1; k++)
      if (TITLE_WORDS.has(low[k]!) || POSITIONS.has(low[k]!) || (low[k] === 'of' && k > a)) cut = k;
    if (cut >= 0) a = cut + 1;
    while (a < b && CONNECTORS.has(d.words[a]!) && !PERSON_PARTICLES.has(d.words[a]!)) a++;
    if (b - a === 1 && TITLE_WORDS.has(low[a]!)) return null;
  } else {
    // "US President", "NASA Administrator": an office after a name is not part of it.
    while (b - a > 1 && OFFICE_HEADS.has(low[b - 1]!)) b--;
    // "US Treasury (Secretary)": a country followed only by office words is the country.
    let g = b;
    while (g - a > 1 && TITLE_WORDS.has(low[g - 1]!)) g--;
    if (g < b && d.gazetteer.classOfKey(keyOf(d, a, g))) b = g;
  }
  if (a >= b) return null;
  if (b - a === 1) {
    const w = d.words[a]!;
    if (NEVER_ALONE.has(low[a]!) || w.length < 2 || isDemonym(d, a) || /^[IVXLC]+$/.test(w) || NOT_ORG_ACRONYMS.has(w))
      return null;
    if (isGeneric(low[a]!) && !d.gazetteer.classOfKey(low[a]!)) return null;
    // A common word capitalised by position ("Administration", "Control") is not a name unless a list knows it.
    const band = d.gazetteer.lex.get(low[a]!);
    if (
      band !== undefined &&
      band <= 2 &&
      !ALL_CAPS.test(w) &&
      !d.gazetteer.classOfKey(low[a]!) &&
      !d.gazetteer.first.has(w) &&
      d.docLower.has(low[a]!)
    )
      return null;
  } else if (isDemonym(d, b - 1) && d.lower.slice(a, b - 1).every((x) => DIRECTIONS.has(x))) return null;
  if (!(d.flags[a]! & 2)) return null;
  return { ...s, a, b };
}

/** "Council for Water Safety" and "Ellis Logistics" are never a person; "Toronto Star" and "New Zealand Herald" are
 * newspapers, not places. */
function orgByHead(d: DocTokens, s: RawSpan): RawSpan {
  if (s.type === 'PERSON') {
    for (let k = s.a; k < s.b; k++) if (ORG_HEADS.has(d.lower[k]!) && d.flags[k]! & 1) return { ...s, type: 'ORG' };
    // "Ellis Logistics", "Brenner Faber GmbH": a trade or a legal form ends a company's name, not a person's.
    if (s.b - s.a >= 2 && COMPANY_ENDINGS.has(d.lower[s.b - 1]!) && d.flags[s.b - 1]! & 1) return { ...s, type: 'ORG' };
  }
  if (s.type !== 'ORG' && s.b - s.a >= 2 && PAPER_WORDS.has(d.lower[s.b - 1]!) && d.flags[s.b - 1]! & 1)
    return { ...s, type: 'ORG' };
  return s;
}

/** "General" + "Motors", "General" + "Dynamics": a title word before common words is a company's name. */
function companyAfterTitle(d: DocTokens, s: RawSpan): RawSpan {
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
function personByUnknownWords(d: DocTokens, s: RawSpan): RawSpan {
  if ((s.type !== 'PLACE' && s.type !== 'ORG') || s.b - s.a < 2 || s.b - s.a > 3) return s;
  for (let k = s.a; k < s.b; k++) {
    const w = d.lower[k]!;
    if (
      !(d.flags[k]! & 1) ||
      d.gazetteer.lex.has(w) ||
      d.gazetteer.classOfKey(w) ||
      isSuffix(w) ||
      COMPANY_ENDINGS.has(w) ||
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
function personByGivenName(d: DocTokens, s: RawSpan): RawSpan {
  if (s.type === 'PERSON' || s.b - s.a < 2 || s.b - s.a > 3 || !d.gazetteer.first.has(d.words[s.a]!)) return s;
  for (let k = s.a; k < s.b; k++)
    if (isSuffix(d.lower[k]!) || COMPANY_ENDINGS.has(d.lower[k]!) || !(d.flags[k]! & 1)) return s;
  if (d.gazetteer.classOfKey(keyOf(d, s.a, s.b))) return s;
  return { ...s, type: 'PERSON' };
}

/** Adjacent spans of one type with nothing between them are one name ("Russian" + "Defense Ministry"). */
function mergeAdjacent(d: DocTokens, spans: RawSpan[]): RawSpan[] {
  const out: RawSpan[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    const gap = last ? d.text.slice(d.ends[last.b - 1]!, d.starts[s.a]!) : '';
    if (last && last.b === s.a && last.type === s.type && s.type !== 'MISC' && /^ ?$/.test(gap)) {
      out[out.length - 1] = { ...last, b: s.b, conf: Math.min(last.conf, s.conf) };
    } else if (last && last.b === s.a && last.type !== 'PERSON' && gap === ' ' && ORG_SUFFIXES.has(d.lower[s.a]!)) {
      // "Senate" + "Committee on Finance"
      out[out.length - 1] = { ...last, b: s.b, type: 'ORG', conf: Math.min(last.conf, s.conf) };
    } else if (
      last &&
      last.b === s.a &&
      gap === ' ' &&
      s.type !== 'PERSON' &&
      (s.b - s.a >= 2 || last.type !== 'PERSON') &&
      suffixType(d.lower[s.b - 1]!)
    ) {
      // One capitalised name the tagger typed in two pieces: "Kennedy" + "Space Center", "Hong" + "Kong Island". Its
      // last word says what it is.
      out[out.length - 1] = {
        ...last,
        b: s.b,
        type: suffixType(d.lower[s.b - 1]!)!,
        conf: Math.min(last.conf, s.conf),
      };
    } else out.push(s);
  }
  void d;
  return out;
}

/** Every word of [a, b) is a common English word ("Energy Policy", "Water Safety"). */
function allCommon(d: DocTokens, a: number, b: number, band = 2): boolean {
  for (let k = a; k < b; k++) {
    const w = d.lower[k]!;
    const lx = d.gazetteer.lex.get(w) ?? (w.endsWith('s') ? d.gazetteer.lex.get(w.slice(0, -1)) : undefined) ?? 9;
    if (lx > band || d.gazetteer.first.has(d.words[k]!)) return false;
  }
  return true;
}

/** Splits a span at "and the" / "& the" ("University of Leeds and the National Council"): two names, each typed
 * by its own last word when that word says what it is. */
function splitAtAndThe(d: DocTokens, s: RawSpan): RawSpan[] {
  // "Halliburton and Lockheed Martin": a listed name before "and" ends there (unless the whole is listed, "Bosnia and
  // Herzegovina").
  for (let k = s.a + 1; k + 1 < s.b; k++) {
    if (
      d.words[k] !== 'and' ||
      d.lower[k + 1] === 'the' ||
      !d.gazetteer.classOfKey(keyOf(d, s.a, k)) ||
      d.gazetteer.classOfKey(keyOf(d, s.a, s.b))
    )
      continue;
    return [{ ...s, b: k }, ...splitAtAndThe(d, { ...s, a: k + 1 })];
  }
  // "Bombardier and Textron": a listed company after "and" is a name of its own. A firm's own name joins its halves
  // with "&" ("Johnson & Johnson"), or repeats one.
  for (let k = s.a + 1; k + 1 < s.b; k++) {
    if (d.words[k] !== 'and') continue;
    const right = keyOf(d, k + 1, s.b);
    const cls = d.gazetteer.classOfKey(right);
    if ((cls === 'K' || cls === 'O') && right !== keyOf(d, s.a, k) && !d.gazetteer.classOfKey(keyOf(d, s.a, s.b)))
      return [
        { ...s, b: k },
        { ...s, a: k + 1 },
      ];
  }
  for (let k = s.a + 1; k + 2 < s.b; k++) {
    if ((d.words[k] === 'and' || d.words[k] === '&') && d.lower[k + 1] === 'the') {
      const left = { ...s, b: k, type: suffixType(d.lower[k - 1]!) ?? s.type };
      const right = { ...s, a: k + 2, type: suffixType(d.lower[s.b - 1]!) ?? s.type };
      return [left, ...splitAtAndThe(d, right)];
    }
  }
  return [s];
}

const suffixType = (w: string): EntityType | undefined =>
  PLACE_FACILITIES.has(w) || PLACE_SUFFIXES.has(w) ? 'PLACE' : ORG_SUFFIXES.has(w) ? 'ORG' : undefined;
const isSuffix = (w: string) => ORG_SUFFIXES.has(w) || FACILITY_SUFFIXES.has(w) || PLACE_SUFFIXES.has(w);

/** Repairs names the tagger broke in two: "University" + "of" + "Texas", "National Air" + "and" + "Space Museum";
 * and extends "Protection Agency" to the capitalised words before it ("Environmental Protection Agency"). */
function repairOrgs(d: DocTokens, spans: RawSpan[]): RawSpan[] {
  const out = joinAcrossConnectives(d, spans);
  extendRight(d, out);
  joinPlaceOwners(d, out);
  extendLeft(d, out);
  headBeforeOf(d, out);
  countryCompanies(d, out);
  return out;
}

/** "China" + "Southern", "Japan" + "Tobacco": a country's name the tagger ended before a capitalised compass adjective
 * or common word mid-sentence (not a weekday or month, not before another capital or a number, not in a headline or
 * table) is the first word of a company's name. Edits `out` in place; documentTypes types the two words. */
function countryCompanies(d: DocTokens, out: RawSpan[]): void {
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    const b = s.b;
    const ceiling = k + 1 < out.length ? out[k + 1]!.a : d.n;
    if (s.type === 'PERSON' || b - s.a !== 1 || b >= ceiling || d.headline[b] || d.table[b] || d.shout[b]) continue;
    const sent = d.sentOf(s.a);
    if (d.sentOf(b) !== sent || !(d.flags[b]! & 1) || d.text[d.starts[b]! - 1] !== ' ') continue;
    if (d.gazetteer.classOfKey(d.lower[s.a]!) !== 'C') continue;
    // Before another capital or a number the two words open a longer name ("Kenya Vision 2030"), of any kind.
    if (b + 1 < d.n && d.sentOf(b + 1) === sent && (d.flags[b + 1]! & 1 || /^\d/.test(d.words[b + 1]!))) continue;
    if (namesCompanyAfterCountry(d, b)) out[k] = { ...s, b: b + 1, type: 'ORG' };
  }
}

/** The capitalised word at i, after a country's name, makes the two a company's name: a compass adjective ("China
 * Southern"; a region of the country puts the direction first) or a common word no list knows — not a weekday or month,
 * a function word or an event, nor a place's or an organisation's word ("Korea Strait", "Japan Foundation"). */
function namesCompanyAfterCountry(d: DocTokens, i: number): boolean {
  const w = d.lower[i]!;
  if (isSuffix(w) || CLUB_PLACE_WORDS.has(w) || PLACE_FACILITIES.has(w)) return false;
  if (COMPASS_ADJECTIVES.has(w)) return true;
  return (
    d.gazetteer.lex.has(w) &&
    !d.gazetteer.classOfKey(w) &&
    !CALENDAR_NAMES.has(w) &&
    !NOT_COMPANY_WORDS.has(w) &&
    !d.gazetteer.first.has(d.words[i]!)
  );
}

/** Adjacent spans joined over "of"/"for"/"on" after an organisation word, or over "and"/"&" before one. */
function joinAcrossConnectives(d: DocTokens, spans: RawSpan[]): RawSpan[] {
  const out: RawSpan[] = [];
  for (let si = 0; si < spans.length; si++) {
    const s = spans[si]!;
    const last = out[out.length - 1];
    // "Institute" + "for" + "Energy Policy": common words after an organisation word and "for" are no person.
    const commonWords = s.type === 'PERSON' && allCommon(d, s.a, s.b);
    if (
      last &&
      s.a === last.b + 1 &&
      last.type !== 'PERSON' &&
      (s.type !== 'PERSON' || commonWords) &&
      d.sentOf(last.a) === d.sentOf(s.a)
    ) {
      const c = d.words[last.b]!;
      const leftLast = d.lower[last.b - 1]!;
      const rightLast = d.lower[s.b - 1]!;
      if ((c === 'of' || c === 'for' || c === 'on') && isSuffix(leftLast)) {
        // The rest of the capitalised run belongs to the name too ("… for Energy" + "Policy").
        let b = s.b;
        const re = d.runEnd[s.b - 1]!;
        const next = spans[si + 1]?.a ?? d.n;
        if (re > b && re <= next) b = re;
        out[out.length - 1] = {
          ...last,
          b,
          type: suffixType(leftLast) ?? last.type,
          conf: Math.min(last.conf, s.conf),
        };
        continue;
      }
      if (
        (c === 'and' || c === '&') &&
        (ORG_SUFFIXES.has(rightLast) || FACILITY_SUFFIXES.has(rightLast)) &&
        !isSuffix(leftLast)
      ) {
        out[out.length - 1] = { ...s, a: last.a, conf: Math.min(last.conf, s.conf) };
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/** "GB" + "News", "Labour" + "Party": a capitalised organisation word right after a name belongs to it; so does
 * "of Flight" after "Museum" ("Museum of Flight", "Church of Scientology"). Edits `out` in place. */
function extendRight(d: DocTokens, out: RawSpan[]): void {
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    if (s.type === 'PERSON') continue;
    const ceiling = k + 1 < out.length ? out[k + 1]!.a : d.n;
    const sent = d.sentOf(s.a);
    let b = s.b;
    let type = s.type;
    while (
      b < ceiling &&
      d.sentOf(b) === sent &&
      d.flags[b]! & 1 &&
      (ORG_SUFFIXES.has(d.lower[b]!) || FACILITY_SUFFIXES.has(d.lower[b]!)) &&
      d.text[d.starts[b]! - 1] === ' '
    ) {
      // "Coastal Research" + "Centre": a facility word the tagger left off ends the name without changing its type.
      if (ORG_SUFFIXES.has(d.lower[b]!)) type = 'ORG';
      b++;
    }
    b = ofPhraseEnd(d, s, b, ceiling, sent);
    b = remitEnd(d, out, k, b, sent);
    // "Municipality of Livorno", "Museum of Flight", "State of Texas": the word before "of" says what it is.
    if (d.words[s.a + 1] === 'of' && b > s.a + 2) {
      const head = d.lower[s.a]!;
      if (FACILITY_SUFFIXES.has(head) || PLACE_SUFFIXES.has(head)) type = 'PLACE';
      else if (ORG_SUFFIXES.has(head)) type = 'ORG';
    }
    if (b !== s.b || type !== s.type) out[k] = { ...s, b, type };
  }
}

/** Where a name ending `b` ends once "of …" (or "for"/"on" … after an organisation word) is taken in. */
function ofPhraseEnd(d: DocTokens, s: RawSpan, b: number, ceiling: number, sent: number): number {
  if (
    isSuffix(d.lower[b - 1]!) &&
    b < ceiling &&
    (d.words[b]! === 'of' || (ORG_SUFFIXES.has(d.lower[b - 1]!) && (d.words[b] === 'for' || d.words[b] === 'on')))
  ) {
    let c = b + 1;
    if (c < ceiling && d.lower[c] === 'the') c++;
    let e = c;
    while (e < ceiling && e - c < 4 && d.sentOf(e) === sent && d.flags[e]! & 1) e++;
    // "Colorado State University of the US": a name complete before "of" is not extended by its country.
    const cls = e > c ? d.gazetteer.classOfKey(keyOf(d, c, e)) : undefined;
    if (e > c && !(b - s.a >= 2 && (cls === 'C' || cls === 'R'))) b = e;
  }
  return b;
}

/** "Department of Housing" + "and Urban Development", "Ministry of Trade and Industry": a department's remit goes on
 * after "and". Returns the name's new end; drops the span it swallows from `out`. */
function remitEnd(d: DocTokens, out: RawSpan[], k: number, b: number, sent: number): number {
  const s = out[k]!;
  let ofAt = -1;
  for (let q = s.a + 1; q < b - 1; q++) if (d.words[q] === 'of' && ORG_SUFFIXES.has(d.lower[q - 1]!)) ofAt = q;
  if (
    ofAt >= 0 &&
    b + 1 < d.n &&
    (d.words[b] === 'and' || d.words[b] === '&') &&
    d.sentOf(b + 1) === sent &&
    d.flags[b + 1]! & 1 &&
    !GAZ_STRONG(d, b + 1)
  ) {
    let e = b + 1;
    while (e < d.n && e - b <= 3 && d.sentOf(e) === sent && d.flags[e]! & 1 && !ORG_SUFFIXES.has(d.lower[e]!)) e++;
    const nextSpan = out[k + 1];
    if (!nextSpan || nextSpan.a >= e || (nextSpan.a === b + 1 && nextSpan.b <= e)) {
      if (nextSpan && nextSpan.a === b + 1) out.splice(k + 1, 1);
      b = e;
    }
  }
  return b;
}

/** "U.S." + "Department of Agriculture": a place naming whose organisation it is. Edits `out` in place. */
function joinPlaceOwners(d: DocTokens, out: RawSpan[]): void {
  for (let k = out.length - 1; k > 0; k--) {
    const l = out[k - 1]!;
    const r = out[k]!;
    if (l.type !== 'PLACE' || r.type !== 'ORG' || l.b !== r.a || d.text.slice(d.ends[l.b - 1]!, d.starts[r.a]!) !== ' ')
      continue;
    let orgish = false;
    for (let q = r.a; q < r.b; q++) if (ORG_SUFFIXES.has(d.lower[q]!)) orgish = true;
    if (orgish) out.splice(k - 1, 2, { ...r, a: l.a });
  }
}

/** "Protection Agency" → "Environmental Protection Agency": an organisation or facility name takes in the
 * capitalised words before it. Edits `out` in place. */
function extendLeft(d: DocTokens, out: RawSpan[]): void {
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    let orgish = false;
    for (let q = s.a; q < s.b; q++)
      if (ORG_SUFFIXES.has(d.lower[q]!) || FACILITY_SUFFIXES.has(d.lower[q]!)) orgish = true;
    if (s.type === 'PERSON' || !orgish) continue;
    const floor = k > 0 ? out[k - 1]!.b : 0;
    const sent = d.sentOf(s.a);
    const a = capitalsBefore(d, s.a, s.b, floor, sent);
    // "Kennedy" + "Space Center": a name the tagger ended just before reaches this one through capitalised words.
    const prev = out[k - 1];
    if (
      prev &&
      a === prev.b &&
      a < s.a &&
      d.sentOf(prev.a) === sent &&
      d.text.slice(d.ends[a - 1]!, d.starts[a]!) === ' '
    ) {
      out.splice(k - 1, 2, { ...s, a: prev.a, type: suffixType(d.lower[s.b - 1]!) ?? s.type });
      k--;
      continue;
    }
    if (a !== s.a) out[k] = { ...s, a };
  }
}

/** Where a name starting at `a` (ending at `b`) starts once the capitalised words before it in its sentence, back to
 * `floor`, are taken in: not "the", not an office ("President") unless it opens a company's name, and not a common word
 * that is capitalised only because it opens the sentence. */
function capitalsBefore(d: DocTokens, a: number, b: number, floor: number, sent: number): number {
  const first = d.sents[sent]![0];
  while (
    a - 1 >= floor &&
    d.sentOf(a - 1) === sent &&
    d.flags[a - 1]! & 1 &&
    d.lower[a - 1] !== 'the' &&
    (!OFFICE_HEADS.has(d.lower[a - 1]!) || companyHead(d, a - 1, b)) &&
    (a - 1 > first || (d.gazetteer.lex.get(d.lower[a - 1]!) ?? 9) > 1)
  )
    a--;
  return a;
}

/** "Federation" + "of" + "Nordic Ski Clubs", "University" + "of" + "Oslo": an organisation's or a facility's word
 * before "of" the tagger left out opens the name and says what it is ("National Federation of …" too). */
function headBeforeOf(d: DocTokens, out: RawSpan[]): void {
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    const floor = k > 0 ? out[k - 1]!.b : 0;
    const h = s.a - 2;
    if (s.type === 'PERSON' || h < floor || d.words[s.a - 1] !== 'of' || !(d.flags[h]! & 1)) continue;
    const sent = d.sentOf(s.a);
    if (d.sentOf(h) !== sent) continue;
    const head = d.lower[h]!;
    const type: EntityType | undefined = ORG_SUFFIXES.has(head)
      ? 'ORG'
      : FACILITY_SUFFIXES.has(head) || PLACE_SUFFIXES.has(head)
        ? 'PLACE'
        : undefined;
    if (!type) continue;
    out[k] = { ...s, a: capitalsBefore(d, h, s.b, floor, sent), type };
  }
}

/** "General Motors", "General Dynamics Corp": a title word opening a company's name, not an office — the name is
 * that word and organisation words only, and no person's name follows it. */
function companyHead(d: DocTokens, k: number, b: number): boolean {
  if (d.lower[k] !== 'general' && d.lower[k] !== 'national' && d.lower[k] !== 'royal') return false;
  if (k > 0 && d.flags[k - 1]! & 1 && d.sentOf(k - 1) === d.sentOf(k)) return false;
  for (let q = k + 1; q < b; q++) if (d.gazetteer.first.has(d.words[q]!)) return false;
  return true;
}

const MODEL_NUMBER = /^\p{Lu}{0,3}-?\d[\p{L}\p{N}-]*$/u;
const NUMBER = /^\d[\d,.]*$/;

/** A product and its model ("Skylark 700 jet", "Corvana X5 phone") is no name; a maker the lists know keeps its name
 * as an organisation ("Airbus" in "Airbus A320 jets"). */
function productName(d: DocTokens, s: RawSpan): RawSpan[] {
  if (namedProduct(d, s)) return [];
  let m = s.b; // first token of the model number
  if (s.b - s.a >= 2 && MODEL_NUMBER.test(d.words[s.b - 1]!)) m = s.b - 1;
  const after = m < s.b ? s.b : s.b + 1;
  if (
    m >= d.n ||
    after >= d.n ||
    !MODEL_NUMBER.test(d.words[m]!) ||
    !PRODUCT_NOUNS.has(d.words[after]!) ||
    d.sentOf(after) !== d.sentOf(s.a)
  )
    return [s];
  // The longest listed company or organisation the span starts with ("Airbus", "Lockheed Martin") is the maker.
  for (let k = m; k > s.a; k--) {
    const cls = d.gazetteer.classOfKey(keyOf(d, s.a, k));
    if (cls === 'K' || cls === 'O' || cls === 'WO') return [{ ...s, b: k, type: 'ORG' }];
  }
  return [];
}

/** A product named without its model number, between its owner or a count and what it is ("its Stratus sedans",
 * "40 Pelican jets"), is no place or person, when no list knows its words: the tagger has only the capital to go on.
 * A company the lists know stays ("its Airbus jets"), and so does whatever the tagger called an organisation. */
function namedProduct(d: DocTokens, s: RawSpan): boolean {
  if (s.type === 'ORG' || s.b - s.a > 2 || s.a === 0 || s.b >= d.n) return false;
  const before = d.lower[s.a - 1]!;
  if (!OWNER_OR_COUNT.has(before) && !NUMBER.test(before)) return false;
  if (!PRODUCT_NOUNS.has(d.words[s.b]!) || d.sentOf(s.b) !== d.sentOf(s.a) || d.sentOf(s.a - 1) !== d.sentOf(s.a))
    return false;
  for (let k = s.a; k < s.b; k++)
    if (d.gazetteer.classOfKey(d.lower[k]!) || d.gazetteer.first.has(d.words[k]!) || !(d.flags[k]! & 1)) return false;
  return !d.gazetteer.classOfKey(keyOf(d, s.a, s.b));
}

/** "Junius" + "Ho": a given name the tagger ended early takes the capitalised word after it. */
function extendGivenNames(d: DocTokens, spans: RawSpan[]): RawSpan[] {
  return spans.map((s, k) => {
    if (s.type !== 'PERSON' || s.b - s.a !== 1 || !d.gazetteer.first.has(d.words[s.a]!)) return s;
    const n = s.b;
    const particle = PARTICLE.test(d.words[n] ?? ''); // "Suleiman al-Amr"
    if (n >= d.n || d.sentOf(n) !== d.sentOf(s.a) || !(d.flags[n]! & 1 || particle) || spans[k + 1]?.a === n) return s;
    if (TITLE_WORDS.has(d.lower[n]!) || d.text.slice(d.ends[s.a]!, d.starts[n]!) !== ' ') return s;
    return { ...s, b: n + 1 };
  });
}

const keyOf = (d: DocTokens, a: number, b: number): string => {
  if (b - a === 1) return d.lower[a]!;
  let k = d.lower[a]!;
  for (let q = a + 1; q < b; q++) k += ` ${d.lower[q]}`;
  return k;
};
const textOf = (d: DocTokens, a: number, b: number) => d.text.slice(d.starts[a]!, d.ends[b - 1]!);

/** Initials of a name's capitalised words ("Ukrainian Center for Economic Strategy" -> "UCES"). */
function initials(d: DocTokens, a: number, b: number): string {
  let s = '';
  for (let k = a; k < b; k++) if (CAP0.test(d.words[k]!)) s += d.words[k]![0];
  return s;
}

/** A span with its key (its words in lower case, space-separated): the document stages compare names by it. */
interface KeyedSpan extends RawSpan {
  key: string;
  /** Its text as written, when the sentence stages found it (a copy the cache keeps, not a slice of the article). */
  text?: string;
}

/** "Oslo-based", "Texas-born", "London-listed": a name joined by a hyphen to a participle or "area" that says how
 * something stands to it. */
const COMPOUND =
  /^(\p{Lu}[\p{L}\p{M}.]*)[-‐](based|born|bred|raised|area|headquartered|registered|listed|owned|backed|led|made|built|run|funded)$/iu;
/** Participles after which the name before the hyphen is a place, whatever the tagger made of the compound. */
const PLACE_COMPOUNDS = new Set(['based', 'born', 'bred', 'raised', 'area', 'headquartered', 'registered']);

/** The type of the name before the hyphen of a compound: a listed place or organisation's own, none for a common
 * word, a place before "-based" and its like, else the type given for the whole compound (none when a name follows
 * it). */
function compoundPrefixType(
  d: DocTokens,
  name: string,
  tail: string,
  whole: EntityType | undefined,
): EntityType | undefined {
  const cls = d.gazetteer.classOfKey(name.toLowerCase());
  if (cls === 'O' || cls === 'K') return 'ORG';
  if (cls !== undefined) return 'PLACE';
  // "Mutation-based testing": a common word, capitalised as a sentence's first, names nothing.
  if (d.gazetteer.lex.has(name.toLowerCase())) return undefined;
  return PLACE_COMPOUNDS.has(tail) ? 'PLACE' : whole;
}

/** "Oslo-based", "New York-born", "Toronto-based Norvik": a span holding a compound is cut at its hyphen — the name
 * before it is its own entity, and so is a name after the compound — the way a possessive's "'s" is no part of a
 * name. Adds to `out`; false when the span holds no compound. */
function splitCompound(d: DocTokens, s: RawSpan, type: EntityType, out: Entity[]): boolean {
  let j = s.a;
  let m: RegExpExecArray | null = null;
  for (; j < s.b && !m; j++) m = hyphenated(d.words[j]!) ? COMPOUND.exec(d.words[j]!) : null;
  if (!m) return false;
  const c = j - 1;
  const tail = m[2]!.toLowerCase();
  const name = (c > s.a ? `${textOf(d, s.a, c)} ` : '') + m[1]!;
  const whole = c + 1 < s.b ? undefined : type;
  const prefixType = compoundPrefixType(d, name, tail, whole);
  const start = d.starts[s.a]!;
  if (prefixType) out.push(entityAt(d, start, d.starts[c]! + m[1]!.length, prefixType));
  if (c + 1 < s.b) out.push(entityAt(d, d.starts[c + 1]!, d.ends[s.b - 1]!, NAMED_AFTER[tail] ?? type));
  return true;
}

const hyphenated = (w: string): boolean => w.length > 5 && (w.includes('-') || w.includes('‐'));

/** What is named after a compound: a company is based or listed somewhere, a person born there. */
const NAMED_AFTER: Partial<Record<string, EntityType>> = {
  based: 'ORG',
  headquartered: 'ORG',
  registered: 'ORG',
  listed: 'ORG',
  born: 'PERSON',
  bred: 'PERSON',
  raised: 'PERSON',
};

/** "a Texas-born executive", "a London-listed miner": a listed place's compound the tagger left out names the place.
 * Adds to `out`, in text order. */
function compoundPlaces(d: DocTokens, named: readonly RawSpan[], out: Entity[]): void {
  let k = 0;
  let added = false;
  for (let i = 0; i < d.n; i++) {
    while (k < named.length && named[k]!.b <= i) k++;
    if (!(d.flags[i]! & 1) || (k < named.length && named[k]!.a <= i) || d.headline[i]) continue;
    const w = d.words[i]!;
    const m = hyphenated(w) ? COMPOUND.exec(w) : null;
    if (!m) continue;
    // "New York-born": the capitalised word before may open the place's name.
    const prev = i > 0 && d.flags[i - 1]! & 1 && d.sentOf(i - 1) === d.sentOf(i) && !covers(named, i - 1);
    const longer = prev ? placeClass(d, `${d.lower[i - 1]} ${m[1]!.toLowerCase()}`) : undefined;
    if (!longer && !placeClass(d, m[1]!.toLowerCase())) continue;
    const start = d.starts[longer ? i - 1 : i]!;
    out.push(entityAt(d, start, d.starts[i]! + m[1]!.length, 'PLACE'));
    added = true;
  }
  if (added) out.sort((x, y) => x.start - y.start);
}

/** The list class of a place's name (a country, state, region or town), or undefined. */
function placeClass(d: DocTokens, key: string): string | undefined {
  const cls = d.gazetteer.classOfKey(key);
  return cls === 'O' || cls === 'K' ? undefined : cls;
}

const covers = (spans: readonly RawSpan[], i: number): boolean => spans.some((s) => s.a <= i && i < s.b);

function entityAt(d: DocTokens, start: number, end: number, type: EntityType): Entity {
  return { start, end, text: d.text.slice(start, end), type, canonical: '' };
}

// resolve() in two halves. The sentence stages (sentenceSpans) read only their own stretch of sentences, so their
// result is cached per stretch and an edit recomputes the stretch it touched; the document stages (from typeVotes on)
// compare names across the whole article and run on every analysis, over spans and keys the cache hands back.
export function resolve(d: DocTokens, raw: RawSpan[]): Entity[] {
  const { spans, acronyms } = sentenceSpans(d, namedByKind(d, speakersAtStart(d, raw)));
  const votes = typeVotes(spans);
  const personParts = personPartsOf(d, spans, votes);
  const typeOf = documentTypes(d, votes, personParts, acronyms);
  const withRepeats = addRepeats(d, spans, personParts, acronyms);
  const { spans: named, vouched } = headlineNames(d, withRepeats, acronyms);
  const out = entitiesOf(d, named, typeOf, vouched);
  compoundPlaces(d, named, out);
  fillCanonicalNames(d, out, acronyms);
  return out;
}

/** The named spans as entities, each with its document type: none for a MISC name or a headline's name nothing
 * vouches for; a compound ("Oslo-based") cut at its hyphen. Canonical names are filled in later. */
function entitiesOf(
  d: DocTokens,
  named: readonly KeyedSpan[],
  typeOf: (s: KeyedSpan, fallback: EntityType) => EntityType,
  vouched: (s: KeyedSpan) => boolean,
): Entity[] {
  const out: Entity[] = [];
  for (const s of named) {
    const type = typeOf(s, s.type);
    if (type === 'MISC') continue;
    if (d.headline[s.a] && !vouched(s)) continue;
    const start = d.starts[s.a]!;
    const end = d.ends[s.b - 1]!;
    if (splitCompound(d, s, type, out)) continue;
    out.push({ start, end, text: s.text ?? d.text.slice(start, end), type, canonical: '' });
  }
  return out;
}

/** Sets each entity's canonical name: its fullest form in the document, a country's usual name. */
function fillCanonicalNames(d: DocTokens, out: Entity[], acronyms: Acronyms): void {
  // The fullest form of each name reads only the names and their types, in order, and the acronyms: a keystroke
  // seldom changes any of them.
  const inputs: unknown[] = [d.gazetteer];
  for (const [acr, { type, full }] of acronyms) inputs.push(acr, type, full);
  inputs.push(acronyms.size);
  for (const e of out) inputs.push(e.type, e.text);
  const canonicals = lastCanonicals.get(inputs, () => {
    fillCanonical(out, acronyms);
    usualCountryNames(d, out);
    return out.map((e) => e.canonical);
  });
  for (let k = 0; k < out.length; k++) out[k]!.canonical = canonicals[k]!;
}

const lastCanonicals = new LastCall<string[]>();

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** A sentence that opens with a capitalised word no list knows (or only as a small town), straight before "said"
 * ("Novak said that …", "Jiménez said"), opens with a speaker: a person, not a place, and not nothing (the tagger,
 * without a given name or title to go on, may miss it or call it a place). A word the company list knows there is the
 * company speaking ("Boeing said it …"), which the tagger, with no legal form or context word to go on, may leave out. */
function speakersAtStart(d: DocTokens, raw: RawSpan[]): RawSpan[] {
  let out: RawSpan[] | undefined;
  let reach: Int32Array | undefined;
  for (const [a, b] of d.sents) {
    if (b - a < 3 || !(d.flags[a]! & 1) || d.shout[a]) continue;
    // Before "said", or alone before a lower-case word (tested before any list is read: this runs at every keystroke).
    const speaks = SPEAKS.has(d.lower[a + 1]!);
    if (!speaks && (d.flags[a + 1]! & 1 || !(d.flags[a + 1]! & 4))) continue;
    const lw = d.lower[a]!;
    if (d.gazetteer.lex.has(lw) || !CAPITALISED.test(d.words[a]!)) continue;
    const cls = d.gazetteer.classOfKey(lw);
    const company = cls === 'K' && !d.gazetteer.first.has(d.words[a]!);
    // "Boeing delivered 40 jets": a listed company opening a sentence on its own, before any lower-case word, is the
    // company whatever it does (capitalised words after it make a longer name the tagger judges).
    // A nationality word the list knows as a company's name ("American") is left to the tagger, and so is a name
    // called out before a pronoun ("Hershey it's your turn": a pet, a person).
    if (!speaks && (!company || PRONOUNS.has(d.lower[a + 1]!.replace(/['’].*/, '')) || nationalityWord(d, d.words[a]!)))
      continue;
    // A town of a few thousand people is more often someone's surname than a speaker ("Jiménez", "Nakamura").
    const speakerAnyway = company || cls === 'P3';
    if ((cls !== undefined || d.gaz[a]) && !speakerAnyway) continue;
    const k = coveringSpan(raw, a, (reach ??= reachOf(raw)));
    // A company the tagger found is left to the document's votes; only one it left out is added.
    if (k >= 0 && (company || raw[k]!.type !== 'PLACE' || raw[k]!.b !== a + 1)) continue;
    out ??= raw.slice();
    if (k >= 0) out[k] = { ...raw[k]!, type: 'PERSON' };
    else out.push({ a, b: a + 1, type: company ? 'ORG' : 'PERSON', conf: 0.5 });
  }
  return out ? out.sort((x, y) => x.a - y.a) : raw;
}

/** The furthest end among raw[0..q], for each q (raw sorted by start). */
function reachOf(raw: readonly RawSpan[]): Int32Array {
  const reach = new Int32Array(raw.length);
  let far = 0;
  raw.forEach((r, q) => (reach[q] = far = Math.max(far, r.b)));
  return reach;
}

/** The last of the raw spans (sorted by start) that covers token t, or -1: found by a binary search and a walk back
 * that stops where no earlier span reaches t (a map from every covered token to its span was built at every keystroke). */
function coveringSpan(raw: readonly RawSpan[], t: number, reach: Int32Array): number {
  let q = partitionPoint(0, raw.length, (i) => raw[i]!.a <= t) - 1;
  for (; q >= 0 && reach[q]! > t; q--) if (raw[q]!.b > t) return q;
  return -1;
}

/** "the Saudi carrier Flynas", "the carmaker Volvex": a capitalised word no list knows right after a lower-case
 * noun saying what kind of organisation follows is one, though the tagger left it out (a tagged name is left to the
 * organisation-context rules); so is one opening a sentence before such a noun in apposition, and one before a
 * player's position and name (the club). */
function namedByKind(d: DocTokens, raw: RawSpan[]): RawSpan[] {
  const cues = new Set<number>();
  for (let i = 1; i + 1 < d.n; i++) {
    // Both cues are a lower-case word before a capital, tested first: the pass runs at every keystroke.
    if (!(d.flags[i + 1]! & 1) || d.flags[i]! & 1) continue;
    const sent = d.sentOf(i);
    if (ORG_KIND_NOUNS.has(d.lower[i]!)) {
      if (d.sentOf(i + 1) === sent) cues.add(i + 1);
    } else if (PLAYERS.has(d.lower[i]!)) {
      // "Kasimpasa midfielder Yusuf Erdem": before a player's position and name, the club.
      if (d.sentOf(i - 1) === sent && d.sentOf(i + 1) === sent) cues.add(i - 1);
    }
  }
  // "Volvex, the country's largest carmaker, said …": opening a sentence, in apposition with such a noun phrase; and
  // "Oyelaran, a lawyer, said …", a person.
  const people = new Set<number>();
  for (const [a, b] of d.sents) {
    if (b - a < 5 || d.words[a + 1] !== ',') continue;
    const at = (j: number) => (j < b ? d.lower[j]! : '');
    if (kindAfter(d, at, a + 1)) cues.add(a);
    else if (personAfter(d, at, a + 1)) people.add(a);
  }
  if (cues.size === 0 && people.size === 0) return raw;
  const covered = new Uint8Array(d.n);
  for (const s of raw) covered.fill(1, s.a, s.b);
  const added = [...cues, ...people].filter((j) => !covered[j] && unlistedName(d, j));
  if (added.length === 0) return raw;
  const out = raw.concat(
    added.map((j): RawSpan => ({ a: j, b: j + 1, type: people.has(j) ? 'PERSON' : 'ORG', conf: 0.5 })),
  );
  return out.sort((x, y) => x.a - y.a);
}

/** A capitalised word at j that no list knows: no common word, listed name or given name. */
function unlistedName(d: DocTokens, j: number): boolean {
  if (!(d.flags[j]! & 1) || d.shout[j] || !CAPITALISED.test(d.words[j]!)) return false;
  const lw = d.lower[j]!;
  return !d.gazetteer.lex.has(lw) && !d.gazetteer.classOfKey(lw) && !d.gazetteer.first.has(d.words[j]!);
}

// --- The sentence stages --------------------------------------------------------------------------------------------

type Acronyms = Map<string, { type: EntityType; full: string }>;

/** What the sentence stages make of one stretch: spans relative to its first token, acronyms it defines; and what
 * it was computed from besides the stretch's text: the tagger's spans (relative) and the words whose use elsewhere in
 * the document (docLower) it read, with the answers it got. Immutable. */
interface StretchSpans {
  raw: readonly RawSpan[];
  spans: readonly KeyedSpan[];
  acronyms: ReadonlyArray<readonly [acronym: string, type: EntityType, full: string]>;
  lowerDeps: ReadonlyArray<readonly [word: string, used: boolean]>;
}

/** Per name list (training may run another): stretch text -> where its sentences break -> its spans. */
const stretchCaches = new WeakMap<Gazetteer, NestedCache<StretchSpans>>();

/** The spans of every stretch of sentences, in order, with the document's acronym definitions. */
function sentenceSpans(d: DocTokens, raw: RawSpan[]): { spans: KeyedSpan[]; acronyms: Acronyms } {
  let cache = stretchCaches.get(d.gazetteer);
  if (!cache) stretchCaches.set(d.gazetteer, (cache = new NestedCache<StretchSpans>(4000)));
  const spans: KeyedSpan[] = [];
  const acronyms: Acronyms = new Map();
  let r = 0;
  let reader: StretchReader | undefined;
  for (const [from, to, first, last] of stretches(d, raw)) {
    const r0 = r;
    while (r < raw.length && raw[r]!.a < to) r++;
    let detail = '';
    // One sentence is keyed by its text (the analyser's key prepare() looked up); a longer stretch by its words and
    // where its sentences break.
    let key: string;
    if (first === last) key = d.sentText[first]!;
    else {
      key = textKey(d.text, d.starts[from]!, d.ends[to - 1]!);
      for (let k = first; k <= last; k++) {
        const [a, b] = d.sents[k]!;
        detail += `|${b - a},${d.headline[a]},${d.table[a]}`;
      }
    }
    const local = cache.get(
      key,
      detail,
      () => stretchSpans((reader ??= new StretchReader(d)), raw.slice(r0, r), from, to),
      // A sentence's tags change with facts of other sentences (tagger.ts): then it is computed again.
      (v) => sameSpans(v.raw, raw, r0, r, from) && v.lowerDeps.every(([w, used]) => d.docLower.has(w) === used),
    );
    for (const s of local.spans)
      spans.push({ a: s.a + from, b: s.b + from, type: s.type, conf: s.conf, key: s.key, text: s.text });
    for (const [acr, type, full] of local.acronyms) acronyms.set(acr, { type, full });
  }
  return { spans, acronyms };
}

/** Whether raw[r0, r), shifted by `from`, are the spans `cached`. */
function sameSpans(cached: readonly RawSpan[], raw: RawSpan[], r0: number, r: number, from: number): boolean {
  if (cached.length !== r - r0) return false;
  for (let k = 0; k < cached.length; k++) {
    const c = cached[k]!;
    const s = raw[r0 + k]!;
    if (c.a !== s.a - from || c.b !== s.b - from || c.type !== s.type || c.conf !== s.conf) return false;
  }
  return true;
}

/**
 * Token ranges [from, to) of sentences k = first..last that the sentence stages can read apart from the rest. A rule
 * may look a token or two past its sentence ("of" before a name, an all-caps neighbour, "(CES)" after one) and join
 * adjacent spans, so a sentence stands alone only after one that ends on punctuation no span covers; otherwise the
 * two are read together.
 */
function stretches(d: DocTokens, raw: RawSpan[]): Array<[number, number, number, number]> {
  const out: Array<[number, number, number, number]> = [];
  let first = 0;
  let maxB = 0;
  let r = 0;
  for (let k = 0; k < d.sents.length; k++) {
    const e = d.sents[k]![1];
    while (r < raw.length && raw[r]!.a < e) maxB = Math.max(maxB, raw[r++]!.b);
    if (k + 1 < d.sents.length && (WORD.test(d.words[e - 1]!) || maxB >= e)) continue;
    out.push([d.sents[first]![0], e, first, k]);
    first = k + 1;
  }
  return out;
}

/**
 * What the sentence stages of one resolve() share, made on the first stretch computed: the document as the rules
 * read it, with the document-wide facts they read recorded (a cached result is used only while those still hold),
 * and working arrays over its tokens (each stretch writes and reads only its own tokens: no clearing between them).
 */
class StretchReader {
  readonly d: DocTokens;
  readonly took: Uint8Array;
  readonly taken: Uint8Array;
  lowerDeps: Array<[string, boolean]> = [];

  constructor(doc: DocTokens) {
    const docLower: DocTokens['docLower'] = {
      has: (w: string) => {
        const used = doc.docLower.has(w);
        this.lowerDeps.push([w, used]);
        return used;
      },
      keys: () => doc.docLower.keys(),
    };
    this.d = Object.create(doc) as DocTokens;
    this.d.docLower = docLower;
    this.took = new Uint8Array(doc.n);
    this.taken = new Uint8Array(doc.n);
  }
}

/** The sentence stages on the tokens [from, to) and the tagger's spans there; spans come back relative to `from`. */
function stretchSpans(reader: StretchReader, raw: RawSpan[], from: number, to: number): StretchSpans {
  const { d } = reader;
  const lowerDeps = (reader.lowerDeps = []);
  const found = raw.slice();
  addListedPlaces(d, found, from, to, reader.took);
  let spans = repairTaggerSpans(d, found);
  addAirlines(d, spans);
  spans = addAcronymOrgs(d, spans, from, to, reader.taken);
  const acronyms = definedAcronyms(d, spans);
  placesAfterOf(d, spans);
  sportsClubs(d, spans);
  orgsByContext(d, spans);
  sidesOfResults(d, spans);
  return {
    raw: raw.map((s) => ({ a: s.a - from, b: s.b - from, type: s.type, conf: s.conf })),
    spans: spans.map((s) => ({
      a: s.a - from,
      b: s.b - from,
      type: s.type,
      conf: s.conf,
      key: keyOf(d, s.a, s.b),
      text: flatCopy(textOf(d, s.a, s.b)),
    })),
    acronyms: acronyms.map(([acr, type, full]) => [acr, type, flatCopy(full)] as const),
    lowerDeps,
  };
}

/** Names the tagger left out: listed places and organisations, "the city of X", "Wong Kwok-wai". */
function addListedPlaces(d: DocTokens, raw: RawSpan[], from: number, to: number, took: Uint8Array): void {
  // Countries, states, regions and large cities the tagger left out, when the list entry is the whole capitalised run.
  for (const s of raw) for (let k = s.a; k < s.b; k++) took[k] = 1;
  for (let i = from; i < to; i++) {
    const g = d.gaz[i];
    if (took[i] || !g || g[0] !== 'B' || d.shout[i]) continue;
    const cls = g.slice(2);
    let j = i + 1;
    while (j < d.n && d.gaz[j]?.[0] === 'I') j++;
    // Only words such as "The" or "In" may precede it in its capitalised run.
    let lead = d.runStart[i]! >= 0 ? d.runStart[i]! : i;
    while (lead < i && d.gazetteer.lex.get(d.lower[lead]!) === 1 && !d.gazetteer.first.has(d.words[lead]!)) lead++;
    // In a results table a city is usually its club: the tagger decides there.
    if (
      (cls === 'C' || cls === 'S' || cls === 'R' || (cls === 'P1' && !d.table[i]) || cls === 'O') &&
      lead === i &&
      d.runEnd[i] === j
    ) {
      let free = true;
      for (let k = i; k < j; k++) if (took[k]) free = false;
      if (free) raw.push({ a: i, b: j, type: cls === 'O' ? 'ORG' : 'PLACE', conf: 0 });
    }
    i = j - 1;
  }

  // "the city of Tarnopil": a capitalised run after a place noun and "of" is a place, even if the tagger missed it.
  for (let i = Math.max(2, from); i < to; i++) {
    if (took[i] || !(d.flags[i]! & 1) || d.words[i - 1]! !== 'of' || !PLACE_OF.has(d.words[i - 2]!)) continue;
    const j = d.runStart[i] === i ? d.runEnd[i]! : i + 1;
    let free = true;
    for (let k = i; k < j; k++) if (took[k]) free = false;
    if (free && !(j - i === 1 && (d.gazetteer.lex.get(d.lower[i]!) ?? 9) <= 2)) {
      raw.push({ a: i, b: j, type: 'PLACE', conf: 0 });
      for (let k = i; k < j; k++) took[k] = 1;
    }
  }
  // "Wong Kwok-wai": a short family name and a hyphenated given name the tagger left out are a person.
  for (let i = from; i + 1 < to; i++) {
    if (took[i] || took[i + 1] || !(d.flags[i]! & 1) || !(d.flags[i + 1]! & 1) || d.words[i + 1]!.indexOf('-') < 0)
      continue;
    if (
      d.sentOf(i) !== d.sentOf(i + 1) ||
      !ROMANISED_FAMILY.test(d.words[i]!) ||
      !ROMANISED_GIVEN.test(d.words[i + 1]!)
    )
      continue;
    if (
      NOT_GIVEN.has(d.words[i + 1]!.split('-')[1]!) ||
      (d.gazetteer.lex.get(d.lower[i]!) ?? 9) <= 2 ||
      STRONG_LISTS.has(d.gazetteer.classOfKey(d.lower[i]!) ?? '')
    )
      continue;
    raw.push({ a: i, b: i + 2, type: 'PERSON', conf: 0 });
    took[i] = took[i + 1] = 1;
  }
  raw.sort((x, y) => x.a - y.a);
}

/** The tagger's spans split, joined, retyped and trimmed by the rules above. */
function repairTaggerSpans(d: DocTokens, raw: RawSpan[]): RawSpan[] {
  const spans = extendGivenNames(
    d,
    repairOrgs(
      d,
      mergeAdjacent(
        d,
        raw.flatMap((s) => splitAtAndThe(d, s)),
      ).map((s) => orgByHead(d, s)),
    ),
  )
    .flatMap((s) => splitPerson(d, s))
    .map((s) => personByUnknownWords(d, personByGivenName(d, companyAfterTitle(d, s))))
    .map((s) => trimSpan(d, s))
    .filter((s): s is RawSpan => s !== null);

  return spans.flatMap((s) => productName(d, s));
}

/** "Air Malta", "Air Tarvania": an airline is named "Air" + a country or town; the tagger, meeting a listed place,
 * may leave "Air" out (most often at a sentence start, where a capital says nothing). */
function addAirlines(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const a = s.a - 1;
    if (a < 0 || s.type === 'PERSON' || d.words[a] !== 'Air' || d.runStart[a] !== d.runStart[s.a] || d.runStart[a]! < 0)
      continue;
    if (k > 0 && spans[k - 1]!.b > a) continue;
    spans[k] = { a, b: s.b, type: 'ORG', conf: 5 };
  }
}

/** An unknown all-caps abbreviation the tagger left out is, in news copy, almost always an organisation. */
function addAcronymOrgs(d: DocTokens, spans: RawSpan[], from: number, to: number, taken: Uint8Array): RawSpan[] {
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
    spans.push({ a: i, b: i + 1, type: 'ORG', conf: 0 });
  }
  return spans.sort((x, y) => x.a - y.a);
}

/** Acronyms defined in passing: "Ukrainian Center for Economic Strategy (CES)". */
function definedAcronyms(d: DocTokens, spans: RawSpan[]): Array<[string, EntityType, string]> {
  const acronyms: Array<[string, EntityType, string]> = [];
  for (const s of spans) {
    if (s.b - s.a < 2 || d.words[s.b] !== '(' || d.words[s.b + 2] !== ')') continue;
    const acr = d.words[s.b + 1]!;
    if (!ACRONYM_DEF.test(acr)) continue;
    const ini = initials(d, s.a, s.b);
    const letters = acr.replace(/[.&]/g, '');
    if (ini.endsWith(letters) || ini.includes(letters) || letters[0] === ini[0])
      acronyms.push([acr, s.type, textOf(d, s.a, s.b)]);
  }
  return acronyms;
}

/** "the town of Chasiv Yar", "the city of Dnipro": the noun before "of" types the name as a place. */
function placesAfterOf(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.a >= 2 && d.words[s.a - 1]! === 'of' && PLACE_OF.has(d.words[s.a - 2]!))
      spans[k] = { ...s, type: 'PLACE', conf: 5 };
  }
}

/** A listed country, state or region: it stays a place where a town would be read as its club or company (national
 * teams, "Norway's revenue"). */
function countryLike(d: DocTokens, s: RawSpan): boolean {
  const cls = d.gazetteer.classOfKey(keyOf(d, s.a, s.b));
  return cls === 'C' || cls === 'S' || cls === 'R';
}

/** Sports results: in a table line, or next to a results verb or a score in a sentence with a score, a town is its
 * club ("Porto beat Braga 3-1"). Countries stay places, as wire copy's national teams are. */
function sportsClubs(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const kind = d.table[s.a];
    if (!kind || s.type === 'MISC' || (s.type === 'PERSON' && !(kind === 1 && CLUB_WORDS.has(d.lower[s.b - 1]!))))
      continue;
    if (countryLike(d, s)) continue;
    const sent = d.sentOf(s.a);
    const near = (j: number) =>
      j >= 0 && j < d.n && d.sentOf(j) === sent && (RESULT_WORDS.has(d.lower[j]!) || isDigitWord(d.words[j]!));
    if (kind === 1 || near(s.b) || near(s.a - 1)) spans[k] = { ...s, type: 'ORG', conf: 2 };
  }
}

/** A result is played between two of a kind: in a sentence with a score, when one side of "A beat B" is a club, so
 * is the other ("Lazio beat Roma 2-0", "Milan drew 1-1 with Napoli"), whatever the tagger made of it. Two people stay
 * people (tennis, chess); countries stay places, as national teams are. */
function sidesOfResults(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1]!;
    const b = spans[k]!;
    if (d.table[a.a] !== 2 || d.sentOf(a.a) !== d.sentOf(b.a)) continue;
    let result = false;
    let between = true;
    for (let j = a.b; j < b.a && between; j++) {
      const w = d.lower[j]!;
      if (RESULT_WORDS.has(w)) result = true;
      else between = RESULT_LINKS.has(w) || isDigitWord(w);
    }
    if (!result || !between || (a.type === 'ORG') === (b.type === 'ORG')) continue;
    const k2 = a.type === 'ORG' ? k : k - 1;
    const other = spans[k2]!;
    if (other.type === 'MISC') continue;
    if (countryLike(d, other)) continue;
    spans[k2] = { ...other, type: 'ORG', conf: 2 };
  }
}

/** ", the country's largest carmaker," after token `end - 1`: an apposition whose head is a kind of organisation. */
function kindAfter(d: DocTokens, at: (j: number) => string, end: number): boolean {
  if (at(end) !== ',' || !ARTICLES.has(at(end + 1))) return false;
  for (let j = end + 2; j < end + 8; j++) {
    const w = at(j);
    if (!w || NOT_IN_PHRASE.has(w) || OFFICE_HEADS.has(w) || TITLE_WORDS.has(w)) return false;
    if (ORG_KIND_NOUNS.has(w) && !(d.flags[j]! & 1)) return HEAD_END.has(at(j + 1));
  }
  return false;
}

/** ", a lawyer," / ", the former finance minister," after token `end - 1`: an apposition about a person. */
function personAfter(d: DocTokens, at: (j: number) => string, end: number): boolean {
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
function kindBefore(d: DocTokens, at: (j: number) => string, j: number): boolean {
  if (!ORG_KIND_NOUNS.has(at(j)) || d.flags[j]! & 1) return false;
  for (let q = j - 1; q >= j - 6; q--) {
    const w = at(q);
    if (!w || NOT_IN_PHRASE.has(w) || OFFICE_HEADS.has(w) || TITLE_WORDS.has(w)) return false;
    if (ARTICLES.has(w)) return !NOT_IN_PHRASE.has(at(q - 1));
  }
  return false;
}

/** "Ordway posted a quarterly loss", "Dell said on Tuesday its revenue rose": a name whose next words are its reported
 * results is a company, whatever the tagger made of it. "said" needs "its" ("Lena Varga said profits fell" is hers to
 * say, not her profit). */
function reportsResults(at: (j: number) => string, end: number): boolean {
  const verb = at(end);
  if (!REPORTS.has(verb) && verb !== 'said' && verb !== 'says') return false;
  let its = false;
  for (let j = end + 1; j < end + 8; j++) {
    const w = at(j);
    if (RESULTS.has(w)) return its || REPORTS.has(verb);
    if (!RESULTS_FILLER.has(w)) return false;
    if (w === 'its') its = true;
  }
  return false;
}

/** A name the tagger typed as a person or a place, next to words only an organisation has, is an organisation: its
 * shares and officers, a club's players ("Vantrelix shares fell", "a spokeswoman for Marlowe", "signed for Tarvik").
 * Countries, states and regions stay places (national teams, "Norway's revenue"). */
function orgsByContext(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type === 'ORG' || s.type === 'MISC' || countryLike(d, s)) continue;
    // A person with a given name is a person ("Lena Varga shares …").
    if (s.type === 'PERSON' && s.b - s.a > 1 && d.gazetteer.first.has(d.words[s.a]!)) continue;
    const sent = d.sentOf(s.a);
    const at = (j: number) => (j >= 0 && j < d.n && d.sentOf(j) === sent ? d.lower[j]! : '');
    // The words after a pair of names are said of both: "Renault and Peugeot shares fell", "Milan and Napoli fans".
    const partner = spans[k + 1];
    const end = (at(s.b) === 'and' || at(s.b) === 'or') && partner?.a === s.b + 1 ? partner.b : s.b;
    const next = at(end);
    const possessive = next === "'s" || next === '’s';
    let org = false;
    if (s.type === 'PERSON') {
      // A person has fans, supporters, a spokesman, a coach and shares of their own ("Trump supporters", "a spokesman
      // for Pelosi", "Musk's shares in …"): only a share price moving, a company's officers or a club's players make a
      // person's name an organisation.
      const stock = possessive ? end + 1 : end;
      if (STOCK.has(at(stock))) org = MARKET_MOVES.has(at(stock + 1));
      else if (possessive) org = COMPANY_OFFICERS.has(at(end + 1)) || PLAYERS.has(at(end + 1));
      else org = PLAYERS.has(next) || reportsResults(at, end);
      if (!org) {
        const before = at(s.a - 1);
        const cue = at(s.a - 2);
        org = before === 'for' ? PLAYERS.has(cue) : (ORG_BEFORE.get(before)?.has(cue) ?? false);
      }
    } else {
      if (ORG_NEXT.has(next)) org = next !== 'shares' || !SHARES_VERB_NEXT.has(at(end + 1));
      else if (possessive) org = ORG_POSSESSED.has(at(end + 1));
      else org = reportsResults(at, end);
      if (!org) org = ORG_BEFORE.get(at(s.a - 1))?.has(at(s.a - 2)) ?? false;
    }
    // Sports copy: "Tarvik coach Lars Moe", and a player named as the town's ("Tarvik's Oskar Lind scored").
    if (!org && s.type === 'PLACE' && d.table[s.a]) {
      if (CLUB_NEXT.has(next)) org = true;
      else if (possessive && at(end + 1) && d.flags[end + 1]! & 1) org = true;
    }
    // "the carmaker Volvex": a kind of organisation right before the name, in lower case.
    if (!org && ORG_KIND_NOUNS.has(at(s.a - 1)) && !(d.flags[s.a - 1]! & 1)) org = true;
    // "Volvex, the country's largest carmaker, said …": an apposition whose head is such a noun.
    if (!org) org = kindAfter(d, at, end);
    // "The country's largest miner, Pellworth, said …": the name in apposition after such a noun phrase.
    if (!org) org = at(s.a - 1) === ',' && at(end) === ',' && kindBefore(d, at, s.a - 2);
    if (org) spans[k] = { ...s, type: 'ORG', conf: 2 };
  }
}

// --- The document stages --------------------------------------------------------------------------------------------

/** One type per name in a document: the tagger's confident votes decide. */
function typeVotes(spans: KeyedSpan[]): Map<string, Float64Array> {
  const votes = new Map<string, Float64Array>();
  for (const s of spans) {
    const k = s.key;
    const v = votes.get(k) ?? new Float64Array(4);
    const ti = TYPES.indexOf(s.type);
    v[ti] = v[ti]! + 1 + s.conf;
    votes.set(k, v);
  }
  return votes;
}

/** A surname or given name alone takes the type of the full name it belongs to: last words of persons' names. */
function personPartsOf(d: DocTokens, spans: KeyedSpan[], votes: Map<string, Float64Array>): Map<string, number> {
  const personParts = new Map<string, number>();
  for (const s of spans) {
    if (s.b - s.a < 2) continue;
    if (s.type !== 'PERSON' && argmax(votes.get(s.key)!) !== 0) continue;
    personParts.set(d.lower[s.b - 1]!, (personParts.get(d.lower[s.b - 1]!) ?? 0) + 1);
  }
  return personParts;
}

/** The type of a name in this document: acronyms, person parts and lists first, then the votes. */
function documentTypes(
  d: DocTokens,
  votes: Map<string, Float64Array>,
  personParts: Map<string, number>,
  acronyms: Acronyms,
): (s: KeyedSpan, fallback: EntityType) => EntityType {
  return ({ a, b, key: k }, fallback) => {
    if (b - a === 1) {
      const acr = acronyms.get(d.words[a]!);
      if (acr) return acr.type;
      if (personParts.has(k)) return 'PERSON';
    }
    // Names every list agrees on: countries, states, regions, well-known organisations, large cities.
    const cls = d.gazetteer.classOfKey(k);
    if (cls === 'O') return 'ORG';
    if (cls === 'C' || cls === 'S' || cls === 'R' || cls === 'P1' || cls === 'P2') {
      const v = votes.get(k);
      if (!(cls.startsWith('P') && v && TYPES[argmax(v)] === 'ORG')) return 'PLACE';
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
    const t = v ? TYPES[argmax(v)]! : fallback;
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

/** Repeats the tagger missed: the same capitalised words elsewhere (sentence-initial "Bessent", a headline). */
function addRepeats(
  d: DocTokens,
  spans: KeyedSpan[],
  personParts: Map<string, number>,
  acronyms: Acronyms,
): KeyedSpan[] {
  const covered = new Uint8Array(d.n);
  for (const s of spans) for (let k = s.a; k < s.b; k++) covered[k] = 1;
  const known = new Map<string, number>();
  for (const s of spans) known.set(s.key, s.b - s.a);
  for (const p of personParts.keys()) if (!known.has(p)) known.set(p, 1);
  for (const a of acronyms.keys()) known.set(a.toLowerCase(), 1);
  // The word counts of the known names by their first word, longest first: only those lengths can match at a token
  // (a key is its tokens' lower case joined by spaces, so its length is its word count).
  const lengthsByHead = new Map<string, number[]>();
  for (const [k, len] of known) {
    const space = k.indexOf(' ');
    const head = space < 0 ? k : k.slice(0, space);
    const lens = lengthsByHead.get(head);
    if (!lens) lengthsByHead.set(head, [len]);
    else if (!lens.includes(len)) lens.push(len);
  }
  for (const lens of lengthsByHead.values()) lens.sort((x, y) => y - x);
  const added: KeyedSpan[] = [];
  for (const [s, e] of d.sents) {
    for (let i = s; i < e; i++) {
      if (!(d.flags[i]! & 1) || covered[i]) continue;
      const lens = lengthsByHead.get(d.lower[i]!);
      if (!lens) continue;
      for (const len of lens) {
        if (len > 5 || i + len > e) continue;
        const k = keyOf(d, i, i + len);
        if (known.get(k) !== len) continue;
        let free = true;
        for (let q = i; q < i + len; q++) if (covered[q]) free = false;
        if (!free || !CAP0.test(d.words[i + len - 1]!)) continue;
        // A one-word name that is also an ordinary word in this document ("Truth", "Will") is not repeated blindly.
        if (len === 1 && (d.docLower.has(k) || (d.gazetteer.lex.get(k) ?? 9) <= 2)) continue;
        if (i + len < e && CAP0.test(d.words[i + len]!) && !d.shout[i + len]) continue; // part of a longer name
        if (i > s && CAP0.test(d.words[i - 1]!) && i - 1 !== s && !TITLE_WORDS.has(d.lower[i - 1]!)) continue;
        added.push({ a: i, b: i + len, type: 'MISC', conf: 0, key: k });
        for (let q = i; q < i + len; q++) covered[q] = 1;
        i += len - 1;
        break;
      }
    }
  }
  return added.length ? spans.concat(added).sort((x, y) => x.a - y.a) : spans;
}

/**
 * In a Title Case headline every word is capitalised: trust only names the body, a list or an unknown word vouches
 * for. A headline read as one long name ("Ferreira Heads To Lisbon As Port Strike Drags On") keeps only the names
 * inside it that the body or a list knows.
 */
function headlineNames(
  d: DocTokens,
  spans: KeyedSpan[],
  acronyms: Acronyms,
): { spans: KeyedSpan[]; vouched: (s: KeyedSpan) => boolean } {
  const bodyKeys = new Set<string>();
  const bodyLast = new Set<string>();
  for (const s of spans) {
    if (d.headline[s.a]) continue;
    bodyKeys.add(s.key);
    if (s.b - s.a > 1) bodyLast.add(d.lower[s.b - 1]!);
  }
  const vouched = (s: KeyedSpan) => {
    if (bodyKeys.has(s.key) || d.gazetteer.classOfKey(s.key)) return true;
    for (let k = s.a; k < s.b; k++) if (!d.gazetteer.lex.has(d.lower[k]!) && !CONNECTORS.has(d.lower[k]!)) return true;
    return s.b - s.a === 1 && acronyms.has(d.words[s.a]!);
  };
  const listed = (cls: string | undefined) =>
    cls === 'C' || cls === 'S' || cls === 'R' || cls === 'P1' || cls === 'P2' || cls === 'O';
  const inHeadline = (s: KeyedSpan): KeyedSpan[] => {
    if (s.b - s.a >= 2 && !bodyKeys.has(s.key)) {
      // A name the body knows (or its surname) run into the headline's words, the first of them a common word
      // ("Ferreira Heads …"): cut back to the name.
      // The first few words only: a long span must not cost a key per word (linear time on any input).
      for (let e = Math.min(s.b - 1, s.a + 4); e > s.a; e--) {
        const k = keyOf(d, s.a, e);
        if ((bodyKeys.has(k) || bodyLast.has(k)) && d.gazetteer.lex.has(d.lower[e]!))
          return [{ ...s, b: e, key: k, text: undefined }];
      }
    }
    if (s.b - s.a < 3 || bodyKeys.has(s.key)) return [s];
    let glue = false;
    for (let k = s.a + 1; k < s.b; k++) if (HEADLINE_GLUE.has(d.lower[k]!)) glue = true;
    if (!glue) return [s];
    const inner: KeyedSpan[] = [];
    for (let i = s.a; i < s.b; i++) {
      for (let len = Math.min(5, s.b - i); len >= 1; len--) {
        const k = keyOf(d, i, i + len);
        if (!bodyKeys.has(k) && !listed(d.gazetteer.classOfKey(k))) continue;
        inner.push({ a: i, b: i + len, type: s.type, conf: 0, key: k });
        i += len - 1;
        break;
      }
    }
    return inner;
  };
  // The body's spans pass as they are (no array per span: this runs at every keystroke).
  const out: KeyedSpan[] = [];
  for (const s of spans) {
    if (!d.headline[s.a]) out.push(s);
    else for (const r of inHeadline(s)) out.push(r);
  }
  return { spans: out, vouched };
}

/** Other names of a country take its usual name ("US", "U.S.", "America" -> "United States"). */
function usualCountryNames(d: DocTokens, out: Entity[]): void {
  const countryNames = new Map<string, string | undefined>();
  for (const e of out) {
    if (e.type !== 'PLACE') continue;
    let c = countryNames.get(e.canonical);
    if (!countryNames.has(e.canonical)) countryNames.set(e.canonical, (c = usualName(d.gazetteer, e.canonical)));
    if (c) e.canonical = c;
  }
}

// A country's usual name by another of its names, kept between analyses (per name list: training may run another).
const usualNames = new WeakMap<Gazetteer, KernelCache<string, string | null>>();
function usualName(g: Gazetteer, name: string): string | undefined {
  let cache = usualNames.get(g);
  if (!cache) usualNames.set(g, (cache = new KernelCache(4000)));
  return cache.get(name, (n) => g.canonicalOf(n) ?? null) ?? undefined;
}

function argmax(v: Float64Array): number {
  let best = 0;
  for (let t = 1; t < v.length; t++) if (v[t]! > v[best]!) best = t;
  return best;
}

const norm = (s: string) => s.replace(/^the\s+/i, '').toLowerCase();
/** A name without a leading "the", in lower case, and its words; the same names come back at every keystroke. */
const normalisedNames = new KernelCache<string, { n: string; ws: readonly string[] }>(8000);
const normalisedName = (text: string) =>
  normalisedNames.get(text, (t) => {
    const n = norm(t);
    return { n, ws: n.split(/\s+/) };
  });

/** The fullest same-type form of each name in the document: "Zelensky" -> "Volodymyr Zelensky", "CES" -> its expansion. */
export function fillCanonical(ents: Entity[], acronyms: Map<string, { type: EntityType; full: string }>): void {
  // Names indexed by type and word: a fuller form must contain every word of the shorter one, so only names that
  // share its first word are compared (linear in the names, not quadratic). Maps by type, then by text or word: no
  // key is built by concatenation, and each distinct name is normalised and split once.
  const byType = new Map<EntityType, { names: Map<string, NameForm>; byWord: Map<string, NameForm[]> }>();
  for (const e of ents) {
    let t = byType.get(e.type);
    if (!t) byType.set(e.type, (t = { names: new Map(), byWord: new Map() }));
    if (t.names.has(e.text)) continue;
    const { n, ws } = normalisedName(e.text);
    const form: NameForm = { text: e.text, n, ws, best: undefined };
    t.names.set(e.text, form);
    for (const w of new Set(form.ws)) {
      const list = t.byWord.get(w);
      if (list) list.push(form);
      else t.byWord.set(w, [form]);
    }
  }
  for (const e of ents) {
    const acr = acronyms.get(e.text);
    if (acr && acr.type === e.type) {
      e.canonical = acr.full;
      continue;
    }
    const t = byType.get(e.type)!;
    const form = t.names.get(e.text)!;
    if (form.best !== undefined) {
      e.canonical = form.best;
      continue;
    }
    const me = form.n;
    const words = form.ws;
    let best = e.text;
    let bestLen = me.length;
    for (const { text: other, n: o, ws: ow } of t.byWord.get(words[0]!) ?? []) {
      if (o.length <= bestLen || ow.length <= words.length) continue;
      const fits =
        e.type === 'PERSON'
          ? ow.slice(-words.length).join(' ') === me || ow.slice(0, words.length).join(' ') === me
          : ` ${o} `.includes(` ${me} `);
      if (fits) {
        best = other;
        bestLen = o.length;
      }
    }
    form.best = best;
    e.canonical = best;
  }
}

interface NameForm {
  text: string;
  /** The name without a leading "the", in lower case, and its words. */
  n: string;
  ws: readonly string[];
  /** Its fullest form, once found. */
  best: string | undefined;
}
