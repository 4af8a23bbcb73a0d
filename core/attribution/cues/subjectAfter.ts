// The source after the verb: "“…,” said Varga", "said the ministry".
import { PERSON_PRONOUNS } from '../lexicon';
import type { Tok } from '../tokens';
import type { SourceRef } from './types';
import { STOP_BEFORE, PREPOSITIONS, isCueVerb } from './words';
import { isNameTok, isPossessive, nameEnd } from './nameRuns';
import { phraseAfter } from './phraseAfter';

/** Index of a name within a few title words after the verb ("said harbour master Piotr Ek"), or -1. */
export function nameSoonAfter(toks: Tok[], verb: number): number {
  for (let k = verb + 1; k < toks.length && k <= verb + 4; k++) {
    const t = toks[k]!;
    if (isNameTok(t)) return k;
    // "said on Twitter", "announced in Dover": a name after a preposition is no speaker.
    if (t.quoted || !/^\p{Ll}+$/u.test(t.text) || isCueVerb(t) || t.lower === 'that' || PREPOSITIONS.has(t.lower))
      return -1;
  }
  return -1;
}

/** "“…,” said Varga" / "said the ministry": the source after the verb. */
export function subjectAfter(toks: Tok[], verb: number): SourceRef | null {
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
