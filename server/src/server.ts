// The Copydesk language server: a thin LSP edge over the analysis core.
import {
  TextDocuments,
  TextDocumentSyncKind,
  CodeActionKind,
  FileChangeType,
  DidChangeConfigurationNotification,
  CodeLensRefreshRequest,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { inspect } from 'node:util';
import { limitYoungGeneration, releaseGarbage } from './heap';
import { tuneCompilerForEditing } from './jit';
import { createAnalyzer, type CheckResult, type ReferenceIndex } from '../../core/index';
import { Workspace, setWorkspaceRoots, uriToPath, type Corpus } from './workspace';
import { sanitizeSettings } from '../../host/settings';
import { toDiagnostic, rangeOf } from './convert';
import { createServerConnection } from './transport';
import { LedgerService } from './ledgerActions';
import { cacheLocation } from '../../host/indexCache';
import { referenceStatus, statusParams } from './status';
import { registerRequests } from './requests';
import {
  RESCAN_REFERENCES_NOTIFICATION,
  STATUS_NOTIFICATION,
  USER_REFERENCES_NOTIFICATION,
  type CopydeskInitializationOptions,
  LEDGER_RECORD_COMMAND,
  type ReferenceStatus,
} from './protocol';

/** One check of an open article, with what its answers need. */
export interface Analysis {
  version: number;
  result: CheckResult;
  refs?: ReferenceIndex;
  /** The article's own id in its corpus (left out of the check and of its answers), if the globs match it. */
  self?: string;
  /** References of the corpus that were refused (outside the repository) or could not be searched. */
  refErrors: string[];
}

export function startServer(connection: Connection = createServerConnection()): Connection {
  tuneCompilerForEditing();
  // stdout belongs to the protocol: stray logging from any library goes to the client's log instead.
  const toLog =
    (level: 'log' | 'warn' | 'error') =>
    (...args: unknown[]) =>
      connection.console[level](args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
  console.log = console.info = console.debug = console.dir = console.table = toLog('log');
  console.warn = toLog('warn');
  console.error = console.trace = toLog('error');

  const documents = new TextDocuments(wellFormedDocuments);
  // One analyser for the session: its caches make a keystroke's check recompute only the sentences it changed.
  const analyzer = createAnalyzer();
  const analyses = new Map<string, Analysis>();
  const pending = new Map<string, object>();
  const warnedLarge = new Set<string>();
  let supportsConfiguration = false;
  let supportsProgress = false;
  let supportsLensRefresh = false;
  let roots: string[] = [];

  const ledgers = new LedgerService(connection);
  const workspace = new Workspace({
    progress(title) {
      if (!supportsProgress) return { report() {}, done() {} };
      const p = connection.window.createWorkDoneProgress();
      let reporter: { report(pct: number, msg?: string): void; done(): void } | undefined;
      p.then((r) => {
        reporter = r;
        r.begin(title, 0, undefined, false);
      }).catch(() => {});
      const done = (r: { report(msg: string): void; done(): void }, msg?: string) => {
        if (msg) r.report(msg);
        r.done();
      };
      return {
        report: (pct, msg) => reporter?.report(pct, msg),
        done: (msg) => void p.then((r) => done(r, msg)).catch(() => {}),
      };
    },
    warn: (m) => connection.console.warn(m),
    log: (m) => connection.console.log(m),
  });

  // Settings problems (an unknown code, a level or date that is not one) are said once each: in the log, and in a
  // message the user sees, since a dropped value otherwise silently does nothing.
  const told = new Set<string>();
  function applySettings(raw: Record<string, unknown> | null | undefined): boolean {
    const { settings, problems } = sanitizeSettings(raw);
    ledgers.checkerName = typeof raw?.checkerName === 'string' ? raw.checkerName : undefined;
    const changed = workspace.setEditorSettings(settings);
    for (const p of problems) {
      if (told.has(p)) continue;
      told.add(p);
      connection.console.warn(p);
      // A request under the typed void: a client that cannot show it answers with an error, which must not surface.
      Promise.resolve(connection.window.showWarningMessage(`Copydesk: ${p}`) as unknown).catch(() => undefined);
    }
    return changed;
  }

  /** The user-level reference globs; true when they changed. */
  function setUserReferences(list: unknown): boolean {
    return workspace.setUserReferences(
      new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && x.length > 0) : []),
    );
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    supportsConfiguration = !!params.capabilities.workspace?.configuration;
    supportsProgress = !!params.capabilities.window?.workDoneProgress;
    supportsLensRefresh = !!params.capabilities.workspace?.codeLens?.refreshSupport;
    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p) ?? [];
    const rootPath = params.rootUri ? uriToPath(params.rootUri) : undefined;
    roots = folders.length ? folders : rootPath ? [rootPath] : [];
    setWorkspaceRoots(roots);
    const init = params.initializationOptions as CopydeskInitializationOptions | undefined;
    if (init?.settings) applySettings(init.settings);
    setUserReferences(init?.userReferences);
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
  });

  connection.onInitialized(() => {
    if (supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'copydesk' }).catch(() => {});
    }
    void refreshSettings();
  });

  async function refreshSettings(): Promise<void> {
    if (!supportsConfiguration) return;
    try {
      const s = await connection.workspace.getConfiguration('copydesk');
      if (applySettings(s ?? {})) configChanged();
    } catch {
      /* a client that cannot answer keeps the previous settings */
    }
  }

  /** Editor settings or a .copydesk.json changed: corpora still in use are kept (no re-indexing), the others cancelled. */
  function configChanged(): void {
    workspace.keepCorporaOf(documents.all().map((d) => d.uri));
    revalidateAll();
  }

  connection.onDidChangeConfiguration((change) => {
    if (supportsConfiguration) void refreshSettings();
    else if (applySettings((change.settings as { copydesk?: Record<string, unknown> })?.copydesk ?? {}))
      configChanged();
  });

  // The VS Code client sends the user-level copydesk.references whenever it changes (see client/src/extension.ts).
  connection.onNotification(USER_REFERENCES_NOTIFICATION, (p: { references?: unknown }) => {
    if (setUserReferences(p?.references)) configChanged();
  });

  connection.onNotification(RESCAN_REFERENCES_NOTIFICATION, () => {
    if (workspace.forgetEmptyCorpora()) revalidateAll();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    let config = false;
    let references = false;
    let ledger = false;
    for (const c of Array.isArray(changes) ? changes : []) {
      if (!c || typeof c.uri !== 'string') continue;
      const path = uriToPath(c.uri);
      if (path && ledgers.fileChanged(path)) {
        ledger = true;
        continue;
      }
      const what = workspace.fileChanged(c.uri, c.type === FileChangeType.Deleted);
      config ||= what === 'config';
      references ||= what === 'reference';
    }
    if (config) configChanged();
    else if (references || ledger) revalidateAll();
  });

  function revalidateAll(): void {
    analyses.clear();
    for (const d of documents.all()) schedule(d);
    refreshLenses();
  }

  /** Lenses are asked for on edits only: when the references change under an article, the editor must ask again. */
  function refreshLenses(): void {
    if (supportsLensRefresh) void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => {});
  }

  function schedule(doc: TextDocument): void {
    const token = {};
    pending.set(doc.uri, token);
    // vscode-jsonrpc dispatches each queued message in its own setImmediate; two hops let every didChange that has
    // already arrived run (and supersede this one) first, so a burst of edits costs one analysis, not one per edit.
    setImmediate(() =>
      setImmediate(() => {
        if (pending.get(doc.uri) !== token) return;
        pending.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current) publish(current);
      }),
    );
  }

  /**
   * An article's corpus, and its reference index once complete: while the corpus is still being indexed the article is
   * checked without it (attribution findings only), and checked again once the build ends. A check against part of
   * the corpus would publish findings that a check of the same text against all of it does not give.
   */
  const waiting = new WeakMap<Corpus, Set<string>>();
  function corpusState(uri: string): { corpus?: Corpus; index?: ReferenceIndex } {
    let corpus: Corpus | undefined;
    try {
      corpus = workspace.corpusFor(uri);
    } catch (e) {
      connection.console.error(`references: ${(e as Error).message}`);
      return {};
    }
    if (!corpus) return {};
    if (corpus.done) return { corpus, index: corpus.index };
    let uris = waiting.get(corpus);
    if (!uris) {
      const waiters = (uris = new Set());
      waiting.set(corpus, waiters);
      void corpus.ready.then(() => {
        for (const u of waiters) {
          const d = documents.get(u);
          if (!d) continue;
          analyses.delete(u);
          schedule(d);
        }
        refreshLenses();
      });
    }
    uris.add(uri);
    return { corpus };
  }

  function analyse(doc: TextDocument): Analysis {
    const cached = analyses.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    const { config } = workspace.configFor(doc.uri);
    const { corpus, index } = corpusState(doc.uri);
    const self = workspace.selfIn(corpus, doc.uri);
    const ledgerRoot = workspace.ledgerRootFor(doc.uri);
    const ledgerFile = ledgerRoot ? ledgers.ledgerOf(ledgerRoot) : undefined;
    const ledger = ledgerFile?.records.length ? ledgerFile.ledger : undefined;
    let result: CheckResult;
    if (text.length > MAX_EDITOR_CHARS) {
      result = emptyResult();
      if (!warnedLarge.has(doc.uri)) {
        warnedLarge.add(doc.uri);
        void connection.window.showWarningMessage(
          `Copydesk: ${doc.uri} is too large to check while typing (${(text.length / 1048576).toFixed(1)} MB); use \`copydesk check\` for it.`,
        );
      }
    } else {
      try {
        result = analyzer.check(text, config, index, { self, ledger });
      } catch (e) {
        connection.console.error(`analysis failed for ${doc.uri}: ${(e as Error)?.stack ?? e}`);
        result = emptyResult();
      }
    }
    // A broken ledger line is named on the article like a refused reference: its record is not applied.
    const a: Analysis = {
      version: doc.version,
      result,
      refs: index,
      self,
      refErrors: [...(corpus?.errors ?? []), ...(ledgerFile?.errors ?? [])],
    };
    analyses.set(doc.uri, a);
    limitYoungGeneration();
    return a;
  }

  // When the writer pauses (and after a document closes), one full collection gives back the heap that the edits since
  // the last pause grew: V8 keeps a heap it has grown, so without it the process's memory stays at the high-water mark
  // of the session (RSS two to four times the live heap after thousands of edits) even once every document is closed.
  let quiet: NodeJS.Timeout | undefined;
  function collectWhenQuiet(): void {
    clearTimeout(quiet);
    quiet = setTimeout(releaseGarbage, QUIET_COLLECT_MS);
    quiet.unref?.();
  }

  function publish(doc: TextDocument): void {
    collectWhenQuiet();
    const a = analyse(doc);
    const { error } = workspace.configFor(doc.uri);
    const diagnostics = a.result.findings.map((f) => toDiagnostic(doc, f, a.refs));
    // A refused reference is a configuration error too: named (its pattern or path, never its content) on the article.
    for (const e of [...a.refErrors].reverse())
      diagnostics.unshift({
        range: rangeOf(doc, 0, 0),
        severity: 1,
        source: 'copydesk',
        code: 'config-error',
        message: e,
      });
    if (error)
      diagnostics.unshift({
        range: rangeOf(doc, 0, 0),
        severity: 1,
        source: 'copydesk',
        code: 'config-error',
        message: error,
      });
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
    // The client's status bar and notification: what this article was checked against, and what was found.
    void connection
      .sendNotification(STATUS_NOTIFICATION, statusParams(doc.uri, a.result, a.result.findings, referencesOf(doc.uri)))
      .catch(() => {});
  }

  /** The reference set that applies to an article, without starting anything new. */
  function referencesOf(uri: string): ReferenceStatus {
    let corpus: Corpus | undefined;
    try {
      corpus = workspace.corpusFor(uri);
    } catch {
      corpus = undefined;
    }
    return referenceStatus(workspace, uri, corpus, roots);
  }

  documents.onDidOpen((e) => schedule(e.document));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    analyses.delete(e.document.uri);
    pending.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    collectWhenQuiet();
  });

  registerRequests(connection, { documents, analyse, referencesOf, ledgers, workspace, revalidateAll });

  documents.listen(connection);
  connection.listen();
  return connection;
}

