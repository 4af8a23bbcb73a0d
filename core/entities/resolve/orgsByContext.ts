// A sentence stage: a name next to words only an organisation has (its shares, officers, players, results) is one.
import type { DocTokens } from '../features';
import {
  BUSINESS_CUES,
  CLUB_NEXT,
  COMPANY_OFFICERS,
  MARKET_MOVES,
  NOT_PLURAL_SUBJECT,
  OWNS,
  ORG_BEFORE,
  ORG_KIND_NOUNS,
  ORG_NEXT,
  ORG_POSSESSED,
  PLAYERS,
  PLURAL_VERBS,
  POSITIONS,
  REPORTS,
  RESULTS,
  RESULTS_FILLER,
  SHARES_VERB_NEXT,
  STOCK,
  TRANSFER_VERBS,
  VALUES,
} from '../lists';
import { afterThe, companyClauseAfter, kindAfter, kindAfterName, kindBefore } from './appositions';
import { keyOf, type RawSpan } from './spans';
import { countryLike, isResultWord, listedOrganisation, nationalityWord } from './words';

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

/** "Safran kept its outlook", "Tessaro cut its dividend": a name whose verb is followed by "its" and a company's own
 * things is a company ("its" is no person's). */
function itsBusiness(at: (j: number) => string, end: number): boolean {
  const verb = at(end);
  if (!/^\p{Ll}+$/u.test(verb) || at(end + 1) !== 'its') return false;
  for (let j = end + 2; j < end + 5; j++) if (RESULTS.has(at(j)) || OWN_THINGS.has(at(j))) return true;
  return false;
}

/** A company's own things after "its", beside its results. */
const OWN_THINGS = new Set(
  `outlook forecast forecasts guidance target targets stake shares prices plant plants factory factories stores
   workforce output production`.split(/\s+/),
);

/** A player bought or sold within the next or the last few words: "Tarvik signed the midfielder from Ostmark" makes
 * both towns clubs (a country after "from" is left to countryLike: a player's nationality). */
function transferSide(at: (j: number) => string, a: number, end: number): boolean {
  const player = (w: string) => POSITIONS.has(w) || w === 'player' || w === 'players';
  let j = end;
  if (at(j) === 'have' || at(j) === 'has') j++;
  if (TRANSFER_VERBS.has(at(j))) {
    for (let i = j + 1; i <= j + 5; i++) if (player(at(i))) return true;
    return false;
  }
  // The seller: "from" straight after the player, the verb a few words before ("signed the Brazilian forward from
  // Braga"; not "signed the midfielder's shirt for a fan from Leeds").
  if (at(a - 1) !== 'from' || !player(at(a - 2))) return false;
  for (let i = a - 3; i >= a - 7; i--) if (TRANSFER_VERBS.has(at(i))) return true;
  return false;
}

/** A result said of the subject in the next few words: "were held to a draw", "have been beaten". */
function resultAfter(at: (j: number) => string, from: number, to = from + 4): boolean {
  for (let j = from; j < to; j++) if (isResultWord(at(j))) return true;
  return false;
}

/** "owns 30 percent of Mercer", "sold its 12% stake of …": a part of the name owned, bought or sold. */
function ownedPart(at: (j: number) => string, a: number): boolean {
  if (at(a - 1) !== 'of') return false;
  const part = at(a - 2);
  if (part !== 'percent' && part !== '%' && part !== 'stake' && part !== 'shares') return false;
  for (let j = a - 3; j >= a - 6; j--) if (OWNS.has(at(j))) return true;
  return false;
}

/** A name the tagger typed as a person or a place, next to words only an organisation has, is an organisation: its
 * shares and officers, a club's players ("Vantrelix shares fell", "a spokeswoman for Marlowe", "signed for Tarvik").
 * Countries, states and regions stay places (national teams, "Norway's revenue"). */
