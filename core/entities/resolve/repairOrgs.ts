// A sentence stage (inside repairTaggerSpans): organisation and facility names the tagger broke in two joined again
// and extended to their whole capitalised run.
import { CALENDAR_NAMES } from '../../lexicon';
import type { EntityType } from '../../types';
import type { DocTokens } from '../features';
import {
  CLUB_PLACE_WORDS,
  COMPANY_ENDINGS,
  COMPASS_ADJECTIVES,
  FACILITY_SUFFIXES,
  NOT_COMPANY_WORDS,
  OFFICE_HEADS,
  ORG_SUFFIXES,
  PLACE_FACILITIES,
  PLACE_SUFFIXES,
} from '../lists';
import { keyOf, type RawSpan } from './spans';
import { allCommon, companyHead, GAZ_STRONG, isSuffix, suffixType } from './words';

/** Repairs names the tagger broke in two: "University" + "of" + "Texas", "National Air" + "and" + "Space Museum";
 * and extends "Protection Agency" to the capitalised words before it ("Environmental Protection Agency"). */
export function repairOrgs(d: DocTokens, spans: RawSpan[]): RawSpan[] {
  const out = joinAcrossConnectives(d, spans);
  extendRight(d, out);
  joinPlaceOwners(d, out);
  extendLeft(d, out);
  headBeforeOf(d, out);
  countryCompanies(d, out);
  companyEndingAfter(d, out);
  return out;
}

/** "Texas" + "Instruments", "Piper" + "Aircraft": a trade or legal form the tagger left after a name (of any type) ends
 * a company's name; not in a headline or table, whose every word is capitalised. Longer runs are the later stages'
 * ("Oslo Aviation Museum" is a place). Edits `out` in place. */
function companyEndingAfter(d: DocTokens, out: RawSpan[]): void {
  for (let k = 0; k < out.length; k++) {
    const s = out[k]!;
    const b = s.b;
    const ceiling = k + 1 < out.length ? out[k + 1]!.a : d.n;
    if (b >= ceiling || !COMPANY_ENDINGS.has(d.lower[b]!) || !(d.flags[b]! & 1)) continue;
    if (d.headline[b] || d.table[b] || d.shout[b] || d.sentOf(b) !== d.sentOf(s.a)) continue;
    if (d.text[d.starts[b]! - 1] !== ' ') continue;
    out[k] = { ...s, b: b + 1, type: 'ORG' };
  }
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
export function namesCompanyAfterCountry(d: DocTokens, i: number): boolean {
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
