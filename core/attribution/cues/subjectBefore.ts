// The subject before a reporting verb: a pronoun, a name, a group ("officials"), a common noun that can speak ("the
// ministry"), an anonymous source qualified by what it knows.
import {
  ANONYMOUS_HEADS,
  STATEMENT_NOUNS,
  TITLES,
  BETWEEN_SUBJECT_AND_VERB,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  VAGUE_HEADS,
} from '../lexicon';
import { isQuoteMark, type Tok } from '../tokens';
import { COMPANY_ABBREVIATIONS, MONTH_ABBREVIATIONS, MONTHS } from '../../lexicon';
import type { SourceRef } from './types';
import {
  DETERMINERS,
  STOP_BEFORE,
  NOT_SUBJECT,
  isSpeakerNoun,
  DEFINITE,
  PREPOSITIONS,
  isCueVerb,
  MODALS,
} from './words';
import { isNameTok, isPossessive, CALENDAR, nameStart } from './nameRuns';
import { headOf } from './phraseAfter';
import { initialSubject } from './initialSubject';
import { appositive } from './appositive';

/** A word, not punctuation: it starts with a letter, a digit or "$". */
const isWord = (t: Tok | undefined): t is Tok => t !== undefined && /^[\p{L}\p{N}$]/u.test(t.text);

/** A month in lower case, in full or abbreviated (with or without its period). */
const MONTH_TOKEN = new RegExp(
  `^(?:(?:${[...Object.keys(MONTH_ABBREVIATIONS), 'may'].join('|')})\\.?|${MONTHS.join('|')})$`,
);

/** Walks left from a reporting verb to its subject. */
export function subjectBefore(toks: Tok[], verb: number): SourceRef | null {
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
export function subjectEnd(toks: Tok[], verb: number): number {
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

const isProperNameContext = (toks: Tok[], k: number): boolean =>
  k > 0 && isNameTok(toks[k - 1]) && toks[k]!.cap && toks[k - 1]!.start > toks[0]!.start;
