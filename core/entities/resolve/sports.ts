// Sentence stages: in sports results a town is its club, and the two sides of a result are of one kind.
import type { DocTokens } from '../features';
import { CLUB_WORDS, PERSON_PARTICLES, RESULT_LINKS, RESULT_WORDS } from '../lists';
import { keyOf, type RawSpan } from './spans';
import { capitalRun, countryLike, isDigitWord, nationLike } from './words';

/** Sports results: in a table line, or next to a results verb or a score in a sentence with a score, a town is its
 * club ("Porto beat Braga 3-1"), and so is a state. Countries stay places, as wire copy's national teams are. */
export function sportsClubs(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const kind = d.table[s.a];
    if (!kind || s.type === 'MISC' || (s.type === 'PERSON' && !(kind === 1 && clubInStandings(d, s)))) continue;
    if (nationLike(d, s)) continue;
    const sent = d.sentOf(s.a);
    const near = (j: number) =>
      j >= 0 && j < d.n && d.sentOf(j) === sent && (RESULT_WORDS.has(d.lower[j]!) || isDigitWord(d.words[j]!));
    if (kind === 1 || near(s.b) || near(s.a - 1)) spans[k] = { ...s, type: 'ORG', conf: 2 };
  }
}

/** A person's name in a table line is a club's when a club's word ends it ("Tarvik United 3 2 1 0") or, without a
 * given name, when a standings row's numbers follow it (played, won, drawn, lost, goals, points: "Roda JC Kerkrade 3
 * 1 1 1 3 3 4"); a golfer's or a runner's line has a given name and fewer numbers. */
function clubInStandings(d: DocTokens, s: RawSpan): boolean {
  if (CLUB_WORDS.has(d.lower[s.b - 1]!)) return true;
  // A given name is a person's, unless a club's letters follow it ("Roda JC Kerkrade").
  if (d.gazetteer.first.has(d.words[s.a]!)) {
    let letters = false;
    for (let k = s.a + 1; k < s.b && !letters; k++) letters = /^\p{Lu}{2,4}$/u.test(d.words[k]!);
    if (!letters) return false;
  }
  const sent = d.sentOf(s.a);
  let numbers = 0;
  for (let j = s.b; j < d.n && d.sentOf(j) === sent && isDigitWord(d.words[j]!); j++) numbers++;
  return numbers >= 6;
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

/** A results line names its scorers in brackets after each side: "Tarvik 2 ( Lind 34 , Moe 78 ) Ostmark 1". A name
 * inside the brackets before a minute is a player, whatever the table rules made of it; a country there stays a place
 * ("Rocca ( Italy ) 71"). */
export function scorersInBrackets(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type === 'PERSON' || s.type === 'MISC' || !d.table[s.a] || s.b >= d.n) continue;
    const sent = d.sentOf(s.a);
    if (d.sentOf(s.b) !== sent || !isDigitWord(d.words[s.b]!)) continue;
    const before = d.words[s.a - 1];
    if (before !== '(' && before !== ',') continue;
    let open = false;
    for (let j = s.a - 1; j >= 0 && d.sentOf(j) === sent; j--) {
      if (d.words[j] === ')') break;
      if (d.words[j] === '(') {
        open = true;
        break;
      }
    }
    if (!open || countryLike(d, s)) continue;
    spans[k] = { ...s, type: 'PERSON', conf: 2 };
  }
}

/** The labels of a match report's lines, capitalised where a line or a sentence opens: "Halftime 1-1 . Attendance
 * 40,000". */
const REPORT_LABELS = new Set(['halftime', 'half-time', 'attendance', 'fulltime', 'full-time', 'ht', 'ft']);

/** A match report's line labels are no names (the tagger reads "Halftime" before a score as a club), and a report's
 * kind after a name is not part of it ("PAKISTAN SCOREBOARD" is Pakistan's scoreboard; "Scoreboard on the first day"
 * none). */
export function dropReportLabels(d: DocTokens, spans: RawSpan[]): RawSpan[] {
  let out = spans;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.b - s.a === 1 && REPORT_LABELS.has(d.lower[s.a]!)) {
      out = out.filter((x) => x !== s);
      continue;
    }
    if (!REPORT_KINDS.has(d.lower[s.b - 1]!)) continue;
    if (out === spans) out = spans.slice();
    const at = out.indexOf(s);
    if (s.b - s.a === 1) out.splice(at, 1);
    else out[at] = { ...s, b: s.b - 1 };
  }
  return out;
}

