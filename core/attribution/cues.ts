// Finds the reporting cue of one sentence and the words that name its source, on tokens outside quotes.
import {
  ATTITUDE_ADJECTIVES,
  CONTACT_VERBS,
  EVIDENCE_VERBS,
  ACCORDING,
  ANONYMOUS_HEADS,
  ORG_WORDS,
  STATEMENT_NOUNS,
  TITLES,
  BETWEEN_SUBJECT_AND_VERB,
  OBJECT_PRONOUNS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  VAGUE_HEADS,
  DECISION_VERBS,
} from './lexicon';
import { attributionModel, type AttributionModel, type LexInfo } from './model';
import { isQuoteMark, type Tok } from './tokens';
import { IRREGULAR_PAST as PAST_FORMS } from './checkworthy';
import { capitalised, COMPANY_ABBREVIATIONS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon';

export type SourceRef =
  /** Capitalised words naming the source: tokens [from, to]. */
  | { kind: 'name'; from: number; to: number; within?: { from: number; to: number } }
  | { kind: 'pronoun'; word: string }
  /** A common noun phrase: "the ministry", "a source with direct knowledge of the trip". */
  | { kind: 'phrase'; from: number; to: number; head: string }
  | { kind: 'vague'; from: number; to: number }
  /** A cue whose source the sentence does not name ("It is no exaggeration to say that …"). */
  | { kind: 'none' };

export interface Cue {
  cue: string;
  /** Token index of the cue. */
  at: number;
  source: SourceRef;
  /** Accepted only as a speech act without reported content ("Brook praised the plan", "declined to comment"): news
   *  counts these, other prose mostly does not (the document decides, see index.ts). */
  weak?: boolean;
  /** Accepted only as a question about the listener's view ("Do you think …?"): an interview's, not a text's. */
  asked?: boolean;
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'some',
  'many',
  'most',
  'several',
  'other',
  'its',
  'his',
  'her',
  'their',
  'our',
  'one',
  'two',
  'three',
  'few',
  'numerous',
  'various',
  'certain',
  'unnamed',
  'anonymous',
]);
const NAME_JOINERS = new Set([
  'of',
  'for',
  'and',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'la',
  'le',
  '&',
  'on',
]);
const STOP_BEFORE = new Set(['.', ';', '!', '?', ':', '(', ')', '—', '–']);
const NOT_SUBJECT = new Set([
  'it',
  'which',
  'that',
  'this',
  'who',
  'what',
  'there',
  'i',
  'you',
  'me',
  'him',
  'them',
  'us',
  'was',
  'is',
  'be',
  'been',
  'to',
  'and',
  'or',
  'but',
  'as',
  'if',
  'when',
]);

/** The lexicon's entry for the token's word, looked up once per token (Tok.lex). */
function lexOf(t: Tok): LexInfo | undefined {
  let e = t.lex;
  if (e === undefined) e = t.lex = attributionModel().lookup(t.lower) ?? null;
  return e ?? undefined;
}

const isWord = (t: Tok | undefined): t is Tok => t !== undefined && /^[\p{L}\p{N}$]/u.test(t.text);
const isNameTok = (t: Tok | undefined): boolean => t !== undefined && !t.quoted && t.cap && /^[\p{L}]/u.test(t.text);
const isPossessive = (t: Tok | undefined): boolean => t !== undefined && (t.lower === '’s' || t.lower === "'s");

/** Capitalised run ending at token `end` (inclusive), with joiners ("Center for Economic Strategy"); returns its first token. */
// Capitalised, as a name's words are, and with or without an abbreviation's period: "Monday", "Sept.".
/** A month in lower case, in full or abbreviated (with or without its period). */
const MONTH_TOKEN = new RegExp(
  `^(?:(?:${[...Object.keys(MONTH_ABBREVIATIONS), 'may'].join('|')})\\.?|${MONTHS.join('|')})$`,
);
const CALENDAR = new RegExp(
  `^(${[...WEEKDAYS, ...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)].map(capitalised).join('|')})\\.?$`,
);

// Names are never longer than this many tokens; the cap keeps repeated walks over a run of capitals linear.
const MAX_NAME_TOKENS = 12;

function nameStart(toks: Tok[], end: number, floor: number): number {
  let i = end;
  while (i - 1 >= floor && end - i < MAX_NAME_TOKENS) {
    const p = toks[i - 1]!;
    if (isNameTok(p)) i--;
    else if (NAME_JOINERS.has(p.lower) && !p.quoted && isNameTok(toks[i - 2]) && i - 2 >= floor) i -= 2;
    else break;
  }
  return i;
}

/** Capitalised run starting at token `start`, returns its last token. */
function nameEnd(toks: Tok[], start: number): number {
  let i = start;
  while (i + 1 < toks.length && i - start < MAX_NAME_TOKENS) {
    const n = toks[i + 1]!;
    if (isNameTok(n)) i++;
    else if (
      NAME_JOINERS.has(n.lower) &&
      isNameTok(toks[i + 2]) &&
      n.lower !== 'and' &&
      !CALENDAR.test(toks[i + 2]!.text)
    )
      i += 2;
    // "Rep. Jane Okafor", "Mrs. Quist": an abbreviated title and its full stop do not end the name.
    else if (n.text === '.' && TITLES.has(toks[i]!.lower) && n.start === toks[i]!.end && isNameTok(toks[i + 2])) i += 2;
    else break;
  }
  return i;
}

/** The noun phrase after a preposition or "according to": up to a clause boundary. */
function phraseAfter(toks: Tok[], from: number): SourceRef | null {
  let i = from;
  while (
    i < toks.length &&
    (toks[i]!.lower === 'the' || toks[i]!.lower === 'a' || toks[i]!.lower === 'an') &&
    !toks[i]!.quoted
  )
    i++;
  if (i >= toks.length || toks[i]!.quoted) return null;
  let end = from;
  for (let k = from; k < toks.length && k < from + 14; k++) {
    const t = toks[k]!;
    if (t.quoted || isQuoteMark(t) || t.text === ',' || STOP_BEFORE.has(t.text) || t.lower === 'that') break;
    if (k > from && isCueVerb(t) && !DETERMINERS.has(toks[k - 1]!.lower)) break;
    end = k;
  }
  if (end < from || (end === from && DETERMINERS.has(toks[from]!.lower))) return null;
  // "according to the team's coach, Ali Reza, …": a descriptor, then the name it describes set off by commas.
  if (toks[end + 1]?.text === ',' && /^\p{Ll}/u.test(toks[end]!.text) && isNameTok(toks[end + 2])) {
    const e = nameEnd(toks, end + 2);
    const after = toks[e + 1];
    if (!after || after.text === ',' || STOP_BEFORE.has(after.text)) return { kind: 'name', from: end + 2, to: e };
  }
  // A named source inside the phrase ("a Harbour Authority statement") is the source.
  for (let k = from; k <= end; k++) {
    if (isNameTok(toks[k]) && !(k === 0 && DETERMINERS.has(toks[k]!.lower))) {
      let e = Math.min(nameEnd(toks, k), end);
      // "Norway's Coastal Authority": the possessor's head speaks, not the possessor.
      while (e + 2 <= end && isPossessive(toks[e + 1]) && isNameTok(toks[e + 2])) {
        k = e + 2;
        e = Math.min(nameEnd(toks, k), end);
      }
      return { kind: 'name', from: k, to: e, within: { from, to: end } };
    }
  }
  const head = headOf(toks, from, end);
  if (VAGUE_HEADS.has(head) && !ANONYMOUS_HEADS.has(head)) return { kind: 'vague', from, to: end };
  return { kind: 'phrase', from, to: end, head };
}

function headOf(toks: Tok[], from: number, end: number): string {
  // The head is the last noun before a preposition: "a source with direct knowledge" -> "source".
  for (let k = from; k <= end; k++) {
    const l = toks[k]!.lower;
    if (
      k > from &&
      (l === 'with' ||
        l === 'familiar' ||
        l === 'from' ||
        l === 'of' ||
        l === 'at' ||
        l === 'in' ||
        l === 'for' ||
        l === 'close' ||
        l === 'who')
    )
      return toks[k - 1]!.lower;
  }
  return toks[end]!.lower;
}

