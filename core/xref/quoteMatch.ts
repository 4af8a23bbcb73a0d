// Quote wording compared word by word: case, punctuation, dashes and ellipses do not count, an editor's
// [bracketed insertion] may be dropped, and a partial quote matches anywhere inside its longer original.

export interface QWord {
  /** Normalised form: lower case, no diacritics, straight apostrophes, no periods. */
  w: string;
  start: number;
  end: number;
  /** Inside [brackets]: an editorial insertion either side may leave out. */
  opt: boolean;
}

// A Markdown link's target (](https://…)) is skipped whole; its text reads as ordinary words.
const QWORD_RE = /\]\([^)\s]*\)|[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|\[|\]/gu;

/**
 * Words of text[from, to). With `asReference`, words outside quote marks (in a passage that has some) may be
 * skipped freely: a quote interrupted by its attribution ("…fact,” Zelensky said, “that…") still matches the
 * article's uninterrupted version.
 */
export function quoteWords(text: string, from: number, to: number, asReference = false): QWord[] {
  const out: QWord[] = [];
  let bracket = false;
  const marks = asReference ? quoteMarkState(text, from, to) : undefined;
  QWORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = QWORD_RE.exec(text)) !== null && m.index < to) {
    if (m.index + m[0].length > to) break;
    if (m[0] === '[') bracket = !/^\[[^\]]*\]\(/.test(text.slice(m.index, m.index + 300));
    else if (m[0][0] === ']') bracket = false;
    else
      out.push({
        w: normWord(m[0]),
        start: m.index,
        end: m.index + m[0].length,
        opt: bracket || (marks ? !marks(m.index) : false),
      });
  }
  return out;
}

/**
 * Whether an offset lies inside quote marks, or undefined when the passage has none. Offsets must be asked in
 * ascending order (quoteWords reads words left to right): the answer walks forward over the marks, once per passage.
 */
function quoteMarkState(text: string, from: number, to: number): ((at: number) => boolean) | undefined {
  const re = /[“”"]/g;
  re.lastIndex = from;
  const marks: Array<{ at: number; ch: string }> = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) marks.push({ at: m.index, ch: m[0] });
  if (!marks.length) return undefined;
  // A passage that starts mid-quote shows a closing mark first.
  let inside = marks[0]!.ch === '”';
  const flips: Array<{ at: number; inside: boolean }> = [];
  for (const k of marks) {
    inside = k.ch === '“' ? true : k.ch === '”' ? false : !inside;
    flips.push({ at: k.at, inside });
  }
  let state = marks[0]!.ch === '”';
  let next = 0;
  return (at: number) => {
    for (; next < flips.length && flips[next]!.at <= at; next++) state = flips[next]!.inside;
    return state;
  };
}

export function normWord(s: string): string {
  let w = s.toLowerCase();
  if (/[^\x00-\x7f]/.test(w))
    w = w
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/’/g, "'");
  return w.replace(/[.,](?!\d)/g, '');
}

/** Splits a quote at ellipses: each fragment must be found on its own. */
export function quoteFragments(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // An ellipsis is at most five characters: one that starts inside the quote ends within four past it, so the
  // search need not run on to the next ellipsis of the article.
  const window = text.slice(from, Math.min(text.length, to + 4));
  const re = /\.\s?\.\s?\.|…/g;
  let s = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null && m.index + from < to) {
    if (m.index + from > s) out.push({ start: s, end: m.index + from });
    s = m.index + from + m[0].length;
  }
  if (s < to) out.push({ start: s, end: to });
  return out;
}

export interface Alignment {
  /** Word edits needed to turn the draft fragment into the closest stretch of the reference. */
  cost: number;
  /** Reference words [refFrom, refTo) the fragment aligned with. */
  refFrom: number;
  refTo: number;
  /** The smallest differing stretch, as word ranges on both sides (empty when cost is 0). */
  diff?: { qFrom: number; qTo: number; rFrom: number; rTo: number };
}

/** Semi-global alignment: the whole draft fragment against any stretch of the reference words. */
export function alignQuote(q: QWord[], r: QWord[]): Alignment {
  const m = q.length;
  const W = r.length + 1;
  const { D, B } = costTable(q, r);
  const end = cheapestEnd(D, B, m, W);
  const cost = D[m * W + end]!;
  const { ops, start } = traceBack(q, r, B, W, end);
  const out: Alignment = { cost, refFrom: start, refTo: end };
  const diff = cost > 0 ? editSpan(ops) : undefined;
  if (diff) out.diff = diff;
  return out;
}