/** What a sports report is, named after the match or the side in a headline ("PAKISTAN SCOREBOARD"). */
const REPORT_KINDS = new Set(['scoreboard', 'scoreboards']);

/** How a batting line says a batsman was out, or was not, after his name. */
const DISMISSALS = new Set(['c', 'b', 'lbw', 'st', 'run', 'not', 'retired', 'hit']);

/** How a cricket scorecard's line says who took a wicket: "c Brekke b Olsen", "st Moe b Ruud". */
const DISMISSED_BY = new Set(['c', 'b', 'st']);

/** An over count, then maidens, runs and wickets: a bowler's figures ("12-3-40-1", "9.4-1-33-2"). */
const BOWLING_FIGURES = /^\d+(?:\.\d)?-\d+-\d+-\d+$/;

/** A cricket scorecard names players: the fielder and bowler after "c", "st" and "b" in a batting line that ends with
 * runs ("J. Halvorsen c Brekke b Olsen 34"), and each name before a bowler's figures ("Bowling: Olsen 12-3-40-1").
 * The tagger reads them as clubs or leaves them out; they are people, found or retyped here (in the sentences of
 * tokens [from, to)). */
export function scorecardNames(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  let runs: [number, number][] | undefined;
  for (let k = from < to ? d.sentOf(from) : d.sents.length; k < d.sents.length; k++) {
    const [a, b] = d.sents[k]!;
    if (a >= to) break;
    if (b - a < 3) continue;
    const last = d.words[b - 1] === '.' ? b - 2 : b - 1;
    const batting = isDigitWord(d.words[last]!);
    const bowling = d.lower[a] === 'bowling' && d.words[a + 1] === ':';
    if (!batting && !bowling) continue;
    // The batsman opening a batting line, before how he was out ("A. de Silva not out 76", "R. Mahanama lbw b …").
    if (batting && d.flags[a]! & 1) {
      let e = a;
      while (e < last && e < a + 5 && (d.flags[e]! & 1 || PERSON_PARTICLES.has(d.words[e]!))) e++;
      if (e > a && DISMISSALS.has(d.lower[e]!)) (runs ??= []).push([a, e]);
    }
    for (let i = a + 1; i < last; i++) {
      if (!(d.flags[i]! & 1) || d.flags[i - 1]! & 1) continue;
      let e = i;
      while (e < last && e < i + 3 && d.flags[e]! & 1) e++;
      const named = bowling
        ? (d.words[i - 1] === ':' || d.words[i - 1] === ',') && BOWLING_FIGURES.test(d.words[e]!)
        : DISMISSED_BY.has(d.words[i - 1]!);
      if (named) (runs ??= []).push([i, e]);
    }
  }
  if (!runs) return spans;
  const out = spans.filter((s) => !runs!.some(([a, b]) => s.a < b && a < s.b));
  for (const [a, b] of runs) out.push({ a, b, type: 'PERSON', conf: 2 });
  return out.sort((x, y) => x.a - y.a);
}

/** A player's club in brackets after his name ("Jan Koster (Vitesse)", "Dick Stam (Twente), …", "Tom Hale (Leeds)"),
 * which the tagger may read as a second person, a place, or nothing. A country there stays a place (documentTypes:
 * "Mikkel Aasen (Norway)"); a nickname inside a name ("Kevin (Kev) Smith") is followed by the rest of the name. */