/** Walks left from a reporting verb to its subject. */
function subjectBefore(toks: Tok[], verb: number): SourceRef | null {
  const k = subjectEnd(toks, verb);
  if (k < 0) return null;
  const t = toks[k]!;
  if (t.quoted || isQuoteMark(t)) return null;
  if (PERSON_PRONOUNS.has(t.lower) || PLURAL_PRONOUNS.has(t.lower)) return { kind: 'pronoun', word: t.lower };
  // "I think", "do you believe": the document's own voice (an interviewee, a speaker, an author).
  if (t.lower === 'i' || t.lower === 'you' || /^i['’](m|ve|d|ll)$/.test(t.lower))
    return { kind: 'pronoun', word: t.lower === 'you' ? 'you' : 'i' };
  // "There are fears that …": an expletive subject names nobody.
  if (t.lower === 'it') return { kind: 'pronoun', word: 'it' };
  // Function words never name a source (an acronym such as "WHO" does).
  if (NOT_SUBJECT.has(t.lower) && !/^\p{Lu}{2,}$/u.test(t.text)) return null;
  if (t.text === ',') return appositive(toks, k);
  // "Corvane Industries Inc. said": a company form's full stop ends the name, not the sentence's subject.
  if (t.text === '.' && isCompanyForm(toks, k - 1)) return nameSubject(toks, k - 1);
  if (VAGUE_HEADS.has(t.lower) && !isProperNameContext(toks, k)) return groupSubject(toks, k);
  if (isNameTok(t)) return nameSubject(toks, k);
  if (/^\p{Ll}/u.test(t.text) && !NOT_SUBJECT.has(t.lower) && !isPossessive(t)) return commonNounSubject(toks, k);
  return null;
}

/** Token k is a company form ("Inc", "Corp", "Ltd", "Co") closing a name, its full stop right after it. */
function isCompanyForm(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return (
    t !== undefined &&
    COMPANY_FORMS.has(t.lower) &&
    t.cap &&
    toks[k + 1]?.start === t.end &&
    isNameTok(toks[k - 1]) &&
    !t.quoted
  );
}
const COMPANY_FORMS: ReadonlySet<string> = new Set(COMPANY_ABBREVIATIONS);

/**
 * The last word of the subject before a verb: past the adverbs, auxiliaries, modals, negations and dates between them
 * (at most six); -1 when the walk meets a quote or the sentence's start.
 */
function subjectEnd(toks: Tok[], verb: number): number {
  let k = verb - 1;
  let skipped = 0;
  while (k >= 0 && skipped < 6) {
    const t = toks[k]!;
    if (t.quoted) return -1;
    const l = t.lower;
    // "I should say", "we must remember": a modal stands between the subject and the verb too.
    if (
      (BETWEEN_SUBJECT_AND_VERB.has(l) ||
        ((MODALS.has(l) || l === 'should' || l === 'could' || l === 'cannot') && l !== 'need' && l !== 'dare')) &&
      (!t.cap || /day$/.test(l))
    ) {
      k--;
      skipped++;
      continue;
    }
    if (
      /^\p{Ll}+ly$/u.test(t.text) ||
      /n['’]t$/.test(l) ||
      l === 'not' ||
      l === 'do' ||
      l === 'never' ||
      /^\d/.test(l) ||
      MONTH_TOKEN.test(l)
    ) {
      k--;
      skipped++;
      continue;
    }
    break;
  }
  return k;
}

/** A subject whose head (token k) names a kind of group: "officials", "experts", "the researchers". */
function groupSubject(toks: Tok[], k: number): SourceRef {
  const t = toks[k]!;
  // "Harbour Authority officials said": a group of a named organisation is a named source; "U.S. officials" stays vague.
  const mod = toks[k - 1];
  if (mod && isNameTok(mod) && k - 1 > 0 && !TITLES.has(mod.lower) && !/(an|ian|ese|ish|i)$/.test(mod.lower))
    return { kind: 'name', from: nameStart(toks, k - 1, 0), to: k - 1 };
  // "U.S. officials said", "Ukrainian diplomats told": officials of a named country are a specific, attributable
  // group; experts, analysts and critics stay vague whoever they are.
  if (mod && mod.cap && OFFICIAL_HEADS.has(t.lower))
    return { kind: 'phrase', from: nameStart(toks, k - 1, 0), to: k, head: t.lower };
  // "The researchers found": a definite group points back to people already named; "researchers say" does not.
  if (
    mod &&
    DEFINITE.has(mod.lower) &&
    !['some', 'many', 'most', 'several', 'others', 'people', 'reports'].includes(t.lower)
  )
    return { kind: 'phrase', from: k - 1, to: k, head: t.lower };
  let f = k;
  while (
    f - 1 >= 0 &&
    !toks[f - 1]!.quoted &&
    isWord(toks[f - 1]) &&
    f > k - 4 &&
    !STOP_BEFORE.has(toks[f - 1]!.text) &&
    !isPossessive(toks[f - 1])
  ) {
    if (isCueVerb(toks[f - 1]!)) break;
    f--;
  }
  return { kind: 'vague', from: f, to: k };
}

/** A subject ending in a capitalised name at token k. */
function nameSubject(toks: Tok[], k: number): SourceRef {
  const from = nameStart(toks, k, 0);
  // "The Harbour Authority in Oslo said": a place after "in" / "at" locates the name before it, which speaks.
  const prep = toks[from - 1];
  if (
    prep &&
    (prep.lower === 'in' || prep.lower === 'at') &&
    !prep.quoted &&
    isNameTok(toks[from - 2]) &&
    !CALENDAR.test(toks[from - 2]!.text) &&
    // "Analysts at Granger Securities said": a group of the named organisation is the organisation's.
    !VAGUE_HEADS.has(toks[from - 2]!.lower)
  ) {
    return { kind: 'name', from: nameStart(toks, from - 2, 0), to: from - 2 };
  }
  // "Experts from the CRC said": the named organisation qualifies a vague head; it is a named source.
  return { kind: 'name', from, to: k };
}

/** A subject ending in a common noun at token k: "the ministry", "a new study", "Varga’s office". */
function commonNounSubject(toks: Tok[], k: number): SourceRef | null {
  const t = toks[k]!;
  // A common noun phrase: walk back to its determiner or a capitalised modifier ("Ukrainian officials").
  let f = k;
  while (f - 1 >= 0 && k - f < 5) {
    const p = toks[f - 1]!;
    if (p.quoted || !isWord(p) || isCueVerb(p) || NOT_SUBJECT.has(p.lower)) break;
    f--;
    if (DETERMINERS.has(p.lower)) break;
  }
  // "the governor’s office said": a common-noun possessor is part of the subject's phrase (a named one is its source,
  // below).
  if (isPossessive(toks[f - 1]) && /^\p{Ll}/u.test(toks[f - 2]?.text ?? '') && isSpeakerNoun(t.lower)) {
    let g = f - 2;
    while (g - 1 >= 0 && f - 2 - g < 3) {
      const p = toks[g - 1]!;
      if (p.quoted || !isWord(p) || isCueVerb(p) || NOT_SUBJECT.has(p.lower)) break;
      g--;
      if (DETERMINERS.has(p.lower)) break;
    }
    if (DETERMINERS.has(toks[g]!.lower)) f = g;
  }
  if (f > 0 && PREPOSITIONS.has(toks[f - 1]!.lower) && DETERMINERS.has(toks[f]!.lower)) {
    const q = qualifiedSubject(toks, f - 1, k);
    if (q) return q;
    // "The bureau's review of its own records concluded": the phrase before the verb is a complement.
    const first = initialSubject(toks, f - 1);
    if (first && (first.kind !== 'phrase' || isSpeakerNoun(first.head))) return first;
  }
  // The words before the verb are a post-modifier ("A new study documenting … school children has revealed", "the deal
  // announced on Tuesday"), not the subject's own phrase.
  const words = toks.slice(f, k + 1);
  const postModifier =
    words.some((w) => PREPOSITIONS.has(w.lower) || /ing$/.test(w.lower)) || (f > 0 && !DETERMINERS.has(toks[f]!.lower));
  // A common-noun subject must be able to speak: "the ministry said", not "the deal announced on Tuesday"; when the
  // words before the verb are a post-modifier, the sentence's opening phrase is the subject to judge.
  if (!isSpeakerNoun(t.lower)) {
    const first = postModifier ? initialSubject(toks, k + 1) : null;
    return first && (first.kind !== 'phrase' || isSpeakerNoun(first.head)) ? first : null;
  }
  if (isPossessive(toks[f - 1]) && isNameTok(toks[f - 2])) {
    // "Varga’s office said": the owner is the source.
    const e = f - 2;
    return { kind: 'name', from: nameStart(toks, e, 0), to: e };
  }
  if (VAGUE_HEADS.has(t.lower)) return { kind: 'vague', from: f, to: k };
  // After a post-modifier the subject is the phrase that opens the sentence.
  if (postModifier) {
    const first = initialSubject(toks, f);
    if (first) return first;
  }
  if (!words.some((w) => DETERMINERS.has(w.lower) || w.cap) && k - f < 1) return null;
  // "A recent study showed": an unnamed study or report is no source.
  if ((toks[f]!.lower === 'a' || toks[f]!.lower === 'an') && STATEMENT_NOUNS.has(t.lower))
    return { kind: 'vague', from: f, to: k };
  return { kind: 'phrase', from: f, to: k, head: t.lower };
}

const OPENERS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'for',
  'with',
  'as',
  'while',
  'when',
  'since',
  'although',
  'though',
  'despite',
  'following',
  'speaking',
  'asked',
  'meanwhile',
  'however',
  'still',
  'yet',
  'last',
  'earlier',
  'later',
  'separately',
  'instead',
  'also',
  'then',
  'now',
  'today',
  'yesterday',
  'if',
  'because',
  'until',
  'by',
  'from',
  'under',
  'over',
  'of',
  'to',
]);

const SPEAKER_EXTRA = new Set(
  `coach mayor chief lawyer lawyers attorney judge court witness witnesses resident residents teacher doctor doctors author authors
  team campaign administration office spokesperson spokesman spokeswoman police army military government ministry union
  firm company companies board panel jury committee host anchor editor editors paper newspaper outlet network agency statement
  website site blog post letter filing document documents data figures poll survey study report analysis review audit memo
  it they he she family families group groups side camp president minister secretary governor senator official officials`.split(
    /\s+/,
  ),
);

/** A noun that can be the subject of a reporting verb: an organisation, a role, a document, a group. */
function isSpeakerNoun(w: string): boolean {
  return (
    SPEAKER_EXTRA.has(w) ||
    ORG_WORDS.has(w) ||
    ANONYMOUS_HEADS.has(w) ||
    STATEMENT_NOUNS.has(w) ||
    VAGUE_HEADS.has(w) ||
    TITLES.has(w) ||
    /(er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents|man|men|woman|women|person|people|ee|ees|ive|ives)$/.test(w)
  );
}

const DEFINITE = new Set(['the', 'these', 'those', 'both']);
/** People a document introduces and then calls by their role: "the authors", "the researchers", "the judges". */
const GROUP_HEADS = new Set(
  `author authors researcher researchers scientist scientists investigators judges doctors lawyers organisers organizers
  team authorities`.split(/\s+/),
);

const OFFICIAL_HEADS = new Set([
  'officials',
  'official',
  'diplomats',
  'lawmakers',
  'prosecutors',
  'investigators',
  'authorities',
  'ministers',
  'regulators',
  'negotiators',
]);

const ANONYMOUS_QUALIFIER = /\b(familiar with|knowledge of|close to|briefed on|involved in|aware of|privy to)\b/;

/**
 * "people familiar with the matter said", "a source with direct knowledge of the talks told": the head before the
 * prepositional phrase decides; qualified anonymous sources are attributed, bare groups are vague.
 */
function qualifiedSubject(toks: Tok[], prep: number, k: number): SourceRef | null {
  let g = prep;
  while (g - 1 >= 0 && k - g < 14) {
    const p = toks[g - 1]!;
    if (p.quoted || !isWord(p) || (isCueVerb(p) && !DETERMINERS.has(toks[g - 2]?.lower ?? ''))) break;
    g--;
    if (DETERMINERS.has(p.lower) && !PREPOSITIONS.has(toks[g - 1]?.lower ?? '')) break;
  }
  if (g === prep) return null;
  const head = headOf(toks, g, k);
  const words = toks
    .slice(g, k + 1)
    .map((w) => w.lower)
    .join(' ');
  if (ANONYMOUS_QUALIFIER.test(words))
    return { kind: 'phrase', from: g, to: k, head: ANONYMOUS_HEADS.has(head) ? head : 'source' };
  if (VAGUE_HEADS.has(head)) return { kind: 'vague', from: g, to: k };
  return null;
}

const PREPOSITIONS = new Set([
  'in',
  'of',
  'on',
  'at',
  'for',
  'from',
  'with',
  'by',
  'about',
  'into',
  'over',
  'under',
  'between',
  'among',
  'across',
]);

/** The noun phrase that opens the sentence, ending before token `limit`: "The results of the X Study", "Jane Doe". */
function initialSubject(toks: Tok[], limit: number): SourceRef | null {
  let i = datelineEnd(toks);
  while (
    i < limit &&
    !toks[i]!.quoted &&
    (toks[i]!.lower === 'but' || toks[i]!.lower === 'and' || toks[i]!.lower === 'so')
  )
    i++;
  // An opening adverbial ("In her remarks, Jane Doe …", "After the match, …") comes before the subject.
  if (i < limit && OPENERS.has(toks[i]!.lower)) {
    let c = i;
    while (c < limit && c - i < 30 && toks[c]!.text !== ',') c++;
    if (c >= limit || toks[c]!.text !== ',') return null;
    i = c + 1;
  }
  if (i >= limit || toks[i]!.quoted) return null;
  const det = DETERMINERS.has(toks[i]!.lower);
  const from = i;
  if (det) i++;
  if (i >= limit) return null;
  if (isNameTok(toks[i]) && !(i === 0 && !det && !toks[i]!.cap)) {
    const first = Math.min(nameEnd(toks, i), limit - 1);
    // "Nordlys co-founder Ola Berg …": the name after the descriptor is the head.
    const head = headName(toks, first, limit);
    if (head) return { kind: 'name', from: head.from, to: head.to };
    const e = first;
    // "Varga’s office …" speaks for its owner; "Varga’s plan …" does not speak at all.
    if (isPossessive(toks[e + 1])) {
      let h = e + 2;
      while (
        h + 1 < limit &&
        /^\p{Ll}/u.test(toks[h + 1]!.text) &&
        !PREPOSITIONS.has(toks[h + 1]!.lower) &&
        !/(ing|ed)$/.test(toks[h + 1]!.lower)
      )
        h++;
      if (h >= limit || !isSpeakerNoun(toks[h]!.lower)) return null;
    }
    return { kind: 'name', from: i, to: e };
  }
  // Lower-case head: adjectives and nouns up to a preposition or verb-like word.
  let e = i;
  while (
    e + 1 < limit &&
    /^\p{Ll}/u.test(toks[e + 1]!.text) &&
    !PREPOSITIONS.has(toks[e + 1]!.lower) &&
    !/(ing|ed)$/.test(toks[e + 1]!.lower) &&
    !BETWEEN_SUBJECT_AND_VERB.has(toks[e + 1]!.lower) &&
    !NOT_SUBJECT.has(toks[e + 1]!.lower) &&
    e - i < 4
  )
    e++;
  if (!/^\p{Ll}/u.test(toks[e]!.text)) return null;
  const head = toks[e]!.lower;
  // "The results of the Coastal Tide Survey": the named study is the source.
  if (PREPOSITIONS.has(toks[e + 1]?.lower ?? '') && e + 2 < limit) {
    let n = e + 2;
    if (toks[n]!.lower === 'the' || toks[n]!.lower === 'a') n++;
    if (n < limit && isNameTok(toks[n])) return { kind: 'name', from: n, to: Math.min(nameEnd(toks, n), limit - 1) };
  }
  if (VAGUE_HEADS.has(head) || ((toks[from]!.lower === 'a' || toks[from]!.lower === 'an') && STATEMENT_NOUNS.has(head)))
    return { kind: 'vague', from, to: e };
  if (NOT_SUBJECT.has(head)) return null;
  return { kind: 'phrase', from, to: e, head };
}

const DASHES = new Set(['—', '–', '-']);
/**
 * "BRUSSELS, March 3 — …", "LONDON (Wire Service) — …", "SPRINGFIELD, Ill. — …": a dateline opening a report names
 * where it was filed, never who speaks. The index of the first token after it (0 when there is none).
 */
function datelineEnd(toks: Tok[]): number {
  const first = toks[0];
  if (!first || first.quoted || !/^\p{Lu}{3,}$/u.test(first.text)) return 0;
  let k = 1;
  while (k < toks.length && /^\p{Lu}{2,}$/u.test(toks[k]!.text)) k++;
  for (let n = 0; k < toks.length && n < 10; k++, n++) {
    const t = toks[k]!;
    if (t.quoted) return 0;
    if (DASHES.has(t.text)) return k + 1;
    // Only the date, the state, the agency in brackets and their punctuation stand between the place and the dash.
    if (!(t.text === ',' || t.text === '.' || t.text === '(' || t.text === ')' || t.cap || /^\d/.test(t.text)))
      return 0;
  }
  return 0;
}

/**
 * "Nordlys co-founder Ola Berg", "Harbour Authority director General Ana Lund", "the security firm Lintel": a
 * name (or a determiner) followed by a few lower-case descriptor words and another name. The later name is the head of
 * the phrase, the earlier one its modifier. Returns the head's tokens, or null when the run ending at `end` is the head.
 */
function headName(toks: Tok[], end: number, limit: number): { from: number; to: number } | null {
  let k = end + 1;
  let words = 0;
  while (k < limit && words < 4) {
    const t = toks[k]!;
    if (
      t.quoted ||
      !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) ||
      FUNCTION_TYPES.has(t.lower) ||
      PREPOSITIONS.has(t.lower) ||
      /(?:ed|ing|ly)$/.test(t.lower) ||
      isCueVerb(t)
    )
      break;
    k++;
    words++;
  }
  if (words === 0 || k >= limit || !isNameTok(toks[k]) || CALENDAR.test(toks[k]!.text)) return null;
  return { from: k, to: Math.min(nameEnd(toks, k), limit - 1) };
}

const isProperNameContext = (toks: Tok[], k: number): boolean =>
  k > 0 && isNameTok(toks[k - 1]) && toks[k]!.cap && toks[k - 1]!.start > toks[0]!.start;

/**
 * "Piotr Ek, Varga’s chief of staff, told …", "Jane Doe, director of X, and chair of Y, says": the name before
 * the appositive(s); with no earlier comma, the name that opens the sentence ("Jane Doe for the agency, says").
 */
