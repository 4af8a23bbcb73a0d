// Where an edit changed a text, for results that read where some strings occur anywhere in it ("the only use of
// this word", "the first occurrence of that surname"). Such a result is kept between analyses only when none of the
// strings it read occurs at or near the change, in the text before or after it: every occurrence then lies whole in
// the common start or the common end of the two texts, with the same characters around it, so the occurrences of each
// string are the same ones, in the same order (those in the common end moved by the edit's length). A result that
// compares their positions with each other, or reads a character or two around each, reads the same answer.
import { unchangedEnds } from './memo';

/** Characters around an occurrence that a reading may look at (a letter right before or after a word). */
const AROUND = 2;

export class EditWindow {
  private readonly head: number;
  /** Where the changed part of each text ends (the common end starts there). */
  private readonly beforeEnd: number;
  private readonly afterEnd: number;

  constructor(
    private readonly before: string,
    private readonly after: string,
  ) {
    const { head, tail } = unchangedEnds(before, after);
    this.head = head;
    this.beforeEnd = before.length - tail;
    this.afterEnd = after.length - tail;
  }

  /** No occurrence of `s` in either text overlaps the change or comes within AROUND characters of it. */
  untouched(s: string): boolean {
    return clear(this.before, s, this.head, this.beforeEnd) && clear(this.after, s, this.head, this.afterEnd);
  }
}

/** No occurrence [i, i + s.length) of s in text has i - AROUND < end and i + s.length + AROUND > head. */
function clear(text: string, s: string, head: number, end: number): boolean {
  if (!s) return false;
  // Searched in the window only (a slice is a view, not a copy): the rest of the text is not read.
  const from = Math.max(0, head - s.length - AROUND + 1);
  return text.slice(from, end + AROUND - 1 + s.length).indexOf(s) < 0;
}
