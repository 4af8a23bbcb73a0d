// Hover text: what Copydesk recognised under the cursor, and what the references say about it.
import type { MarkupContent } from 'vscode-languageserver';
import type { CheckResult, Evidence, ReferenceIndex } from '../../core/index';
import { evidenceLocation, clip } from './convert';

const within = (o: number, s: { start: number; end: number }) => o >= s.start && o <= s.end;

export function hoverAt(result: CheckResult, offset: number, refs: ReferenceIndex | undefined): { contents: MarkupContent; start: number; end: number } | null {
  const a = result.annotations;
  const parts: string[] = [];
  let span: { start: number; end: number } | undefined;
  const widen = (s: { start: number; end: number }) => {
    if (!span || s.end - s.start < span.end - span.start) span = { start: s.start, end: s.end };
  };
  for (const e of a.entities.filter((e) => within(offset, e))) {
    parts.push(`**${e.type}** ${md(e.text)}${e.canonical !== e.text ? ` — same as *${md(e.canonical)}*` : ''}`);
    widen(e);
  }
  for (const q of a.quantities.filter((q) => within(offset, q))) {
    parts.push(`**${q.kind}** ${md(q.text)}${describeValue(q)}`);
    widen(q);
  }
  for (const q of a.quotes.filter((q) => within(offset, q))) {
    parts.push(`**Quote**${q.speaker ? ` by *${md(q.speaker)}*` : ' (speaker not found)'}`);
    widen(q);
  }
  const claim = result.claims.filter((c) => within(offset, c)).sort((x, y) => x.end - x.start - (y.end - y.start))[0];
  if (claim) {
    parts.push(`**${cap(claim.status)}** against the references${claim.evidence.length ? ':' : ' — no reference mentions it.'}`);
    for (const ev of claim.evidence.slice(0, 3)) parts.push(evidenceQuote(ev, refs));
    widen(claim);
  }
  for (const f of result.findings.filter((f) => within(offset, f) && f.related.length && (!claim || f.start !== claim.start))) {
    parts.push(`**${f.code}**: ${md(f.message)}`, ...f.related.slice(0, 2).map((ev) => evidenceQuote(ev, refs)));
  }
  const s = a.assertions.find((s) => within(offset, s));
  if (s) {
    const who = s.status === 'attributed' ? `attributed to *${md(s.source ?? 'a named source')}*${s.cue ? ` (“${md(s.cue)}”)` : ''}` : s.status === 'vague' ? `vaguely attributed${s.cue ? ` (“${md(s.cue)}”)` : ''}` : `unattributed claim${s.reasons?.length ? ` (${s.reasons.join(', ')})` : ''}`;
    parts.push(`**Sentence**: ${who}`);
    if (!span) span = s;
  }
  if (!parts.length || !span) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, start: span.start, end: span.end };
}

function evidenceQuote(ev: Evidence, refs: ReferenceIndex | undefined): string {
  const loc = evidenceLocation(ev, refs);
  const link = `${loc.uri}#L${loc.range.start.line + 1}`;
  return `> ${md(clip(ev.excerpt, 240))}\n>\n> — [${md(ev.title)}, line ${ev.line + 1}](${link})`;
}

function describeValue(q: CheckResult['annotations']['quantities'][number]): string {
  if (q.kind === 'DATE') return q.date?.iso ? ` = ${q.date.iso}` : q.date ? ' (date not resolved: set the article date)' : '';
  if (q.value === undefined) return q.vague ? ' (vague amount)' : '';
  const v = q.value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return ` = ${q.kind === 'MONEY' ? `${v} ${q.unit ?? ''}` : q.kind === 'PERCENT' ? `${v}%` : v}${q.vague ? ' (order of magnitude)' : ''}`;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
export const md = (s: string) => s.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');