function appositive(toks: Tok[], comma: number): SourceRef | null {
  // The clause before the comma: back to a stop, a quote or the sentence start.
  let start = comma - 1;
  while (start >= 0 && comma - start < 40) {
    const t = toks[start]!;
    if (t.quoted || isQuoteMark(t) || STOP_BEFORE.has(t.text)) break;
    start--;
  }
  start++;
  // An opening adverbial ends at its comma: "On Monday, Jane Doe, the mayor, said", "Surprisingly, Jane Doe, …".
  if (
    start < comma &&
    (OPENERS.has(toks[start]!.lower) || (/^\p{L}+ly$/u.test(toks[start]!.text) && toks[start + 1]?.text === ','))
  ) {
    let c = start;
    while (c < comma && toks[c]!.text !== ',') c++;
    if (c < comma) start = c + 1;
  }
  let firstComma = start;
  while (firstComma < comma && toks[firstComma]!.text !== ',') firstComma++;
  if (firstComma < comma && firstComma > start) {
    // "Jane Doe, curator at the Lake Museum, said": the name that opens the clause, set off by the appositive.
    const last = firstComma - 1;
    if (isNameTok(toks[last]) && !isPossessive(toks[firstComma - 1])) {
      const from = nameStart(toks, last, start);
      const lead = toks.slice(start, from);
      if (
        lead.every(
          (t) =>
            DETERMINERS.has(t.lower) ||
            TITLES.has(t.lower) ||
            (/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !PREPOSITIONS.has(t.lower) && !FUNCTION_TYPES.has(t.lower)) ||
            t.cap,
        )
      ) {
        return { kind: 'name', from, to: last };
      }
    }
    // "The ministry’s spokesperson, Jane Doe, said": a descriptor, then the name set off by commas.
    if (/^\p{Ll}/u.test(toks[last]!.text) && isNameTok(toks[firstComma + 1])) {
      const e = nameEnd(toks, firstComma + 1);
      if (toks[e + 1]?.text === ',') return { kind: 'name', from: firstComma + 1, to: e };
    }
  }
  // "The ministry’s spokesperson, Jane Doe, said": a name set off by commas right before the verb.
  if (isNameTok(toks[comma - 1])) {
    const s = nameStart(toks, comma - 1, 0);
    if (s < comma - 1 && toks[s - 1]?.text === ',') return { kind: 'name', from: s, to: comma - 1 };
  }
  for (let k = comma - 1; k >= 0 && k > comma - 32; k--) {
    const t = toks[k]!;
    if (t.quoted || isQuoteMark(t) || STOP_BEFORE.has(t.text)) return null;
    if (t.text === ',') {
      const e = k - 1;
      if (e >= 0 && isNameTok(toks[e]) && !isPossessive(toks[e + 1]))
        return { kind: 'name', from: nameStart(toks, e, 0), to: e };
    }
    if (k === 0) return initialSubject(toks, comma);
  }
  return null;
}

/** "“…,” said Varga" / "said the ministry": the source after the verb. */
/** Index of a name within a few title words after the verb ("said harbour master Piotr Ek"), or -1. */
function nameSoonAfter(toks: Tok[], verb: number): number {
  for (let k = verb + 1; k < toks.length && k <= verb + 4; k++) {
    const t = toks[k]!;
    if (isNameTok(t)) return k;
    // "said on Twitter", "announced in Dover": a name after a preposition is no speaker.
    if (t.quoted || !/^\p{Ll}+$/u.test(t.text) || isCueVerb(t) || t.lower === 'that' || PREPOSITIONS.has(t.lower))
      return -1;
  }
  return -1;
}

function subjectAfter(toks: Tok[], verb: number): SourceRef | null {
  const ref = subjectAfterOnce(toks, verb);
  // "said Okafor's colleague, Piet Ruud": the head of the phrase speaks, not its possessor; a name set off after the
  // possessed noun is that head.
  if (ref?.kind === 'name' && isPossessive(toks[ref.to + 1])) {
    for (let k = ref.to + 2; k < toks.length && k <= ref.to + 6; k++) {
      const t = toks[k]!;
      if (t.quoted || STOP_BEFORE.has(t.text)) break;
      if (isNameTok(t)) return { kind: 'name', from: k, to: nameEnd(toks, k) };
    }
    return null;
  }
  return ref;
}

function subjectAfterOnce(toks: Tok[], verb: number): SourceRef | null {
  const soon = nameSoonAfter(toks, verb);
  if (soon > verb + 1 && toks[verb + 1]!.lower !== 'the' && toks[verb + 1]!.lower !== 'a')
    return { kind: 'name', from: soon, to: nameEnd(toks, soon) };
  const n = toks[verb + 1];
  if (!n || n.quoted) return null;
  if (PERSON_PRONOUNS.has(n.lower)) return { kind: 'pronoun', word: n.lower };
  if (isNameTok(n)) return { kind: 'name', from: verb + 1, to: nameEnd(toks, verb + 1) };
  if (n.lower === 'the' || n.lower === 'a' || n.lower === 'an') return phraseAfter(toks, verb + 1);
  return null;
}

/** True when a weak verb is used as a reporting verb here: it closes a quote, or takes a clause, a colon or a quote. */
function weakOk(toks: Tok[], v: number): boolean {
  const prev = toks[v - 1];
  if (prev && isQuoteMark(prev)) return true;
  if (prev && prev.text === ',' && toks[v - 2] && isQuoteMark(toks[v - 2]!)) return true;
  let k = v + 1;
  // Skip time and manner words: "reported earlier that", "added on Monday that".
  while (k < toks.length && k < v + 6 && isFiller(toks[k]!)) k++;
  const next = toks[k];
  if (!next) return true;
  if (next.lower === 'that' || next.text === ':' || isQuoteMark(next) || next.text === '.' || next.text === ';')
    return true;
  if (next.lower === 'out' && toks[k + 1]?.lower === 'that') return true;
  // "…, the board denied the claims:" introduces the quote that follows.
  if (toks[toks.length - 1]!.text === ':' && toks.length - v < 8) return true;
  return next.text === ',' && k + 1 >= toks.length - 1;
}

/** "Jan.", "Sept": an abbreviated month between a subject and its verb ("Ek on Jan. 5 said"). Not "jun" or "jul",
 * which this test never had: both are given names too ("Li Jun said"). */
const isMonthAbbreviation = (w: string): boolean => {
  const m = w.endsWith('.') ? w.slice(0, -1) : w;
  return MONTH_ABBREVIATIONS[m] !== undefined && m !== 'jun' && m !== 'jul';
};

const isFiller = (t: Tok): boolean =>
  (BETWEEN_SUBJECT_AND_VERB.has(t.lower) && (!t.cap || /day$/.test(t.lower))) ||
  /^\p{Ll}+ly$/u.test(t.text) ||
  /^\d/.test(t.text) ||
  isMonthAbbreviation(t.lower) ||
  t.lower === 'a' ||
  t.lower === 'an';

/** Is token v a reporting verb used as one (not "the said contract", not a noun "reports")? */
function verbUsage(toks: Tok[], v: number): boolean {
  const t = toks[v]!;
  if (t.quoted) return false;
  if (t.cap && v > 0) return false;
  const prev = toks[v - 1]?.lower;
  // Passives ("she was told", "they were asked") report what someone heard, not what they said.
  let b = v - 1;
  while (b >= 0 && /^\p{Ll}+ly$/u.test(toks[b]!.text)) b--;
  if (
    b >= 0 &&
    /^(was|were|is|are|be|been|being|get|got|gets)$/.test(toks[b]!.lower) &&
    /(ed|told|said|written|thought|shown)$/.test(t.lower)
  )
    return false;
  // Nouns and infinitives: "the reports", "to say", "a claim".
  if (
    prev === 'the' ||
    prev === 'a' ||
    prev === 'an' ||
    prev === 'to' ||
    prev === 'his' ||
    prev === 'her' ||
    prev === 'their' ||
    prev === 'its'
  )
    return false;
  const l = t.lower;
  const next = toks[v + 1]?.lower ?? '';
  // "a blog written by X", "figures released by Y": a passive; the agent after "by" is handled as agentive.
  if (next === 'by') return false;
  const past = /ed$/.test(l) || IRREGULAR_PAST.has(l);
  if (/ing$/.test(l)) return prev === ',' || prev === 'by';
  if (!past) {
    // Present forms double as nouns: "asylum claims were", "reports of", "a claim against".
    if (NOUN_FOLLOWERS.has(next)) return false;
    // "40,000 replies", "new claims": a number or adjective-like word before a present form makes it a noun.
    if (prev !== undefined && /^\d/.test(prev)) return false;
    const third = /s$/.test(l) && !/ss$/.test(l);
    if (!third) {
      // A base form needs a plural or pronoun subject, or an auxiliary: "experts say", "they claim", "did say".
      if (!pluralSubjectBefore(toks, b)) return false;
    }
  }
  return true;
}

/** A plural subject, pronoun or auxiliary shortly before a base-form verb ("critics of the plan argue", "they say"). */
function pluralSubjectBefore(toks: Tok[], b: number): boolean {
  for (let k = b; k >= 0 && k > b - 7; k--) {
    const t = toks[k]!;
    if (t.quoted || t.text === ',' || isQuoteMark(t)) return false;
    const pl = t.lower;
    if (PLURAL_SUBJECT.has(pl) || VAGUE_HEADS.has(pl) || (k === b && AUX_BEFORE_BASE.has(pl))) return true;
    if (/s$/.test(pl) && !/(ss|us|is)$/.test(pl) && pl.length > 3 && !/^\p{Lu}/u.test(t.text.slice(1))) return true;
  }
  return false;
}

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'written', 'thought', 'found', 'forecast', 'showed', 'shown']);
const NOUN_FOLLOWERS = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'had',
  'has',
  'of',
  'from',
  'against',
  'by',
  'and',
  'or',
  'for',
  'to',
  'about',
  'over',
  'will',
  'would',
  'can',
  'could',
  'should',
  'which',
  'such',
  'made',
  'filed',
  'been',
]);
const PLURAL_SUBJECT = new Set([
  'they',
  'we',
  'i',
  'you',
  'who',
  'people',
  'police',
  'staff',
  'children',
  'men',
  'women',
  'media',
  'public',
  'some',
  'many',
  'others',
  'most',
  'few',
  'both',
  'all',
]);
const AUX_BEFORE_BASE = new Set([
  'will',
  'would',
  'could',
  'may',
  'might',
  'can',
  'should',
  'must',
  'did',
  'do',
  'does',
  "didn't",
  'also',
  'often',
  'still',
]);

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

function agentiveUsage(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^\p{Ll}+ly$/u.test(toks[k]!.text)) k--;
  const prev = toks[k];
  if (!prev) return true;
  // "The data, released by the ministry on Monday, show …"
  if (prev.text === ',' && k > 0 && STATEMENT_NOUNS.has(toks[k - 1]!.lower)) return true;
  return AUXILIARIES.has(prev.lower) || STATEMENT_NOUNS.has(prev.lower) || prev.lower === 'as';
}

/** A place in the sentence that may cue an attribution, the source the rules find for it, and its features. */
export interface Candidate {
  at: number;
  cue: string;
  /** The lemma the lexicon gives ("say" for "said"), or the cue phrase ("according to"). */
  lemma: string;
  source: SourceRef | null;
  /** The word's own features, as a key for the score cache and a list for training. */
  word: { key: string; lemma: string; classes: readonly string[]; forms: string };
  feats: string[];
  /** "according to", "citing": evidential phrases that name their source by construction. */
  evidential?: boolean;
  /** "is confident that": an adjective of belief after a copula, with its clause. */
  attitude?: boolean;
}

const FUNCTION_TYPES = new Set(
  `that to by about on of in for with from at the a an this these his her their its our my your he she they we i you it
  him them us me not n't never no has have had was were is are be been being will would could may might can should must
  did do does also how why what whether if when who which as and or but so there just still even`.split(/\s+/),
);