/** Edit distance of each draft prefix to reference stretches ending at each word (D), and the step that reached each
 * cell (B). */
function costTable(q: QWord[], r: QWord[]): { D: Uint16Array | Float64Array; B: Uint8Array } {
  const m = q.length;
  const n = r.length;
  const W = n + 1;
  // Costs never exceed the draft's word count (every draft word unmatched): 16 bits hold any quote worth aligning.
  const D = m < 0xffff ? new Uint16Array((m + 1) * W) : new Float64Array((m + 1) * W);
  const B = new Uint8Array((m + 1) * W); // 1 diag, 2 up (draft word extra), 3 left (reference word missing)
  for (let i = 1; i <= m; i++) {
    D[i * W] = D[(i - 1) * W]! + (q[i - 1]!.opt ? 0 : 1);
    B[i * W] = 2;
  }
  for (let i = 1; i <= m; i++) {
    const qi = q[i - 1]!;
    for (let j = 1; j <= n; j++) {
      const rj = r[j - 1]!;
      let best = D[(i - 1) * W + j - 1]! + (qi.w === rj.w ? 0 : 1);
      let dir = 1;
      const up = D[(i - 1) * W + j]! + (qi.opt ? 0 : 1);
      if (up < best) {
        best = up;
        dir = 2;
      }
      const left = D[i * W + j - 1]! + (rj.opt ? 0 : 1);
      if (left < best) {
        best = left;
        dir = 3;
      }
      D[i * W + j] = best;
      B[i * W + j] = dir;
    }
  }
  return { D, B };
}

/** The reference word the whole draft ends on most cheaply. */
function cheapestEnd(D: Uint16Array | Float64Array, B: Uint8Array, m: number, W: number): number {
  let end = 0;
  // Among equally cheap ends, prefer one reached by pairing the last words (a substitution reads better than
  // a dropped word followed by nothing).
  for (let j = 1; j < W; j++) {
    const v = D[m * W + j]!;
    const best = D[m * W + end]!;
    if (v < best || (v === best && B[m * W + j] === 1 && B[m * W + end] !== 1)) end = j;
  }
  return end;
}

type AlignOp = { qi: number; rj: number; q: boolean; r: boolean; edit: boolean };

/** The aligned pairs, in text order, from the draft's start to its end at reference word `end`; `start` is the
 * reference word the alignment begins on. */
function traceBack(q: QWord[], r: QWord[], B: Uint8Array, W: number, end: number): { ops: AlignOp[]; start: number } {
  const ops: AlignOp[] = [];
  let i = q.length;
  let j = end;
  while (i > 0) {
    const dir = B[i * W + j]!;
    if (dir === 1) {
      ops.push({ qi: i - 1, rj: j - 1, q: true, r: true, edit: q[i - 1]!.w !== r[j - 1]!.w });
      i--;
      j--;
    } else if (dir === 2) {
      ops.push({ qi: i - 1, rj: j, q: true, r: false, edit: !q[i - 1]!.opt });
      i--;
    } else {
      ops.push({ qi: i, rj: j - 1, q: false, r: true, edit: !r[j - 1]!.opt });
      j--;
    }
  }
  ops.reverse();
  return { ops, start: j };
}

/** The stretch between the first and the last edit, in draft and reference words; undefined without an edit. */
function editSpan(ops: AlignOp[]): Alignment['diff'] {
  const first = ops.findIndex((o) => o.edit);
  if (first < 0) return undefined;
  let last = first;
  for (let k = ops.length - 1; k >= first; k--)
    if (ops[k]!.edit) {
      last = k;
      break;
    }
  let qFrom = Infinity,
    qTo = -1,
    rFrom = Infinity,
    rTo = -1;
  for (let k = first; k <= last; k++) {
    const o = ops[k]!;
    if (o.q) {
      qFrom = Math.min(qFrom, o.qi);
      qTo = Math.max(qTo, o.qi + 1);
    }
    if (o.r) {
      rFrom = Math.min(rFrom, o.rj);
      rTo = Math.max(rTo, o.rj + 1);
    }
  }
  if (qTo < 0) qFrom = qTo = ops[first]!.qi;
  if (rTo < 0) rFrom = rTo = ops[first]!.rj;
  return { qFrom, qTo, rFrom, rTo };
}
