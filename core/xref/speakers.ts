// A fallback for who speaks a quote, used only when the attribution layer names nobody: the name next to a
// reporting verb right after the quote ("…,” Mike Waltz said) or before it in the same sentence (Trump wrote: “…”).

const VERB = '(?:said|says|wrote|writes|told|tells|added|adds|stated|explained|declared|insisted|tweeted|posted|argued|noted|warned|claimed|announced|confirmed)';
const NAME = "(\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*)*)";
const AFTER = new RegExp(`^[\\s,.!?”"’]*${NAME}\\s+${VERB}\\b`, 'u');
const AFTER_INVERTED = new RegExp(`^[\\s,.!?”"’]*${VERB}\\s+${NAME}`, 'u');
const BEFORE = new RegExp(`${NAME}\\s+${VERB}\\b[^“"]*$`, 'u');

/** The speaker named beside the quote [start, end) within the sentence [from, to), or undefined. */
export function speakerNear(text: string, start: number, end: number, from: number, to: number): string | undefined {
  const after = text.slice(end, Math.min(to, end + 120));
  const m = AFTER.exec(after) ?? AFTER_INVERTED.exec(after) ?? BEFORE.exec(text.slice(from, start));
  if (!m) return undefined;
  const name = m[1]!.replace(/['’]s$/, '');
  // Titles run into names ("Defense Secretary Pete Hegseth"): the last two words carry the person.
  return name.split(/\s+/).slice(-2).join(' ');
}
