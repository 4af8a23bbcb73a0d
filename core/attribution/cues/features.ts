// A cue candidate and the features the model scores it by: its word's, its neighbours' shapes, its source's shape,
// quotes, a clause after it, negation.
import { attributionModel } from '../model';
import { isQuoteMark, type Tok } from '../tokens';
import { IRREGULAR_PAST as PAST_FORMS } from '../checkworthy';
import type { SourceRef } from './types';
import { lexOf, FUNCTION_TYPES, firstWord } from './words';
import { isPossessive } from './nameRuns';

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

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'nor']);
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
export function clauseAfter(toks: Tok[], i: number): boolean {
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
export interface SentenceShape {
  firstQuoted: number;
  lastQuoted: number;
  first: number;
  /** The first word outside quotes, and the first comma outside quotes (or the token count). */
  firstPlain: number;
  firstComma: number;
}

export function sentenceShape(toks: Tok[]): SentenceShape {
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
export function features(
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

export function scoreCandidate(c: Candidate): number {
  const model = attributionModel();
  const w = c.word;
  let s = model.wordScore(w.key, () => staticFeatures(w.lemma, w.classes, w.forms));
  for (const f of c.feats) s += model.weight(f);
  return s;
}
