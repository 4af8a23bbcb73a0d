// Readings the model was trained on but the annotation drops ("has prompted calls", "mistakenly thought").
import { isQuoteMark, type Tok } from '../tokens';
import { DETERMINERS, NOT_SUBJECT } from './words';
import type { Candidate } from './features';

const PERFECT = new Set(['has', 'have', 'had', '’ve', "'ve", '’d', "'d"]);

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
export function misread(c: Candidate, toks: Tok[]): boolean {
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
