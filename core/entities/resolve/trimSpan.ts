// A sentence stage (inside repairTaggerSpans): a span split where a title or place ends and a person's name begins,
// then trimmed of titles, articles and stray punctuation.
import type { DocTokens } from '../features';
import {
  GROUP_POSSESSORS,
  CONNECTORS,
  DIRECTIONS,
  NEVER_ALONE,
  NOT_ORG_ACRONYMS,
  OFFICE_HEADS,
  PERSON_PARTICLES,
  POSITIONS,
  TITLE_WORDS,
} from '../lists';
import { keyOf, type RawSpan } from './spans';
import { ALL_CAPS, CAP0, CAP_DOT, isDemonym, isGeneric, isSuffix, LOWER0, POSSESSIVE_S, TWO_CAPS, WORD } from './words';

// No place or organisation in the name lists is longer than this; looking up longer heads would only make a long
// run of capitalised words (a title-case table) cost length².
const MAX_LIST_WORDS = 8;

/** Splits a span where a title or a place ends and a person's name begins ("Ukraine Keith Kellogg", "US President Joe X"). */
export function splitPerson(d: DocTokens, s: RawSpan): RawSpan[] {
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
    if (LOWER0.test(d.words[k]!) && !CONNECTORS.has(d.words[k]!) && !POSSESSIVE_S.test(d.words[k]!)) {
      b = k;
      break;
    }
  }
  // "FTU's Alice Mak": the possessor is another name; keep the part after it. Not a people's or workers' own body
  // ("Sudan People's Liberation Army").
  for (let k = b - 1; k > a; k--)
    if (/^['’][sS]$/.test(d.words[k]!) && !GROUP_POSSESSORS.has(low[k - 1]!)) {
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
    // "US Treasury (Secretary)": a country followed only by office words is the country, where an office or a name
    // follows them ("US Treasury Secretary Scott Bessent"); alone they name the body ("The U.S. Treasury said").
    let g = b;
    while (g - a > 1 && TITLE_WORDS.has(low[g - 1]!)) g--;
    const office = b < s.b || (b < d.n && d.sentOf(b) === d.sentOf(a) && (d.flags[b]! & 1) !== 0);
    if (g < b && office && d.gazetteer.classOfKey(keyOf(d, a, g))) b = g;
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
