// Words capitalised only for opening the sentence ("So I think", "Well, …") are no name.
import { STATEMENT_NOUNS } from '../lexicon';
import type { Tok } from '../tokens';
import type { SourceRef } from './types';
import { OPENERS, FUNCTION_TYPES, firstWord } from './words';

/**
 * A "name" that opens the sentence may start with a word capitalised only for being first ("So I think", "Don't
 * believe", "Relatedly, Street argues"): such words are dropped, "I" becomes the first person, nothing left is no name.
 */
export function trimOpening(toks: Tok[], ref: { kind: 'name'; from: number; to: number }): SourceRef | null {
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
