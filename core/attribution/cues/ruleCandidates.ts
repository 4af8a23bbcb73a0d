// Candidates only the rules give, kept out of cueCandidates so that the model is trained on the candidates it scores:
// owned nouns, "in the words of", "attributed to", an opening "Speaking at …", criticism.
import { PERSON_PRONOUNS } from '../lexicon';
import type { Tok } from '../tokens';
import type { SourceRef } from './types';
import { DETERMINERS, STOP_BEFORE, lexOf, firstWord } from './words';
import { isNameTok, isPossessive, nameEnd } from './nameRuns';
import { phraseAfter } from './phraseAfter';
import { subjectBefore } from './subjectBefore';
import { type Candidate, type SentenceShape, sentenceShape, features } from './features';
import { EVIDENTIAL, nounCandidate } from './candidates';

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);

/**
 * "his claim that …", "Reyes’s warning that …", "in her remarks": after a possessive a word that can be a noun is one,
 * read as a cue noun with its owner; a word that cannot is no cue. Applied to the candidates at prediction time, not in
 * cueCandidates, so that the model keeps the candidates it was trained on.
 */
export function ownedNouns(toks: Tok[], cands: Candidate[]): Candidate[] {
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
export function inTheWordsOf(toks: Tok[]): Candidate[] {
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

/** Participles of speaking that open a sentence before its subject: "Speaking at a rally, Moss promised …". */
const SPEAKING_OPENERS = new Set(['speaking', 'talking', 'testifying', 'writing']);

/**
 * "Speaking at a rally in Dover, Governor Ann Moss promised to build 50 schools", "Testifying before the committee, he
 * conceded …": an opening participle of speaking makes what its subject goes on to do in the sentence a speech act,
 * whatever the main verb. The subject is the name (or he, she) right after the opening phrase's comma, followed by a
 * lower-case word (its verb).
 */
export function speakingOpener(toks: Tok[]): Candidate[] {
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
export function criticism(toks: Tok[]): Candidate[] {
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
export function attributedTo(toks: Tok[]): Candidate[] {
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
