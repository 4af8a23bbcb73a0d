// The editor's questions about an open article (hover, code lenses, definitions and references, code actions, the
// ledger command, the side-bar outline): each is answered from the article's current analysis.
import type {
  CodeAction,
  CodeActionContext,
  CodeLens,
  Connection,
  Hover,
  Location,
  Position,
  Range,
  TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { rangeOf, evidenceLocation } from './convert';
import { hoverAt } from './hover';
import { codeLenses } from './lenses';
import type { LedgerService } from './ledgerActions';
import { LedgerError } from '../../host/ledger';
import { quickFixes } from './codeActions';
import { buildOutline } from './outline';
import { uriToPath, type Workspace } from './workspace';
import {
  OUTLINE_REQUEST,
  type LedgerRecordArgs,
  LEDGER_RECORD_COMMAND,
  type OutlineParams,
  type ReferenceStatus,
} from './protocol';
import type { Analysis } from './analysis';

/** What the answers read from the server's session. */
export interface Session {
  documents: TextDocuments<TextDocument>;
  /** The document's current analysis (computed now when the last one is stale). */
  analyse(doc: TextDocument): Analysis;
  /** Settles once a document just opened has been published whole (its opening may be shown first); else undefined. */
  firstWhole(uri: string): Promise<void> | undefined;
  referencesOf(uri: string): ReferenceStatus;
  ledgers: LedgerService;
  workspace: Workspace;
  /** Checks every open article again (a ledger record changes their findings). */
  revalidateAll(): void;
}

export function registerRequests(connection: Connection, session: Session): void {
  const { documents } = session;
  // Every answer comes from the whole article: about an article just opened, once its whole has been published (an
  // answer computing it now would hold back the opening's diagnostics).
  const onWhole = <R>(uri: string, run: () => R): R | Promise<R> => session.firstWhole(uri)?.then(run) ?? run();
  const answer =
    <P extends { textDocument: { uri: string } }, R, E>(empty: E, f: (doc: TextDocument, params: P) => R) =>
    (params: P): R | E | Promise<R | E> =>
      onWhole(params.textDocument.uri, () => {
        const doc = documents.get(params.textDocument.uri);
        return doc ? f(doc, params) : empty;
      });
  connection.onHover(answer(null, (doc, { position }) => hover(session, doc, position)));
  connection.onCodeLens(answer([], (doc) => lenses(session, doc)));
  connection.onDefinition(answer(null, (doc, { position }) => mentionsAt(session, doc, position)));
  connection.onReferences(answer(null, (doc, { position }) => mentionsAt(session, doc, position)));
  connection.onCodeAction(
    answer([], (doc, { context, range }) => codeActions(connection, session, doc, context, range)),
  );
  // Writes a ledger record (from a code action, or from the VS Code client once it asked for a note).
  connection.onExecuteCommand(async ({ command, arguments: args }) =>
    command === LEDGER_RECORD_COMMAND ? recordInLedger(connection, session, args?.[0]) : null,
  );
  // The side-bar view asks for the article's claims by status, its sentences to source and its names.
  connection.onRequest(OUTLINE_REQUEST, ({ uri }: OutlineParams) =>
    onWhole(uri, () => {
      const doc = documents.get(uri);
      return doc ? buildOutline(doc, session.analyse(doc).result, session.referencesOf(uri)) : null;
    }),
  );
}

function hover({ analyse }: Session, doc: TextDocument, position: Position): Hover | null {
  const a = analyse(doc);
  const h = hoverAt(a.result, doc.offsetAt(position), a.refs);
  return h ? { contents: h.contents, range: rangeOf(doc, h.start, h.end) } : null;
}

function lenses({ analyse, referencesOf }: Session, doc: TextDocument): CodeLens[] {
  const refs = referencesOf(doc.uri);
  const note =
    refs.source === 'none'
      ? 'no references configured'
      : !refs.indexing && refs.files === 0
        ? 'no reference files found'
        : undefined;
  return codeLenses(doc, analyse(doc).result, note);
}

/** The corpus's mentions of the name under the cursor, outside the article itself. */
function mentionsAt({ analyse }: Session, doc: TextDocument, position: Position): Location[] | null {
  const a = analyse(doc);
  const offset = doc.offsetAt(position);
  const entity = a.result.annotations.entities.find((e) => offset >= e.start && offset <= e.end);
  if (!entity || !a.refs) return null;
  return a.refs
    .mentionsOf(entity.canonical, entity.text)
    .filter((ev) => ev.ref !== a.self)
    .map((ev) => evidenceLocation(ev, a.refs));
}

function codeActions(
  connection: Connection,
  { analyse, ledgers, workspace }: Session,
  doc: TextDocument,
  context: CodeActionContext,
  range: Range | undefined,
): CodeAction[] {
  // Verification ledger actions on the figure, date, quote or name under the cursor (after the quick fixes).
  const ledgerActions = (range: Range) => {
    try {
      return ledgers.actions(doc, analyse(doc).result, range, workspace.ledgerRootFor(doc.uri));
    } catch (e) {
      connection.console.error(`ledger actions: ${(e as Error).message}`);
      return [];
    }
  };
  const findings = () => analyse(doc).result.findings;
  return [...quickFixes(doc, context.diagnostics, findings), ...(range ? ledgerActions(range) : [])];
}

/** A ledger record for the claim the arguments name; a refusal is told to the user, not thrown at the client. */
function recordInLedger(connection: Connection, session: Session, arg: unknown) {
  const { documents, analyse, ledgers, workspace, revalidateAll } = session;
  const a = (arg ?? {}) as Partial<LedgerRecordArgs>;
  const doc = typeof a.uri === 'string' ? documents.get(a.uri) : undefined;
  const fail = (m: string) => {
    connection.console.warn(`ledger: ${m}`);
    void Promise.resolve(connection.window.showErrorMessage(`Copydesk: ${m}`) as unknown).catch(() => undefined);
    return null;
  };
  if (
    !doc ||
    typeof a.start !== 'number' ||
    typeof a.end !== 'number' ||
    typeof a.text !== 'string' ||
    !['verified', 'disputed', 'remove'].includes(a.verdict as string)
  )
    return fail('that claim is not open in the editor');
  const root = workspace.ledgerRootFor(doc.uri);
  const path = uriToPath(doc.uri);
  if (!root || !path) return fail('only saved files have a ledger (.copydesk/ledger.jsonl beside .copydesk.json)');
  try {
    const record = ledgers.record(doc, analyse(doc).result, a as LedgerRecordArgs, root, path);
    connection.console.log(
      `ledger: ${a.verdict === 'remove' ? 'removed' : `${a.verdict}`} “${a.text}” in ${root}/.copydesk/ledger.jsonl`,
    );
    revalidateAll();
    return record ?? { removed: true };
  } catch (e) {
    if (e instanceof LedgerError || (e as NodeJS.ErrnoException).code) return fail((e as Error).message);
    throw e;
  }
}
