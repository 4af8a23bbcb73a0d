// Quick fixes for the findings a client asks about: the specific correction first and preferred (the references'
// spelling, figure, wording or speaker), then a source a reference gives, and the generic placeholder last.
//
// A diagnostic carries only the version of the article it was published for (FixData), not its fixes: an article's
// diagnostics are republished at every keystroke, and the fixes were a quarter of each publish's bytes. The fixes are
// read here from the analysis of that version (the server's current one), from the finding the diagnostic was made of.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix } from '../../core/index';
import { rangeOf, type FixData } from './convert';

const RANK: Record<string, number> = { specific: 0, source: 1, placeholder: 2 };

export function quickFixes(
  doc: TextDocument,
  diagnostics: readonly Diagnostic[],
  findings: () => readonly Finding[],
): CodeAction[] {
  const found: Array<{ action: CodeAction; rank: number; order: number }> = [];
  const titles = new Set<string>();
  for (const d of diagnostics) {
    if (d.source !== 'copydesk') continue;
    const data = d.data as Partial<FixData> | undefined;
    // A fix is an edit of the text it was made for. Once the writer has typed since (the diagnostics of the new version
    // are still on their way), its offsets may point elsewhere, and its new text would overwrite what was typed there:
    // none is offered, and the editor asks again when the new diagnostics arrive. A diagnostic without a version has
    // no fixes.
    if (data?.version !== doc.version) continue;
    let preferredGiven = false;
    for (const fx of fixesOf(doc, d, findings())) {
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

/**
 * The fixes of the findings a diagnostic was made of: those of its code, message and range (two findings alike in all
 * three are one diagnostic to the writer, and their fixes are offered together, once each).
 */
function fixesOf(doc: TextDocument, d: Diagnostic, findings: readonly Finding[]): Fix[] {
  const out: Fix[] = [];
  const { start, end } = d.range ?? {};
  if (!start || !end) return out;
  for (const f of findings) {
    if (!f.fixes.length || f.code !== d.code || f.message !== d.message) continue;
    const r = rangeOf(doc, f.start, f.end);
    if (
      r.start.line === start.line &&
      r.start.character === start.character &&
      r.end.line === end.line &&
      r.end.character === end.character
    )
      out.push(...f.fixes);
  }
  return out;
}
