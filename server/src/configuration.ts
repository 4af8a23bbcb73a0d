// Where the server's configuration comes from and what a change to it re-checks: the editor's settings (pulled from
// clients that can answer, pushed by the others), the user-level reference globs, and the watched .copydesk.json,
// reference and ledger files.
import {
  FileChangeType,
  DidChangeConfigurationNotification,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { sanitizeSettings } from '../../host/settings';
import { uriToPath, type Workspace } from './workspace';
import type { LedgerService } from './ledgerActions';
import type { Checks } from './checks';
import { RESCAN_REFERENCES_NOTIFICATION, USER_REFERENCES_NOTIFICATION } from './protocol';

export class Configuration {
  private readonly told = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly ledgers: LedgerService,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly checks: Checks,
    /** Whether the client answers workspace/configuration (known after initialize). */
    private readonly supportsPull: () => boolean,
  ) {}

  /**
   * The editor's copydesk settings; true when they changed. Their problems (an unknown code, a level or date that is
   * not one) are said once each: in the log, and in a message the user sees, since a dropped value otherwise silently
   * does nothing.
   */
  applySettings(raw: Record<string, unknown> | null | undefined): boolean {
    const { settings, problems } = sanitizeSettings(raw);
    this.ledgers.checkerName = typeof raw?.checkerName === 'string' ? raw.checkerName : undefined;
    const changed = this.workspace.setEditorSettings(settings);
    for (const p of problems) {
      if (this.told.has(p)) continue;
      this.told.add(p);
      this.connection.console.warn(p);
      // A request under the typed void: a client that cannot show it answers with an error, which must not surface.
      Promise.resolve(this.connection.window.showWarningMessage(`Copydesk: ${p}`) as unknown).catch(() => undefined);
    }
    return changed;
  }

  /** The user-level reference globs; true when they changed. */
  setUserReferences(list: unknown): boolean {
    return this.workspace.setUserReferences(
      new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && x.length > 0) : []),
    );
  }

  /** Registers the notifications that change the configuration (after initialize, which reads its own part). */
  listen(): void {
    const { connection } = this;
    connection.onInitialized(() => {
      if (this.supportsPull()) {
        void connection.client
          .register(DidChangeConfigurationNotification.type, { section: 'copydesk' })
          .catch(() => {});
      }
      void this.refreshSettings();
    });

    connection.onDidChangeConfiguration((change) => {
      if (this.supportsPull()) void this.refreshSettings();
      else if (this.applySettings((change.settings as { copydesk?: Record<string, unknown> })?.copydesk ?? {}))
        this.changed();
    });

    // The VS Code client sends the user-level copydesk.references whenever it changes (see client/src/extension.ts).
    connection.onNotification(USER_REFERENCES_NOTIFICATION, (p: { references?: unknown }) => {
      if (this.setUserReferences(p?.references)) this.changed();
    });

    connection.onNotification(RESCAN_REFERENCES_NOTIFICATION, () => {
      if (this.workspace.forgetEmptyCorpora()) this.checks.revalidateAll();
    });

    connection.onDidChangeWatchedFiles(({ changes }) => this.filesChanged(changes));
  }

  private async refreshSettings(): Promise<void> {
    if (!this.supportsPull()) return;
    try {
      const s = await this.connection.workspace.getConfiguration('copydesk');
      if (this.applySettings(s ?? {})) this.changed();
    } catch {
      /* a client that cannot answer keeps the previous settings */
    }
  }

  private filesChanged(changes: unknown): void {
    let config = false;
    let references = false;
    let ledger = false;
    for (const c of Array.isArray(changes) ? (changes as { uri?: unknown; type?: unknown }[]) : []) {
      if (!c || typeof c.uri !== 'string') continue;
      const path = uriToPath(c.uri);
      if (path && this.ledgers.fileChanged(path)) {
        ledger = true;
        continue;
      }
      const what = this.workspace.fileChanged(c.uri, c.type === FileChangeType.Deleted);
      config ||= what === 'config';
      references ||= what === 'reference';
    }
    if (config) this.changed();
    else if (references || ledger) this.checks.revalidateAll();
  }

  /** Editor settings or a .copydesk.json changed: corpora still in use are kept (no re-indexing), the others cancelled. */
  private changed(): void {
    this.workspace.keepCorporaOf(this.documents.all().map((d) => d.uri));
    this.checks.revalidateAll();
  }
}