/** The shape of a token for cue features: its word when a function word, else a class. */
function shape(t: Tok | undefined): string {
  if (!t) return '^';
  if (t.quoted) return 'Q';
  if (isQuoteMark(t)) return 'qm';
  const l = t.lower;
  if (isPossessive(t)) return 'POS';
  if (FUNCTION_TYPES.has(l)) return l;
  if (/n['’]t$/.test(l)) return "n't";
  if (/^i['’]/.test(l)) return 'i';
  const c = l.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'NUM';
  if (!/^[\p{L}$]/u.test(l)) return l.length === 1 ? l : 'P';
  if (t.cap) return 'CAP';
  if (/ly$/.test(l) && l.length > 4) return 'LY';
  const info = lexOf(t);
  if (info) return info.pos === 'n' ? 'LN' : 'LV';
  return /s$/.test(l) && !/ss$/.test(l) ? 'ws' : 'w';
}

const sourceShape = (src: SourceRef | null): string =>
  !src ? 'none' : src.kind === 'pronoun' ? `pr-${src.word}` : src.kind;

/** Whether a word right after the sentence-initial position is a cue verb: ends noun phrases walked over. */
export function isCueVerb(t: Tok): boolean {
  if (t.cap || t.quoted) return false;
  const info = lexOf(t);
  return (
    info !== undefined &&
    info.pos === 'v' &&
    (info.classes.includes('C') || info.classes.includes('G')) &&
    /[sdg]/.test(info.forms) &&
    !/^(ed|ing)$/.test(t.lower)
  );
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor']);
const MODALS = new Set(['will', 'shall', 'can', 'may', 'might', 'must', 'ought', 'need', 'dare']);
/** Shapes of the word before a noun (a determiner, a possessive). */
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'POS',
  'NUM',
]);
/** Present-tense verbs that often follow a bare clause's subject: "says the decline appears to be …". */
const RAISING = new Set(['appears', 'seems', 'remains', 'means', 'needs', 'continues', 'exists']);
const CLAUSE_VERBS = new Set([
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'does',
  'did',
  "won't",
  "can't",
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "didn't",
  "doesn't",
]);

/** A clause without "that" after the cue ("believes prices will rise"): a finite verb within a few words. */
function clauseAfter(toks: Tok[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + 8; k++) {
    const t = toks[k]!;
    if (t.quoted || (!/^[\p{L}\p{N}$%]/u.test(t.text) && !isPossessive(t))) return false;
    // "says sea levels rose": an irregular past form is a finite verb too.
    if (
      k > i + 1 &&
      (CLAUSE_VERBS.has(t.lower) ||
        RAISING.has(t.lower) ||
        (PAST_FORMS.has(t.lower) &&
          !t.cap &&
          !/^(?:to|will|would|can|could|may|might|must|shall|should|do|does|did)$/.test(toks[k - 1]!.lower)) ||
        (/ed$/.test(t.lower) && t.lower.length > 4 && !t.cap) ||
        (!t.cap && /d/.test(lexOf(t)?.forms ?? '')))
    )
      return true;
  }
  return false;
}

/** What every candidate of a sentence reads about it, found once per sentence (candidates stay linear in its length). */
interface SentenceShape {
  firstQuoted: number;
  lastQuoted: number;
  first: number;
  /** The first word outside quotes, and the first comma outside quotes (or the token count). */
  firstPlain: number;
  firstComma: number;
}

function sentenceShape(toks: Tok[]): SentenceShape {
  let firstQuoted = toks.length;
  let lastQuoted = -1;
  let firstPlain = toks.length;
  let firstComma = toks.length;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.quoted) {
      if (firstQuoted === toks.length) firstQuoted = k;
      lastQuoted = k;
    } else if (t.text === ',') {
      if (firstComma === toks.length) firstComma = k;
    } else if (firstPlain === toks.length && /^[\p{L}\p{N}]/u.test(t.text)) firstPlain = k;
  }
  return { firstQuoted, lastQuoted, first: firstWord(toks), firstPlain, firstComma };
}

/** The features a candidate owes to its word alone (lemma, WordNet classes, forms): scored once per word form. */
export function staticFeatures(lemma: string, classes: readonly string[], forms: string): string[] {
  const f = ['b', `L=${lemma}`];
  for (const c of classes) f.push(`K=${c}`);
  for (const x of forms) f.push(`F=${x}`);
  return f;
}

/** The features a candidate owes to its sentence: neighbours, the shape of its source, quotes, clause, negation. */
function features(
  toks: Tok[],
  i: number,
  classes: readonly string[],
  forms: string,
  src: SourceRef | null,
  extra: string[],
  sh: SentenceShape,
): string[] {
  const p1 = shape(toks[i - 1]);
  const p2 = shape(toks[i - 2]);
  const n1 = shape(toks[i + 1]);
  const n2 = shape(toks[i + 2]);
  const ss = sourceShape(src);
  const f = [`P1=${p1}`, `P2=${p2}_${p1}`, `N1=${n1}`, `N2=${n1}_${n2}`, `S=${ss}`, ...extra];
  // Conjunctions with the word's main class only (the first listed), and with its first form: enough to tell a
  // reporting "said" from a noun "states", few enough to stay cheap per candidate.
  const c = classes.find((x) => x.startsWith('1') || x.startsWith('N')) ?? classes[0] ?? 'X';
  f.push(`KN1=${c}_${n1}`, `KP1=${c}_${p1}`, `KS=${c}_${ss}`, `FS=${forms[0] ?? ''}_${ss}`);
  if (classes.includes('T')) f.push(`TN1=${n1}`, `TS=${ss}`);
  const before = sh.firstQuoted < i;
  const after = sh.lastQuoted > i;
  let neg = false;
  for (let k = Math.max(0, i - 3); k < i; k++)
    if (!toks[k]!.quoted && (NEGATIONS.has(toks[k]!.lower) || /n['’]t$/.test(toks[k]!.lower))) neg = true;
  f.push(`Q=${before ? 1 : 0}${after ? 1 : 0}`);
  // A clause after a noun ("the report says", "a record 40 …") is not the cue's: only a verb takes one.
  if (!NOUN_MARKERS.has(p1) && clauseAfter(toks, i)) f.push('CL', `KCL=${c}`);
  if (neg) f.push('NEG');
  f.push(`POS=${i === 0 ? 0 : i < 3 ? 1 : i >= toks.length - 3 ? 3 : 2}`);
  if (toks[toks.length - 1]?.text === '?') f.push('QUESTION');
  return f;
}

/** The subject of a verb cue at i, by the rules ("X said", "said X", ", saying", "sources told Reuters"). */
function verbSource(toks: Tok[], i: number): SourceRef | null {
  const l = toks[i]!.lower;
  const prevTok = toks[i - 1];
  let subj: SourceRef | null = null;
  // "Recipients, said Jane Doe, are required…": an inverted attribution set off by commas.
  // Not "…, told Reuters": a verb that takes its listener as object names the listener after it, not the speaker.
  if (
    prevTok &&
    (prevTok.text === ',' || isQuoteMark(prevTok)) &&
    nameSoonAfter(toks, i) >= 0 &&
    !(prevTok.text === ',' && LISTENER_VERBS.has(lexOf(toks[i]!)?.lemma ?? l))
  )
    subj = subjectAfter(toks, i);
  // ", saying that …": a participle clause shares the subject of the sentence.
  else if (prevTok && prevTok.text === ',' && /ing$/.test(l)) subj = initialSubject(toks, i - 1);
  if (!subj) subj = subjectBefore(toks, i);
  if (!subj) {
    if (!prevTok || isQuoteMark(prevTok) || prevTok.text === ',' || prevTok.text === '—') subj = subjectAfter(toks, i);
  }
  // "sources told Reuters": an unnamed source vouched for by a named outlet is attributed to the outlet.
  const listener = toks[i + 1]?.lower === 'the' ? i + 2 : i + 1;
  if (subj?.kind === 'vague' && (l === 'told' || l === 'tells' || l === 'tell') && isNameTok(toks[listener]))
    subj = { kind: 'name', from: listener, to: nameEnd(toks, listener) };
  return subj;
}

/** Verbs whose object is the listener ("told Reuters", "assured the board"). */
const LISTENER_VERBS = new Set([
  'tell',
  'ask',
  'inform',
  'assure',
  'remind',
  'notify',
  'brief',
  'advise',
  'urge',
  'thank',
  'email',
  'call',
  'contact',
  'promise',
  'warn',
  'persuade',
  'convince',
]);

/** The owner of a cue noun: "Brook's allegations", "his remarks", "a statement from the ministry". */
function nounSource(toks: Tok[], i: number): SourceRef | null {
  const p = toks[i - 1];
  if (p && !p.quoted) {
    if (isPossessive(p) && isNameTok(toks[i - 2])) return { kind: 'name', from: nameStart(toks, i - 2, 0), to: i - 2 };
    if (p.lower === 'his' || p.lower === 'her') return { kind: 'pronoun', word: p.lower === 'his' ? 'he' : 'she' };
    if (p.lower === 'their') return { kind: 'pronoun', word: 'they' };
    if (p.lower === 'its') return { kind: 'pronoun', word: 'it' };
    if (p.lower === 'my' || p.lower === 'our') return { kind: 'pronoun', word: p.lower === 'my' ? 'i' : 'we' };
    // "a Harbour Authority statement": the name right before the noun.
    if (isNameTok(p) && i - 1 > 0) return { kind: 'name', from: nameStart(toks, i - 1, 0), to: i - 1 };
  }
  const n = toks[i + 1];
  if (n && !n.quoted && (n.lower === 'by' || n.lower === 'from' || n.lower === 'of')) {
    const src = phraseAfter(toks, i + 2);
    if (src && src.kind !== 'phrase') return src;
  }
  return null;
}

const EVIDENTIAL = (phrase: string): Candidate['word'] => ({
  key: `=${phrase}`,
  lemma: phrase,
  classes: ['A'],
  forms: '',
});
const wordOf = (form: string, info: LexInfo): Candidate['word'] => ({
  key: form,
  lemma: info.lemma,
  classes: info.classes,
  forms: info.forms,
});

const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'am',
  'be',
  'been',
  'remain',
  'remains',
  'remained',
  'feel',
  'feels',
  'felt',
]);
const DEGREE = new Set([
  'very',
  'quite',
  'fairly',
  'pretty',
  'so',
  'not',
  'absolutely',
  'increasingly',
  'still',
  'also',
  'now',
]);

/**
 * The holder of "X is confident that …", "I'm sure the pier will hold": the subject before the copula, when a clause
 * follows the adjective.
 */
function attitudeSource(toks: Tok[], i: number): SourceRef | null {
  const next = toks[i + 1]?.lower;
  // "certain to close", "sure of it": no clause, no view held.
  if (next !== 'that' && (next === 'to' || next === 'of' || next === 'about' || !clauseAfter(toks, i))) return null;
  let k = i - 1;
  while (k >= 0 && (DEGREE.has(toks[k]!.lower) || /^\p{Ll}+ly$/u.test(toks[k]!.text) || /n['’]t$/.test(toks[k]!.lower)))
    k--;
  const cop = toks[k];
  if (!cop || cop.quoted) return null;
  // "I'm sure", "we're confident", "she's adamant".
  const contracted = /^(i|we|you|they|he|she)['’](m|re|s)$/.exec(cop.lower);
  if (contracted) {
    const w = contracted[1]!;
    return { kind: 'pronoun', word: w === 'you' ? 'you' : w === 'i' ? 'i' : w };
  }
  if (!COPULAS.has(cop.lower)) return null;
  if (cop.lower === 'am' && toks[k - 1]?.lower === 'i') return { kind: 'pronoun', word: 'i' };
  const src = subjectBefore(toks, k);
  // "The pier is sure to …" has no clause; "the plan is certain that" names nobody who can hold a view.
  if (!src || src.kind === 'none' || (src.kind === 'pronoun' && src.word === 'it')) return null;
  if (src.kind === 'phrase' && !isSpeakerNoun(src.head)) return null;
  return src;
}

const PICTURES = new Set(['photos', 'images', 'footage', 'video', 'pictures', 'photographs']);
const NAMING_VERBS = new Set(['call', 'name', 'title', 'entitle', 'dub', 'nickname', 'term', 'label']);

/**
 * "a podcast called “The Tide”", "a show on Harbour Radio called The Tide": a participle that names the noun before
 * it, not a speech act (unlike "Ek called the plan a disaster").
 */
function namingParticiple(toks: Tok[], i: number, lemma: string): boolean {
  if (!NAMING_VERBS.has(lemma) || !/ed$/.test(toks[i]!.lower)) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // The name given follows at once ("called “The Tide”", "called Sea Knot"); "dubbed the dispute …" is a speech act.
  if (!prev || prev.quoted || !next || !(next.cap || isQuoteMark(next))) return false;
  if (/^\p{Ll}/u.test(prev.text))
    return (
      !AUXILIARIES.has(prev.lower) &&
      !PERSON_PRONOUNS.has(prev.lower) &&
      !PLURAL_PRONOUNS.has(prev.lower) &&
      !/ly$/.test(prev.lower) &&
      prev.lower !== 'i' &&
      prev.lower !== 'it' &&
      prev.lower !== 'who'
    );
  if (!isNameTok(prev)) return false;
  const from = nameStart(toks, i - 1, 0);
  return from > 0 && PREPOSITIONS.has(toks[from - 1]!.lower);
}

/** Every cue candidate of the sentence outside quotes, with the source the rules give it and its features. */
export function cueCandidates(toks: Tok[]): Candidate[] {
  const model = attributionModel();
  const out: Candidate[] = [];
  const sh = sentenceShape(toks);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.quoted) continue;
    const c = candidateAt(toks, i, sh, model);
    if (c) out.push(c);
  }
  return out;
}

/** The cue candidate at token i, if any: a phrase of evidence, an attitude adjective, or a reporting verb or noun. */
function candidateAt(toks: Tok[], i: number, sh: SentenceShape, model: AttributionModel): Candidate | null {
  const l = toks[i]!.lower;
  // "according to X", "citing X", "as reported by X"
  if (l === 'according' && toks[i + 1]?.lower === 'to') return evidentialCandidate(toks, i, 'according to', i + 2, sh);
  if (ACCORDING.test(l) && l !== 'per' && i > 0) return evidentialCandidate(toks, i, l, i + 1, sh);
  if (ATTITUDE_ADJECTIVES.has(l)) return attitudeCandidate(toks, i, sh);
  const info = lexicalCue(toks, i, sh, model);
  if (!info) return null;
  return info.pos.includes('v') ? verbCandidate(toks, i, info, sh) : nounCandidate(toks, i, info, sh);
}

/** "according to X", "citing X": the phrase from token `from` names the source. */
function evidentialCandidate(toks: Tok[], i: number, cue: string, from: number, sh: SentenceShape): Candidate {
  const src = phraseAfter(toks, from);
  return {
    at: i,
    cue,
    lemma: cue,
    source: src,
    word: EVIDENTIAL(cue),
    evidential: true,
    feats: features(toks, i, ['A'], '', src, [], sh),
  };
}

/** "Ek is confident that …": an adjective of attitude with its holder. */
function attitudeCandidate(toks: Tok[], i: number, sh: SentenceShape): Candidate | null {
  const src = attitudeSource(toks, i);
  if (!src) return null;
  const l = toks[i]!.lower;
  return {
    at: i,
    cue: toks[i]!.text,
    lemma: l,
    source: src,
    word: { key: `=${l}`, lemma: l, classes: ['G'], forms: 'j' },
    attitude: true,
    feats: features(toks, i, ['G'], 'j', src, ['ADJ'], sh),
  };
}

/** The lexicon's entry for the word at i when it may be a verb or noun cue here; undefined when it cannot be one. */
function lexicalCue(toks: Tok[], i: number, sh: SentenceShape, model: AttributionModel): LexInfo | undefined {
  const t = toks[i]!;
  const l = t.lower;
  const info = l.length > 1 && !FUNCTION_TYPES.has(l) && !MODALS.has(l) ? lexOf(t) : undefined;
  if (!info) return undefined;
  // Capitalised inside the sentence: a name ("Mark", "Program"), not a cue.
  if (t.cap && i > sh.first) return undefined;
  // A word whose own features already rule it out, and that no rule below could accept (its commonest sense is not
  // one of saying, and it takes no clause), is not worth reading the sentence for. On GUM, no cue was below this.
  if (
    !info.classes.includes('1C') &&
    !info.classes.includes('T') &&
    toks[i + 1]?.lower !== 'by' &&
    model.wordScore(l, () => staticFeatures(info.lemma, info.classes, info.forms)) < HOPELESS
  )
    return undefined;
  // "There is no evidence that …": an existential sentence states the writer's own finding; nobody is cited.
  if (existential(toks, i)) return undefined;
  // "the Arab states' oil wealth": a plural possessive is a noun.
  if (/s$/.test(l) && /^[’']$/.test(toks[i + 1]?.text ?? '') && !toks[i + 1]!.quoted) return undefined;
  return info;
}

/** A verb cue at i: an agent after "by", or the verb with its subject and the frame it stands in. */
function verbCandidate(toks: Tok[], i: number, info: LexInfo, sh: SentenceShape): Candidate | null {
  const t = toks[i]!;
  const l = t.lower;
  // "the point", "a light show", "the most points": a word after an article (or a superlative "the most") is a
  // noun, and a noun is a cue only when a clause or an agent follows it ("the claim that", "a statement by") or its
  // owner is named (below). "Most say" keeps its pronoun subject.
  const article =
    NOUN_DETERMINERS.has(toks[i - 1]?.lower ?? '') || (toks[i - 1]?.lower === 'most' && toks[i - 2]?.lower === 'the');
  if (article && !toks[i - 1]!.quoted) {
    const n = toks[i + 1]?.lower ?? '';
    if (n !== 'that' && n !== 'by' && n !== 'from') return null;
  }
  if (commitment(toks, i)) return null;
  const agent = agentCandidate(toks, i, info, sh);
  if (agent) return agent;
  if (namingParticiple(toks, i, info.lemma)) return null;
  const usage = verbUsage(toks, i);
  let src = verbSource(toks, i);
  const extra = [`U=${usage ? 1 : 0}`, `W=${weakOk(toks, i) ? 1 : 0}`];
  const before = toks[i - 1];
  // Set off after the words it reports: after a closing quote, or after a comma that ends a clause of its own.
  const setOff =
    before !== undefined &&
    (isQuoteMark(before) ||
      (toks[i - 2] !== undefined && isQuoteMark(toks[i - 2]!) && (before.text === ',' || isNameTok(before))) ||
      (before.text === ',' && sh.firstPlain < i));
  if (
    setOff &&
    /[sd]/.test(info.forms) &&
    !/ing$/.test(l) &&
    src &&
    (src.kind === 'name' || src.kind === 'pronoun' || src.kind === 'phrase')
  )
    extra.push('INV');
  // "The mayor declined to comment": a base form after "to" and a finite verb of communication takes its subject.
  const gov = toks[i - 2];
  if (toks[i - 1]?.lower === 'to' && gov && info.classes.includes('1C') && /b/.test(info.forms) && !gov.quoted) {
    const g = lexOf(gov);
    if (g && g.pos.includes('v') && g.classes.includes('C') && /[sd]/.test(g.forms) && verbUsage(toks, i - 2)) {
      src = verbSource(toks, i - 2);
      extra.push('TOV');
    }
  }
  if (info.pos.includes('n')) extra.push('VN');
  return {
    at: i,
    cue: t.text,
    lemma: info.lemma,
    source: src,
    word: wordOf(l, info),
    feats: features(toks, i, info.classes, info.forms, src, extra, sh),
  };
}

/** "highlighted by CES", "figures released by the bureau": a verb with its agent after "by", when that names someone. */
function agentCandidate(toks: Tok[], i: number, info: LexInfo, sh: SentenceShape): Candidate | null {
  if (toks[i + 1]?.lower !== 'by' || toks[i + 1]!.quoted || !/n/.test(info.forms) || !agentiveUsage(toks, i))
    return null;
  const src = phraseAfter(toks, i + 2);
  if (!src || (src.kind !== 'name' && src.kind !== 'vague')) return null;
  return {
    at: i,
    cue: `${toks[i]!.text} by`,
    lemma: info.lemma,
    source: src,
    word: wordOf(toks[i]!.lower, info),
    feats: features(
      toks,
      i,
      info.classes,
      info.forms,
      src,
      afterDocument(toks, i) ? ['AGENT', 'AGENT-DOC'] : ['AGENT'],
      sh,
    ),
  };
}

/**
 * A cue noun counts in a few frames only ("X's allegations that", "his remarks", "a statement from X"): other nouns
 * are not scored (GUM marked none of them, and there are many).
 */
function nounCandidate(toks: Tok[], i: number, info: LexInfo, sh: SentenceShape): Candidate | null {
  const p = toks[i - 1]?.lower ?? '';
  const n = toks[i + 1]?.lower ?? '';
  if (
    n !== 'that' &&
    n !== 'by' &&
    n !== 'from' &&
    !isPossessive(toks[i - 1]) &&
    p !== 'his' &&
    p !== 'her' &&
    p !== 'their' &&
    p !== 'its'
  )
    return null;
  const src = nounSource(toks, i);
  return {
    at: i,
    cue: toks[i]!.text,
    lemma: info.lemma,
    source: src,
    word: wordOf(toks[i]!.lower, info),
    feats: features(toks, i, info.classes, info.forms, src, ['NOUN'], sh),
  };
}

/**
 * "agreeing to work for the church", "carried out": a verb that commits its subject to an act ("agreeing to", "decided
 * to", "wanted to") reports no words, unless the act is itself one of saying or thinking ("declined to comment",
 * "wanted to know"); "out" after a verb is its particle. A passive ("is said to", "is believed to") is the vague
 * reading's, not touched here.
 */
function commitment(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.lower === 'out' && i > 0) return true;
  const says = (w: Tok | undefined): boolean => {
    const info = w && !w.quoted ? lexOf(w) : undefined;
    return info !== undefined && (info.classes.includes('1C') || info.classes.includes('1G'));
  };
  const infinitive = (w: Tok | undefined): boolean =>
    w !== undefined && !w.quoted && /^[a-z]+$/.test(w.text) && !NOT_INFINITIVE.has(w.lower);
  const prev = toks[i - 1]?.lower ?? '';
  // A finite verb of saying keeps its reading as a speech act ("Ek vowed to appeal", "the union threatened to
  // strike"): news reports those; a participle ("agreeing to work") or a verb of wanting or deciding does not.
  const speechAct = says(t) && !/ing$/.test(t.lower);
  return (
    toks[i + 1]?.lower === 'to' && infinitive(toks[i + 2]) && !BE_FORMS.has(prev) && !speechAct && !says(toks[i + 2])
  );
}
const PERFECT = new Set(['has', 'have', 'had', '’ve', "'ve", '’d', "'d"]);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', '’s', "'s"]);
/** Words after "to" that open a noun phrase or a clause, not an infinitive. */
const NOT_INFINITIVE = new Set(
  `the a an all any some this that these those his her its their our my your me him us them it you he she we they
  there what which who whom whose how why when where whether if one two three four five six seven eight nine ten`.split(
    /\s+/,
  ),
);

/** Words after which a word of both kinds is the noun ("the report", "some questions"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'no', 'every']);
/** Words between an existential "there is" and its noun: "there is no clear evidence that". */
const EXISTENTIAL_FILLERS = new Set([
  'no',
  'not',
  'little',
  'any',
  'some',
  'clear',
  'strong',
  'new',
  'also',
  'still',
  'scientific',
]);

/** The word at i is the noun of "there is/are/was/were (no …)": "There is no evidence that …". */
function existential(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && EXISTENTIAL_FILLERS.has(toks[k]!.lower)) k--;
  if (k < 1 || !/^(?:is|are|was|were|’s|'s)$/.test(toks[k]!.lower)) return false;
  return toks[k - 1]!.lower === 'there';
}

/** How far below the model's threshold a speech act may score and still count (the model reads GUM's narrower notion). */
const SPEECH_ACT_MARGIN = 2.5;
/** A verb of decision or of making contact (DECISION_VERBS, CONTACT_VERBS), in any of its forms. */
function isDecision(word: string): boolean {
  const info = attributionModel().lookup(word);
  const lemma = info?.lemma ?? word;
  return DECISION_VERBS.has(lemma) || CONTACT_VERBS.has(lemma);
}
/** Below this score of its own features a word is no cue (see cueCandidates). */
const HOPELESS = -1.5;

/**
 * "documented by the Coastal Research Centre", "estimated by the bank": an agent after "by" is a source when the verb
 * is one of saying or thinking in its commonest sense ("published by", "invited by" are not), or when it follows a
 * document ("figures, released by the bureau").
 */
function agentive(c: Candidate): boolean {
  const k = c.word.classes;
  return c.feats.includes('AGENT') && (k.includes('1C') || k.includes('1G') || c.feats.includes('AGENT-DOC'));
}

/** The verb at i follows a document noun, maybe after a comma: "the figures, released by …", "a report issued by …". */
function afterDocument(toks: Tok[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.text === ',') k--;
  return k >= 0 && STATEMENT_NOUNS.has(toks[k]!.lower);
}

/** An unquoted comma shortly before token `at` (a bounded look: this runs per candidate). */
function commaBefore(toks: Tok[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 40; k--) if (toks[k]!.text === ',' && !toks[k]!.quoted) return true;
  return false;
}

/** Whether the rules accept a candidate the model scores too low: 0 no, 1 as a report, 2 as a speech act only. */
function speechAct(c: Candidate, toks: Tok[]): 0 | 1 | 2 {
  const r = speechActRule(c, toks);
  return r === true ? 1 : r === 'weak' ? 2 : 0;
}

/**
 * The rules, in order: the cue's own construction; a verb of saying set off from the words it reports, or with a vague
 * group; a cue noun with its owner and clause; then, for verbs, a report with its clause, a finding, a speaking body,
 * and last the weak readings (a refusal, a named speaker's speech act).
 */
function speechActRule(c: Candidate, toks: Tok[]): boolean | 'weak' {
  const src = c.source;
  // "according to the ministry", "citing officials": the phrase names its source by construction.
  if (c.evidential) return src !== null && src.kind !== 'none';
  // "Ek is confident that …": the holder is found by construction (attitudeSource).
  if (c.attitude) return src !== null;
  const info = lexOf(toks[c.at]!);
  if (info) for (let r = 0; r < FRAMED_REPORTS.length; r++) if (FRAMED_REPORTS[r]!(c, toks, info)) return true;
  // "Varga's allegations that …": a cue noun owned by a named party, with its content clause.
  if (c.feats.includes('NOUN'))
    return src !== null && (src.kind === 'name' || src.kind === 'pronoun') && toks[c.at + 1]?.lower === 'that';
  if (!info || info.pos === 'n') return false;
  for (let r = 0; r < VERB_REPORTS.length; r++) if (VERB_REPORTS[r]!(c, toks, info)) return true;
  // "declined to comment": the infinitive of a verb of saying, after a verb of communication, reports a refusal.
  if (c.feats.includes('TOV')) return src !== null && src.kind !== 'vague' && src.kind !== 'none' ? 'weak' : false;
  if (!namedSpeechAct(c, toks, info)) return false;
  // "Cornyn issued a statement", "the senator gave a speech": a speech act whose object is a statement reports words
  // in any kind of document (in a main clause: "when the group issued a statement, …" sets the scene).
  return statementObject(toks, c.at) && !(src?.kind === 'name' && SUBORDINATORS.has(toks[src.from - 1]?.lower ?? ''))
    ? true
    : 'weak';
}

type ReportRule = (c: Candidate, toks: Tok[], info: LexInfo) => boolean;

/** "…, Councillor Hana Brook added.": a verb of saying at the sentence's end, its named speaker after a comma. */
function speakerAtEnd(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  return (
    c.feats.includes('N1=.') &&
    src?.kind === 'name' &&
    commaBefore(toks, src.from) &&
    info.pos.includes('v') &&
    info.classes.includes('C')
  );
}

/** "…, Councillor Hana Brook added", "“…,” she noted": a verb of saying set off after the words it reports. */
function invertedReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  // "The hearing, scheduled for Tuesday, …": right after a comma, an inverted report's speaker comes after the verb
  // ("…, said Jo Park"); a subject just before that comma makes the verb a participle set off by commas (an apposition
  // between them, "Park, the mayor's aide, said", does not).
  const participle =
    toks[c.at - 1]?.text === ',' && (src?.kind === 'name' || src?.kind === 'phrase') && src.to === c.at - 2;
  return (
    c.feats.includes('INV') &&
    !participle &&
    info.pos.includes('v') &&
    info.classes.includes('C') &&
    !!src &&
    src.kind !== 'none'
  );
}

/** "“…,” port director Omar Haddad wrote on Friday": a named speaker and a verb of communication after the quote. */
function speakerAfterQuote(c: Candidate, _toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  return (
    c.feats.includes('Q=10') &&
    (src?.kind === 'name' || src?.kind === 'pronoun') &&
    info.pos.includes('v') &&
    info.classes.includes('C') &&
    /[sd]/.test(info.forms) &&
    c.feats.includes('U=1') &&
    !c.feats.includes('NEG')
  );
}

/** "Analysts expect …", "critics argue …": a vague group with a verb of saying or thinking is a vague attribution. */
function vagueGroupReport(c: Candidate, _toks: Tok[], info: LexInfo): boolean {
  // "Lawmakers approved the pay rise": a decision is an act, not a report (as for a named subject).
  return (
    c.source?.kind === 'vague' &&
    !DECISION_VERBS.has(info.lemma) &&
    info.pos.includes('v') &&
    (info.classes.includes('C') || info.classes.includes('G')) &&
    /[bsd]/.test(info.forms) &&
    c.feats.includes('U=1')
  );
}

/** Rules for any word the lexicon knows, tried before the cue-noun rule. */
const FRAMED_REPORTS: readonly ReportRule[] = [speakerAtEnd, invertedReport, speakerAfterQuote, vagueGroupReport];

/**
 * "Ross fears the port will close", "the report says sea levels rose": a verb of belief, feeling or saying that takes a
 * clause, with its clause, and a subject that is named, a pronoun or a document.
 */
function clauseReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  const primary = info.classes.includes('1C') || info.classes.includes('1G') || info.classes.includes('1E');
  const clause =
    (info.classes.includes('T') && primary && (c.feats.includes('CL') || toks[c.at + 1]?.lower === 'that')) ||
    writtenClause(toks, c.at, info);
  return (
    clause &&
    !!src &&
    !readPast(toks, c) &&
    (src.kind === 'name' ||
      src.kind === 'pronoun' ||
      (src.kind === 'phrase' && (STATEMENT_NOUNS.has(src.head) || isSpeakerNoun(src.head)))) &&
    (/[sd]/.test(info.forms) || src.kind === 'name' || src.kind === 'phrase') &&
    !c.feats.includes('NEG')
  );
}

/**
 * "Analysts wrote in a note to clients that …", "Okafor wrote on her blog that …": "write" (whose commonest sense is
 * making a text, not saying) with a "that" clause after at most a short phrase of where it was written.
 */
function writtenClause(toks: Tok[], v: number, info: LexInfo): boolean {
  if (info.lemma !== 'write' || !/[sd]/.test(info.forms)) return false;
  for (let k = v + 1; k < toks.length && k <= v + 9; k++) {
    const t = toks[k]!;
    if (t.lower === 'that') return k === v + 1 || PREPOSITIONS.has(toks[v + 1]!.lower);
    if (t.quoted || STOP_BEFORE.has(t.text) || t.text === ',' || isCueVerb(t)) return false;
  }
  return false;
}

/**
 * "New rules on lending in the bloc expected next month …": a named subject found only past a common noun that stands
 * right before the verb (the sentence's opening words, read as a fallback) is not the verb's subject.
 */
function readPast(toks: Tok[], c: Candidate): boolean {
  const src = c.source;
  // A participle after a preposition ("on learning that …") has no subject of its own to rival.
  if (src?.kind !== 'name' || /ing$/.test(toks[c.at]!.lower) || PREPOSITIONS.has(toks[c.at - 1]?.lower ?? ''))
    return false;
  const k = subjectEnd(toks, c.at);
  const t = toks[k];
  // A preposition or a function word there ("on learning that …") is no rival subject.
  return (
    k > src.to &&
    t !== undefined &&
    /^\p{Ll}/u.test(t.text) &&
    !t.quoted &&
    !PERSON_PRONOUNS.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) &&
    !FUNCTION_TYPES.has(t.lower)
  );
}

/**
 * "Polls show …", "the figures suggest that …", "Results of the survey show …": a document or finding as subject of a
 * verb of evidence.
 */
function evidenceReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  if (
    !EVIDENCE_VERBS.has(info.lemma) ||
    !info.pos.includes('v') ||
    !/[bsd]/.test(info.forms) ||
    c.feats.includes('NEG')
  )
    return false;
  const src = c.source;
  const head =
    src?.kind === 'phrase'
      ? src.head
      : src?.kind === 'name' && src.from === src.to && src.from === firstWord(toks)
        ? toks[src.from]!.lower
        : src?.kind === 'vague' && src.to === src.from
          ? toks[src.from]!.lower
          : '';
  // Pictures show things, not findings ("photos showed the damage").
  if (STATEMENT_NOUNS.has(head) && !PICTURES.has(head)) return true;
  // "A poll by the Harlow Institute shows …", "the audit by the comptroller found …": a finding of a named party.
  if (src?.kind === 'name' || src?.kind === 'phrase') {
    let b = src.from - 1;
    if (DETERMINERS.has(toks[b]?.lower ?? '')) b--;
    const by = toks[b]?.lower;
    const doc = toks[b - 1]?.lower ?? '';
    // Not "of": "an investigation of the bank" names what was studied, not who studied it.
    if ((by === 'by' || by === 'from') && (STATEMENT_NOUNS.has(doc) || FINDINGS.has(doc))) return true;
  }
  // "The audit found": a definite finding points back to one named before; "a recent poll found" names nobody.
  return src?.kind === 'phrase' && FINDINGS.has(head) && !INDEFINITE.has(toks[src.from]!.lower);
}

/** Documents of findings that the lexicon's statement nouns leave out. */
const INDEFINITE = new Set(['a', 'an', 'some', 'one', 'several', 'many', 'another']);
const FINDINGS = new Set(['poll', 'polls', 'audit', 'audits', 'census', 'review', 'inquiry', 'investigation']);

/**
 * "the ministry said", "people familiar with the talks said": a common noun that can speak, with a verb of saying.
 * "The authors say", "the scientists found that": a definite group of people already introduced, with a verb of
 * saying, or of thinking with its clause.
 */
function speakingBodyReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  if (src?.kind !== 'phrase') return false;
  const group = DEFINITE.has(toks[src.from]!.lower) && (VAGUE_HEADS.has(src.head) || GROUP_HEADS.has(src.head));
  return (
    (ANONYMOUS_HEADS.has(src.head) || ORG_WORDS.has(src.head) || group) &&
    info.pos.includes('v') &&
    (info.classes.includes('1C') ||
      (group &&
        (info.classes.includes('1G') || info.classes.includes('T')) &&
        (c.feats.includes('CL') || toks[c.at + 1]?.lower === 'that'))) &&
    (/[sd]/.test(info.forms) || (group && /b/.test(info.forms))) &&
    c.feats.includes('U=1') &&
    !c.feats.includes('NEG')
  );
}

/**
 * "The central bank expects inflation to ease", "Pellam Bank forecast net income of $2 billion", "Corvane expects
 * revenue of $8 billion": a finite verb of forecasting with a named party, a pronoun or a body that can speak as its
 * subject reports that party's forecast, with or without a clause (the forecast is the claim a reader would check).
 */
function forecastReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  if (
    !FORECAST_VERBS.has(info.lemma) ||
    !/[bsd]/.test(info.forms) ||
    !c.feats.includes('U=1') ||
    c.feats.includes('NEG')
  )
    return false;
  // "is expected to", "were forecast": a passive is the vague reading's; "of expected departure": an adjective.
  const prev = toks[c.at - 1]?.lower ?? '';
  if (BE_FORMS.has(prev) || PREPOSITIONS.has(prev) || DETERMINERS.has(prev)) return false;
  const n = toks[c.at + 1];
  if (!n || n.quoted || STOP_BEFORE.has(n.text) || n.text === ',') return false;
  const src = c.source;
  // "laws on asylum in the UK expected next month": a name after a preposition is no subject.
  if (readPast(toks, c)) return false;
  if (src?.kind === 'name' || src?.kind === 'phrase') {
    let b = src.from - 1;
    if (DETERMINERS.has(toks[b]?.lower ?? '')) b--;
    if (PREPOSITIONS.has(toks[b]?.lower ?? '') && !VAGUE_HEADS.has(toks[b - 1]?.lower ?? '')) return false;
  }
  return (
    !!src &&
    (src.kind === 'name' ||
      (src.kind === 'pronoun' && src.word !== 'it' && src.word !== 'you') ||
      (src.kind === 'phrase' && isSpeakerNoun(src.head) && !STATEMENT_NOUNS.has(src.head)))
  );
}
const FORECAST_VERBS = new Set(['expect', 'anticipate', 'forecast', 'predict']);

