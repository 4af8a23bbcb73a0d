// The current check of each open article, kept until its text, its references or its configuration change.
import type { Connection } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type CheckResult, type ReferenceIndex } from '../../core/index';
import { limitYoungGeneration } from './heap';
import type { LedgerService } from './ledgerActions';
import type { Workspace, Corpus } from './workspace';

/** One check of an open article, with what its answers need. */
export interface Analysis {
  version: number;
  result: CheckResult;
  refs?: ReferenceIndex;
  /** The article's own id in its corpus (left out of the check and of its answers), if the globs match it. */
  self?: string;
  /** References of the corpus that were refused (outside the repository) or could not be searched. */
  refErrors: string[];
  /** Checked while its corpus was still being indexed (so without it): checked again once the corpus is done. */
  awaitsReferences: boolean;
}

export class Analyses {
  // One analyser for the session: its caches make a keystroke's check recompute only the sentences it changed.
  private readonly analyzer = createAnalyzer();
  private readonly byUri = new Map<string, Analysis>();
  private readonly warnedLarge = new Set<string>();
  private readonly waiting = new WeakMap<Corpus, Set<string>>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly ledgers: LedgerService,
    /** Called once a corpus finishes indexing, with the articles that were checked without it. */
    private readonly corpusReady: (uris: ReadonlySet<string>) => void,
  ) {}

  /** The document's current analysis: the cached one while its version holds, else a check now. */
  analyse(doc: TextDocument): Analysis {
    if (this.isCurrent(doc)) return this.byUri.get(doc.uri)!;
    // The outdated analysis goes before the check (no reference to it is kept here either), so that it is not alive,
    // copied and promoted, through the check's collections: nothing answers from it once the document has changed.
    this.byUri.delete(doc.uri);
    const a = this.check(doc, doc.getText());
    this.byUri.set(doc.uri, a);
    limitYoungGeneration();
    return a;
  }

  /** Whether the document's current version has been analysed whole (answers and diagnostics come from it). */
  isCurrent(doc: TextDocument): boolean {
    return this.byUri.get(doc.uri)?.version === doc.version;
  }

  /** Whether the article's last whole analysis was checked against its complete corpus (or it has none). */
  hasReferences(uri: string): boolean {
    const a = this.byUri.get(uri);
    return !!a && !a.awaitsReferences;
  }

  /**
   * A check of the article's opening, text[0, end), for a first publish: never kept as the document's analysis, which
   * hovers, lenses and code actions answer from (they always see the whole article). The whole's check that follows
   * finds the opening's sentences in the analyser's caches.
   */
  analyseOpening(doc: TextDocument, end: number): Analysis {
    return this.check(doc, doc.getText().slice(0, end));
  }

  private check(doc: TextDocument, text: string): Analysis {
    const { config } = this.workspace.configFor(doc.uri);
    const { corpus, index } = this.corpusState(doc.uri);
    const self = this.workspace.selfIn(corpus, doc.uri);
    const ledgerRoot = this.workspace.ledgerRootFor(doc.uri);
    const ledgerFile = ledgerRoot ? this.ledgers.ledgerOf(ledgerRoot) : undefined;
    const ledger = ledgerFile?.records.length ? ledgerFile.ledger : undefined;
    let result: CheckResult;
    if (text.length > MAX_EDITOR_CHARS) {
      result = emptyResult();
      this.warnTooLarge(doc.uri, text.length);
    } else {
      try {
        result = this.analyzer.check(text, config, index, { self, ledger });
      } catch (e) {
        this.connection.console.error(`analysis failed for ${doc.uri}: ${(e as Error)?.stack ?? e}`);
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
      awaitsReferences: !!corpus && !index,
    };
    return a;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  forgetAll(): void {
    this.byUri.clear();
  }

  /** Said once per article: it would otherwise come back on every keystroke. */
  private warnTooLarge(uri: string, chars: number): void {
    if (this.warnedLarge.has(uri)) return;
    this.warnedLarge.add(uri);
    void this.connection.window.showWarningMessage(
      `Copydesk: ${uri} is too large to check while typing (${(chars / 1048576).toFixed(1)} MB); use \`copydesk check\` for it.`,
    );
  }

  /**
   * An article's corpus, and its reference index once complete: while the corpus is still being indexed the article is
   * checked without it (attribution findings only), and checked again once the build ends. A check against part of
   * the corpus would publish findings that a check of the same text against all of it does not give.
   */
  private corpusState(uri: string): { corpus?: Corpus; index?: ReferenceIndex } {
    let corpus: Corpus | undefined;
    try {
      corpus = this.workspace.corpusFor(uri);
    } catch (e) {
      this.connection.console.error(`references: ${(e as Error).message}`);
      return {};
    }
    if (!corpus) return {};
    if (corpus.done) return { corpus, index: corpus.index };
    let uris = this.waiting.get(corpus);
    if (!uris) {
      const waiters = (uris = new Set());
      this.waiting.set(corpus, waiters);
      void corpus.ready.then(() => this.corpusReady(waiters));
    }
    uris.add(uri);
    return { corpus };
  }
}

// Analysis runs on the protocol thread, so a document this large would stall hovers and typing: the CLI handles those.
export const MAX_EDITOR_CHARS = 500_000;

function emptyResult(): CheckResult {
  return {
    annotations: { paragraphs: [], sentences: [], entities: [], quantities: [], quotes: [], assertions: [] },
    findings: [],
    claims: [],
  };
}
