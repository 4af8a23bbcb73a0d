// Code lenses: the article's totals at the top, and on each paragraph its own tally of checked claims and sentences
// to source. Both count the same things (claims by their settled status, unattributed and vague sentences), so a
// paragraph's numbers always add up to the article's.
import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CheckResult, Claim } from '../../core/index';
import { startingIn } from '../../core/text/spans';

const count = (n: number, one: string, many = one) => `${n} ${n === 1 ? one : many}`;

/** "1 conflicting · 1 verified · 2 corroborated · 1 unverified · 3 to source", leaving out what is zero (verified and disputed: the ledger). */
export function tally(claims: readonly Claim[], unsourced: number): string[] {
  const n = (s: Claim['status']) => claims.filter((c) => c.status === s).length;
  return [
    n('conflicting') && `${n('conflicting')} conflicting`,
    n('disputed') && `${n('disputed')} disputed`,
    n('verified') && `${n('verified')} verified`,
    n('corroborated') && `${n('corroborated')} corroborated`,
    n('unverified') && `${n('unverified')} unverified`,
    unsourced && `${unsourced} to source`,
  ].filter((x): x is string => !!x);
}

export function codeLenses(doc: TextDocument, result: CheckResult, note?: string): CodeLens[] {
  const a = result.annotations;
  const names = new Set(a.entities.map((e) => e.canonical || e.text)).size;
  const totals = tally(result.claims, a.assertions.filter((s) => s.status !== 'attributed').length);
  const parts = [...(totals.length ? totals : ['nothing to check']), count(names, 'name', 'names')];
  if (note) parts.push(note);
  const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const lenses: CodeLens[] = [
    {
      range: top,
      command: {
        title: `Copydesk — whole article: ${parts.join(' · ')}`,
        command: 'copydesk.showOutline',
        arguments: [doc.uri],
      },
    },
  ];
  // Claims and sentences to source by start, each paragraph's share found by binary search (a filter per paragraph is
  // quadratic in a long article).
  const claimsByStart = [...result.claims].sort((x, y) => x.start - y.start);
  const toSource = a.assertions.filter((s) => s.status !== 'attributed').sort((x, y) => x.start - y.start);
  for (const p of a.paragraphs) {
    const claims = startingIn(claimsByStart, p.start, p.end);
    const sentences = startingIn(toSource, p.start, p.end);
    const here = tally(claims, sentences.length);
    if (!here.length) continue;
    const range = { start: doc.positionAt(p.start), end: doc.positionAt(p.start) };
    const items: Array<{ status: string; text: string; start: number; end: number }> = claims.map((c) => ({
      status: c.status,
      text: c.text,
      start: c.start,
      end: c.end,
    }));
    for (const s of sentences) items.push({ status: 'to source', text: s.text, start: s.start, end: s.end });
    lenses.push({
      range,
      command: {
        title: `In this paragraph: ${here.join(' · ')}`,
        command: 'copydesk.showClaims',
        arguments: [doc.uri, items],
      },
    });
  }
  return lenses;
}
