// A document stage: in a Title Case headline only names the body, a list or an unknown word vouches for are kept.
import type { DocTokens } from '../features';
import { CONNECTORS, HEADLINE_GLUE } from '../lists';
import { type KeyedSpan, keyOf } from './spans';

/**
 * In a Title Case headline every word is capitalised: trust only names the body, a list or an unknown word vouches
 * for. A headline read as one long name ("Ferreira Heads To Lisbon As Port Strike Drags On") keeps only the names
 * inside it that the body or a list knows.
 */
export function headlineNames(
  d: DocTokens,
  spans: readonly KeyedSpan[],
  bodyKeys: { has(key: string): boolean },
  bodyLast: { has(word: string): boolean },
  acronyms: { has(acronym: string): boolean },
): { spans: KeyedSpan[]; vouched: (s: KeyedSpan) => boolean } {
  const vouched = (s: KeyedSpan) => {
    // A results line of capitalised names and scores ("Wolves 3 Port Vale 1") is no headline.
    if (d.table[s.a] === 1 || bodyKeys.has(s.key) || d.gazetteer.classOfKey(s.key)) return true;
    for (let k = s.a; k < s.b; k++) if (!d.gazetteer.lex.has(d.lower[k]!) && !CONNECTORS.has(d.lower[k]!)) return true;
    return s.b - s.a === 1 && acronyms.has(d.words[s.a]!);
  };
  const listed = (cls: string | undefined) =>
    cls === 'C' || cls === 'S' || cls === 'R' || cls === 'P1' || cls === 'P2' || cls === 'O';
  const inHeadline = (s: KeyedSpan): KeyedSpan[] => {
    if (s.b - s.a >= 2 && !bodyKeys.has(s.key)) {
      // A name the body knows (or its surname) run into the headline's words, the first of them a common word
      // ("Ferreira Heads …"): cut back to the name.
      // The first few words only: a long span must not cost a key per word (linear time on any input).
      for (let e = Math.min(s.b - 1, s.a + 4); e > s.a; e--) {
        const k = keyOf(d, s.a, e);
        if ((bodyKeys.has(k) || bodyLast.has(k)) && d.gazetteer.lex.has(d.lower[e]!))
          return [{ ...s, b: e, key: k, text: undefined }];
      }
    }
    if (s.b - s.a < 3 || bodyKeys.has(s.key)) return [s];
    let glue = false;
    for (let k = s.a + 1; k < s.b; k++) if (HEADLINE_GLUE.has(d.lower[k]!)) glue = true;
    if (!glue) return [s];
    const inner: KeyedSpan[] = [];
    for (let i = s.a; i < s.b; i++) {
      for (let len = Math.min(5, s.b - i); len >= 1; len--) {
        const k = keyOf(d, i, i + len);
        if (!bodyKeys.has(k) && !listed(d.gazetteer.classOfKey(k))) continue;
        inner.push({ a: i, b: i + len, type: s.type, conf: 0, key: k });
        i += len - 1;
        break;
      }
    }
    return inner;
  };
  // The body's spans pass as they are (no array per span: this runs at every keystroke).
  const out: KeyedSpan[] = [];
  for (const s of spans) {
    if (!d.headline[s.a] || d.table[s.a] === 1) out.push(s);
    else for (const r of inHeadline(s)) out.push(r);
  }
  return { spans: out, vouched };
}
