// The verification ledger in the editor: "Mark as verified…" / "Mark as disputed…" / "Remove from the ledger" code
// actions on a figure, date, quote or name, and the `copydesk.ledger.record` command that writes the record. VS Code's
// client asks for a note in an input box first (its own command, `copydesk.markClaim`, which then runs this one); any
// other LSP editor runs this command straight from the code action, without a note.
import { CodeActionKind, type CodeAction, type Connection, type Range } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { relative, sep } from 'node:path';
import type { CheckResult } from '../../core/index';
import { evidenceKey, itemsAt, ledgerItems, type LedgerItem, type LedgerRecord } from '../../core/ledger/index';
import {
  LEDGER_PROMPT_COMMAND as PROMPT_COMMAND,
  LEDGER_RECORD_COMMAND as RECORD_COMMAND,
  type LedgerRecordArgs as RecordArgs,
} from './protocol';
import {
  checkerName,
  ledgerHash,
  readLedger,
  today,
  updateLedger,
  LedgerError,
  type LedgerFile,
} from '../../host/ledger';

export {
  LEDGER_RECORD_COMMAND as RECORD_COMMAND,
  LEDGER_PROMPT_COMMAND as PROMPT_COMMAND,
  type LedgerRecordArgs as RecordArgs,
} from './protocol';

/** Findings that say a reference disagrees with the claim: their passages are the ones the checker saw. */
const DISAGREEMENT = new Set([
  'number-mismatch',
  'date-mismatch',
  'quote-mismatch',
  'quote-misattributed',
  'entity-spelling',
  'verified-claim-contradicted',
]);

export class LedgerService {
  private readonly files = new Map<string, LedgerFile>();
  /** The copydesk.checkerName setting (user level). */
  checkerName: string | undefined;
  /** The client can prompt for a note (VS Code: initializationOptions.ledgerPrompt). */
  prompt = false;

  constructor(private readonly connection: Connection) {}

  /** The ledger of a repository root, read once until it changes (a watched-file event or a write of ours). */
  ledgerOf(root: string): LedgerFile {
    let f = this.files.get(root);
    if (!f) {
      f = readLedger(root);
      for (const e of f.errors) this.connection.console.warn(e);
      this.files.set(root, f);
    }
    return f;
  }

  /** A watched file changed; true when it is a ledger (every article is then checked again). */
  fileChanged(path: string): boolean {
    if (!path.endsWith(`${sep}.copydesk${sep}ledger.jsonl`)) return false;
    this.files.clear();
    return true;
  }

  actions(doc: TextDocument, result: CheckResult, range: Range, root: string | undefined): CodeAction[] {
    if (!root) return [];
    const items = itemsAt(
      ledgerItems(doc.getText(), result.annotations),
      doc.offsetAt(range.start),
      doc.offsetAt(range.end),
    );
    if (!items.length) return [];
    // The narrowest item under the cursor, and one of another kind around it (a name inside a quote).
    const chosen = [
      items[0]!,
      ...items
        .slice(1)
        .filter((i) => i.kind !== items[0]!.kind)
        .slice(0, 1),
    ];
    const records = this.ledgerOf(root).ledger.records;
    const out: CodeAction[] = [];
    for (const item of chosen) {
      const label = `“${clip(item.text)}”`;
      const args = (verdict: RecordArgs['verdict']): RecordArgs => ({
        uri: doc.uri,
        start: item.start,
        end: item.end,
        text: item.text,
        verdict,
      });
      const existing = records.get(ledgerHash(item.key));
      const command = (title: string, verdict: RecordArgs['verdict']) => {
        const ask = this.prompt && verdict !== 'remove';
        out.push({
          title,
          kind: CodeActionKind.QuickFix,
          command: { title, command: ask ? PROMPT_COMMAND : RECORD_COMMAND, arguments: [args(verdict)] },
        });
      };
      const dots = this.prompt ? '…' : '';
      if (existing?.verdict !== 'verified') command(`Copydesk: mark ${label} as verified${dots}`, 'verified');
      if (existing?.verdict !== 'disputed') command(`Copydesk: mark ${label} as disputed${dots}`, 'disputed');
      if (existing)
        command(
          `Copydesk: remove ${label} from the verification ledger (${existing.verdict} by ${existing.by} on ${existing.date})`,
          'remove',
        );
    }
    return out;
  }

  /** Writes (or removes) the record; the caller checks every article again. Returns what was written, or throws. */
  record(
    doc: TextDocument,
    result: CheckResult,
    args: RecordArgs,
    root: string,
    path: string,
  ): LedgerRecord | undefined {
    const item = ledgerItems(doc.getText(), result.annotations).find(
      (i) => i.start === args.start && i.end === args.end && i.text === args.text,
    );
    if (!item) throw new LedgerError(`“${clip(args.text)}” changed before it could be marked; try again`);
    const fingerprint = ledgerHash(item.key);
    const before = this.ledgerOf(root).ledger.records.get(fingerprint);
    this.files.delete(root);
    if (args.verdict === 'remove') {
      updateLedger(root, { remove: [fingerprint] });
      return undefined;
    }
    const record: LedgerRecord = {
      fingerprint,
      verdict: args.verdict,
      kind: item.kind,
      claim: item.text,
      sentence: item.sentence,
      file: relative(root, path).split(sep).join('/'),
      by: checkerName(this.checkerName, root),
      date: today(),
    };
    const note = typeof args.note === 'string' ? args.note.replace(/\s+/g, ' ').trim() : '';
    if (note) record.note = note;
    if (args.verdict === 'verified') {
      const seen = new Set(before?.seen ?? []);
      for (const f of disagreements(result, item))
        for (const e of f.related) seen.add(ledgerHash(evidenceKey(e.excerpt)));
      if (seen.size) record.seen = [...seen].sort();
    }
    updateLedger(root, { put: [record] });
    return record;
  }
}

function disagreements(result: CheckResult, item: LedgerItem) {
  return result.findings.filter(
    (f) => DISAGREEMENT.has(f.code) && f.start >= item.start && f.start < Math.max(item.end, item.start + 1),
  );
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? flat.slice(0, 39) + '…' : flat;
}
