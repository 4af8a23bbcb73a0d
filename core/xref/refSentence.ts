// From a piece of evidence back to its reference sentence, for the few checks that need more than the passage text.
import type { ReferenceIndex } from './referenceIndex';
import { perIndex } from './cache';
import { KernelCache } from '../text/memo';
import { partitionPoint } from '../text/spans';

/** The index's sentence of document `ref` that holds `offset`, or undefined. */
export function refSentenceAt(index: ReferenceIndex, ref: string, offset: number): number | undefined {
  const doc = index.get(ref);
  if (!doc || !doc.sentenceCount) return undefined;
  // The document's last row starting at or before the offset (its first when none does); rows are in text order.
  const first = doc.firstSentence;
  return Math.max(first, partitionPoint(first, first + doc.sentenceCount, (i) => index.span(i).start <= offset) - 1);
}

// The answer depends on the name and the corpus only; fixes are rebuilt on every keystroke.
const fullNames = perIndex(() => new KernelCache<string, string>(2000));

/** The fullest form the references give a name ("Lindqvist" -> "Tove Lindqvist"), as their own annotations read it. */
export function fullNameInReferences(
  index: ReferenceIndex,
  name: string,
  same: (a: string, b: string) => boolean,
): string {
  // A name of two words or more is full already.
  if (/\S\s+\S/.test(name.trim())) return name;
  return fullNames(index).get(name, () => readFullName(index, name, same));
}

function readFullName(index: ReferenceIndex, name: string, same: (a: string, b: string) => boolean): string {
  let best = name;
  // The first few mentions will do: a reference introduces a person in full once, early.
  for (const ev of index.mentionsOf(name, name, 6)) {
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
