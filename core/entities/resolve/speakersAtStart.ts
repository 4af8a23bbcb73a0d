// The first stage, before the sentence stages: a sentence's first word before "said" is a speaker; a listed company
// opening a sentence is the company.
import { partitionPoint } from '../../text/spans';
import { KernelCache } from '../../text/memo';
import type { DocTokens } from '../features';
import type { Gazetteer } from '../gazetteer';
import { BUSINESS_CUES, ORG_KIND_NOUNS, PLURAL_VERBS, PRONOUNS, RESULT_WORDS, SPEAKS, TITLE_WORDS } from '../lists';
import { companyClauseAfter } from './appositions';
import type { RawSpan } from './spans';
import { allCommon, CAPITALISED, companyHead, isResultWord, nationalityWord } from './words';

/** A sentence that opens with a capitalised word no list knows (or only as a small town), straight before "said"
 * ("Novak said that …", "Jiménez said"), opens with a speaker: a person, not a place, and not nothing (the tagger,
 * without a given name or title to go on, may miss it or call it a place). A word the company list knows there is the
 * company speaking ("Boeing said it …"), which the tagger, with no legal form or context word to go on, may leave out. */
export function speakersAtStart(d: DocTokens, raw: RawSpan[]): RawSpan[] {
  let cache = openerCaches.get(d.gazetteer);
  if (!cache) openerCaches.set(d.gazetteer, (cache = new KernelCache(4000)));
  let out: RawSpan[] | undefined;
  let reach: Int32Array | undefined;
  for (let k = 0; k < d.sents.length; k++) {
    const [a, b] = d.sents[k]!;
    if (b - a < 3 || d.shout[a]) continue;
    // "…, while Safran kept its outlook", "weeks after Workday announced layoffs": a clause's subject that no list
    // knows, in a clause about a company's business, is the company (as a sentence's first word is, below).
    for (let j = a + 2; j + 2 < b; j++) {
      if (!CLAUSE_OPENERS.has(d.lower[j - 1]!) || !(d.flags[j]! & 1) || !clauseVerb(d.lower[j + 1]!)) continue;
      if (cache.get(`${j - a}|${d.sentText[k]!}`, () => (opener(d, j) === COMPANY ? COMPANY : NONE)) !== COMPANY)
        continue;
      out ??= raw.slice();
      const q = coveringSpan(raw, j, (reach ??= reachOf(raw)));
      if (q >= 0) out[q] = { ...out[q]!, type: 'ORG' };
      else out.push({ a: j, b: j + 1, type: 'ORG', conf: 0.5 });
    }
    if (!(d.flags[a]! & 1)) continue;
    const titled = titledCompany(d, a, b);
    if (titled > 0) {
      // The tagger leaves such a name out, or keeps its second word as a surname; a span of its own wins otherwise.
      const q = coveringSpan(raw, a + 1, (reach ??= reachOf(raw)));
      if (q >= 0 && (raw[q]!.type !== 'PERSON' || raw[q]!.b > titled)) continue;
      out ??= raw.slice();
      const span: RawSpan = { a, b: titled, type: 'ORG', conf: 2 };
      if (q >= 0) out[q] = span;
      else out.push(span);
      continue;
    }
    // Before "said", or alone before a lower-case word (tested before any list is read: this runs at every keystroke).
    // Or before ", which makes …" (companyClause).
    if (
      !SPEAKS.has(d.lower[a + 1]!) &&
      (d.flags[a + 1]! & 1 || !(d.flags[a + 1]! & 4)) &&
      (d.lower[a + 1] !== ',' || d.lower[a + 2] !== 'which')
    )
      continue;
    if (RESULT_WORDS.has(d.lower[a + 1]!) || PLURAL_VERBS.has(d.lower[a + 1]!)) {
      const side = sideAtStart(d, a, b, raw, (reach ??= reachOf(raw)));
      if (side) {
        (out ??= raw.slice()).push({ a, b: a + 1, type: side, conf: 0.5 });
        continue;
      }
    }
    const opens = cache.get(d.sentText[k]!, () => opener(d, a));
    if (opens === NONE) continue;
    const company = opens === COMPANY;
    const q = coveringSpan(raw, a, (reach ??= reachOf(raw)));
    // What the tagger found is left to the document's votes, but for its one-word person where a company opens
    // ("Gulfstream said demand for jets …"), its one-word place where a speaker does ("Jiménez said") and where a
    // company no place list knows does ("Kormoran said it would hire …").
    if (q >= 0 && (raw[q]!.a !== a || raw[q]!.b !== a + 1)) continue;
    if (q >= 0 && raw[q]!.type !== 'PLACE' && raw[q]!.type !== (company ? 'PERSON' : 'PLACE')) continue;
    if (q >= 0 && raw[q]!.type === 'PLACE' && company && (d.gaz[a] || d.gazetteer.classOfKey(d.lower[a]!))) continue;
    out ??= raw.slice();
    if (q >= 0) out[q] = { ...raw[q]!, type: company ? 'ORG' : 'PERSON' };
    else out.push({ a, b: a + 1, type: company ? 'ORG' : 'PERSON', conf: 0.5 });
  }
  return out ? out.sort((x, y) => x.a - y.a) : raw;
}

