// A fallback for who speaks a quote, used only when the attribution layer names nobody: the name next to a
// reporting verb right after the quote ("…,” Mike Waltz said) or before it in the same sentence (Trump wrote: “…”).

const VERB =
  '(?:said|says|wrote|writes|told|tells|added|adds|stated|explained|declared|insisted|tweeted|posted|argued|noted|warned|claimed|announced|confirmed)';
const NAME = "(\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*)*)";
const AFTER = new RegExp(`^[\\s,.!?”"’]*${NAME}\\s+${VERB}\\b`, 'u');
const AFTER_INVERTED = new RegExp(`^[\\s,.!?”"’]*${VERB}\\s+${NAME}`, 'u');
/** The rule for a name before the quote, as a regex: nameBefore() reads it in one pass (see there). */
export const BEFORE = new RegExp(`${NAME}\\s+${VERB}\\b[^“"]*$`, 'u');

/** The speaker named beside the quote [start, end) within the sentence [from, to), or undefined. */
export function speakerNear(text: string, start: number, end: number, from: number, to: number): string | undefined {
  const after = text.slice(end, Math.min(to, end + 120));
  const m = AFTER.exec(after) ?? AFTER_INVERTED.exec(after);
  let name = m?.[1];
  if (name === undefined) {
    // No quote mark may follow the verb: only the stretch after the last one before the quote can hold the name.
    let cut = start;
    while (cut > from && text[cut - 1] !== '“' && text[cut - 1] !== '"') cut--;
    name = nameBefore(text.slice(cut, start));
  }
  if (name === undefined) return undefined;
  name = name.replace(/['’]s$/, '');
  // Titles run into names ("Defense Secretary Pete Hegseth"): the last two words carry the person.
  return name.split(/\s+/).slice(-2).join(' ');
}

const VERB_AT = new RegExp(`${VERB}\\b`, 'g');
const SPACE = /\s/u;
const NAME_CHAR = /[\p{L}’'.-]/u;
const UPPER = /\p{Lu}/u;

/**
 * BEFORE's capture in a stretch without quote marks, in one pass instead of the regex's backtracking (which is
 * quadratic in a long run of capitalised words). The verb is lower case and name words start with a capital, so a
 * name ends right before the white space before a verb and runs back over whole capitalised words; its first word may
 * start mid-word, at the leftmost capital from which the word is all name characters. The first verb with such a name
 * gives the leftmost match, which is the regex's.
 */
export function nameBefore(s: string): string | undefined {
  if (/[“"]/.test(s)) {
    const m = BEFORE.exec(s);
    return m ? m[1] : undefined;
  }
  VERB_AT.lastIndex = 0;
  let v: RegExpExecArray | null;
  while ((v = VERB_AT.exec(s)) !== null) {
    let i = v.index;
    if (i === 0 || !SPACE.test(s[i - 1]!)) continue;
    while (i > 0 && SPACE.test(s[i - 1]!)) i--;
    const end = i;
    let p = -1;
    // Walk back word by word: the leftmost capital of the word's all-name-character tail starts the name; a word
    // that is wholly such a word lets the name run on into the one before.
    for (;;) {
      let k = i;
      let leftmostUpper = -1;
      while (k > 0) {
        const [ch, at] = charBefore(s, k);
        if (SPACE.test(ch) || !NAME_CHAR.test(ch)) break;
        if (UPPER.test(ch)) leftmostUpper = at;
        k = at;
      }
      if (leftmostUpper < 0) break;
      p = leftmostUpper;
      const wholeWord = leftmostUpper === k && (k === 0 || SPACE.test(s[k - 1]!));
      if (!wholeWord) break;
      let j = k;
      while (j > 0 && SPACE.test(s[j - 1]!)) j--;
      if (j === k || j === 0) break;
      i = j;
    }
    if (p >= 0) return s.slice(p, end);
  }
  return undefined;
}

/** The code point ending at k (a surrogate pair read whole) and where it starts. */
function charBefore(s: string, k: number): [string, number] {
  const lo = s.charCodeAt(k - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && k >= 2) {
    const hi = s.charCodeAt(k - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return [s.slice(k - 2, k), k - 2];
  }
  return [s[k - 1]!, k - 1];
}
