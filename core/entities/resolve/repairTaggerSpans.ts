// A sentence stage: the tagger's spans split, joined, retyped and trimmed (with the rules of repairOrgs, retype,
// trimSpan and products).
import type { DocTokens } from '../features';
import { GROUP_POSSESSORS, ORG_SUFFIXES, TITLE_WORDS } from '../lists';
import { eventName } from './events';
import { productName } from './products';
import { repairOrgs } from './repairOrgs';
import { companyAfterTitle, orgByHead, personByGivenName, personByUnknownWords, teamByNickname } from './retype';
import { keyOf, type RawSpan } from './spans';
import { splitPerson, trimSpan } from './trimSpan';
import { PARTICLE, suffixType } from './words';

/** The tagger's spans in the sentences of tokens [from, to) split, joined, retyped and trimmed, in this order. */
export function repairTaggerSpans(d: DocTokens, raw: RawSpan[], from: number, to: number): RawSpan[] {
  const split = raw.flatMap((s) => splitAtAndThe(d, s));
  const joined = groupsNames(d, withLegalForms(d, mergeAdjacent(d, split)), from, to).map((s) => orgByHead(d, s));
  const named = extendGivenNames(d, repairOrgs(d, joined));
  const people = named
    .flatMap((s) => splitPerson(d, s))
    .map((s) => teamByNickname(d, personByUnknownWords(d, personByGivenName(d, companyAfterTitle(d, s)))));
  const trimmed = people.map((s) => trimSpan(d, s)).filter((s): s is RawSpan => s !== null);
  return trimmed.flatMap((s) => (eventName(d, s) ? [] : productName(d, s)));
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

/** Legal forms that follow a company's name after a comma ("Harwick Logistics, LLC"). Not "Co." ("Galway, Co. Galway"
 * names an Irish county) nor "SA" (a country's abbreviation after a town's name). */
const LEGAL_AFTER_COMMA = new Set(['inc', 'corp', 'ltd', 'llc', 'llp', 'plc', 'gmbh', 'pty', 'l.p']);

/** "Torvald Systems, Inc.": a legal form after a comma belongs to the name before it, which it makes a company; the
 * tagger reads the form as a name of its own. */
function withLegalForms(d: DocTokens, spans: RawSpan[]): RawSpan[] {
  let out: RawSpan[] | undefined;
  for (let q = 0; q < spans.length; q++) {
    const s = spans[q]!;
    const c = s.b;
    if (s.type === 'MISC' || d.words[c] !== ',' || c + 1 >= d.n || d.sentOf(c + 1) !== d.sentOf(s.a)) continue;
    if (!LEGAL_AFTER_COMMA.has(d.lower[c + 1]!) || !(d.flags[c + 1]! & 1)) continue;
    out ??= spans.slice();
    out[q] = { ...s, b: c + 2, type: 'ORG' };
    // The form tagged alone ("Inc") is part of the name now.
    if (spans[q + 1]?.a === c + 1) out[q + 1] = { ...spans[q + 1]!, a: -1 };
  }
  return out ? out.filter((s) => s.a >= 0) : spans;
}

/** The names around a group's possessive (GROUP_POSSESSORS) joined into one organisation's (a country before its own
 * possessive stays: "China's People's Liberation Army"), or a state's ("Democratic People's Republic of Korea"). */
function groupsNames(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  let out: RawSpan[] | undefined;
  for (let i = from + 1; i + 2 < to; i++) {
    if (!GROUP_POSSESSORS.has(d.lower[i]!) || !(d.flags[i]! & 1) || !POSSESSIVE_MARK.test(d.words[i + 1]!)) continue;
    const sent = d.sentOf(i);
    if (d.sentOf(i + 2) !== sent || !(d.flags[i + 2]! & 1)) continue;
    let a = i;
    while (a > 0 && d.sentOf(a - 1) === sent && d.flags[a - 1]! & 1 && d.lower[a - 1] !== 'the' && i - a < 3) a--;
    let b = i + 2;
    while (b < d.n && d.sentOf(b) === sent && d.flags[b]! & 1 && b - i < 6) b++;
    // "… People's Republic of China": the country's name goes on after "of", and names a place.
    let state = false;
    for (let k = i + 2; k < b; k++) if (d.lower[k] === 'republic') state = true;
    if (state && d.words[b] === 'of' && b + 1 < d.n && d.sentOf(b + 1) === sent && d.flags[b + 1]! & 1) {
      b += 2;
      while (b < d.n && d.sentOf(b) === sent && d.flags[b]! & 1 && b - i < 9) b++;
    }
    out = (out ?? spans).filter((s) => s.b <= a || s.a >= b);
    out.push({ a, b, type: state ? 'PLACE' : 'ORG', conf: 1 });
    out.sort((x, y) => x.a - y.a);
    i = b - 1;
  }
  return out ?? spans;
}

/** "'s", "’s", or the apostrophe alone after a plural ("Workers'"). */
const POSSESSIVE_MARK = /^['’]s?$/;

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
