// The side-bar view of one article: checked claims grouped by their settled status, the sentences that still need a
// source, and the names on their own (a name is not a claim unless a checker marked it in the verification ledger).
// Every item once, with its line.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, CheckStatus, Claim } from '../../core/index';
import type { Outline, OutlineGroup, OutlineItem, ReferenceStatus } from './protocol';
import { clip } from './convert';

const STATUS_TITLES: Array<[CheckStatus, string]> = [
  ['conflicting', 'Conflicting'],
  ['disputed', 'Disputed (verification ledger)'],
  ['unverified', 'Unverified'],
  ['verified', 'Verified (verification ledger)'],
  ['corroborated', 'Corroborated'],
];

export function buildOutline(doc: TextDocument, result: CheckResult, refs: ReferenceStatus): Outline {
  const at = (offset: number) => doc.positionAt(offset);
  const item = (label: string, offset: number, what: string, extra: Partial<OutlineItem> = {}): OutlineItem => {
    const p = at(offset);
    return {
      label: clip(label, 80),
      detail: `${what} · line ${p.line + 1}`,
      line: p.line,
      character: p.character,
      ...extra,
    };
  };
  const groups: OutlineGroup[] = [];
  const seen = new Set<string>();
  for (const [status, title] of STATUS_TITLES) {
    const items: OutlineItem[] = [];
    for (const c of result.claims) {
      const key = `${c.start}:${c.end}`;
      if (c.status !== status || seen.has(key)) continue;
      seen.add(key);
      // A ledger record's "verified by … on …: note" before what the references say against it.
      const mark = c.ledger
        ? `${c.ledger.verdict} by ${c.ledger.by} on ${c.ledger.date}${c.ledger.note ? `: ${c.ledger.note}` : ''}`
        : undefined;
      const tooltip = [mark, ...(c.conflicts ?? [])].filter(Boolean).join(' ');
      items.push(item(c.text, c.start, kindOf(c, result), { status, ...(tooltip ? { tooltip } : {}) }));
    }
    if (items.length) groups.push({ id: status, title, items });
  }
  const unsourced = result.annotations.assertions
    .filter((s) => s.status !== 'attributed')
    .map((s) =>
      item(
        s.text,
        s.start,
        s.status === 'vague'
          ? `vague${s.cue ? ` (“${s.cue}”)` : ''}`
          : `no source${s.reasons?.length ? ` (${s.reasons.join(', ')})` : ''}`,
      ),
    );
  if (unsourced.length) groups.push({ id: 'unsourced', title: 'To source', items: unsourced });
  // Names once each, at their first mention, with what the name checks found.
  const names = new Map<string, { first: number; type: string; count: number; note?: string }>();
  const nameFindings = result.findings.filter((f) => f.code === 'entity-spelling' || f.code === 'entity-inconsistent');
  for (const e of [...result.annotations.entities].sort((x, y) => x.start - y.start)) {
    const key = e.canonical || e.text;
    const n = names.get(key) ?? { first: e.start, type: e.type, count: 0 };
    n.count++;
    const f = nameFindings.find((x) => x.start < e.end && x.end > e.start);
    if (f && !n.note) n.note = f.message;
    names.set(key, n);
  }
  const nameItems = [...names].map(([name, n]) =>
    item(
      name,
      n.first,
      `${n.type.toLowerCase()}${n.count > 1 ? ` · ${n.count} mentions` : ''}${n.note ? ' · check spelling' : ''}`,
      { tooltip: n.note },
    ),
  );
  if (nameItems.length) groups.push({ id: 'names', title: 'Names', items: nameItems });
  return { groups, empty: emptyReason(result, refs), references: refs };
}

function kindOf(c: Claim, result: CheckResult): string {
  if (c.kind === 'quote') return 'quote';
  if (c.kind === 'entity') return 'name';
  const q = result.annotations.quantities.find((x) => x.start === c.start && x.end === c.end);
  return q?.kind === 'DATE' ? 'date' : 'figure';
}

/** Why nothing was cross-checked, when nothing was. */
export function emptyReason(result: CheckResult, refs: ReferenceStatus): string | undefined {
  if (result.claims.length) return undefined;
  if (refs.error) return `The .copydesk.json is invalid, so nothing is cross-checked: ${refs.error}`;
  if (refs.source === 'none')
    return 'No reference articles are configured, so figures, dates and quotes are not cross-checked. Add a .copydesk.json with "references" (or set copydesk.references).';
  if (refs.indexing) return 'Indexing the reference articles…';
  if (refs.files === 0)
    return `The references configured (${refs.patterns.join(', ')}) match no files, so nothing is cross-checked.`;
  return 'Nothing to cross-check: this article states no figures, dates or quotes.';
}