export function clubsInBrackets(d: DocTokens, spans: RawSpan[]): RawSpan[] {
  let out = spans;
  for (let k = 0; k < spans.length; k++) {
    const p = spans[k]!;
    const a = p.b + 1;
    if (p.type !== 'PERSON' || d.words[p.b] !== '(' || a >= d.n || d.sentOf(a) !== d.sentOf(p.a)) continue;
    const b = capitalRun(d, a, d.n, 3);
    if (b === a || d.words[b] !== ')') continue;
    const sent = d.sents[d.sentOf(a)]!;
    const after = b + 1 < sent[1] ? d.words[b + 1]! : '';
    // Then the line, the sentence or the list item ends ("Ram Tackett (E-mail).vcf" is a file's name).
    if (after !== '' && after !== ',' && after !== ';' && !(after === '.' && b + 2 === sent[1])) continue;
    // A title in brackets is no club: "Elia Kazan (The Last Tycoon)".
    if (ARTICLES.has(d.lower[a]!)) continue;
    const s = spans[k + 1];
    const covered = s !== undefined && s.a < b;
    if (covered && (s.a !== a || s.b !== b || s.type === 'ORG' || s.type === 'MISC')) continue;
    if (out === spans) out = spans.slice();
    if (covered) out[k + 1] = { ...s, type: 'ORG', conf: 2 };
    else out.push({ a, b, type: 'ORG', conf: 2 });
  }
  return out === spans ? spans : out.sort((x, y) => x.a - y.a);
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** A results line's team after a rider's or driver's country ("2. Jan Holm (Finland) McLaren 1:24.456", "Pieter
 * Vanmol (Belgium) Lotto-Vantrelix 4 hours …"): the capitalised words between the bracket and the time are the team,
 * which the tagger may leave out. */
export function teamsAfterNation(d: DocTokens, spans: RawSpan[]): RawSpan[] {
  let out = spans;
  for (let k = 0; k < spans.length; k++) {
    const p = spans[k]!;
    const open = p.b;
    if (p.type !== 'PERSON' || d.words[open] !== '(' || open + 2 >= d.n) continue;
    const sent = d.sentOf(p.a);
    let close = open + 1;
    while (close < d.n && close < open + 5 && d.sentOf(close) === sent && d.words[close] !== ')') close++;
    if (d.words[close] !== ')' || !(d.gazetteer.classOfKey(keyOf(d, open + 1, close)) === 'C')) continue;
    const a = close + 1;
    if (a >= d.n || d.sentOf(a) !== sent) continue;
    const b = capitalRun(d, a, d.n, 3);
    if (b === a || b >= d.n || d.sentOf(b) !== sent || !/^\d/.test(d.words[b]!)) continue;
    const q = out.findIndex((s) => s.a < b && a < s.b);
    if (q >= 0 && (out[q]!.a !== a || out[q]!.b !== b || out[q]!.type === 'ORG')) continue;
    if (out === spans) out = spans.slice();
    if (q >= 0) out[q] = { ...out[q]!, type: 'ORG', conf: 2 };
    else out.push({ a, b, type: 'ORG', conf: 2 });
  }
  return out === spans ? spans : out.sort((x, y) => x.a - y.a);
}

/** "Standard Liege", "Hapoel Haifa", "Real Madrid": a word that opens clubs' names before a town makes the two one
 * club, which the tagger cuts at the common word ("Standard") or reads as a person ("Hapoel Haifa"). A word only
 * clubs' names open with ("Hapoel", "Spartak") does so before any capitalised name; a common one ("Real", "Union")
 * only before a place ("Standard Chartered", "Union Station" stay as they are). Edits `spans`, returns them. */
export function clubsByPrefix(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  let out = spans;
  for (let i = from; i + 1 < to; i++) {
    const lw = d.lower[i]!;
    const own = CLUB_PREFIXES.has(lw);
    if ((!own && !COMMON_CLUB_PREFIXES.has(lw)) || !(d.flags[i]! & 1) || !(d.flags[i + 1]! & 1) || d.shout[i]) continue;
    if (d.sentOf(i + 1) !== d.sentOf(i)) continue;
    const at = out.findIndex((s) => s.a === i && s.b > i + 1);
    if (at >= 0) {
      const s = out[at]!;
      if (s.type !== 'ORG' && (own || d.gaz[i + 1])) out[at] = { ...s, type: 'ORG', conf: 2 };
      continue;
    }
    const next = out.findIndex((s) => s.a === i + 1);
    if (next < 0 || out.some((s) => s.a <= i && s.b > i)) continue;
    const s = out[next]!;
    if (!own && s.type !== 'PLACE' && !d.gaz[i + 1]) continue;
    out = out.slice();
    out[next] = { a: i, b: s.b, type: 'ORG', conf: 2 };
  }
  return out;
}

/** Words only clubs' names open with. */
const CLUB_PREFIXES = new Set(
  `hapoel maccabi beitar bnei spartak lokomotiv dinamo dynamo torpedo cska olympique olympiakos olympiacos deportivo
   atletico borussia eintracht hertha werder fortuna hajduk partizan legia steaua slavia sporting`.split(/\s+/),
);

/** Common words that open clubs' names before a town ("Real Madrid", "Standard Liege", "Inter Milan"). */
const COMMON_CLUB_PREFIXES = new Set(['real', 'standard', 'racing', 'athletic', 'inter', 'union', 'rapid', 'sparta']);
