// A document stage: repeats of a known name the tagger missed.
import type { DocTokens } from '../features';
import { TITLE_WORDS } from '../lists';
import { type Acronyms, type KeyedSpan, keyOf } from './spans';
import { CAP0 } from './words';

/** Repeats the tagger missed: the same capitalised words elsewhere (sentence-initial "Bessent", a headline). */
export function addRepeats(
  d: DocTokens,
  spans: KeyedSpan[],
  personParts: Map<string, number>,
  acronyms: Acronyms,
): KeyedSpan[] {
  const covered = new Uint8Array(d.n);
  for (const s of spans) for (let k = s.a; k < s.b; k++) covered[k] = 1;
  const known = new Map<string, number>();
  for (const s of spans) known.set(s.key, s.b - s.a);
  for (const p of personParts.keys()) if (!known.has(p)) known.set(p, 1);
  for (const a of acronyms.keys()) known.set(a.toLowerCase(), 1);
  // The word counts of the known names by their first word, longest first: only those lengths can match at a token
  // (a key is its tokens' lower case joined by spaces, so its length is its word count).
  const lengthsByHead = new Map<string, number[]>();
  for (const [k, len] of known) {
    const space = k.indexOf(' ');
    const head = space < 0 ? k : k.slice(0, space);
    const lens = lengthsByHead.get(head);
    if (!lens) lengthsByHead.set(head, [len]);
    else if (!lens.includes(len)) lens.push(len);
  }
  for (const lens of lengthsByHead.values()) lens.sort((x, y) => y - x);
  const added: KeyedSpan[] = [];
  for (const [s, e] of d.sents) {
    for (let i = s; i < e; i++) {
      if (!(d.flags[i]! & 1) || covered[i]) continue;
      const lens = lengthsByHead.get(d.lower[i]!);
      if (!lens) continue;
      for (const len of lens) {
        if (len > 5 || i + len > e) continue;
        const k = keyOf(d, i, i + len);
        if (known.get(k) !== len) continue;
        let free = true;
        for (let q = i; q < i + len; q++) if (covered[q]) free = false;
        if (!free || !CAP0.test(d.words[i + len - 1]!)) continue;
        // A one-word name that is also an ordinary word in this document ("Truth", "Will") is not repeated blindly.
        if (len === 1 && (d.docLower.has(k) || (d.gazetteer.lex.get(k) ?? 9) <= 2)) continue;
        if (i + len < e && CAP0.test(d.words[i + len]!) && !d.shout[i + len]) continue; // part of a longer name
        if (i > s && CAP0.test(d.words[i - 1]!) && i - 1 !== s && !TITLE_WORDS.has(d.lower[i - 1]!)) continue;
        added.push({ a: i, b: i + len, type: 'MISC', conf: 0, key: k });
        for (let q = i; q < i + len; q++) covered[q] = 1;
        i += len - 1;
        break;
      }
    }
  }
  return added.length ? spans.concat(added).sort((x, y) => x.a - y.a) : spans;
}
