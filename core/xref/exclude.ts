// An article is never its own reference. When the reference globs also match the article being checked (["."],
// "**/*.md"), its own sentences would corroborate every figure, quote and name it states, and its real mismatches
// would vanish. The corpus stays one shared index; a check of that article sees it through a view that leaves the
// article's document out of every answer: retrieval, name counts, mentions, size.
//
// The view is a Proxy, so every method the index has (or gains) is forwarded to the index itself and only the
// answers that can name a document are filtered. Views are remembered per (index, document), so the caches the
// cross-check keeps per index (keyed by the index object) are kept per view: an answer with the article left out is
// never served to a check that includes it, and typing in that article keeps warm caches.
import type { Evidence } from '../types';
import type { Candidate, ReferenceDoc, ReferenceIndex } from './referenceIndex';
import { translitKey } from './names';

const views = new WeakMap<ReferenceIndex, Map<string, ReferenceIndex>>();
/** Views kept per index: a batch run over thousands of self-referencing articles must not keep every one's caches. */
const MAX_VIEWS = 16;

/** The index as seen by a check of document `id`: the same corpus without that document. */
export function excluding(index: ReferenceIndex, id: string): ReferenceIndex {
  if (!index.get(id)) return index;
  let byId = views.get(index);
  if (!byId) views.set(index, (byId = new Map()));
  let view = byId.get(id);
  if (view) {
    // Most recently used last.
    byId.delete(id);
    byId.set(id, view);
    return view;
  }
  view = makeView(index, id);
  if (byId.size >= MAX_VIEWS) byId.delete(byId.keys().next().value!);
  byId.set(id, view);
  return view;
}

function makeView(index: ReferenceIndex, id: string): ReferenceIndex {
  const self = () => index.get(id);
  const isSelf = (sid: number) => index.docOf(sid)?.id === id;
  const filtered = new WeakMap<Candidate[], Candidate[]>();
  const overrides: Partial<Record<keyof ReferenceIndex, unknown>> = {
    get: (docId: string) => (docId === id ? undefined : index.get(docId)),
    docs: function* () {
      for (const d of index.docs()) if (d.id !== id) yield d;
    },
    candidates: (terms: Iterable<string>, max = 12, minSim = 0): Candidate[] => {
      const doc = self();
      const extra = doc ? Math.min(doc.sentenceCount, 16) : 0;
      const all = index.candidates(terms, max + extra, minSim);
      // One list object per answer of the index (the index caches its answers), so callers that key caches on a
      // list's identity stay warm.
      let out = filtered.get(all);
      if (!out) filtered.set(all, (out = all.filter((c) => !isSelf(c.sid)).slice(0, max)));
      return out;
    },
    sentencesWith: (word: string) => index.sentencesWith(word).filter((sid) => !isSelf(sid)),
    capWordCount: (word: string) => index.capWordCount(word) - (ownCapWords(index, self())?.get(word) ?? 0),
    hasTranslitVariant: (word: string) => {
      const spellings = index.variantSpellings(word);
      const own = ownCapWords(index, self());
      if (!spellings || !own) return spellings > 0;
      // A spelling with the key that the article does not use, or one the article uses that others use too.
      const key = translitKey(word);
      let mine = 0;
      for (const [w, n] of own) {
        if (translitKey(w) !== key) continue;
        if (index.capWordCount(w) > n) return true;
        mine++;
      }
      return spellings > mine;
    },
    mentionsOf: (canonical: string, surface: string, limit = 200): Evidence[] => {
      let ownTotal = 0;
      for (const n of ownCapWords(index, self())?.values() ?? []) ownTotal += n;
      return index
        .mentionsOf(canonical, surface, limit + ownTotal)
        .filter((e) => e.ref !== id)
        .slice(0, limit);
    },
  };
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(index, {
    get(target, prop) {
      if (prop === 'size') return target.size - 1;
      if (Object.prototype.hasOwnProperty.call(overrides, prop)) return overrides[prop as keyof ReferenceIndex];
      const v = Reflect.get(target, prop, target);
      if (typeof v !== 'function') return v;
      let f = bound.get(prop);
      if (!f) bound.set(prop, (f = (v as (...a: unknown[]) => unknown).bind(target)));
      return f;
    },
  });
}

const ownCounts = new WeakMap<ReferenceDoc, Map<string, number>>();

/** Capitalised words of a document's body sentences, counted as the index counts them. */
function ownCapWords(index: ReferenceIndex, doc: ReferenceDoc | undefined): Map<string, number> | undefined {
  if (!doc) return undefined;
  let counts = ownCounts.get(doc);
  if (!counts) {
    counts = new Map();
    for (let sid = doc.firstSentence; sid < doc.firstSentence + doc.sentenceCount; sid++) {
      if (index.span(sid).furniture) continue;
      for (const w of index.capWordsIn(sid)) counts.set(w.word, (counts.get(w.word) ?? 0) + 1);
    }
    ownCounts.set(doc, counts);
  }
  return counts;
}
