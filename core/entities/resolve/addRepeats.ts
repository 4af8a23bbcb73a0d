// A document stage: repeats of a known name the tagger missed.
import type { DocTokens } from '../features';
import { TITLE_WORDS } from '../lists';
import { type KeyedSpan, keyOf } from './spans';
import { CAP0 } from './words';

/** The names a repeat may be of (every span's key, a person's surname, an acronym), as the document knows them. */
export interface KnownNames {
  /** The word counts of the known names that start with the word `head`: bit n set for n words. */
  lengths(head: string): number;
  has(key: string): boolean;
}

/** Repeats the tagger missed in the sentences first..last (tokens [from, to), where `spans` are the names found): the
 * same capitalised words as a known name elsewhere (sentence-initial "Bessent", a headline). */
export function repeatsIn(
  d: DocTokens,
  spans: readonly KeyedSpan[],
  stretch: { from: number; to: number; first: number; last: number },
  known: KnownNames,
): KeyedSpan[] {
  const { from, to } = stretch;
  const covered = new Uint8Array(to - from);
  for (const s of spans) for (let k = s.a; k < s.b; k++) covered[k - from] = 1;
  const added: KeyedSpan[] = [];
  for (let si = stretch.first; si <= stretch.last; si++) {
    const [s, e] = d.sents[si]!;
    for (let i = s; i < e; i++) {
      if (!(d.flags[i]! & 1) || covered[i - from]) continue;
      const lens = known.lengths(d.lower[i]!);
      if (!lens) continue;
      // The longest first; a name of more than five words is not looked for.
      for (let len = 5; len >= 1; len--) {
        if (!(lens & (1 << len)) || i + len > e) continue;
        // A key is its tokens' lower case joined by spaces (no token holds a space): a known key of len words.
        const k = keyOf(d, i, i + len);
        if (!known.has(k)) continue;
        let free = true;
        for (let q = i; q < i + len; q++) if (covered[q - from]) free = false;
        if (!free || !CAP0.test(d.words[i + len - 1]!)) continue;
        // A one-word name that is also an ordinary word in this document ("Truth", "Will") is not repeated blindly.
        if (len === 1 && (d.docLower.has(k) || (d.gazetteer.lex.get(k) ?? 9) <= 2)) continue;
        if (i + len < e && CAP0.test(d.words[i + len]!) && !d.shout[i + len]) continue; // part of a longer name
        if (i > s && CAP0.test(d.words[i - 1]!) && i - 1 !== s && !TITLE_WORDS.has(d.lower[i - 1]!)) continue;
        added.push({ a: i, b: i + len, type: 'MISC', conf: 0, key: k });
        for (let q = i; q < i + len; q++) covered[q - from] = 1;
        i += len - 1;
        break;
      }
    }
  }
  return added;
}