declare const __VERSION__: string;

/**
 * Where documents enter the server: a malformed didOpen (no text) opens an empty document and a malformed change (no
 * text, bad range) is dropped, so every handler can rely on a well-formed document instead of guarding on its own.
 */
const wellFormedDocuments = {
  create: (uri: string, languageId: string, version: number, content: unknown) =>
    TextDocument.create(
      uri,
      typeof languageId === 'string' ? languageId : 'article',
      Number.isInteger(version) ? version : 0,
      typeof content === 'string' ? content : '',
    ),
  update: (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number) =>
    TextDocument.update(doc, changes.filter(isWellFormedChange), Number.isInteger(version) ? version : doc.version + 1),
};

function isWellFormedChange(c: unknown): c is TextDocumentContentChangeEvent {
  if (!c || typeof c !== 'object' || typeof (c as { text?: unknown }).text !== 'string') return false;
  const r = (c as { range?: unknown }).range;
  if (r === undefined) return true;
  const pos = (p: unknown) =>
    !!p &&
    typeof p === 'object' &&
    Number.isInteger((p as { line?: unknown }).line) &&
    Number.isInteger((p as { character?: unknown }).character);
  return !!r && typeof r === 'object' && pos((r as { start?: unknown }).start) && pos((r as { end?: unknown }).end);
}

// Analysis runs on the protocol thread, so a document this large would stall hovers and typing: the CLI handles those.
const MAX_EDITOR_CHARS = 500_000;
/** A pause in typing this long (ms) is a pause: the heap is collected once (tens of milliseconds on a typical article). */
const QUIET_COLLECT_MS = 4000;

function emptyResult(): CheckResult {
  return {
    annotations: { paragraphs: [], sentences: [], entities: [], quantities: [], quotes: [], assertions: [] },
    findings: [],
    claims: [],
  };
}
