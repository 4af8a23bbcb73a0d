// From a piece of evidence back to its reference sentence, for the few checks that need more than the passage text.
import type { ReferenceIndex } from './referenceIndex';

/** The index's sentence of document `ref` that holds `offset`, or undefined. */
export function refSentenceAt(index: ReferenceIndex, ref: string, offset: number): number | undefined {
  const doc = index.get(ref);
  if (!doc || !doc.sentenceCount) return undefined;
  // A binary search over the document's rows, which are in text order.
  let lo = doc.firstSentence;
  let hi = doc.firstSentence + doc.sentenceCount - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.span(mid).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The fullest form the references give a name ("Lindqvist" -> "Tove Lindqvist"), as their own annotations read it. */
export function fullNameInReferences(index: ReferenceIndex, name: string, same: (a: string, b: string) => boolean): string {
  let best = name;
  for (const ev of index.mentionsOf(name, name, 20)) {
    const sid = refSentenceAt(index, ev.ref, ev.start);
    const pa = sid === undefined ? undefined : index.passageAnnotations(sid);
    if (!pa) continue;
    for (const e of pa.ann.entities) {
      if (e.type !== 'PERSON' || e.start + pa.from > ev.start || e.end + pa.from < ev.end) continue;
      const full = e.canonical || e.text;
      if (full.split(/\s+/).length > best.split(/\s+/).length && same(full, name)) best = full;
    }
  }
  return best;
}
