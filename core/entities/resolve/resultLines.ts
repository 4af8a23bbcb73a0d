// A sentence stage: the lines of results tables, fixture lists and prices tables, read by their shape (capitalised
// sides, scores, prices) rather than by the tagger, which reads a common word ("Reading", "Hearts") as none.
import type { DocTokens } from '../features';
import type { RawSpan } from './spans';
import { allCommon, capitalRun, isDigitWord, nationLike } from './words';

/** Most words in a side's name on a results line. */
const SIDE_WORDS = 4;

/** The sides of a results line ("Reading 2 Bury 1", "Hearts 1 Rangers 3 (aet)") and the side opening a standings row
 * ("Hearts 14 7 4 3 20 15 25") are clubs, also where the tagger read a common word ("Reading", "Hearts") as none or a
 * club's name as a person's ("Port Vale"). A country stays a place; two people on a line stay people (a chess
 * result), and so does a person's name opening a row (a golfer's or runner's). Found or retyped here, in the table lines
 * of tokens [from, to). */
export function sidesOfResultLines(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  /** a, b of each side, and whether it is one of a result's two (else it opens a standings row). */
  let sides: [number, number, boolean][] | undefined;
  for (let k = from < to ? d.sentOf(from) : d.sents.length; k < d.sents.length; k++) {
    const [a, b] = d.sents[k]!;
    if (a >= to) break;
    if (b - a < 3) continue;
    const first = capitalRun(d, a, b, SIDE_WORDS);
    const fixture = first > a && FIXTURE_LINKS.has(d.words[first]!) ? capitalRun(d, first + 1, b, SIDE_WORDS) : -1;
    if (fixture > first + 1 && called(d, fixture, b)) {
      // "Toronto at Chicago, postponed (snow)", "Ostmark v Tarvik": a line of its own; called off, or between two
      // places or clubs ("Smith at Heathrow" is a caption, "Smith v Jones" a lawsuit).
      if (fixture < b || (named(spans, a, first) && named(spans, first + 1, fixture)))
        (sides ??= []).push([a, first, true], [first + 1, fixture, true]);
      continue;
    }
    // "NORSK HYDRO 412.50 up 3.50", "ORKLA 61.40 unchanged": a share's price and its move after the company.
    // A currency or a metal in common words is none ("DOLLAR 6.4510 up 0.0020").
    if (
      first > a &&
      PRICE.test(d.words[first]!) &&
      PRICE_MOVES.has(d.lower[first + 1] ?? '') &&
      !allCommon(d, a, first)
    ) {
      (sides ??= []).push([a, first, false]);
      continue;
    }
    if (d.table[a] !== 1) continue;
    const one = sideRun(d, a, b);
    if (one === a || one >= b || !SCORE.test(d.words[one]!)) continue;
    const second = sideRun(d, one + 1, b);
    if (second > one + 1 && second < b && SCORE.test(d.words[second]!) && restIsNote(d, second + 1, b)) {
      const people = personAt(d, spans, a, one) && personAt(d, spans, one + 1, second);
      if (!people) (sides ??= []).push([a, one, true], [one + 1, second, true]);
      continue;
    }
    if (first === a || !SCORE.test(d.words[first]!)) continue;
    let j = first;
    while (j < b && isDigitWord(d.words[j]!)) j++;
    if (j - first >= 6 && j === b) (sides ??= []).push([a, first, false]);
  }
  if (!sides) return spans;
  let out = spans;
  for (const [a, b, result] of sides) {
    // The side is the whole run before its score: spans inside it are parts the tagger cut short ("Sheffield" of
    // "Sheffield Wednesday"); one reaching outside it, or a club already, is left alone.
    const inside = out.filter((s) => s.a < b && a < s.b);
    if (inside.some((s) => s.a < a || s.b > b || s.type === 'MISC')) continue;
    if (inside.length === 1 && inside[0]!.a === a && inside[0]!.b === b && inside[0]!.type === 'ORG') continue;
    // A person's whole name opening a row (a given name first) is a golfer's or a runner's.
    const person = (s: RawSpan) => s.type === 'PERSON' && s.a === a && s.b === b && d.gazetteer.first.has(d.words[a]!);
    if (!result && inside.some(person)) continue;
    const side: RawSpan = { a, b, type: 'ORG', conf: 2 };
    if (nationLike(d, side)) continue;
    out = out.filter((s) => !inside.includes(s));
    out.push(side);
  }
  return out === spans ? spans : out.sort((x, y) => x.a - y.a);
}

