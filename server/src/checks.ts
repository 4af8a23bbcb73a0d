// When open articles are checked, and what is published for them: their diagnostics and the client's status.
import {
  CodeLensRefreshRequest,
  type Connection,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { releaseGarbage } from './heap';
import { toDiagnostic, rangeOf } from './convert';
import { statusParams } from './status';
import { STATUS_NOTIFICATION, type ReferenceStatus } from './protocol';
import type { Analyses, Analysis } from './analysis';
import type { Workspace } from './workspace';

export class Checks {
  /** The latest scheduled check of each article: an older one that comes due finds itself replaced and does nothing. */
  private readonly pending = new Map<string, object>();
  private quiet: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly analyses: Analyses,
    private readonly workspace: Workspace,
    private readonly referencesOf: (uri: string) => ReferenceStatus,
    private readonly supportsLensRefresh: () => boolean,
  ) {}

  schedule(doc: TextDocument): void {
    const token = {};
    this.pending.set(doc.uri, token);
    // vscode-jsonrpc dispatches each queued message in its own setImmediate; two hops let every didChange that has
    // already arrived run (and supersede this one) first, so a burst of edits costs one analysis, not one per edit.
    setImmediate(() =>
      setImmediate(() => {
        if (this.pending.get(doc.uri) !== token) return;
        this.pending.delete(doc.uri);
        const current = this.documents.get(doc.uri);
        if (current) this.publish(current);
      }),
    );
  }

  /** The references or configuration changed under every open article. */
  revalidateAll(): void {
    this.analyses.forgetAll();
    for (const d of this.documents.all()) this.schedule(d);
    this.refreshLenses();
  }

  /** The articles that were checked while their corpus was indexed get their check against all of it. */
  corpusReady(uris: ReadonlySet<string>): void {
    for (const u of uris) {
      const d = this.documents.get(u);
      if (!d) continue;
      this.analyses.forget(u);
      this.schedule(d);
    }
    this.refreshLenses();
  }

  closed(uri: string): void {
    this.analyses.forget(uri);
    this.pending.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.collectWhenQuiet();
  }

  /** Lenses are asked for on edits only: when the references change under an article, the editor must ask again. */
  private refreshLenses(): void {
    if (this.supportsLensRefresh()) void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
  }

  private publish(doc: TextDocument): void {
    this.collectWhenQuiet();
    const a = this.analyses.analyse(doc);
    const { error } = this.workspace.configFor(doc.uri);
    void this.connection.sendDiagnostics({
      uri: doc.uri,
      version: doc.version,
      diagnostics: diagnosticsOf(doc, a, error),
    });
    // The client's status bar and notification: what this article was checked against, and what was found.
    void this.connection
      .sendNotification(
        STATUS_NOTIFICATION,
        statusParams(doc.uri, a.result, a.result.findings, this.referencesOf(doc.uri)),
      )
      .catch(() => {});
  }

  // When the writer pauses (and after a document closes), one full collection gives back the heap that the edits since
  // the last pause grew: V8 keeps a heap it has grown, so without it the process's memory stays at the high-water mark
  // of the session (RSS two to four times the live heap after thousands of edits) even once every document is closed.
  private collectWhenQuiet(): void {
    clearTimeout(this.quiet);
    this.quiet = setTimeout(releaseGarbage, QUIET_COLLECT_MS);
    this.quiet.unref?.();
  }
}

/** The article's findings, after its configuration errors (the config file's first, then refused references). */
function diagnosticsOf(doc: TextDocument, a: Analysis, configError: string | undefined): Diagnostic[] {
  // A refused reference is a configuration error too: named (its pattern or path, never its content) on the article.
  const configErrors = [...(configError ? [configError] : []), ...a.refErrors];
  return [
    ...configErrors.map((message) => ({
      range: rangeOf(doc, 0, 0),
      severity: 1 as const,
      source: 'copydesk',
      code: 'config-error',
      message,
    })),
    ...a.result.findings.map((f) => toDiagnostic(doc, f, a.refs)),
  ];
}

/** A pause in typing this long (ms) is a pause: the heap is collected once (tens of milliseconds on a typical article). */
const QUIET_COLLECT_MS = 4000;
