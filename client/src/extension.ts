// The VS Code client: starts the bundled server, registers commands and the Copydesk side-bar view. No analysis here.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { OutlineProvider } from './outline';
import { StatusController, openConfigFile, statusMenu } from './status';
import {
  LEDGER_PROMPT_COMMAND,
  LEDGER_RECORD_COMMAND,
  RESCAN_REFERENCES_NOTIFICATION,
  STATUS_NOTIFICATION,
  USER_REFERENCES_NOTIFICATION,
  type StatusParams,
  type UserReferencesParams,
} from '../../server/src/protocol';

let client: LanguageClient | undefined;

function documentSelector(): LanguageClientOptions['documentSelector'] {
  const cfg = vscode.workspace.getConfiguration('copydesk');
  const selector: Array<{ language: string; scheme?: string }> = [{ language: 'article' }];
  if (cfg.get<boolean>('enablePlainText')) selector.push({ language: 'plaintext' });
  if (cfg.get<boolean>('enableMarkdown')) selector.push({ language: 'markdown' });
  return selector.flatMap((s) => [
    { ...s, scheme: 'file' },
    { ...s, scheme: 'untitled' },
  ]);
}

/**
 * copydesk.references as the user set it in their own settings. Only these globs may name files outside the workspace:
 * the server's configuration request answers with the merged value, in which a repository's .vscode/settings.json
 * could otherwise point at any file on the machine. In an untrusted workspace VS Code ignores the workspace value
 * altogether (package.json: restrictedConfigurations).
 */
function userReferences(): string[] {
  const v = vscode.workspace.getConfiguration('copydesk').inspect<unknown>('references')?.globalValue;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** copydesk.cacheLocation from the user's own settings: the folder is written, so a workspace value is never used. */
function userCacheLocation(): string | undefined {
  const v = vscode.workspace.getConfiguration('copydesk').inspect<unknown>('cacheLocation')?.globalValue;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function createClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  status: StatusController,
): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // The server keeps its compiled code in the same folder as the reference index, which it knows only once it has
  // started (host/codeCache.ts): the folder is passed in its environment too.
  const cache = userCacheLocation();
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: cache ? { env: { COPYDESK_CACHE_DIR: cache } } : undefined },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    synchronize: {
      configurationSection: 'copydesk',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown,article,story}'),
        vscode.workspace.createFileSystemWatcher('**/.copydesk.json'),
        vscode.workspace.createFileSystemWatcher('**/.copydesk/ledger.jsonl'),
      ],
    },
    // ledgerPrompt: the server's "Mark as verified…" actions run copydesk.markClaim here, which asks for a note first.
    initializationOptions: {
      settings: vscode.workspace.getConfiguration('copydesk'),
      userReferences: userReferences(),
      cacheLocation: userCacheLocation(),
      ledgerPrompt: true,
    },
  };
  const c = new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  // Registered before start, so the first article's status is not missed.
  c.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => status.update(p));
  return c;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Copydesk', { log: true });
  const status = new StatusController(context);
  client = createClient(context, output, status);
  const outline = new OutlineProvider(() => client);
  outline.view = vscode.window.createTreeView('copydesk.outline', { treeDataProvider: outline, showCollapseAll: true });

  context.subscriptions.push(
    output,
    status,
    outline.view,
    vscode.window.onDidChangeActiveTextEditor(() => {
      status.render();
      void outline.refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => status.forget(d.uri.toString())),
    referencesAppearing(status),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) outline.refreshSoon();
    }),
    // The server republishes once the references are indexed: the view must follow, not keep the first answer.
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) outline.refreshSoon();
    }),
    vscode.commands.registerCommand('copydesk.restartServer', async () => {
      await client?.stop().catch(() => undefined);
      client = createClient(context, output, status);
      await client.start();
      outline.refresh();
    }),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('copydesk.statusMenu', () => statusMenu(status.current())),
    vscode.commands.registerCommand('copydesk.openConfig', () => openRepoConfig(status)),
    vscode.commands.registerCommand('copydesk.showOutline', () =>
      vscode.commands.executeCommand('copydesk.outline.focus'),
    ),
    vscode.commands.registerCommand('copydesk.showClaims', showClaims),
    vscode.commands.registerCommand(LEDGER_PROMPT_COMMAND, promptLedgerRecord),
    vscode.workspace.onDidChangeConfiguration(settingsChanged),
  );
  await client.start();
  outline.refresh();
}

