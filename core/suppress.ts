// Inline suppressions, written as HTML comments so they vanish in rendered Markdown and read plainly in text:
//   <!-- copydesk-disable-next-line vague-attribution -->
//   <!-- copydesk-disable number-mismatch --> … <!-- copydesk-enable number-mismatch -->
// Without codes a directive covers every code. Directives that suppress nothing are reported.
import type { Finding, Span } from './types';
import { lineStarts, positionAt } from './text/lines';

interface Directive extends Span {
  kind: 'next-line' | 'range';
  codes: string[] | null;
  /** Lines (next-line) or offsets (range) covered. */
  from: number;
  to: number;
  used: boolean;
}

const DIRECTIVE = /<!--\s*copydesk-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

export function parseDirectives(text: string): Directive[] {
  const starts = lineStarts(text);
  const out: Directive[] = [];
  const open: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const list = m[2]!.trim().split(/[\s,]+/).filter(Boolean);
    const codes = list.length ? list : null;
    if (m[1] === 'disable-next-line') {
      const line = positionAt(starts, end).line + 1;
      out.push({ start, end, kind: 'next-line', codes, from: line, to: line, used: false });
    } else if (m[1] === 'disable') {
      const d: Directive = { start, end, kind: 'range', codes, from: end, to: text.length, used: false };
      out.push(d);
      open.push(d);
    } else {
      for (let i = open.length - 1; i >= 0; i--) {
        const d = open[i]!;
        const same = codes === null || d.codes === null || codes.some((c) => d.codes!.includes(c));
        if (same) {
          d.to = start;
          open.splice(i, 1);
        }
      }
    }
  }
  return out;
}

/** Removes suppressed findings and adds an `unused-suppression` finding for each directive that hid nothing. */
export function applySuppressions(text: string, findings: Finding[], makeUnused: (d: Span, codes: string[] | null) => Finding | null): Finding[] {
  const directives = parseDirectives(text);
  if (directives.length === 0) return findings;
  const starts = lineStarts(text);
  const kept = findings.filter((f) => {
    const line = positionAt(starts, f.start).line;
    for (const d of directives) {
      if (d.codes && !d.codes.includes(f.code)) continue;
      const hit = d.kind === 'next-line' ? line === d.from : f.start >= d.from && f.start < d.to;
      if (hit) {
        d.used = true;
        return false;
      }
    }
    return true;
  });
  for (const d of directives) {
    if (d.used) continue;
    const f = makeUnused(d, d.codes);
    if (f) kept.push(f);
  }
  return kept;
}
