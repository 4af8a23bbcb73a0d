// Text that reaches a terminal or a CI log comes from file names and articles, which anyone can write: an escape
// sequence in a file name (ESC[31m, ESC]8;;…, ESC[2J) would recolour, relink or clear the reader's screen, a newline
// would forge a line of output, and bidirectional overrides (U+202E) would show the text in another order than it is.
// Each such character is shown as a visible escape instead (\x1b, \u202e).
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/** One line of prose (a message, a quoted passage): runs of white space become one space, then the rest is escaped. */
export function printableLine(s: string): string {
  return printable(s.replace(/[\t\n\r\f\v ]+/g, ' '));
}
