// Inline suppressions, written as HTML comments so they vanish in rendered Markdown and read plainly in text:
//   <!-- copydesk-disable-next-line vague-attribution -->
//   <!-- copydesk-disable number-mismatch --> … <!-- copydesk-enable number-mismatch -->
// Without codes a directive covers every code. Directives that suppress nothing are reported.
//
// The rules, per finding code k: a `disable` naming k (or naming nothing) hides k from its end until the start of the
// next `enable` that names k or names nothing. A blanket `disable` followed by `enable X` keeps everything but X off;
// the `enable X` comment itself is a gap in that blanket range unless every code it names was enabled again since the
// `disable` (then the enable changes nothing). A `disable-next-line` hides its codes on the line after it.
// Applying them is a sweep per finding code over the directives and the findings in text order: the time is linear in
// directives and findings (times the few distinct finding codes), however many directives are open at once.
import type { Finding, Span } from './types';
import { lineStarts, positionAt } from './text/lines';
import { partitionPoint } from './text/spans';

/** One comment as written; `used` is set when it hid at least one finding. */
export interface Directive extends Span {
  kind: 'next-line' | 'range';
  codes: string[] | null;
  used: boolean;
}

/** An `enable` comment: what it names, and which blanket disables it does not interrupt (see splitsBefore). */
interface Enable extends Span {
  codes: string[] | null;
  /**
   * A blanket `disable` that starts before this offset has had every code this enable names enabled again since:
   * the enable is no gap in it. One that starts at or after it is interrupted for the length of the comment.
   */
  splitsBefore: number;
}

type Event = { kind: 'disable'; at: number; d: Directive } | { kind: 'enable'; at: number; e: Enable };

// Bounded repetitions keep a 1 MB run of unclosed "<!-- copydesk-disable" linear: each attempt looks at most
// ~300 characters ahead instead of scanning to the end of the text. The keyword must end at a space or "-->" so
// that "copydesk-disable-next-lines" is not read as "disable" with the code "-next-lines".
const DIRECTIVE = /<!--[ \t]{0,16}copydesk-(disable-next-line|disable|enable)(?=[\s,]|-->)([^>]{0,300}?)-->/g;

export function parseDirectives(text: string): { directives: Directive[]; events: Event[] } {
  const directives: Directive[] = [];
  const events: Event[] = [];
  // Where each code was last named by an enable, and where the last blanket enable was.
  const lastEnabled = new Map<string, number>();
  let lastBlanket = -1;
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const list = m[2]!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    const codes = list.length ? [...new Set(list)] : null;
    if (m[1] === 'enable') {
      let splitsBefore = Infinity;
      if (codes)
        for (const c of codes) splitsBefore = Math.min(splitsBefore, Math.max(lastEnabled.get(c) ?? -1, lastBlanket));
      if (codes) for (const c of codes) lastEnabled.set(c, start);
      else lastBlanket = start;
      events.push({ kind: 'enable', at: start, e: { start, end, codes, splitsBefore: codes ? splitsBefore : -1 } });
      continue;
    }
    const d: Directive = { start, end, kind: m[1] === 'disable-next-line' ? 'next-line' : 'range', codes, used: false };
    directives.push(d);
    if (d.kind === 'range') events.push({ kind: 'disable', at: end, d });
  }
  // Disables take effect at their end, enables at their start; comments do not overlap, so this order is text order.
  events.sort((a, b) => a.at - b.at);
  return { directives, events };
}

/** Removes suppressed findings and adds an `unused-suppression` finding for each directive that hid nothing. */
export function applySuppressions(
  text: string,
  findings: Finding[],
  makeUnused: (d: Span, codes: string[] | null) => Finding | null,
): Finding[] {
  const { directives, events } = parseDirectives(text);
  if (directives.length === 0) return findings;
  const starts = lineStarts(text);
  const hidden = new Uint8Array(findings.length);
  const byCode = new Map<string, number[]>();
  findings.forEach((f, i) => {
    const list = byCode.get(f.code);
    if (list) list.push(i);
    else byCode.set(f.code, [i]);
  });
  const names = (codes: string[] | null, k: string) => codes === null || codes.includes(k);
  for (const [k, list] of byCode) {
    list.sort((a, b) => findings[a]!.start - findings[b]!.start || a - b);
    // disable-next-line: the line after the comment.
    const nextLine = new Map<number, Directive[]>();
    for (const d of directives) {
      if (d.kind !== 'next-line' || !names(d.codes, k)) continue;
      const line = positionAt(starts, d.end).line + 1;
      const at = nextLine.get(line);
      if (at) at.push(d);
      else nextLine.set(line, [d]);
    }
    // Ranges: the disables open for k (in text order), split into those naming k and blanket ones. Every directive
    // that covers a finding is marked used; those covering a finding are always a prefix of the open lists, so a
    // pointer per list marks each directive once.
    const named: Directive[] = [];
    const blanket: Directive[] = [];
    let namedMarked = 0;
    let blanketMarked = 0;
    let lastEnable: Enable | undefined;
    let ev = 0;
    for (const i of list) {
      const f = findings[i]!;
      for (; ev < events.length && events[ev]!.at <= f.start; ev++) {
        const x = events[ev]!;
        if (x.kind === 'disable') {
          if (x.d.codes === null) blanket.push(x.d);
          else if (x.d.codes.includes(k)) named.push(x.d);
          continue;
        }
        lastEnable = x.e;
        if (names(x.e.codes, k)) {
          named.length = blanket.length = namedMarked = blanketMarked = 0;
        }
      }
      const lines = nextLine.get(positionAt(starts, f.start).line);
      if (lines) {
        hidden[i] = 1;
        for (const d of lines) d.used = true;
      }
      // Ranges run to the end of the text, exclusive.
      if (f.start >= text.length) continue;
      if (named.length) {
        hidden[i] = 1;
        for (; namedMarked < named.length; namedMarked++) named[namedMarked]!.used = true;
      }
      // Inside an enable comment, the blanket disables it interrupts do not cover the finding.
      let covering = blanket.length;
      if (lastEnable && f.start < lastEnable.end && lastEnable.codes !== null)
        covering = countBefore(blanket, lastEnable.splitsBefore);
      if (covering > 0) {
        hidden[i] = 1;
        for (; blanketMarked < covering; blanketMarked++) blanket[blanketMarked]!.used = true;
      }
    }
  }
  const kept = findings.filter((_, i) => !hidden[i]);
  for (const d of directives) {
    if (d.used) continue;
    const f = makeUnused(d, d.codes);
    if (f) kept.push(f);
  }
  return kept;
}

/** How many of the directives (sorted by start) start before an offset. */
function countBefore(ds: Directive[], offset: number): number {
  return partitionPoint(0, ds.length, (i) => ds[i]!.start < offset);
}
