// The source the rules give each kind of cue: the subject of a verb, the owner of a noun, the holder of an attitude ("X
// is confident that").
import { isQuoteMark, type Tok } from '../tokens';
import type { SourceRef } from './types';
import { lexOf, isSpeakerNoun } from './words';
import { isNameTok, isPossessive, nameStart, nameEnd } from './nameRuns';
import { phraseAfter } from './phraseAfter';
import { subjectBefore } from './subjectBefore';
import { initialSubject } from './initialSubject';
import { nameSoonAfter, subjectAfter } from './subjectAfter';
import { clauseAfter } from './features';

/** The subject of a verb cue at i, by the rules ("X said", "said X", ", saying", "sources told Reuters"). */
export function verbSource(toks: Tok[], i: number): SourceRef | null {
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
export function nounSource(toks: Tok[], i: number): SourceRef | null {
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
export function attitudeSource(toks: Tok[], i: number): SourceRef | null {
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
