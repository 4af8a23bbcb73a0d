// Caches of the cross-check's per-sentence, per-figure and per-quote work. Typing changes one sentence; the figures,
// quotes and names of the others ask the same questions of the same reference index as at the last keystroke.
// Each cache belongs to one ReferenceIndex and is dropped whenever a reference document is added, replaced or removed,
// so a key only has to encode the article-side inputs. Keys are the texts of sentences and quotes (plus whatever else
// a kernel reads); values are kept relative to the key's text and treated as immutable.
// The caches themselves are core/text/memo.ts's KernelCache (bounded, two generations, keys stored as flat copies).
import { Scoped } from '../text/memo';

/** Code units after which no pattern of the cross-check can continue a word, number, name or clause break. */
const CONTINUES = /[\p{L}\p{N}\p{M}_'’.,\-[\]()…\uD800-\uDFFF]/u;
const SPACE_OR_COMMA = /[\s,]/;

/**
 * Whether text[from, to) reads the same on its own as inside the text: no word, name, number, clause break or
 * quote-word pattern of the cross-check that starts inside can run past `to`. (The patterns scan forward from
 * `from` and look behind nothing, so the start needs no check.) When false, callers compute without caching.
 */
export function sealed(text: string, to: number): boolean {
  if (to >= text.length) return true;
  if (to <= 0) return false;
  return !CONTINUES.test(text[to]!) && !SPACE_OR_COMMA.test(text[to - 1]!);
}

const WORDISH = /[\p{L}\p{N}[\]()\uD800-\uDFFF]/u;
const JOINER = /['’.,]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\uD800-\uDFFF]/u;

/**
 * Whether the quote words of text[from, to) (quoteMatch.ts) read the same on their own as inside the text: no word
 * runs on past `to` (a word continues only through a letter or digit, or a joiner followed by one).
 */
export function quoteSealed(text: string, to: number): boolean {
  if (to >= text.length) return true;
  const c = text[to]!;
  if (WORDISH.test(c)) return false;
  return !JOINER.test(c) || !LETTER_OR_DIGIT.test(text[to + 1] ?? '');
}

/** A small identity number for an immutable object (a candidate list), for use in cache keys. */
const identities = new Scoped(() => ({ ids: new WeakMap<object, number>(), next: 1 }));
export function idOf(o: object): number {
  const known = identities.get();
  let id = known.ids.get(o);
  if (id === undefined) known.ids.set(o, (id = known.next++));
  return id;
}

/**
 * A cache per reference index, replaced whenever the index changes (a document added, replaced or removed): keys
 * then need to encode only the article-side inputs of a kernel. Replaced, not emptied: emptying would empty only the
 * running analyser's entries, and another analyser would go on with entries from the index as it was.
 */
export function perIndex<C extends { clear(): void }>(make: () => C): (index: { readonly generation: number }) => C {
  const caches = new WeakMap<object, { generation: number; cache: C }>();
  return (index) => {
    let e = caches.get(index);
    if (!e) caches.set(index, (e = { generation: index.generation, cache: make() }));
    else if (e.generation !== index.generation) {
      e.generation = index.generation;
      e.cache = make();
    }
    return e.cache;
  };
}
