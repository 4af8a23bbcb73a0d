// Whether a cue reports a named party in the third person, as news does.
import { ACCORDING } from '../lexicon';
import { attributionModel } from '../model';
import { isQuoteMark, type Tok } from '../tokens';
import type { Cue } from './types';
import { clauseAfter } from './features';

/**
 * A cue that reports what a named party said in the third person ("Varga said", "according to the ministry", "the
 * board stated"): how news reads. Documents with few of these are not reporting speech (see ../index.ts).
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
