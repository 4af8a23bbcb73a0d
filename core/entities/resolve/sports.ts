// Sentence stages: in sports results a town is its club, and the two sides of a result are of one kind.
import type { DocTokens } from '../features';
import { CLUB_WORDS, RESULT_LINKS, RESULT_WORDS } from '../lists';
import type { RawSpan } from './spans';
import { countryLike, isDigitWord } from './words';

/** Sports results: in a table line, or next to a results verb or a score in a sentence with a score, a town is its
 * club ("Porto beat Braga 3-1"). Countries stay places, as wire copy's national teams are. */
export function sportsClubs(d: DocTokens, spans: RawSpan[]): void {
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
export function sidesOfResults(d: DocTokens, spans: RawSpan[]): void {
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

/** Words that open a list of goal scorers: "Scorers: Lind 12, Moe 56", "Goals: Kasimov (pen) 40". */
const SCORER_HEADS = new Set(['scorers', 'scorer', 'goalscorers', 'goals', 'scored']);

/** A list of scorers names players: a name there is a person (the tagger and the table rules read "Lind 12" as a club
 * in a results line), except a team's name before a dash ("Tarvik - Lind 12, Moe 56"). */
export function scorersLines(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type === 'PERSON' || s.type === 'MISC') continue;
    const sent = d.sentOf(s.a);
    const first = d.sents[sent]![0];
    if (!SCORER_HEADS.has(d.lower[first]!) || d.lower[first + 1] !== ':') continue;
    const next = s.b < d.n && d.sentOf(s.b) === sent ? d.lower[s.b]! : '';
    if (next === '-' || next === '–' || next === ':' || countryLike(d, s)) continue;
    spans[k] = { ...s, type: 'PERSON', conf: 2 };
  }
}
