// The suppression rules as first written (core/suppress.ts before it was made linear): every cover checked against
// every finding. Kept as the oracle the linear version is compared with (test/cli/suppress.test.ts).
// Inline suppressions, written as HTML comments so they vanish in rendered Markdown and read plainly in text:
//   <!-- copydesk-disable-next-line vague-attribution -->
//   <!-- copydesk-disable number-mismatch --> … <!-- copydesk-enable number-mismatch -->
// Without codes a directive covers every code. Directives that suppress nothing are reported.
import type { Finding, Span } from '../../core/types';
import { lineStarts, positionAt } from '../../core/text/lines';

/** One comment as written; `used` is set when it hid at least one finding. */
export interface Directive extends Span {
  kind: 'next-line' | 'range';
  codes: string[] | null;
  used: boolean;
}

/** A stretch of text where some codes (or all but some) are off; one range directive may end up as several. */
interface Cover {
  directive: Directive;
  /** null: every code except those in `except`. */
  code: string | null;
  except: Set<string>;
  /** Lines (next-line) or offsets (range, end exclusive) covered. */
  from: number;
  to: number;
}

// Bounded repetitions keep a 1 MB run of unclosed "<!-- copydesk-disable" linear: each attempt looks at most
// ~300 characters ahead instead of scanning to the end of the text. The keyword must end at a space or "-->" so
// that "copydesk-disable-next-lines" is not read as "disable" with the code "-next-lines".
const DIRECTIVE = /<!--[ \t]{0,16}copydesk-(disable-next-line|disable|enable)(?=[\s,]|-->)([^>]{0,300}?)-->/g;

export function parseDirectives(text: string): { directives: Directive[]; covers: Cover[] } {
  const starts = lineStarts(text);
  const directives: Directive[] = [];
  const covers: Cover[] = [];
  const open: Cover[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const list = m[2]!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean);
    const codes = list.length ? [...new Set(list)] : null;
    if (m[1] === 'enable') {
      closeRanges(open, covers, codes, start, end, text.length);
      continue;
    }
    const d: Directive = { start, end, kind: m[1] === 'disable-next-line' ? 'next-line' : 'range', codes, used: false };
    directives.push(d);
    if (d.kind === 'next-line') {
      const line = positionAt(starts, end).line + 1;
      for (const code of codes ?? [null]) covers.push({ directive: d, code, except: new Set(), from: line, to: line });
    } else {
      for (const code of codes ?? [null]) {
        const c: Cover = { directive: d, code, except: new Set(), from: end, to: text.length };
        covers.push(c);
        open.push(c);
      }
    }
  }
  return { directives, covers };
}

/** `enable` ends what it names: all open ranges, or only the named codes (splitting a blanket `disable`). */
function closeRanges(
  open: Cover[],
  covers: Cover[],
  codes: string[] | null,
  at: number,
  resumeAt: number,
  textEnd: number,
): void {
  for (let i = open.length - 1; i >= 0; i--) {
    const c = open[i]!;
    if (codes === null || (c.code !== null && codes.includes(c.code))) {
      c.to = at;
      open.splice(i, 1);
    } else if (c.code === null && codes.some((x) => !c.except.has(x))) {
      // "disable" (everything) then "enable X": everything but X stays off from here on.
      c.to = at;
      open.splice(i, 1);
      const rest: Cover = {
        directive: c.directive,
        code: null,
        except: new Set([...c.except, ...codes]),
        from: resumeAt,
        to: textEnd,
      };
      covers.push(rest);
      open.push(rest);
    }
  }
}

/** Removes suppressed findings and adds an `unused-suppression` finding for each directive that hid nothing. */
export function applySuppressions(
  text: string,
  findings: Finding[],
  makeUnused: (d: Span, codes: string[] | null) => Finding | null,
): Finding[] {
  const { directives, covers } = parseDirectives(text);
  if (directives.length === 0) return findings;
  const starts = lineStarts(text);
  const kept = findings.filter((f) => {
    const line = positionAt(starts, f.start).line;
    let hidden = false;
    // Every matching directive is marked used, so two overlapping directives are not reported as unused.
    for (const c of covers) {
      if (c.code !== null ? c.code !== f.code : c.except.has(f.code)) continue;
      const hit = c.directive.kind === 'next-line' ? line === c.from : f.start >= c.from && f.start < c.to;
      if (hit) {
        c.directive.used = true;
        hidden = true;
      }
    }
    return !hidden;
  });
  for (const d of directives) {
    if (d.used) continue;
    const f = makeUnused(d, d.codes);
    if (f) kept.push(f);
  }
  return kept;
}