/** A share's price ("412.50", "61,40"). */
const PRICE = /^\d+[.,]\d+$/;

/** How a share's price moved, after it in a prices table. */
const PRICE_MOVES = new Set(['up', 'down', 'unchanged', 'off', 'steady', 'firmer', 'weaker', 'higher', 'lower']);

/** What joins the two sides of a fixture. */
const FIXTURE_LINKS = new Set(['at', 'v', 'vs', 'v.', 'vs.']);

/** What may be said of a fixture after a comma ("postponed", "abandoned"). */
const CALLED_OFF = new Set(['postponed', 'cancelled', 'canceled', 'abandoned', 'suspended', 'ppd']);

/** Whether tokens [i, end) end a fixture's line: nothing (a sentence ending on a word ends at a line's end), or a
 * comma, a word calling it off and a note. */
function called(d: DocTokens, i: number, end: number): boolean {
  if (i === end) return true;
  return d.words[i] === ',' && i + 1 < end && CALLED_OFF.has(d.lower[i + 1]!) && restIsNote(d, i + 2, end);
}

/** Whether a place's or an organisation's span is exactly [a, b). */
function named(spans: readonly RawSpan[], a: number, b: number): boolean {
  return spans.some((s) => s.a === a && s.b === b && s.type !== 'PERSON' && s.type !== 'MISC');
}

/** Whether a person's span with a whole name (fullName) is exactly [a, b). */
function personAt(d: DocTokens, spans: readonly RawSpan[], a: number, b: number): boolean {
  return spans.some((s) => s.a === a && s.b === b && s.type === 'PERSON' && fullName(d, a, b));
}

/** A person's whole name as a results line gives it: a given name and more ("Anna Lindqvist"); "St Pauli" is a club's. */
function fullName(d: DocTokens, a: number, b: number): boolean {
  return b - a >= 2 && d.gazetteer.first.has(d.words[a]!);
}

/** A score on a results line or a count in a standings row. */
const SCORE = /^\d{1,3}$/;

/** Where a side's name from token i ends: its capitalised words, after a founding year some clubs carry ("1860
 * Munich"). */
function sideRun(d: DocTokens, i: number, end: number): number {
  if (i + 1 < end && /^1[89]\d\d$/.test(d.words[i]!) && d.flags[i + 1]! & 1)
    return capitalRun(d, i + 1, end, SIDE_WORDS);
  return capitalRun(d, i, end, SIDE_WORDS);
}

/** Whether tokens [i, end) are nothing, or a note in brackets ("(aet)", "(2-1 on penalties)"), or a full stop. */
function restIsNote(d: DocTokens, i: number, end: number): boolean {
  if (i < end && d.words[end - 1] === '.') end--;
  return i === end || (d.words[i] === '(' && d.words[end - 1] === ')');
}

/** Whether tokens [a, b) are a side of a results line ("Crystal Palace 1 Wimbledon 2") or open a standings row, as
 * sidesOfResultLines reads them. */
export function resultSide(d: DocTokens, a: number, b: number): boolean {
  const [s, e] = d.sents[d.sentOf(a)]!;
  const first = sideRun(d, s, e);
  if (first === s || first >= e || !SCORE.test(d.words[first]!)) return false;
  if (a === s && b === first) return true;
  return a === first + 1 && sideRun(d, a, e) === b && b < e && SCORE.test(d.words[b]!) && restIsNote(d, b + 1, e);
}