/** Rules for a word the lexicon knows as a verb, tried after the cue-noun rule. */
const VERB_REPORTS: readonly ReportRule[] = [clauseReport, evidenceReport, speakingBodyReport, forecastReport];

/**
 * "Brook praised the plan": a named speaker (or he, she, they) with a verb whose commonest sense is one of saying,
 * used as a verb, is a speech act even without reported content.
 */
function namedSpeechAct(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  if (
    !src ||
    !(
      src.kind === 'name' ||
      (src.kind === 'pronoun' && (src.word === 'he' || src.word === 'she' || src.word === 'they'))
    )
  )
    return false;
  // A word that is also a noun counts only in its past form, which no noun has ("pointed out", not "points").
  if ((info.pos !== 'v' && !/d/.test(info.forms)) || !info.classes.includes('1C') || !/[sd]/.test(info.forms))
    return false;
  if (!c.feats.includes('U=1') || c.feats.includes('NEG')) return false;
  // "promised on the campaign trail to end the war": a commitment to act, not a report ("pointed out the cranes to
  // visitors" is one: "to" before a determiner, a pronoun or a name is a preposition).
  for (let k = c.at + 1; k < toks.length && k <= c.at + 7; k++) {
    const t = toks[k]!;
    if (t.quoted || STOP_BEFORE.has(t.text) || t.text === ',') break;
    const n = toks[k + 1];
    // "pointed out the ramps to visitors": a plural noun after "to" is its object too (no infinitive ends in a plain -s).
    // "urged lawmakers to reject the permit": with an object between them, the act is asked of the listener; the
    // speaker commits to nothing.
    if (
      t.lower === 'to' &&
      !(
        k > c.at + 1 &&
        n &&
        (DETERMINERS.has(n.lower) ||
          OBJECT_PRONOUNS.has(n.lower) ||
          isNameTok(n) ||
          /^\p{Ll}+[^su]s$/u.test(n.text) ||
          listenerObject(toks, c.at, k))
      )
    )
      return false;
  }
  return true;
}

