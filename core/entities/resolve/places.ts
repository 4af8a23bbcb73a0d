// Sentence stages: places (and "Wong Kwok-wai" persons) the tagger left out, and "the city of X" typed as a place.
import type { DocTokens } from '../features';
import { NOT_GIVEN, PLACE_OF } from '../lists';
import { placeAfter } from './appositions';
import type { RawSpan } from './spans';
import { ROMANISED_FAMILY, ROMANISED_GIVEN, STRONG_LISTS } from './words';

/** Names the tagger left out: listed places and organisations, "the city of X", "Wong Kwok-wai". */
export function addListedPlaces(d: DocTokens, raw: RawSpan[], from: number, to: number, took: Uint8Array): void {
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

/** "the town of Chasiv Yar", "the city of Dnipro": the noun before "of" types the name as a place; so does a state or
 * country's "-based" after it ("the Austin, Texas-based company": the city where it is based). */
export function placesAfterOf(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const based = d.words[s.b] === ',' && s.b + 1 < d.n && BASED_IN.test(d.words[s.b + 1]!);
    if (based || (s.a >= 2 && d.words[s.a - 1]! === 'of' && PLACE_OF.has(d.words[s.a - 2]!)))
      spans[k] = { ...s, type: 'PLACE', conf: 5 };
    else if (
      s.type !== 'PLACE' &&
      s.a >= 1 &&
      d.lower[s.a - 1] === 'the' &&
      s.b < d.n &&
      PLACE_KINDS_AFTER.has(d.words[s.b]!) &&
      d.sentOf(s.b) === d.sentOf(s.a)
    )
      // "the Erez crossing", "the Jenin camp": a name between "the" and a kind of place, in lower case, is the place's.
      spans[k] = { ...s, type: 'PLACE', conf: 5 };
    else if (s.type === 'PERSON' && !d.gazetteer.first.has(d.words[s.a]!)) {
      // "Nizhny Novgorod, Russia's third-largest city,": a name in apposition with a kind of place is the place.
      const sent = d.sentOf(s.a);
      if (placeAfter(d, (j) => (j < d.n && d.sentOf(j) === sent ? d.lower[j]! : ''), s.b))
        spans[k] = { ...s, type: 'PLACE', conf: 5 };
    }
  }
}

/** A place's "-based" ("Texas-based", "N.J.-based"). */
const BASED_IN = /^\p{Lu}[\p{L}.]*-based$/u;

/** Kinds of place written after their name, in lower case ("the Erez crossing"). */
const PLACE_KINDS_AFTER = new Set(['crossing', 'checkpoint', 'camp', 'bridge', 'border', 'valley', 'pass', 'strait']);
