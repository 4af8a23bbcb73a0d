// A sentence stage (inside repairTaggerSpans): a sporting event named after a place or a sponsor is no name of the
// three kinds; the place inside it is not the story's place either.
import type { DocTokens } from '../features';
import { EVENT_WORDS } from '../lists';
import type { RawSpan } from './spans';
import { listedOrganisation } from './words';

const CAPITAL = /\p{Lu}/u;

/** "the Velden Open", "the Lakeside Classic", "VELDEN OPEN" (where the tagger stopped before the event's word), "the
 * Ostmark Grand Prix": the span is part of an event's name (no person, organisation or place), unless a list knows
 * the span as a company or organisation. */
export function eventName(d: DocTokens, s: RawSpan): boolean {
  if (tourOf(d, s)) return true;
  const last = s.b - 1;
  if (isEventWord(d, last, s) || (s.b < d.n && d.sentOf(s.b) === d.sentOf(s.a) && isEventWord(d, s.b, s)))
    return !listedOrganisation(d, s.a, s.b) && !d.gazetteer.first.has(d.words[s.a]!); // "Scott Masters" is a person
  return false;
}

/** Token k, the span's last word (not its only one) or the word after it, is an event's word ("Open", "Grand Prix"). */
function isEventWord(d: DocTokens, k: number, s: RawSpan): boolean {
  // The text as written: a shouted headline's case-restored view has "open" for "OPEN".
  if (k === s.a || !CAPITAL.test(d.text.charAt(d.starts[k]!))) return false;
  const w = d.lower[k]!;
  return EVENT_WORDS.has(w) || (w === 'grand' && k + 1 < d.n && d.lower[k + 1] === 'prix');
}

/** "the Tour de France", "the Tour of Britain": a race named "Tour" of a place, the place inside it too. */
function tourOf(d: DocTokens, s: RawSpan): boolean {
  const tour = (k: number) => k >= 0 && d.lower[k] === 'tour' && CAPITAL.test(d.text.charAt(d.starts[k]!));
  const of = (k: number) => d.lower[k] === 'de' || d.lower[k] === 'of';
  if (tour(s.a) && s.b - s.a >= 3 && of(s.a + 1)) return true;
  return s.a >= 2 && of(s.a - 1) && tour(s.a - 2) && d.sentOf(s.a - 2) === d.sentOf(s.a);
}