/** The active article's .copydesk.json, or a starter one at the top of the workspace when it has none. */
function openRepoConfig(status: StatusController) {
  const r = status.current()?.references;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const dir = r?.suggestedConfigDir ?? folder;
  if (!dir)
    return vscode.window.showInformationMessage('Copydesk: open a folder first; .copydesk.json lives at its top.');
  return openConfigFile(r?.configFile, dir);
}

/** A paragraph's code lens: its claims in a quick pick; the chosen one is revealed. */
async function showClaims(uri: string, items: Array<{ status: string; text: string; start: number }>) {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const pick = await vscode.window.showQuickPick(
    (items ?? []).map((i) => ({
      label: `$(${icon(i.status)}) ${i.text.replace(/\s+/g, ' ').slice(0, 120)}`,
      description: i.status,
      start: i.start,
    })),
    { title: 'Copydesk: claims in this paragraph' },
  );
  if (pick) {
    const editor = await vscode.window.showTextDocument(doc);
    const pos = doc.positionAt(pick.start);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos));
  }
}

/** "Mark as verified…" / "Mark as disputed…": an optional note, then the server writes the ledger record. */
async function promptLedgerRecord(args: { text?: string; verdict?: string } & Record<string, unknown>) {
  if (!args || typeof args !== 'object') return;
  const disputed = args.verdict === 'disputed';
  const note = await vscode.window.showInputBox({
    title: `Copydesk: mark “${String(args.text ?? '').slice(0, 60)}” as ${disputed ? 'disputed' : 'verified'}`,
    prompt: disputed
      ? 'Why is it disputed? (optional; Enter to record, Escape to cancel)'
      : 'How was it verified? (optional; Enter to record, Escape to cancel)',
    placeHolder: disputed ? 'e.g. the minutes say 2.5 million' : 'e.g. confirmed with the council press office',
    ignoreFocusOut: true,
  });
  if (note === undefined) return;
  await vscode.commands.executeCommand(LEDGER_RECORD_COMMAND, { ...args, note });
}

/** Settings the server reads at start restart it; the user's references are sent to the running one. */
function settingsChanged(e: vscode.ConfigurationChangeEvent) {
  if (
    e.affectsConfiguration('copydesk.cacheLocation') ||
    e.affectsConfiguration('copydesk.enablePlainText') ||
    e.affectsConfiguration('copydesk.enableMarkdown')
  ) {
    void vscode.commands.executeCommand('copydesk.restartServer');
  } else if (e.affectsConfiguration('copydesk.references') && client?.isRunning()) {
    void client.sendNotification(USER_REFERENCES_NOTIFICATION, {
      references: userReferences(),
    } satisfies UserReferencesParams);
  }
}

/**
 * A folder of references copied into the workspace arrives as one "folder created" event, which the reference-file
 * watchers never see. While some article's references match nothing, anything created makes the server list them again.
 */
function referencesAppearing(status: StatusController): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.onDidCreate(() => {
    if (!status.waitingForReferences()) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void client?.sendNotification(RESCAN_REFERENCES_NOTIFICATION), 500);
  });
  return watcher;
}

export function icon(status: string): string {
  return status === 'verified'
    ? 'verified'
    : status === 'corroborated'
      ? 'pass'
      : status === 'conflicting'
        ? 'error'
        : status === 'disputed'
          ? 'warning'
          : status === 'to source'
            ? 'comment-unresolved'
            : 'question';
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