export function orgsByContext(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type === 'ORG' || s.type === 'MISC' || countryLike(d, s)) continue;
    const sent = d.sentOf(s.a);
    const at = (j: number) => (j >= 0 && j < d.n && d.sentOf(j) === sent ? d.lower[j]! : '');
    // "Analysts at Morgan Stanley": an analyst works at a firm, whatever given name opens its name.
    if (at(s.a - 1) === 'at' && ANALYSTS.has(at(s.a - 2))) {
      spans[k] = { ...s, type: 'ORG', conf: 2 };
      continue;
    }
    // A person with a given name is a person ("Lena Varga shares …").
    if (s.type === 'PERSON' && s.b - s.a > 1 && d.gazetteer.first.has(d.words[s.a]!)) continue;
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
      else org = PLAYERS.has(next) || reportsResults(at, end) || itsBusiness(at, end);
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
    // … and in a sentence about a match, where the name is no place the lists know ("Sampdoria's Clarence Seedorf was
    // booked"; "Leeds's Ada Lind" may be the town's own).
    if (
      !org &&
      s.type === 'PLACE' &&
      possessive &&
      end === s.b &&
      at(end + 1) &&
      d.flags[end + 1]! & 1 &&
      !d.gaz[s.a] &&
      !d.gazetteer.classOfKey(keyOf(d, s.a, s.b)) &&
      sportsSentence(d, sent)
    )
      org = true;
    // The same words outside a score's sentence, where they name a club only with "the" before or a name after ("the
    // Tarvik manager said", "Tarvik coach Lars Moe"): a coach or a captain without a name may be a bus or a ship's.
    if (!org && s.type === 'PLACE' && !d.table[s.a] && end === s.b && CLUB_NEXT.has(next)) {
      const named = at(end + 1) !== '' && (d.flags[end + 1]! & 1) !== 0;
      org = named || (at(s.a - 1) === 'the' && next !== 'coach' && next !== 'captain');
    }
    // "Tarvik manager Jon Berg said his side …": a one-word "person" (no given name) before a club's officer and a
    // name is the club in a sentence about a match or a side; a singer has a manager too.
    if (
      !org &&
      s.type === 'PERSON' &&
      s.b - s.a === 1 &&
      end === s.b &&
      CLUB_NEXT.has(next) &&
      at(end + 1) !== '' &&
      d.flags[end + 1]! & 1 &&
      !d.gazetteer.first.has(d.words[s.a]!)
    )
      org = sportsSentence(d, sent);
    // "Leeds were beaten", "Sevilla have signed a striker": British copy gives a club named after its town a plural
    // verb, the town itself a singular one (countries stay places, as national teams are). Not after a preposition or
    // in a list ("the people of Leeds are", "Paris and London are"), nor after "the" (a plural place, "the Alps are";
    // a place in a relative clause, "the crowds that line the Mall were"), nor after an auxiliary ("did Rome have").
    // A one-word name the tagger typed as a person takes it only in a result ("Juventus were held to a draw"): a plural
    // verb after a person's name is a people's ("Mesoamericans were").
    if (!org && end === s.b && PLURAL_VERBS.has(next) && !NOT_PLURAL_SUBJECT.has(at(s.a - 1)))
      org = s.type === 'PLACE' || (s.b - s.a === 1 && (d.table[s.a] === 2 || resultAfter(at, end + 1)));
    // The other side of a result told in the passive: "Juventus were held to a draw by Empoli".
    if (!org && at(s.a - 1) === 'by' && k > 0 && spans[k - 1]!.type === 'ORG' && d.sentOf(spans[k - 1]!.b) === sent)
      org = resultAfter(at, spans[k - 1]!.b, s.a - 1);
    // A transfer's buyer and seller: "Tarvik signed the midfielder from Ostmark".
    if (!org && s.type === 'PLACE') org = transferSide(at, s.a, end);
    // "Harlow, which makes pumps,": what only a company does. "The deal values Ferris at …", "owns 30 percent of
    // Mercer": a company's value and its shares.
    if (!org) org = companyClauseAfter(at, end) || (VALUES.has(at(s.a - 1)) && at(end) === 'at') || ownedPart(at, s.a);
    // "the Ifo institute", "the ruling Likud party": a word no list knows (or only as a small town) after "the" (and
    // perhaps one lower-case word) and before a kind of organisation that no name follows (not "the Moscow daily
    // Kommersant"); a person's party is one they give ("the Holt party").
    if (
      !org &&
      s.b - s.a === 1 &&
      afterThe(d, s.a, d.sents[sent]![0]) &&
      kindAfterName(d, s.b, d.sents[sent]![1]) &&
      (next !== 'party' || s.type !== 'PERSON') &&
      (d.gazetteer.classOfKey(d.lower[s.a]!) ?? 'P3') === 'P3'
    )
      org = true;
    // "Fatah and Hamas signed …": a word no list knows, joined by "and" to an organisation, is one of a kind with it;
    // a given name too where the other is a company the lists know, in a sentence about companies ("Stellantis and
    // Renault are in talks over a venture", "owned by Airbus and Leonardo"; not "Marta and Google were sued").
    const given = d.gazetteer.first.has(d.words[s.a]!);
    if (!org && s.b - s.a === 1 && !d.gazetteer.classOfKey(d.lower[s.a]!) && (!given || companySentence(d, sent))) {
      const prev = spans[k - 1];
      const joined = (o: RawSpan | undefined) =>
        o !== undefined && o.type === 'ORG' && o.b - o.a === 1 && (!given || listedOrganisation(d, o.a, o.b));
      org =
        (at(s.b) === 'and' && partner?.a === s.b + 1 && joined(partner)) ||
        (at(s.a - 1) === 'and' && prev?.b === s.a - 1 && joined(prev));
    }
    // "the carmaker Volvex": a kind of organisation right before the name, in lower case.
    if (!org && ORG_KIND_NOUNS.has(at(s.a - 1)) && !(d.flags[s.a - 1]! & 1)) org = true;
    // "Volvex, the country's largest carmaker, said …": an apposition whose head is such a noun.
    if (!org) org = kindAfter(d, at, end);
    // "The country's largest miner, Pellworth, said …": the name in apposition after such a noun phrase.
    if (!org) org = at(s.a - 1) === ',' && at(end) === ',' && kindBefore(d, at, s.a - 2);
    // "Aerolinea Sur ordered 12 jets from Airbus, the airline said": a company's news that a kind of company closes by
    // saying so; its subject, a name opening the sentence, is that company (a person's whole name with a given name
    // was kept a person's above).
    if (!org && s.a === d.sents[sent]![0]) org = companySaysAfter(at, end, d.sents[sent]![1]);
    if (org) spans[k] = { ...s, type: 'ORG', conf: 2 };
  }
}

