// From tagger output to entities an editor can trust: titles and "the" cut off, one type per name in a document,
// missed repeats of a known name filled in, surnames and acronyms linked to the full name (canonical). resolve() runs
// the stages in order; each stage's file is named after it.
import type { Entity } from '../../types';
import type { DocTokens } from '../features';
import { fillCanonicalNames } from './canonical';
import { documentStages } from './documentStages';
import { namePartsOf, typeVotes } from './documentTypes';
import { namedByKind } from './namedByKind';
import { sentenceSpans } from './sentenceSpans';
import type { RawSpan } from './spans';
import { speakersAtStart } from './speakersAtStart';

export type { RawSpan } from './spans';

// resolve() in two halves. The sentence stages (sentenceSpans) read only their own stretch of sentences, so their
// result is cached per stretch and an edit recomputes the stretch it touched; the document stages (from typeVotes on)
// compare names across the whole article: the votes and person parts are counted at every analysis, and the stages
// after them run stretch by stretch, reusing a stretch's result while the document facts it read hold
// (documentStages.ts).
export function resolve(d: DocTokens, raw: RawSpan[]): Entity[] {
  const { acronyms, stretches } = sentenceSpans(d, namedByKind(d, speakersAtStart(d, raw)));
  const votes = typeVotes(stretches);
  const { personParts, companyHeads } = namePartsOf(d, stretches, votes);
  const out = documentStages(d, stretches, votes, personParts, acronyms, companyHeads);
  fillCanonicalNames(d, out, acronyms);
  return out;
}
