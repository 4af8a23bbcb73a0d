// Quick fixes from the fixes each finding carries: the specific correction first and preferred (the references'
// spelling, figure, wording or speaker), then a source a reference gives, and the generic placeholder last.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOf, type FixData } from './convert';

const RANK: Record<string, number> = { specific: 0, source: 1, placeholder: 2 };

export function quickFixes(doc: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const found: Array<{ action: CodeAction; rank: number; order: number }> = [];
  const titles = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== 'copydesk') continue;
    const data = d.data as Partial<FixData> | undefined;
    // A fix is an edit of the text it was made for. Once the writer has typed since (the diagnostics of the new version
    // are still on their way), its offsets may point elsewhere, and its new text would overwrite what was typed there:
    // none is offered, and the editor asks again when the new diagnostics arrive.
    if (data?.version !== undefined && data.version !== doc.version) continue;
    const fixes = data?.fixes ?? [];
    let preferredGiven = false;
    for (const fx of fixes) {
      if (
        typeof fx?.title !== 'string' ||
        typeof fx.newText !== 'string' ||
        !Number.isInteger(fx.start) ||
        !Number.isInteger(fx.end)
      )
        continue;
      // The same placeholder offered by two findings on one sentence is one action.
      const key = `${fx.title}\u0000${fx.start}\u0000${fx.newText}`;
      if (titles.has(key)) continue;
      titles.add(key);
      const rank = RANK[fx.basis ?? 'specific'] ?? 1;
      const isPreferred = rank === 0 && !preferredGiven;
      if (isPreferred) preferredGiven = true;
      const action: CodeAction = {
        title: fx.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred,
        edit: { changes: { [doc.uri]: [{ range: rangeOf(doc, fx.start, fx.end), newText: fx.newText }] } },
      };
      found.push({ action, rank, order: found.length });
    }
  }
  return found.sort((a, b) => a.rank - b.rank || a.order - b.order).map((f) => f.action);
}
