// Evidence excerpts and text quoted in messages are bounded: a reference "sentence" can be megabytes long (a scraped
// table, a transcript without full stops), and every finding resting on it would carry a copy into every output format
// and over LSP. Short passages are quoted whole, as before; a long one is cut to a window at word boundaries (around
// the figure or words the finding is about, when known), with an ellipsis where text was left out.

/** Evidence passages longer than this are quoted as a window of about this length (real sentences are far shorter). */
export const MAX_EXCERPT = 1000;
/** Article or reference text quoted inside a message (a figure, a name) is cut to this length. */
export const MAX_QUOTED = 200;
/** How far a cut may move to land on white space. */
const SNAP = 40;

/** text[start, end) as an excerpt: whole when short, else a window (around [focusStart, focusEnd) if given) with "…". */
export function excerptOf(text: string, start: number, end: number, focus?: { start: number; end: number }): string {
  if (end - start <= MAX_EXCERPT) return text.slice(start, end);
  const mid = focus ? Math.floor((Math.max(start, focus.start) + Math.min(end, focus.end)) / 2) : start;
  let from = Math.max(start, Math.min(mid - MAX_EXCERPT / 2, end - MAX_EXCERPT));
  let to = Math.min(end, from + MAX_EXCERPT);
  if (from > start) from = snap(text, from, +1);
  if (to < end) to = snap(text, to, -1);
  let piece = text.slice(from, to);
  if (from > start) piece = '…' + piece.trimStart();
  if (to < end) piece = piece.trimEnd() + '…';
  return piece;
}

/**
 * A cut moved onto a word boundary nearby: a window's start forward to just after white space, its end back to white
 * space. Without white space near, the cut stays (moved off the middle of a surrogate pair).
 */
function snap(text: string, at: number, dir: 1 | -1): number {
  for (let k = 0; k <= SNAP; k++) {
    const i = at + dir * k;
    if (i <= 0 || i >= text.length) break;
    if (/\s/.test(text[dir > 0 ? i - 1 : i]!)) return i;
  }
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff ? at + dir : at;
}

/** A piece of text for a message: whole when short, else its start at a word boundary and "…". */
export function clipText(s: string, max = MAX_QUOTED): string {
  if (s.length <= max) return s;
  return s.slice(0, snap(s, max - 1, -1)).trimEnd() + '…';
}