/** Whether sentence `sent` speaks of companies and their dealings. */
function companySentence(d: DocTokens, sent: number): boolean {
  const [a, b] = d.sents[sent]!;
  for (let j = a; j < b; j++) {
    const w = d.lower[j]!;
    if (BUSINESS_CUES.has(w) || COMPANY_NEWS.has(w) || COMPANY_KINDS.has(w) || DEALS.has(w)) return true;
  }
  return false;
}

/** What companies do together. */
const DEALS = new Set(['venture', 'talks', 'deal', 'partnership', 'alliance', 'owned', 'merge', 'merged']);

/** ", the airline said" after token `end - 1` and before `stop`, with a company's business said between: the shares,
 * orders, jobs or prices of the sentence's subject. Not a club's, a band's or a paper's, whose people make news too
 * ("Lind will miss the final, the club said"). */
function companySaysAfter(at: (j: number) => string, end: number, stop: number): boolean {
  let business = false;
  for (let j = end; j + 3 < stop; j++) {
    const w = at(j);
    if (BUSINESS_CUES.has(w) || COMPANY_NEWS.has(w)) business = true;
    else if (w === ',' && at(j + 1) === 'the' && COMPANY_KINDS.has(at(j + 2)) && SAYS_AFTER.has(at(j + 3)))
      return business;
  }
  return false;
}

/** Kinds of company that close a company's news (", the carmaker said"): ORG_KIND_NOUNS but the kinds whose people
 * make news of their own. */
const COMPANY_KINDS = new Set(
  [...ORG_KIND_NOUNS].filter((w) => !['band', 'club', 'newspaper', 'magazine'].includes(w)),
);

/** What a company does that its news speaks of, beside BUSINESS_CUES. */
const COMPANY_NEWS = new Set(
  `ordered order orders plant plants jobs stores flights routes prices fares forecast outlook output customers`.split(
    ' ',
  ),
);

const SAYS_AFTER = new Set(['said', 'says', 'announced', 'added']);

/** "the German Ifo institute", "the Russian Interfax news agency": a nationality word opening a span after "the",
 * before a kind of organisation that no name follows, says where the body is; the rest of the span is the body's name. */
