// From tagger output to entities an editor can trust: titles and "the" cut off, one type per name in a document,
// missed repeats of a known name filled in, surnames and acronyms linked to the full name (canonical). resolve() runs
// the stages in order; each stage's file is named after it.
import type { Entity, EntityType } from '../../types';
import type { DocTokens } from '../features';
import { addRepeats } from './addRepeats';
import { fillCanonicalNames } from './canonical';
import { compoundPlaces, splitCompound } from './compounds';
import { documentTypes, personPartsOf, typeVotes } from './documentTypes';
import { headlineNames } from './headlineNames';
import { namedByKind } from './namedByKind';
import { sentenceSpans } from './sentenceSpans';
import type { KeyedSpan, RawSpan } from './spans';
import { speakersAtStart } from './speakersAtStart';

export type { RawSpan } from './spans';

// resolve() in two halves. The sentence stages (sentenceSpans) read only their own stretch of sentences, so their
// result is cached per stretch and an edit recomputes the stretch it touched; the document stages (from typeVotes on)
// compare names across the whole article and run on every analysis, over spans and keys the cache hands back.
export function resolve(d: DocTokens, raw: RawSpan[]): Entity[] {
  const { spans, acronyms } = sentenceSpans(d, namedByKind(d, speakersAtStart(d, raw)));
  const votes = typeVotes(spans);
  const personParts = personPartsOf(d, spans, votes);
  const typeOf = documentTypes(d, votes, personParts, acronyms);
  const withRepeats = addRepeats(d, spans, personParts, acronyms);
  const { spans: named, vouched } = headlineNames(d, withRepeats, acronyms);
  const out = entitiesOf(d, named, typeOf, vouched);
  compoundPlaces(d, named, out);
  fillCanonicalNames(d, out, acronyms);
  return out;
}

/** The named spans as entities, each with its document type: none for a MISC name or a headline's name nothing
 * vouches for; a compound ("Oslo-based") cut at its hyphen. Canonical names are filled in later. */
function entitiesOf(
  d: DocTokens,
  named: readonly KeyedSpan[],
  typeOf: (s: KeyedSpan, fallback: EntityType) => EntityType,
  vouched: (s: KeyedSpan) => boolean,
): Entity[] {
  const out: Entity[] = [];
  for (const s of named) {
    const type = typeOf(s, s.type);
    if (type === 'MISC') continue;
    if (d.headline[s.a] && !vouched(s)) continue;
    const start = d.starts[s.a]!;
    const end = d.ends[s.b - 1]!;
    if (splitCompound(d, s, type, out)) continue;
    out.push({ start, end, text: s.text ?? d.text.slice(start, end), type, canonical: '' });
  }
  return out;
}
