// The initialize handshake: what the client can do, where the workspace is, the client's start-up options, and what
// the server offers in return.
import {
  TextDocumentSyncKind,
  CodeActionKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { cacheLocation } from '../../host/cacheDir';
import { setWorkspaceRoots, uriToPath, type Workspace } from './workspace';
import type { LedgerService } from './ledgerActions';
import type { Configuration } from './configuration';
import { LEDGER_RECORD_COMMAND, type CopydeskInitializationOptions } from './protocol';

/** What the client said it can do, and the workspace folders it opened: known once initialize has run. */
export interface ClientState {
  configuration: boolean;
  progress: boolean;
  lensRefresh: boolean;
  roots: string[];
}

export function initialize(
  params: InitializeParams,
  client: ClientState,
  configuration: Configuration,
  workspace: Workspace,
  ledgers: LedgerService,
): InitializeResult {
  client.configuration = !!params.capabilities.workspace?.configuration;
  client.progress = !!params.capabilities.window?.workDoneProgress;
  client.lensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
  const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p) ?? [];
  const rootPath = params.rootUri ? uriToPath(params.rootUri) : undefined;
  client.roots = folders.length ? folders : rootPath ? [rootPath] : [];
  setWorkspaceRoots(client.roots);
  const init = params.initializationOptions as CopydeskInitializationOptions | undefined;
  if (init?.settings) configuration.applySettings(init.settings);
  configuration.setUserReferences(init?.userReferences);
  // The index cache's folder is the user's choice (their settings, passed by the client, or COPYDESK_CACHE_DIR), never
  // the workspace's: it is written to.
  const userCache =
    typeof init?.cacheLocation === 'string' && init.cacheLocation.trim() ? init.cacheLocation.trim() : undefined;
  workspace.setCacheDir(cacheLocation(userCache, process.env, process.cwd()));
  ledgers.prompt = init?.ledgerPrompt === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      definitionProvider: true,
      referencesProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: [LEDGER_RECORD_COMMAND] },
    },
    serverInfo: { name: 'copydesk', version: typeof __VERSION__ === 'string' ? __VERSION__ : 'dev' },
  };
}

declare const __VERSION__: string;