export function nationalityBeforeKind(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.b - s.a < 2 || s.type === 'MISC' || s.b >= d.n || !nationalityWord(d, d.words[s.a]!)) continue;
    const [start, end] = d.sents[d.sentOf(s.a)]!;
    let kind = s.b;
    if (kind + 1 < end && d.lower[kind] === 'news' && d.lower[kind + 1] === 'agency') kind++;
    if (!kindAfterName(d, kind, end) || !afterThe(d, s.a, start)) continue;
    spans[k] = { ...s, a: s.a + 1, type: 'ORG' };
  }
}

/** "Carmaker Halvorsen Motors will cut output", "shipping group Bergesen said …": a kind of company named just before
 * a name makes it the company's; opening a sentence in capitals the tagger takes the kind into the name, which is cut
 * off it ("Retailer Kormoran" is Kormoran). A person's full name stays a person's ("the manufacturer Ada Lind"), and
 * countries stay places. Edits `spans` in place. */
export function kindBeforeName(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type === 'MISC') continue;
    const start = d.sents[d.sentOf(s.a)]![0];
    if (s.a === start && s.b - s.a >= 2 && KINDS_OPENING.has(d.lower[s.a]!) && d.flags[s.a + 1]! & 1) {
      // "Publisher Ada Lind": a person may be a publisher or a brewer.
      const person = s.type === 'PERSON' && s.b - s.a >= 3 && d.gazetteer.first.has(d.words[s.a + 1]!);
      spans[k] = { ...s, a: s.a + 1, type: person ? 'PERSON' : 'ORG' };
      continue;
    }
    const before = s.a - 1;
    // In lower case, or capitalised where it opens the sentence ("Airline Kestrel cut fares").
    if (s.type === 'ORG' || before < start || (d.flags[before]! & 1 && before > start) || countryLike(d, s)) continue;
    if (!KINDS_OPENING.has(d.lower[before]!) && d.lower[before] !== 'group') continue;
    if (s.type === 'PERSON' && s.b - s.a >= 2 && d.gazetteer.first.has(d.words[s.a]!)) continue;
    spans[k] = { ...s, type: 'ORG' };
  }
}

/** "Christian Democrats", "Social Democrats (SPD)": a party named for its members, a capitalised word before
 * "Democrats", is an organisation (the tagger reads a given name first as a person's, or leaves it out); not the
 * Democrats of a nation ("American Democrats"). Spans inside the name give way to it. */
export function partiesByMembers(d: DocTokens, spans: RawSpan[], from: number, to: number): RawSpan[] {
  let out = spans;
  for (let i = from + 1; i < to; i++) {
    if (d.lower[i] !== 'democrats' || !(d.flags[i]! & 1) || !(d.flags[i - 1]! & 1) || d.sentOf(i - 1) !== d.sentOf(i))
      continue;
    const a = i - 1;
    if (d.sents[d.sentOf(a)]![0] === a && d.lower[a] === 'the') continue;
    if (nationalityWord(d, d.words[a]!) || d.shout[i] || d.headline[i]) continue;
    const inside = out.filter((s) => s.a <= i && a < s.b);
    if (inside.some((s) => s.a < a || s.b > i + 1)) continue;
    out = out.filter((s) => !inside.includes(s));
    out.push({ a, b: i + 1, type: 'ORG', conf: 2 });
    out.sort((x, y) => x.a - y.a);
  }
  return out;
}

/** People who work at a firm and are named by it ("analysts at …", "an economist at …"). */
const ANALYSTS = new Set('analyst analysts economist economists strategist strategists'.split(' '));

/** Kinds of company that precede a company's name, and none's name opens with ("Bank Leumi", "Club Med" do). */
const KINDS_OPENING = new Set(
  `carmaker automaker chipmaker drugmaker planemaker retailer insurer conglomerate manufacturer brewer refiner miner
   broadcaster publisher lender airline startup`.split(/\s+/),
);

/** Words of a match or a side (beside the results words and a score): "his side deserved the win". */
const SPORTS_WORDS = new Set(
  `side team club squad win won match game league season title cup goal goals fans relegation promotion striker
   midfielder defender goalkeeper booked minute penalty`.split(/\s+/),
);

/** Whether sentence `sent` is about a match or a side. */
export function sportsSentence(d: DocTokens, sent: number): boolean {
  const [a, b] = d.sents[sent]!;
  for (let j = a; j < b; j++) {
    const w = d.lower[j]!;
    if (SPORTS_WORDS.has(w) || isResultWord(w) || /^\d+-\d+$/.test(w)) return true;
  }
  return false;
}
