// A sentence stage: wire headlines in capitals ("TENNIS - SELES BEATS MARTINEZ IN QUARTER-FINALS."), where the tagger
// reads case-restored words and has no context beyond the line.
import type { DocTokens } from '../features';
import type { RawSpan } from './spans';

/** In a headline in capitals: after an individual sport's label a one-word name is a player, not a club ("TENNIS -
 * SELES BEATS MARTINEZ"; not a word of four letters or fewer, which may be a federation's initials, "IAAF", nor one after "the", a tournament's,
 * "RESULTS AT THE HARSTAD INDOOR"); a hyphened common word is no name
 * ("QUARTER-FINALS", "ONE-SHOT"); and a name does not run on into the headline's verb ("ORIOLES WIN AGAIN"). */
export function shoutedHeadlines(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  let out = spans;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.a < from || s.b > to || !d.headline[s.a] || !inCapitals(d, s.a) || s.type === 'MISC') continue;
    let next: RawSpan | null = s;
    if (s.b - s.a === 1 && commonHyphened(d, s.a)) next = null;
    else if (s.b - s.a >= 2 && HEADLINE_VERBS.has(d.lower[s.b - 1]!)) next = { ...s, b: s.b - 1 };
    else if (
      s.b - s.a === 1 &&
      s.type === 'ORG' &&
      d.lower[s.a]!.length > 4 &&
      d.lower[s.a - 1] !== 'the' &&
      individualSport(d, d.sents[d.sentOf(s.a)]![0], s.a)
    )
      next = { ...s, type: 'PERSON', conf: 2 };
    if (next === s) continue;
    if (out === spans) out = spans.slice();
    const at = out.indexOf(s);
    if (next) out[at] = next;
    else out.splice(at, 1);
  }
  return out;
}

/** Token i as written is in capitals (a shouted sentence's words are case-restored in `d.words`). */
function inCapitals(d: DocTokens, i: number): boolean {
  const w = d.text.slice(d.starts[i]!, d.ends[i]!);
  return w !== w.toLowerCase() && w === w.toUpperCase();
}

/** "QUARTER-FINALS", "ONE-SHOT": a word of hyphened parts, each a common word (or its plural). */
function commonHyphened(d: DocTokens, i: number): boolean {
  const lw = d.lower[i]!;
  if (!lw.includes('-')) return false;
  const lex = d.gazetteer.lex;
  return lw.split('-').every((p) => p.length > 0 && (lex.has(p) || (p.endsWith('s') && lex.has(p.slice(0, -1)))));
}

/** Whether the sentence opening at `start` is labelled with an individual sport before a dash ahead of token i
 * ("TENNIS -", "MOTOR RACING -"). */
function individualSport(d: DocTokens, start: number, i: number): boolean {
  let j = start;
  while (j < i && d.lower[j] !== '-') j++;
  if (j >= i || d.lower[j] !== '-' || j === start) return false;
  return INDIVIDUAL_SPORTS.has(d.lower.slice(start, j).join(' '));
}

/** Sports played by one person against another, as wire headlines label them. */
const INDIVIDUAL_SPORTS = new Set([
  'tennis',
  'golf',
  'athletics',
  'boxing',
  'cycling',
  'chess',
  'squash',
  'badminton',
  'snooker',
  'skiing',
  'alpine skiing',
  'nordic skiing',
  'swimming',
  'motor racing',
  'motorcycling',
  'formula one',
  'table tennis',
  'triathlon',
  'wrestling',
  'judo',
  'figure skating',
  'speed skating',
  'gymnastics',
]);

/** The verbs of headlines, which a shouted name may run into ("ORIOLES WIN AGAIN"). */
const HEADLINE_VERBS = new Set(
  `win wins beat beats lose loses take takes hit hits say says get gets sign signs name names hold holds draw draws
   lead leads hand hands end ends keep keeps reach reaches`.split(/\s+/),
);
