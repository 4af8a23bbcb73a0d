// Hover text: what Copydesk recognised under the cursor, and what the references say about it. Each passage is quoted
// once, each reference's title given once (then only its line), and a claim's status is the one the core settled.
import type { MarkupContent } from 'vscode-languageserver';
import type { CheckResult, Evidence, ReferenceIndex } from '../../core/index';
import { evidenceLocation, clip } from './convert';

const within = (o: number, s: { start: number; end: number }) => o >= s.start && o <= s.end;

export function hoverAt(
  result: CheckResult,
  offset: number,
  refs: ReferenceIndex | undefined,
): { contents: MarkupContent; start: number; end: number } | null {
  const a = result.annotations;
  const parts: string[] = [];
  const quoted = new Quoter(refs);
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
    const what = claim.kind === 'quote' ? 'this quote' : claim.kind === 'entity' ? 'this name' : 'this figure';
    if (claim.ledger) {
      // The verification ledger's record: "Verified by Ana Ruiz on 2025-03-04: checked with the clerk".
      const m = claim.ledger;
      parts.push(
        `**${cap(m.verdict)}** by ${md(m.by)} on ${m.date}${m.note ? `: ${md(m.note)}` : ''} (verification ledger)`,
      );
    }
    if (claim.status === 'conflicting' && claim.ledger)
      parts.push(`**Conflicting**: a reference the checker had not seen disagrees with ${what}.`);
    else if (claim.status === 'conflicting')
      parts.push(
        `**Conflicting**: ${(claim.conflicts ?? [`the references disagree with ${what}.`]).map(md).join(' ')}`,
      );
    else if (claim.status === 'corroborated') parts.push(`**Corroborated**: the references state ${what}.`);
    else if (claim.status === 'unverified') parts.push(`**Unverified**: no reference states ${what}.`);
    // A verified or disputed claim's own standing against the references is shown neutrally, with its passages.
    else if (claim.conflicts?.length) parts.push(`**The references**: ${claim.conflicts.map(md).join(' ')}`);
    else if (claim.evidence.length) parts.push(`**The references** state ${what}:`);
    const q = quoted.render(claim.evidence);
    if (q) parts.push(q);
    widen(claim);
  }
  // Findings not already told by the claim's status: names, paraphrases, parts of quotes found nowhere.
  const told = new Set(claim?.conflicts ?? []);
  for (const f of result.findings.filter(
    (f) => within(offset, f) && (f.related.length || f.code === 'unverified-claim' || f.code.startsWith('entity-')),
  )) {
    if (told.has(f.message) || (claim && f.code === 'unverified-claim' && f.start === claim.start)) continue;
    told.add(f.message);
    parts.push(`**${f.code}**: ${md(f.message)}`);
    const q = quoted.render(f.related);
    if (q) parts.push(q);
  }
  const s = a.assertions.find((s) => within(offset, s));
  if (s) {
    const who =
      s.status === 'attributed'
        ? `attributed to *${md(s.source ?? 'a named source')}*${s.cue ? ` (“${md(s.cue)}”)` : ''}`
        : s.status === 'vague'
          ? `vaguely attributed${s.cue ? ` (“${md(s.cue)}”)` : ''}`
          : `unattributed claim${s.reasons?.length ? ` (${s.reasons.join(', ')})` : ''}`;
    parts.push(`**Sentence**: ${who}`);
    if (!span) span = s;
  }
  if (!parts.length || !span) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, start: span.start, end: span.end };
}

/** Quotes reference passages for one hover: a passage once however many references hold it, a title once. */
class Quoter {
  private readonly shownExcerpts = new Set<string>();
  private readonly titled = new Set<string>();

  constructor(private readonly refs: ReferenceIndex | undefined) {}

  render(evidence: readonly Evidence[]): string {
    const groups = new Map<string, Evidence[]>();
    for (const ev of evidence) {
      const key = normalise(ev.excerpt);
      if (this.shownExcerpts.has(key)) continue;
      const g = groups.get(key);
      if (!g) groups.set(key, [ev]);
      else if (!g.some((x) => x.ref === ev.ref && x.line === ev.line)) g.push(ev);
    }
    const out: string[] = [];
    for (const [key, evs] of [...groups].slice(0, 3)) {
      this.shownExcerpts.add(key);
      const sources = evs.slice(0, 3).map((ev) => this.source(ev));
      out.push(`> ${md(clip(evs[0]!.excerpt, 240))}\n>\n> — ${sources.join(' · ')}`);
    }
    return out.join('\n\n');
  }

  /** "[Title, line 4](link)" the first time a reference is cited in this hover, "[line 9](link)" after that. */
  private source(ev: Evidence): string {
    const loc = evidenceLocation(ev, this.refs);
    const link = `${loc.uri}#L${loc.range.start.line + 1}`;
    const first = !this.titled.has(ev.ref);
    this.titled.add(ev.ref);
    return `[${first ? `${md(clip(ev.title, 70))}, ` : ''}line ${ev.line + 1}](${link})`;
  }
}

/** Passages that differ only in case, spacing, dashes or punctuation are the same passage. */
const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function describeValue(q: CheckResult['annotations']['quantities'][number]): string {
  if (q.kind === 'DATE')
    return q.date?.iso ? ` = ${q.date.iso}` : q.date ? ' (date not resolved: set the article date)' : '';
  if (q.value === undefined) return q.vague ? ' (vague amount)' : '';
  const v = q.value.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return ` = ${q.kind === 'MONEY' ? `${v} ${q.unit ?? ''}` : q.kind === 'PERCENT' ? `${v}%` : v}${q.vague ? ' (order of magnitude)' : ''}`;
}

export const md = (s: string) => s.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
