// Where a long article's opening ends. A writer who opens an article looks at its top: the server checks the opening
// first and publishes it, then the whole (see checks.ts). The cut is made where the core starts a new paragraph, so
// every sentence of the opening is the sentence the whole article has there, and the whole's check finds it cached.

/** Articles shorter than this (words) are checked whole at once: the opening would save too little to be worth a step. */
export const LONG_ARTICLE_WORDS = 1500;
/** About a screenful of prose: the opening ends at the first paragraph end after this many words. */
export const OPENING_WORDS = 400;

/**
 * The offset where the opening of a long article ends (just after a line break that ends a paragraph), and how many
 * words it holds; undefined when the article is short, or when no paragraph ends within the first half of it (one
 * long paragraph: a cut inside it would check a sentence the whole article does not have). The word counts are the
 * server's; scripts/bench-opening.ts tries others.
 */
export function openingOf(
  text: string,
  openingWords = OPENING_WORDS,
  longWords = LONG_ARTICLE_WORDS,
): { end: number; words: number } | undefined {
  const word = /\S+/g;
  let words = 0;
  let from = -1;
  while (word.exec(text)) {
    words++;
    if (words === openingWords) from = word.lastIndex;
    if (words >= Math.max(longWords, openingWords)) break;
  }
  if (words < longWords || from < 0) return undefined;
  // A paragraph ends at a blank line, or at a line break after a sentence's end (a line ending mid-sentence may be
  // hard-wrapped prose that the next line continues: core/text/segment.ts joins them).
  const end = /(?:\n[ \t\f\v\u00a0]*(?:\r\n|\r|\n)|[.!?:”"’)\]][ \t]*(?:\r\n|\r|\n))/g;
  end.lastIndex = from - 1; // the word's last character may end the paragraph
  const m = end.exec(text);
  if (!m || m.index + m[0].length > text.length / 2) return undefined;
  const cut = m.index + m[0].length;
  return { end: cut, words: wordsBefore(text, cut) };
}

function wordsBefore(text: string, end: number): number {
  const word = /\S+/g;
  let n = 0;
  while (word.exec(text) && word.lastIndex <= end) n++;
  return n;
}
