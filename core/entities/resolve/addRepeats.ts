// A document stage: repeats of a known name the tagger missed.
import type { DocTokens } from '../features';
import { TITLE_WORDS } from '../lists';
import { type Acronyms, type KeyedSpan, keyOf } from './spans';
import { CAP0 } from './words';

/** The names a repeat may be of: every span's key with its word count, a person's surname, an acronym; and the word
 * counts of those names by their first word, longest first (only those lengths can match at a token: a key is its
 * tokens' lower case joined by spaces, so its length is its word count). Document facts, built at each analysis. */
export function repeatIndex(
  spans: readonly KeyedSpan[],
  personParts: ReadonlyMap<string, number>,
  acronyms: Acronyms,
): { known: Map<string, number>; lengthsByHead: Map<string, number[]> } {
  const known = new Map<string, number>();
  for (const s of spans) known.set(s.key, s.b - s.a);
  for (const p of personParts.keys()) if (!known.has(p)) known.set(p, 1);
  for (const a of acronyms.keys()) known.set(a.toLowerCase(), 1);
  const lengthsByHead = new Map<string, number[]>();
  for (const [k, len] of known) {
    const space = k.indexOf(' ');
    const head = space < 0 ? k : k.slice(0, space);
    const lens = lengthsByHead.get(head);
    if (!lens) lengthsByHead.set(head, [len]);
    else if (!lens.includes(len)) lens.push(len);
  }
  for (const lens of lengthsByHead.values()) lens.sort((x, y) => y - x);
  return { known, lengthsByHead };
}

/** Repeats the tagger missed in the sentences first..last (tokens [from, to), where `spans` are the names found): the
 * same capitalised words as a known name elsewhere (sentence-initial "Bessent", a headline). */
export function repeatsIn(
  d: DocTokens,
  spans: readonly KeyedSpan[],
  stretch: { from: number; to: number; first: number; last: number },
  known: { get(key: string): number | undefined },
  lengthsByHead: { get(head: string): readonly number[] | undefined },
): KeyedSpan[] {
  const { from, to } = stretch;
  const covered = new Uint8Array(to - from);
  for (const s of spans) for (let k = s.a; k < s.b; k++) covered[k - from] = 1;
  const added: KeyedSpan[] = [];
  for (let si = stretch.first; si <= stretch.last; si++) {
    const [s, e] = d.sents[si]!;
    for (let i = s; i < e; i++) {
      if (!(d.flags[i]! & 1) || covered[i - from]) continue;
      const lens = lengthsByHead.get(d.lower[i]!);
      if (!lens) continue;
      for (const len of lens) {
        if (len > 5 || i + len > e) continue;
        const k = keyOf(d, i, i + len);
        if (known.get(k) !== len) continue;
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
