// The Copydesk language server: a thin LSP edge over the analysis core. This file wires its parts together; each
// part's file says what it owns.
import { TextDocuments, type Connection } from 'vscode-languageserver/node';
import { tuneCompilerForEditing } from './jit';
import { Workspace } from './workspace';
import { createServerConnection } from './transport';
import { LedgerService } from './ledgerActions';
import { currentReferences } from './status';
import { registerRequests } from './requests';
import { routeConsoleToClient } from './clientLog';
import { workDoneProgress } from './progress';
import { wellFormedDocuments } from './documents';
import { Analyses } from './analysis';
import { Checks } from './checks';
import { Configuration } from './configuration';
import { initialize, type ClientState } from './initialize';
import { codeCacheState, type CodeCacheState } from '../../host/codeCache';

/** One line in the server's log on how its code was compiled (host/codeCache.ts), for a start that seems slow. */
function logCodeCache(connection: Connection): void {
  const said: Partial<Record<CodeCacheState, string>> = {
    used: 'compiled code: kept from an earlier start',
    none: 'compiled code: none kept yet (kept in the first pause after the first check)',
    refused:
      'compiled code: the kept code is for another runtime or other flags; compiled afresh, kept again in the first pause',
    off: 'compiled code: not kept (no cache folder, or COPYDESK_CODE_CACHE=0)',
  };
  const state = codeCacheState();
  const line = state && said[state];
  if (line) connection.console.log(line);
}

export function startServer(connection: Connection = createServerConnection()): Connection {
  tuneCompilerForEditing();
  routeConsoleToClient(connection);

  const client: ClientState = { configuration: false, progress: false, lensRefresh: false, roots: [] };
  const documents = new TextDocuments(wellFormedDocuments);
  const ledgers = new LedgerService(connection);
  const workspace = new Workspace({
    progress: workDoneProgress(connection, () => client.progress),
    warn: (m) => connection.console.warn(m),
    log: (m) => connection.console.log(m),
  });
  const referencesOf = (uri: string) => currentReferences(workspace, uri, client.roots);
  // The analyses re-check through the scheduler once a corpus is indexed; the scheduler exists by then.
  const analyses = new Analyses(connection, workspace, ledgers, (uris) => checks.corpusReady(uris));
  const checks = new Checks(connection, documents, analyses, workspace, referencesOf, () => client.lensRefresh);
  const configuration = new Configuration(
    connection,
    workspace,
    ledgers,
    documents,
    checks,
    () => client.configuration,
  );

  connection.onInitialize((params) => {
    logCodeCache(connection);
    return initialize(params, client, configuration, workspace, ledgers);
  });
  configuration.listen();
  documents.onDidOpen((e) => checks.schedule(e.document));
  documents.onDidChangeContent((e) => checks.schedule(e.document));
  documents.onDidClose((e) => checks.closed(e.document.uri));
  registerRequests(connection, {
    documents,
    analyse: (doc) => analyses.analyse(doc),
    firstWhole: (uri) => checks.firstWhole(uri),
    referencesOf,
    ledgers,
    workspace,
    revalidateAll: () => checks.revalidateAll(),
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