/** Words that open a clause whose subject follows ("while", "after", "but"; "as" and "since" open a noun phrase as
 * often, "as well as Hebrew scriptures", which the verb after the subject tells apart). */
const CLAUSE_OPENERS = new Set(['while', 'whereas', 'after', 'before', 'but', 'although', 'though', 'as', 'since']);

/** A verb straight after a clause's subject: a past tense, or one of the verbs a company's news uses. */
function clauseVerb(w: string): boolean {
  return /^\p{Ll}+ed$/u.test(w) || CLAUSE_VERBS.has(w);
}

const CLAUSE_VERBS = new Set(
  `cut cuts kept keeps said says sold sells bought buys made makes took takes will would has had is was plans expects
   raised raises posted posts reported reports won wins lost`.split(/\s+/),
);

/** How a sentence opens (by its first words, which the cheap tests above have passed): NONE, a SPEAKER (a person)
 * or a COMPANY. Read from the sentence alone, so cached by its text (per name list). */
const NONE = 0;
const SPEAKER = 1;
const COMPANY = 2;
const openerCaches = new WeakMap<Gazetteer, KernelCache<string, number>>();

function opener(d: DocTokens, a: number): number {
  // "Berg resigned after sales fell": what only a person does.
  if (PERSONAL_VERBS.has(d.lower[a + 1]!)) return NONE;
  const speaks = SPEAKS.has(d.lower[a + 1]!);
  const lw = d.lower[a]!;
  if (!CAPITALISED.test(d.words[a]!) && !HYPHENED_NAME.test(d.words[a]!)) return NONE;
  const cls = d.gazetteer.classOfKey(lw);
  // A word no list knows (or a rare English word: "Snowflake", "Oracle") opening a sentence about a company's business
  // is the company: a person opening a sentence by surname alone was introduced earlier, and the document's person
  // names decide for those (documentTypes).
  if (
    (d.gazetteer.lex.get(lw) ?? 9) >= 3 &&
    !(d.gazetteer.lex.has(lw) && VERB_FORM.test(lw)) &&
    !commonPlural(d, lw) &&
    (cls === undefined || cls === 'P3') &&
    !d.gazetteer.first.has(d.words[a]!) &&
    !nationalityWord(d, d.words[a]!) &&
    !POSSESSIVE.test(d.words[a + 1]!) &&
    (businessSentence(d, a) || companyClause(d, a + 1))
  )
    return COMPANY;
  if (d.gazetteer.lex.has(lw)) return NONE;
  const company = cls === 'K' && !d.gazetteer.first.has(d.words[a]!);
  // "Boeing delivered 40 jets": a listed company opening a sentence on its own, before any lower-case word, is the
  // company whatever it does (capitalised words after it make a longer name the tagger judges).
  // A nationality word the list knows as a company's name ("American") is left to the tagger, and so is a name
  // called out before a pronoun ("Hershey it's your turn": a pet, a person).
  if (!speaks && (!company || PRONOUNS.has(d.lower[a + 1]!.replace(/['’].*/, '')) || nationalityWord(d, d.words[a]!)))
    return NONE;
  // A town of a few thousand people is more often someone's surname than a speaker ("Jiménez", "Nakamura").
  const speakerAnyway = company || cls === 'P3';
  if ((cls !== undefined || d.gaz[a]) && !speakerAnyway) return NONE;
  return company ? COMPANY : SPEAKER;
}

/** ", which makes turbine blades," at token j: what only a company does (companyClauseAfter). */
function companyClause(d: DocTokens, j: number): boolean {
  const sent = d.sentOf(j);
  return companyClauseAfter((i) => (i < d.n && d.sentOf(i) === sent ? d.lower[i]! : ''), j);
}

/** Verbs of a person's life and career straight after the sentence's first word. */
const PERSONAL_VERBS = new Set(
  'resigned resigns retired retires died dies quit quits married marries stepped steps'.split(' '),
);

/** "Analysts", "Economists": the plural of an English word is a group of people, no company's one-word name
 * ("Siemens" and "Airbus" are no plurals of a word). The word list leaves out many agent nouns ("regulator"), so a
 * plural of one whose singular the word vectors know is one too ("Regulators approved the merger"). */
function commonPlural(d: DocTokens, lw: string): boolean {
  if (lw.length <= 3 || !lw.endsWith('s')) return false;
  const one = lw.slice(0, -1);
  return d.gazetteer.lex.has(one) || (AGENT_PLURAL.test(lw) && d.gazetteer.embOf(one) !== null);
}

/** Plurals of nouns for people by what they do ("regulators", "investors", "economists", "residents"). */
const AGENT_PLURAL = /(?:[eo]rs|ists|ians|[ae]nts)$/;

/** An English word's verb forms ("Rusted out and unsafe cars sold here!"): no company's one-word name. */
const VERB_FORM = /(?:ed|ing)$/;

/** A name of capitalised parts joined by hyphens ("Mercedes-Benz", "Rolls-Royce"). */
const HYPHENED_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u;

/** "Holmqvist's shares": whose they are says nothing of who it is. */
const POSSESSIVE = /^['’]s?$/;

/** A sentence about a company's business after token a: a word of it, or "its" just after the verb ("Comac raised its
 * forecast"; a person's is "his" or "her"); a company's own dealings straight after its verb ("Nestle is cutting
 * prices", "Ostwald will close 40 stores"); or, after "said it", its own things or its hiring ("Kormoran said it would
 * move its headquarters": a speaker says "his" or "her"). */
function businessSentence(d: DocTokens, a: number): boolean {
  const sent = d.sentOf(a);
  // "Vantrelix is cutting 800 jobs": jobs counted are an employer's, unless the name opens a speaker's sentence
  // ("Novak said 300 workers would …") or the sentence speaks of a person's ("…, his spokesman said").
  let jobs = false;
  let personal = false;
  let its = false;
  let dealings = false;
  const speaks = SPEAKS.has(d.lower[a + 1]!);
  const saidIt = speaks && d.lower[a + 2] === 'it';
  let clause = true;
  let buys = false;
  for (let j = a + 1; j < d.n && d.sentOf(j) === sent; j++) {
    const w = d.lower[j]!;
    if (BUSINESS_CUES.has(w) || (w === 'its' && j <= a + 3)) return true;
    if (w === 'his' || w === 'her' || w === 'he' || w === 'she') personal = true;
    else if (w === 'its') its = true;
    else if ((JOBS.has(w) || (saidIt && w === 'people')) && /^\d/.test(d.words[j - 1]!)) jobs = true;
    else if (saidIt && HIRING.has(w)) jobs = true;
    // Only in the verb's own words: "Kovacs raised the question of prices" is no pricing; "Aldermore agreed to buy a
    // smaller lender": a company buys or sells a company or a part of one.
    if (!/^[\p{Ll}\d]/u.test(d.words[j]!)) clause = false;
    else if (clause && j <= a + 4 && DEALINGS.has(w)) dealings = true;
    else if (clause && j <= a + 4 && ACQUIRES.has(w)) buys = true;
    else if (clause && buys && j <= a + 8 && BUSINESS_PARTS.has(w)) dealings = true;
  }
  if (personal) return false;
  if (saidIt) return its || jobs;
  return !speaks && (jobs || dealings);
}

/** Kinds of organisation a person buys as often as a company does. */
const PEOPLES_BUYS = new Set(['band', 'club', 'newspaper', 'magazine', 'publisher', 'broadcaster']);

/** Verbs of buying and selling a business. */
const ACQUIRES = new Set(['buy', 'buys', 'bought', 'acquire', 'acquires', 'acquired', 'sell', 'sells', 'sold']);

/** What a company buys or sells of another: a company ("a smaller lender"; not a club, a band or a paper, which
 * people buy too) or a part of one ("a stake", "its rail unit"). */
const BUSINESS_PARTS = new Set([
  ...[...ORG_KIND_NOUNS].filter((w) => !PEOPLES_BUYS.has(w)),
  ...['stake', 'unit', 'division', 'subsidiary', 'business', 'rival'],
]);

/** What a company deals in, as the object of its verb. */
const DEALINGS = new Set(
  `prices fares tariffs stores shops branches outlets workforce headquarters vehicles trucks cars flights routes
   recall recalls layoffs redundancies`.split(/\s+/),
);

/** A company hiring, after "said it" ("… said it would hire 200 people", "… said it planned 300 layoffs"). */
const HIRING = new Set(['hire', 'hiring', 'layoffs', 'redundancies']);

const JOBS = new Set(['jobs', 'workers', 'employees', 'staff', 'positions']);

/** The furthest end among raw[0..q], for each q (raw sorted by start). */
function reachOf(raw: readonly RawSpan[]): Int32Array {
  const reach = new Int32Array(raw.length);
  let far = 0;
  raw.forEach((r, q) => (reach[q] = far = Math.max(far, r.b)));
  return reach;
}

/** "General Electric said …", "National Grid cut …": a sentence opening with a title word that also opens companies'
 * names, then capitalised common words, then "said" or a lower-case word, opens with the company (its end is
 * returned, else -1); a general's surname is no common word ("General Petraeus said"). */
function titledCompany(d: DocTokens, a: number, end: number): number {
  if (!companyHead(d, a, a + 1)) return -1;
  let j = a + 1;
  while (j < end - 1 && j < a + 4 && CAPITALISED.test(d.words[j]!) && allCommon(d, j, j + 1)) j++;
  if (j === a + 1) return -1;
  return SPEAKS.has(d.lower[j]!) || (!(d.flags[j]! & 1) && d.flags[j]! & 4) ? j : -1;
}

/** A side of a result opening a sentence, which the tagger left out for want of context: "Tsitsipas beat Medvedev"
 * (the other side's kind), "Arsenal were beaten" (a plural verb before a result: a club). Only a word that is no
 * common English word, or a rare one ("arsenal"), and no plural ("Protesters were beaten", "Mesoamericans were"). */
function sideAtStart(
  d: DocTokens,
  a: number,
  end: number,
  raw: readonly RawSpan[],
  reach: Int32Array,
): 'ORG' | 'PERSON' | undefined {
  const w = d.words[a]!;
  const lw = d.lower[a]!;
  if (!CAPITALISED.test(w) || (d.gazetteer.lex.get(lw) ?? 9) <= 2 || d.gazetteer.first.has(w)) return undefined;
  if (TITLE_WORDS.has(lw) || d.gazetteer.classOfKey(lw) || coveringSpan(raw, a, reach) >= 0) return undefined;
  const verb = d.lower[a + 1]!;
  if (PLURAL_VERBS.has(verb)) {
    if (lw.endsWith('s')) return undefined;
    for (let j = a + 2; j < Math.min(end, a + 6); j++) if (isResultWord(d.lower[j]!)) return 'ORG';
    return undefined;
  }
  // "A beat B": the other side straight after the verb (or "the"), a club or a person.
  const other = d.lower[a + 2] === 'the' ? a + 3 : a + 2;
  const q = coveringSpan(raw, other, reach);
  if (q < 0 || raw[q]!.a !== other) return undefined;
  const type = raw[q]!.type;
  return type === 'ORG' || type === 'PERSON' ? type : undefined;
}

/** The last of the raw spans (sorted by start) that covers token t, or -1: found by a binary search and a walk back
 * that stops where no earlier span reaches t (a map from every covered token to its span was built at every keystroke). */
function coveringSpan(raw: readonly RawSpan[], t: number, reach: Int32Array): number {
  let q = partitionPoint(0, raw.length, (i) => raw[i]!.a <= t) - 1;
  for (; q >= 0 && reach[q]! > t; q--) if (raw[q]!.b > t) return q;
  return -1;
}