const SUBORDINATORS = new Set(['when', 'after', 'before', 'if', 'because', 'since', 'as', 'while', 'although', 'once']);

/** A determiner and a statement noun (maybe after one adjective) right after the verb at v: "issued a statement". */
function statementObject(toks: Tok[], v: number): boolean {
  const d = toks[v + 1];
  if (!d || d.quoted || !(d.lower === 'a' || d.lower === 'an' || d.lower === 'the' || d.lower === 'its')) return false;
  const n1 = toks[v + 2];
  const n2 = toks[v + 3];
  return (
    (n1 !== undefined && !n1.quoted && STATEMENT_NOUNS.has(n1.lower)) ||
    (n1 !== undefined && /^\p{Ll}+$/u.test(n1.text) && n2 !== undefined && !n2.quoted && STATEMENT_NOUNS.has(n2.lower))
  );
}

/**
 * The words between a verb at v and "to" at k are its object, a listener: a pronoun, a name or a plural noun phrase
 * right after the verb ("urged lawmakers", "asked the council", "told them"), not an adverbial ("on the trail").
 */
function listenerObject(toks: Tok[], v: number, k: number): boolean {
  // "a wall with padded edges to protect …": a participle after a preposition or an article is no finite verb.
  const p = toks[v - 1]?.lower ?? '';
  if (PREPOSITIONS.has(p) || DETERMINERS.has(p)) return false;
  const o = toks[v + 1];
  if (!o || o.quoted || k - v > 5 || PREPOSITIONS.has(o.lower) || /ly$/.test(o.lower)) return false;
  if (OBJECT_PRONOUNS.has(o.lower) || isNameTok(o)) return true;
  const last = toks[k - 1]!;
  return (DETERMINERS.has(o.lower) || /^\p{Ll}+$/u.test(o.text)) && /^\p{Ll}+s$/u.test(last.text);
}

export function scoreCandidate(c: Candidate): number {
  const model = attributionModel();
  const w = c.word;
  let s = model.wordScore(w.key, () => staticFeatures(w.lemma, w.classes, w.forms));
  for (const f of c.feats) s += model.weight(f);
  return s;
}

