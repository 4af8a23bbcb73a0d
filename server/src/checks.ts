// When open articles are checked, and what is published for them: their diagnostics and the client's status.
import {
  CodeLensRefreshRequest,
  type Connection,
  type Diagnostic,
  type TextDocuments,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { keepCompiledCode, releaseGarbage } from './heap';
import { openingOf } from './opening';
import { toDiagnostic, rangeOf } from './convert';
import { statusParams } from './status';
import { STATUS_NOTIFICATION, type ReferenceStatus } from './protocol';
import { MAX_EDITOR_CHARS, type Analyses, type Analysis } from './analysis';
import type { Workspace } from './workspace';

export class Checks {
  /** The latest scheduled check of each article: an older one that comes due finds itself replaced and does nothing. */
  private readonly pending = new Map<string, object>();
  /** Articles with diagnostics published since they were opened: only the others get their opening first. */
  private readonly shown = new Set<string>();
  /** Articles opened whose whole has not been published yet: requests about them wait for it (see firstWhole). */
  private readonly awaited = new Map<string, { done: Promise<void>; resolve: () => void }>();
  private quiet: NodeJS.Timeout | undefined;
  private codeKept = false;

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
    if (!this.shown.has(doc.uri) && !this.awaited.has(doc.uri)) {
      let resolve = () => {};
      const done = new Promise<void>((r) => (resolve = r));
      this.awaited.set(doc.uri, { done, resolve });
    }
    // vscode-jsonrpc dispatches each queued message in its own setImmediate; two hops let every didChange that has
    // already arrived run (and supersede this one) first, so a burst of edits costs one analysis, not one per edit.
    setImmediate(() =>
      setImmediate(() => {
        if (this.pending.get(doc.uri) !== token) return;
        this.pending.delete(doc.uri);
        const current = this.documents.get(doc.uri);
        if (current) this.check(current);
      }),
    );
  }

  /**
   * The one place that decides what a due check publishes. A long article just opened gets its opening checked and
   * published first; the whole is then scheduled as a check of its own, due like any other, so an edit that comes in
   * between replaces it and a close drops it. Every later check (the whole, an edit, new settings, the references
   * indexed) publishes the whole article at once: an opening then would blank the findings shown below it.
   */
  private check(doc: TextDocument): void {
    // A request (a hover) may have had the whole analysed already: it is published at once.
    if (!this.shown.has(doc.uri) && !this.analyses.isCurrent(doc)) {
      // An article too large to check in the editor has no opening to show either: it gets its warning at once.
      const text = doc.getText();
      const opening = text.length <= MAX_EDITOR_CHARS ? openingOf(text) : undefined;
      if (opening) {
        this.publishOpening(doc, opening);
        this.schedule(doc);
        return;
      }
    }
    this.publish(doc);
  }

  /**
   * Settles once an article just opened has had its whole analysed and published; undefined when there is nothing to
   * wait for. A request (an editor asks for lenses, code actions and the side bar's outline as it opens a file) would
   * otherwise analyse the whole article before its opening could be shown; it waits instead, and is answered from the
   * whole's analysis as soon as that is done.
   */
  firstWhole(uri: string): Promise<void> | undefined {
    return this.awaited.get(uri)?.done;
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
      // An article whose check waited for the corpus (an opening's did) may have been checked whole against it since.
      if (!d || this.analyses.hasReferences(u)) continue;
      this.analyses.forget(u);
      this.schedule(d);
    }
    this.refreshLenses();
  }

  closed(uri: string): void {
    this.analyses.forget(uri);
    this.pending.delete(uri);
    this.shown.delete(uri);
    this.settleWaiting(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.collectWhenQuiet();
  }

  /** Lenses are asked for on edits only: when the references change under an article, the editor must ask again. */
  private refreshLenses(): void {
    if (this.supportsLensRefresh()) void this.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
  }

  private publish(doc: TextDocument): void {
    this.collectWhenQuiet();
    this.shown.add(doc.uri);
    // The waiting requests run once this publish is done (promise callbacks wait for the current task), so they find
    // the analysis cached; settled first, they cannot be left waiting should the analysis throw.
    this.settleWaiting(doc.uri);
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

  private settleWaiting(uri: string): void {
    this.awaited.get(uri)?.resolve();
    this.awaited.delete(uri);
  }

  /**
   * The opening's diagnostics. No status goes with them (the status bar counts the whole article's findings), and no
   * unused-suppression: whether a `copydesk-disable` hides anything may rest on text after the cut.
   */
  private publishOpening(doc: TextDocument, opening: { end: number; words: number }): void {
    this.shown.add(doc.uri);
    const a = this.analyses.analyseOpening(doc, opening.end);
    const { error } = this.workspace.configFor(doc.uri);
    // Said before the diagnostics, so that a client (or a benchmark) knows what the next publish covers.
    this.connection.console.log(
      `${doc.uri}: the opening (${opening.words} words, lines 1-${doc.positionAt(opening.end).line}) is published first; the whole article follows`,
    );
    void this.connection.sendDiagnostics({
      uri: doc.uri,
      version: doc.version,
      diagnostics: diagnosticsOf(doc, a, error).filter((d) => d.code !== 'unused-suppression'),
    });
  }

  // The first pause after the first analyses is when the code they compiled is kept for the next start (boot.ts).
  private keepCompiledCode(): void {
    if (this.codeKept) return;
    this.codeKept = true;
    const state = keepCompiledCode();
    if (state === 'saved') this.connection.console.log('compiled code kept for the next start');
    else if (state === 'unsaved')
      this.connection.console.log('compiled code could not be kept (cache folder not writable)');
  }

  // When the writer pauses (and after a document closes), one full collection gives back the heap that the edits since
  // the last pause grew: V8 keeps a heap it has grown, so without it the process's memory stays at the high-water mark
  // of the session (RSS two to four times the live heap after thousands of edits) even once every document is closed.
  private collectWhenQuiet(): void {
    clearTimeout(this.quiet);
    this.quiet = setTimeout(() => {
      releaseGarbage();
      this.keepCompiledCode();
    }, QUIET_COLLECT_MS);
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
