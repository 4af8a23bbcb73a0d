// Code lenses: a document summary at the top and a claim tally on each paragraph that has claims.
import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult } from '../../core/index';

export function codeLenses(doc: TextDocument, result: CheckResult): CodeLens[] {
  const a = result.annotations;
  const count = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;
  const flagged = a.assertions.filter((s) => s.status !== 'attributed').length;
  const summary = [count(a.entities.length, 'entity', 'entities'), count(a.quantities.length, 'number'), count(a.quotes.length, 'quote'), count(a.assertions.filter((s) => s.status === 'attributed').length, 'attributed sentence'), `${flagged} to source`].join(' · ');
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const lenses: CodeLens[] = [{ range: top, command: { title: `Copydesk: ${summary}`, command: 'copydesk.showOutline', arguments: [doc.uri] } }];
  // Claims by start, walked once alongside the paragraphs (a filter per paragraph is quadratic in a long article).
  const sorted = [...result.claims].sort((x, y) => x.start - y.start);
  for (const p of a.paragraphs) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < p.start) lo = mid + 1;
      else hi = mid;
    }
    const claims: typeof sorted = [];
    for (let k = lo; k < sorted.length && sorted[k]!.start < p.end; k++) claims.push(sorted[k]!);
    if (!claims.length) continue;
    const n = (s: string) => claims.filter((c) => c.status === s).length;
    const parts = [n('corroborated') && `${n('corroborated')} corroborated`, n('conflicting') && `${n('conflicting')} conflicting`, n('unverified') && `${n('unverified')} unverified`].filter(Boolean);
    const range = { start: doc.positionAt(p.start), end: doc.positionAt(p.start) };
    const items = claims.map((c) => ({ status: c.status, text: c.text, start: c.start, end: c.end }));
    lenses.push({ range, command: { title: parts.join(' · '), command: 'copydesk.showClaims', arguments: [doc.uri, items] } });
  }
  return lenses;
}