/** "the New Zealand government", "the Harbour workers' union": an organisation's noun with a name in its phrase. */
function namedBody(src: SourceRef | null, toks: Tok[]): boolean {
  if (src?.kind !== 'phrase' || !ORG_WORDS.has(src.head)) return false;
  for (let k = src.from; k < src.to; k++) if (isNameTok(toks[k]) && k > 0) return true;
  return false;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/**
 * "his claim that …", "Reyes’s warning that …", "in her remarks": after a possessive a word that can be a noun is one,
 * read as a cue noun with its owner; a word that cannot is no cue. Applied to the candidates at prediction time, not in
 * cueCandidates, so that the model keeps the candidates it was trained on.
 */
function ownedNouns(toks: Tok[], cands: Candidate[]): Candidate[] {
  let sh: SentenceShape | undefined;
  let out: Candidate[] | undefined;
  for (let j = 0; j < cands.length; j++) {
    const c = cands[j]!;
    const owner = toks[c.at - 1];
    const owned =
      !c.evidential &&
      !c.attitude &&
      !c.feats.includes('NOUN') &&
      owner !== undefined &&
      !owner.quoted &&
      (POSSESSIVE_DETERMINERS.has(owner.lower) || isPossessive(owner));
    if (!owned) {
      out?.push(c);
      continue;
    }
    out ??= cands.slice(0, j);
    const info = lexOf(toks[c.at]!);
    const noun = info?.pos.includes('n') ? nounCandidate(toks, c.at, info, (sh ??= sentenceShape(toks))) : null;
    if (noun) out.push(noun);
  }
  return out ?? cands;
}

/** A candidate read like "according to" with its source: the phrase rules kept out of cueCandidates (which training
 * reads, so the model is trained on the same candidates) give their cues this way. */
function accordingTo(toks: Tok[], at: number, cue: string, src: SourceRef, lemma = 'according to'): Candidate {
  return {
    at,
    cue,
    lemma,
    source: src,
    word: EVIDENTIAL('according to'),
    evidential: true,
    feats: features(toks, at, ['A'], '', src, [], sentenceShape(toks)),
  };
}

/**
 * "in the words of the prosecutor, Mark Tedeschi": an evidential phrase of four words, read like "according to" (kept
 * out of cueCandidates, which training reads, so the model is trained on the same candidates).
 */
function inTheWordsOf(toks: Tok[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 2; i < toks.length - 2; i++) {
    const t = toks[i]!;
    if (t.lower !== 'words' || t.quoted || toks[i + 1]!.lower !== 'of' || toks[i - 1]!.lower !== 'the') continue;
    if (toks[i - 2]!.lower !== 'in') continue;
    const src = phraseAfter(toks, i + 2);
    if (!src) continue;
    out.push(accordingTo(toks, i - 2, 'in the words of', src));
  }
  return out;
}

/**
 * "Do you think …?", "How do you feel about …?": a question about the listener's view (a verb of thinking or feeling
 * with "you" as its subject). Only an interview reads it as attribution, to the interviewee (index.ts).
 */
function askedView(c: Candidate, toks: Tok[]): boolean {
  if (c.source?.kind !== 'pronoun' || c.source.word !== 'you' || toks[c.at - 1]?.lower !== 'you') return false;
  const info = lexOf(toks[c.at]!);
  if (!info?.pos.includes('v') || !(info.classes.includes('G') || info.classes.includes('E'))) return false;
  let k = toks.length - 1;
  while (k > 0 && (toks[k]!.quoted || isQuoteMark(toks[k]!))) k--;
  return toks[k]?.text === '?';
}

/** Participles of speaking that open a sentence before its subject: "Speaking at a rally, Moss promised …". */
const SPEAKING_OPENERS = new Set(['speaking', 'talking', 'testifying', 'writing']);

/**
 * "Speaking at a rally in Dover, Governor Ann Moss promised to build 50 schools", "Testifying before the committee, he
 * conceded …": an opening participle of speaking makes what its subject goes on to do in the sentence a speech act,
 * whatever the main verb. The subject is the name (or he, she) right after the opening phrase's comma, followed by a
 * lower-case word (its verb).
 */
function speakingOpener(toks: Tok[]): Candidate[] {
  const i = firstWord(toks);
  const t = toks[i];
  // "Speaking of costs, …" changes the subject; nobody speaks.
  if (!t || t.quoted || !SPEAKING_OPENERS.has(t.lower) || toks[i + 1]?.lower === 'of') return NO_CANDIDATES;
  let comma = i + 1;
  while (comma < toks.length && comma - i < 20 && toks[comma]!.text !== ',') {
    if (toks[comma]!.quoted || STOP_BEFORE.has(toks[comma]!.text)) return NO_CANDIDATES;
    comma++;
  }
  const n = toks[comma + 1];
  if (toks[comma]?.text !== ',' || !n || n.quoted) return NO_CANDIDATES;
  let src: SourceRef | null = null;
  let end = comma + 1;
  if (PERSON_PRONOUNS.has(n.lower)) src = { kind: 'pronoun', word: n.lower };
  else if (isNameTok(n)) {
    end = nameEnd(toks, comma + 1);
    src = { kind: 'name', from: comma + 1, to: end };
  }
  const verb = toks[end + 1];
  if (!src || !verb || verb.quoted || !/^\p{Ll}+$/u.test(verb.text)) return NO_CANDIDATES;
  return [accordingTo(toks, i, t.text, src)];
}
const NO_CANDIDATES: Candidate[] = [];

/** What a speaker blasts, hails or assails in news copy: a measure, a decision or someone's words. */
const CRITICISED = new Set(
  `plan plans proposal proposals decision decisions ruling rulings bill bills policy policies move deal deals law laws
  measure measures budget budgets verdict report reports remarks comments statement statements claim claims idea ideas
  tariff tariffs tax taxes cuts reform reforms order orders agreement strategy`.split(/\s+/),
);

/**
 * "Governor Ann Moss blasted the ruling", "Okafor lambasted the plan", "Brook assailed the decision": a verb with a
 * sense of saying that is not its commonest ("blast", "lambast", "assail"), after a named subject and before a
 * measure, a decision or someone's words as its object, is a speech act. The model never sees these (they are no cue
 * candidates: their commonest sense rules them out), so the rule adds them.
 */
function criticism(toks: Tok[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 1; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    if (t.quoted || !/ed$/.test(t.lower) || !isNameTok(toks[i - 1])) continue;
    const info = lexOf(t);
    if (!info || !info.classes.includes('C') || info.classes.includes('1C') || !/d/.test(info.forms)) continue;
    let o = i + 1;
    if (DETERMINERS.has(toks[o]!.lower) || isPossessive(toks[o + 1])) o += isPossessive(toks[o + 1]) ? 2 : 1;
    if (toks[o] && !toks[o]!.quoted && /^\p{Ll}+$/u.test(toks[o]!.text) && !CRITICISED.has(toks[o]!.lower)) o++;
    if (!toks[o] || toks[o]!.quoted || !CRITICISED.has(toks[o]!.lower)) continue;
    const src = subjectBefore(toks, i);
    if (src?.kind !== 'name') continue;
    (out ??= []).push(accordingTo(toks, i, t.text, src, info.lemma));
  }
  return out ?? NO_CANDIDATES;
}

/** "a remark attributed to Ada Holm": the words are the named party's. */
function attributedTo(toks: Tok[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < toks.length - 2; i++) {
    const t = toks[i]!;
    if (t.lower !== 'attributed' || t.quoted || toks[i + 1]!.lower !== 'to') continue;
    const src = phraseAfter(toks, i + 2);
    if (src?.kind !== 'name') continue;
    out.push(accordingTo(toks, i, 'attributed to', src));
  }
  return out;
}

/**
 * A finite verb of saying or thinking right after its named (or he/she) subject, set off by punctuation that only a
 * report has: a parenthetical ("The plan, Holm argues, cannot work"), a colon that opens the words ("Holm writes:",
 * "As Holm put it: …"), or an opening "As" clause ("As Holm noted, the fleet is old").
 */
function setOffReport(c: Candidate, toks: Tok[]): boolean {
  const src = c.source;
  if (!src || !(src.kind === 'name' || (src.kind === 'pronoun' && (src.word === 'he' || src.word === 'she'))))
    return false;
  const t = toks[c.at]!;
  const info = lexOf(t);
  if (!info?.pos.includes('v') || !/[sd]/.test(info.forms) || !/(?:s|ed)$|^(?:wrote|put|said|thought)$/.test(t.lower))
    return false;
  if (!(info.classes.includes('C') || info.classes.includes('G') || t.lower === 'wrote' || t.lower === 'writes'))
    return false;
  const subjectStart = src.kind === 'name' ? src.from : c.at - 1;
  const subjectEnd = src.kind === 'name' ? src.to : c.at - 1;
  if (subjectEnd !== c.at - 1) return false;
  const next = toks[c.at + 1];
  const after = next && (next.lower === 'it' || next.lower === 'this') ? toks[c.at + 2] : next;
  const before = toks[subjectStart - 1];
  const first = firstWord(toks);
  // "… , Holm argues, …"
  if (before?.text === ',' && next?.text === ',' && subjectStart > first) return true;
  // "Holm writes:" / "As Holm summarized it:"
  if (after?.text === ':') return true;
  // "As Holm noted, …"
  return before?.lower === 'as' && subjectStart - 1 === first && (after?.text === ',' || after?.text === ':');
}

const RELATIVE_VERB = new Set('can could will would may might must should is are was were has have had'.split(' '));
const ASPECTUAL = new Set(
  `continue continues continued continuing begin begins began begun beginning start starts started starting keep keeps
  kept keeping cease ceases ceased ceasing`.split(/\s+/),
);
const DISOWNING = new Set(['mistakenly', 'wrongly', 'falsely', 'erroneously', 'incorrectly', 'wrongfully']);
const BECOME = new Set(['become', 'becomes', 'became', 'becoming']);

/**
 * Readings the model was trained on but the annotation drops (kept out of cueCandidates so that training sees the same
 * candidates): a word right after a perfect's participle is that verb's object ("The report has prompted calls for
 * …"); a subject phrase whose head came out as a determiner was cut across another verb's object ("The lanterns turn
 * the square into a light show": "show" read with the subject "… turn the") and names nobody.
 */
function misread(c: Candidate, toks: Tok[]): boolean {
  const before = toks[c.at - 1];
  // "a teacher mistakenly thought it was a bomb": the writer states the belief was wrong, so the sentence is the
  // writer's claim ("falsely claimed that" still reports the claim); "after it became known that": nobody is cited.
  if (
    before &&
    !before.quoted &&
    ((DISOWNING.has(before.lower) && !c.word.classes.includes('1C')) || BECOME.has(before.lower))
  )
    return true;
  if (
    before &&
    !before.quoted &&
    /ed$/.test(before.lower) &&
    PERFECT.has(toks[c.at - 2]?.lower ?? '') &&
    !c.evidential &&
    !c.attitude
  )
    return true;
  const src = c.source;
  // "a light show that can be seen from the tower": with no subject, a word whose "that" is the subject of its own
  // verb is a noun with a relative clause, not a verb with its content.
  if (!src && toks[c.at + 1]?.lower === 'that' && RELATIVE_VERB.has(toks[c.at + 2]?.lower ?? '')) return true;
  // "laws banning migrants from claiming asylum": a gerund after "from" or "against" names what is kept from happening,
  // not words anyone said, unless its content follows ("warned against saying that …").
  if (
    before &&
    (before.lower === 'from' || before.lower === 'against') &&
    /ing$/.test(toks[c.at]!.lower) &&
    toks[c.at + 1]?.lower !== 'that' &&
    !(toks[c.at + 1] && isQuoteMark(toks[c.at + 1]!))
  )
    return true;
  // "continued to shun the treatment": an aspectual verb before "to" is no refusal or promise ("declined to comment").
  if (c.feats.includes('TOV') && ASPECTUAL.has(toks[c.at - 2]?.lower ?? '')) return true;
  return src?.kind === 'phrase' && (DETERMINERS.has(src.head) || NOT_SUBJECT.has(src.head));
}

/** The best-scoring attribution cue of the sentence (outside quotes) that has a source, or null. */
export function findCue(toks: Tok[]): Cue | null {
  let best: Candidate | null = null;
  let bestScore = 0;
  let bestWeak = false;
  let bestAsked = false;
  let inner: Candidate | null = null;
  let evidence: Candidate | null = null;
  for (const c of ownedNouns(toks, cueCandidates(toks)).concat(
    inTheWordsOf(toks),
    attributedTo(toks),
    speakingOpener(toks),
    criticism(toks),
  )) {
    if (misread(c, toks)) continue;
    let s = scoreCandidate(c);
    let weak = false;
    // A verb of saying or thinking set off by its punctuation reports whatever the model makes of it.
    if (s <= 0 && setOffReport(c, toks)) s = 0.01;
    let asked = false;
    if (s <= 0 && askedView(c, toks)) {
      s = 0.01;
      asked = true;
    }
    // News reports speech acts of every kind ("praised", "blasted", "announced the plan"): a verb whose commonest
    // sense is one of communication, used as a finite verb with a named or pronoun subject, attributes, whatever
    // follows it. GUM's annotation counts only reporting with content, so the model alone under-reads these; with a
    // named subject the rules decide however low the model scores ("Councillor Brook praised the timetable").
    if (
      s <= 0 &&
      (s > -SPEECH_ACT_MARGIN ||
        ((c.source?.kind === 'name' ||
          namedBody(c.source, toks) ||
          (c.source?.kind === 'pronoun' && (c.source.word === 'he' || c.source.word === 'she'))) &&
          !isDecision(toks[c.at]!.lower)) ||
        c.feats.includes('TOV') ||
        c.feats.includes('NOUN') ||
        c.feats.includes('CL') ||
        c.feats.includes('INV') ||
        c.feats.includes('N1=.') ||
        c.evidential ||
        c.attitude ||
        FORECAST_VERBS.has(c.lemma) ||
        (c.source?.kind === 'phrase' && FINDINGS.has(c.source.head)) ||
        c.source?.kind === 'vague' ||
        agentive(c))
    ) {
      const act = speechAct(c, toks);
      if (act || agentive(c)) {
        s = 0.01;
        weak = act === 2 && !agentive(c);
      }
    }
    if (s > 0 && c.evidential && c.source?.kind === 'name' && !evidence) evidence = c;
    if (s > 0 && c.source?.kind === 'name' && !c.evidential && !weak && !inner) inner = c;
    // The first cue with a source wins ("Varga confirmed that …, the agency reported"); one without a source only
    // until then.
    if (
      s > 0 &&
      (!best ||
        (c.source !== null && best.source === null) ||
        // A speech act read only as such gives way to a report: "Writing in a blog post, Varga dubbed …".
        (bestWeak && !weak && c.source !== null) ||
        (s > bestScore && best.source === null && c.source === null))
    ) {
      bestScore = s;
      best = c;
      bestWeak = weak;
      bestAsked = asked;
    }
  }
  if (!best) return introducingVerb(toks);
  // "According to the Gazette, Holm also believes the fares will rise": the named believer speaks; the outlet only
  // reports them.
  if (
    best.evidential &&
    best.cue === 'according to' &&
    inner &&
    inner.at > best.at &&
    (inner.word.classes.includes('1C') || inner.word.classes.includes('1G')) &&
    toks.slice(best.at, inner.at).some((t) => t.text === ',')
  ) {
    best = inner;
    bestWeak = false;
    bestAsked = false;
  }
  // "The museum saw 9,000 visitors, according to curator Elin Dahl": a named "according to" outranks a verb whose
  // commonest sense is not one of saying or thinking.
  if (evidence && evidence !== best && !best.word.classes.includes('1C') && !best.word.classes.includes('1G')) {
    best = evidence;
    bestWeak = false;
  }
  // No subject by the rules: the name that opens the sentence, if any ("Nordlys co-founder Ola Berg tweeted
  // to Lund and said …").
  let source = best.source ?? initialSubject(toks, best.at);
  let documentNoun = false;
  if (source?.kind === 'name') {
    source = trimOpening(toks, source);
    documentNoun = source?.kind === 'phrase';
  }
  // "And I was going to say …": a capital "I" opening the sentence is the first person, not a name.
  if (source?.kind === 'name' && source.from === source.to && toks[source.from]!.text === 'I')
    source = { kind: 'pronoun', word: 'i' };
  const cue: Cue = {
    cue: best.cue,
    at: best.at,
    source:
      source && (source.kind !== 'phrase' || documentNoun)
        ? source
        : best.source && best.source.kind !== 'name'
          ? best.source
          : { kind: 'none' },
  };
  if (bestWeak) cue.weak = true;
  if (bestAsked && best !== evidence) cue.asked = true;
  cue.source = reportedParty(toks, cue) ?? cue.source;
  return cue;
}

const TEAM = new Set(['colleagues', 'co-authors', 'coauthors', 'co-workers', 'coworkers', 'collaborators', 'team']);

/**
 * Sources the subject rules miss, read off the words around the cue: the person quoted, not the paper quoting them
 * ("Holm was quoted by Reuters as saying"); the named lead of a group ("Holm and colleagues found"); a name set off
 * before the pronoun that repeats it ("The chair, Ada Holm, she has said"). Null when none applies.
 */
function reportedParty(toks: Tok[], cue: Cue): SourceRef | null {
  const at = cue.at;
  const src = cue.source;
  if (/^(?:quoted|cited) by$/.test(cue.cue) && AUXILIARIES.has(toks[at - 1]?.lower ?? '')) {
    const subject = subjectBefore(toks, at - 1);
    if (subject?.kind === 'name' || (subject?.kind === 'pronoun' && subject.word !== 'it')) return subject;
  }
  if (src.kind === 'none' || (src.kind === 'phrase' && TEAM.has(src.head))) {
    let k = at - 1;
    if (toks[k] && TEAM.has(toks[k]!.lower)) {
      k--;
      if (toks[k] && /^(?:his|her|their)$/.test(toks[k]!.lower)) k--;
      if (toks[k]?.lower === 'and' && toks[k - 1]?.cap && !toks[k - 1]!.quoted) {
        let from = k - 1;
        while (from > 0 && toks[from - 1]!.cap && !toks[from - 1]!.quoted && from > k - 4) from--;
        // Not the capital that opens the sentence unless it is the name itself.
        if (from === 0 && toks.length > 1 && !lexOf(toks[0]!)) return { kind: 'name', from, to: k - 1 };
        if (from > 0) return { kind: 'name', from, to: k - 1 };
      }
    }
  }
  if (src.kind === 'pronoun' && (src.word === 'he' || src.word === 'she')) {
    // "…, Ada Holm, he has explained": the auxiliaries between the pronoun and the cue are skipped first.
    let p = at - 1;
    while (p > 0 && AUXILIARIES.has(toks[p]!.lower) && at - p < 3) p--;
    if (toks[p]?.lower === src.word && toks[p - 1]?.text === ',' && toks[p - 2]?.cap && !toks[p - 2]!.quoted) {
      let from = p - 2;
      while (from > 0 && toks[from - 1]!.cap && !toks[from - 1]!.quoted && from > p - 5) from--;
      if (from > 0 && toks[from - 1]!.text === ',') return { kind: 'name', from, to: p - 2 };
    }
  }
  return null;
}

/**
 * "She continued: “…”", "Ek replied, “…”": any finite verb right after its named or pronoun subject that opens a
 * direct quote with a colon or comma introduces that quote, whether or not the lexicon knows the verb.
 */
function introducingVerb(toks: Tok[]): Cue | null {
  const first = firstWord(toks);
  for (let i = first + 1; i < toks.length - 2 && i <= first + 6; i++) {
    const t = toks[i]!;
    if (t.quoted || STOP_BEFORE.has(t.text) || t.text === ',') return null;
    const punct = toks[i + 1]!.text;
    if ((punct !== ':' && punct !== ',') || !isQuoteMark(toks[i + 2]!)) continue;
    if (t.cap || !/^[a-z]+(?:ed|s)$/.test(t.lower) || AUXILIARIES.has(t.lower)) return null;
    const src = subjectBefore(toks, i);
    if (!src || !(src.kind === 'name' ? src.from === first : src.kind === 'pronoun' && i === first + 1)) return null;
    return { cue: t.text, at: i, source: src.kind === 'name' ? (trimOpening(toks, src) ?? src) : src };
  }
  return null;
}

/**
 * A cue that reports what a named party said in the third person ("Varga said", "according to the ministry", "the
 * board stated"): how news reads. Documents with few of these are not reporting speech (see index.ts).
 */
export function isThirdPersonReport(cue: Cue, toks: Tok[]): boolean {
  if (cue.weak) return false;
  const src = cue.source;
  if (!(
    src.kind === 'name' ||
    src.kind === 'phrase' ||
    (src.kind === 'pronoun' && (src.word === 'he' || src.word === 'she' || src.word === 'they' || src.word === 'it'))
  ))
    return false;
  const l = toks[cue.at]?.lower ?? '';
  if (l === 'according' || ACCORDING.test(l)) return true;
  const info = attributionModel().lookup(l);
  if (
    !info ||
    !info.classes.includes('1C') ||
    !info.classes.includes('T') ||
    !/[sd]/.test(info.forms) ||
    /ing$/.test(l)
  )
    return false;
  // With the words it reports: a quote in the sentence, "that", a colon, or set off after them ("…, Varga said").
  const prev = toks[cue.at - 1];
  const next = toks[cue.at + 1];
  if (toks.some((t) => t.quoted)) return true;
  if (prev && (prev.text === ',' || isQuoteMark(prev))) return true;
  return (
    next !== undefined && (next.lower === 'that' || next.text === ':' || isQuoteMark(next) || clauseAfter(toks, cue.at))
  );
}

/**
 * A "name" that opens the sentence may start with a word capitalised only for being first ("So I think", "Don't
 * believe", "Relatedly, Street argues"): such words are dropped, "I" becomes the first person, nothing left is no name.
 */
function trimOpening(toks: Tok[], ref: { kind: 'name'; from: number; to: number }): SourceRef | null {
  let from = ref.from;
  while (from <= ref.to && from === firstWord(toks)) {
    const t = toks[from]!;
    const l = t.lower;
    if (l === 'i' || /^i['’]/.test(l)) return { kind: 'pronoun', word: 'i' };
    if (/^\p{Lu}{2,}$/u.test(t.text)) break;
    // "Results of the survey show …": a document noun opening the sentence is no name.
    if (from === ref.to && STATEMENT_NOUNS.has(l)) return { kind: 'phrase', from, to: from, head: l };
    if (
      FUNCTION_TYPES.has(l) ||
      OPENERS.has(l) ||
      l === 'around' ||
      l === 'upon' ||
      /n['’]t$/.test(l) ||
      ((/ly$/.test(l) || DISCOURSE.has(l)) && toks[from + 1]?.text === ',') ||
      FILLERS.has(l) ||
      l === 'let' ||
      l === 'please'
    ) {
      from++;
      // The next word is no longer first: it is a name only if capitalised in its own right.
      if (from <= ref.to && (toks[from]!.lower === 'i' || /^i['’]/.test(toks[from]!.lower)))
        return { kind: 'pronoun', word: 'i' };
      return from <= ref.to && toks[from]!.cap ? { kind: 'name', from, to: ref.to } : null;
    }
    break;
  }
  return ref;
}

/** Words that open spoken sentences before a comma ("Well, …", "First, …", "Okay, …"): never a name there. */
const DISCOURSE = new Set([
  'well',
  'so',
  'now',
  'yes',
  'yeah',
  'no',
  'oh',
  'okay',
  'ok',
  'first',
  'second',
  'third',
  'finally',
  'anyway',
  'actually',
  'look',
  'listen',
  'again',
  'besides',
  'indeed',
  'sure',
  'right',
  'alright',
  'honestly',
  'frankly',
  'hey',
  'um',
  'uh',
  'lastly',
  'next',
]);

/** Spoken fillers that are never a name, comma or not ("Well we just had one", "Yeah I think so"). */
const FILLERS = new Set(['well', 'oh', 'yeah', 'yes', 'okay', 'ok', 'um', 'uh', 'hmm', 'anyway', 'actually']);

/** Index of the sentence's first word (after opening quotes and punctuation). */
function firstWord(toks: Tok[]): number {
  let k = 0;
  while (k < toks.length && !/^[\p{L}\p{N}]/u.test(toks[k]!.text)) k++;
  return k;
}

const VAGUE_PASSIVE = new Set([
  'expected',
  'believed',
  'said',
  'reported',
  'understood',
  'thought',
  'rumored',
  'rumoured',
  'claimed',
  'alleged',
  'considered',
  'seen',
  'regarded',
  'viewed',
  'anticipated',
  'feared',
  'estimated',
  'known',
  'acknowledged',
  'accepted',
  'agreed',
]);

/** "it is widely expected", "reportedly", "is said to": attribution to nobody. Returns the cue words. */
export function findVagueCue(toks: Tok[]): string | null {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.quoted) continue;
    const l = t.lower;
    if (l === 'reportedly' || l === 'allegedly' || l === 'purportedly' || l === 'supposedly' || l === 'rumoredly')
      return t.text;
    if (l === 'widely' && VAGUE_PASSIVE.has(toks[i + 1]?.lower ?? '')) return `${t.text} ${toks[i + 1]!.text}`;
    if (l === 'it' && /^(is|was|has|had)$/.test(toks[i + 1]?.lower ?? '')) {
      let k = i + 2;
      if (toks[k]?.lower === 'been') k++;
      if (toks[k]?.lower === 'widely' || toks[k]?.lower === 'generally' || toks[k]?.lower === 'commonly') k++;
      if (VAGUE_PASSIVE.has(toks[k]?.lower ?? '') && (toks[k + 1]?.lower === 'that' || toks[k + 1]?.lower === 'to'))
        return toks
          .slice(i, k + 1)
          .map((x) => x.text)
          .join(' ');
    }
    if (
      (l === 'is' || l === 'are' || l === 'was' || l === 'were') &&
      /^(said|believed|thought|rumou?red)$/.test(toks[i + 1]?.lower ?? '') &&
      toks[i + 2]?.lower === 'to'
    )
      return `${t.text} ${toks[i + 1]!.text} to`;
    // "There are fears that …", "There is growing speculation that …"
    if (l === 'there' && /^(is|are|was|were|have|has)$/.test(toks[i + 1]?.lower ?? '')) {
      let k = i + 2;
      if (toks[k]?.lower === 'been') k++;
      while (
        k < toks.length &&
        k < i + 5 &&
        /^(growing|widespread|increasing|mounting|some|many|also|now|renewed)$/.test(toks[k]!.lower)
      )
        k++;
      if (
        /^(fears|concerns|worries|speculation|suggestions|reports|rumou?rs|claims|hopes|indications|signs)$/.test(
          toks[k]?.lower ?? '',
        ) &&
        toks[k + 1]?.lower === 'that'
      )
        return toks
          .slice(i, k + 1)
          .map((x) => x.text)
          .join(' ');
    }
    if (
      (l === 'reports' || l === 'studies' || l === 'polls' || l === 'surveys') &&
      /^(say|suggest|show|indicate|claim)$/.test(toks[i + 1]?.lower ?? '')
    )
      return `${t.text} ${toks[i + 1]!.text}`;
  }
  return null;
}
