// Word sets and word tests the parts share: determiners, prepositions, function words, auxiliaries, the lexicon's entry
// for a token, and which nouns can speak.
import { ANONYMOUS_HEADS, ORG_WORDS, STATEMENT_NOUNS, TITLES, VAGUE_HEADS } from '../lexicon';
import { attributionModel, type LexInfo } from '../model';
import type { Tok } from '../tokens';

export const DETERMINERS = new Set([
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
export const STOP_BEFORE = new Set(['.', ';', '!', '?', ':', '(', ')', '—', '–']);
export const NOT_SUBJECT = new Set([
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
export function lexOf(t: Tok): LexInfo | undefined {
  let e = t.lex;
  if (e === undefined) e = t.lex = attributionModel().lookup(t.lower) ?? null;
  return e ?? undefined;
}

export const OPENERS = new Set([
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
export function isSpeakerNoun(w: string): boolean {
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

export const DEFINITE = new Set(['the', 'these', 'those', 'both']);

export const PREPOSITIONS = new Set([
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

export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

export const FUNCTION_TYPES = new Set(
  `that to by about on of in for with from at the a an this these his her their its our my your he she they we i you it
  him them us me not n't never no has have had was were is are be been being will would could may might can should must
  did do does also how why what whether if when who which as and or but so there just still even`.split(/\s+/),
);

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
export const MODALS = new Set(['will', 'shall', 'can', 'may', 'might', 'must', 'ought', 'need', 'dare']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', '’s', "'s"]);

/** Index of the sentence's first word (after opening quotes and punctuation). */
export function firstWord(toks: Tok[]): number {
  let k = 0;
  while (k < toks.length && !/^[\p{L}\p{N}]/u.test(toks[k]!.text)) k++;
  return k;
}
