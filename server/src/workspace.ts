// Per-article configuration and reference corpora for the server: repo file + editor settings, indexed lazily,
// in small slices so typing is never blocked, and updated file by file when references change. A corpus is indexed once
// per set of reference patterns: a settings or config change that keeps the patterns keeps the corpus, one that changes
// them cancels the build under way. Until its build ends a corpus is not `done`, and the server checks without it.
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReferenceIndex, resolveConfig, type CopydeskConfig } from '../../core/index';
import { findConfigFile, loadConfigFile, ConfigError } from '../../host/configFile';
import {
  configScope,
  listReferenceFiles,
  selfId,
  stillAllowed,
  realOr,
  type ReferenceScope,
} from '../../host/references';
import { readTextFile } from '../../host/readText';
import { IndexCache } from '../../host/indexCache';

export interface Corpus {
  key: string;
  index: ReferenceIndex;
  files: Set<string>;
  /** Settles when the build ends, completed or cancelled. */
  ready: Promise<void>;
  /** Every listed file has been indexed: cross-check findings may be drawn from it. */
  done: boolean;
  /** No article uses it any more: its build stops at the next slice. */
  cancelled: boolean;
  patterns: string[];
  scope: ReferenceScope;
  /** References refused or searches stopped: shown on every article that uses the corpus. */
  errors: string[];
  /** Real path -> id, to leave an article out of its own corpus; ids a user-level choice allowed outside the root. */
  realIds: Map<string, string>;
  free: Set<string>;
}

export interface Host {
  /** Reports progress of an indexing job (0-100) and its end. */
  progress(title: string): { report(pct: number, message: string): void; done(message?: string): void };
  warn(message: string): void;
  /** A line for the server's log. */
  log?(message: string): void;
}

/** How a user reads references outside the workspace from an editor: only their own, user-level settings can. */
const USER_LEVEL = 'set copydesk.references in your user settings to read others';

export class Workspace {
  private corpora = new Map<string, Corpus>();
  private configCache = new Map<
    string,
    { file?: string; config: Partial<CopydeskConfig>; error?: string; warnings: string[] }
  >();
  private settings: Partial<CopydeskConfig> = {};
  /**
   * Reference globs from the user's own settings (VS Code: the user-level value of copydesk.references, which the
   * client passes explicitly; `workspace/configuration` answers with the merged value and cannot tell the scope).
   * Only these may name files outside the workspace; a workspace's .vscode/settings.json can never widen the set.
   */
  private user: ReadonlySet<string> = new Set();

  /** The persistent reference index (host/indexCache.ts), shared with the CLI; none when no folder is known. */
  private cache: IndexCache | undefined;

  constructor(private readonly host: Host) {}

  /** Where the persistent reference index lives (a user-level choice; undefined: none). Read when indexing starts. */
  setCacheDir(dir: string | undefined): void {
    this.cache = dir ? new IndexCache(dir, (m) => this.host.warn(m)) : undefined;
  }

  /** The folder whose .copydesk/ledger.jsonl an article's claims are recorded in: its .copydesk.json's, else its workspace folder. */
  ledgerRootFor(uri: string): string | undefined {
    const path = uriToPath(uri);
    if (!path) return undefined;
    const { configFile } = this.configFor(uri);
    return configFile ? dirname(configFile) : workspaceRootFor(dirname(path));
  }

  get editorSettings(): Partial<CopydeskConfig> {
    return this.settings;
  }

  /** New editor settings; false when they are the ones in force (nothing to redo). */
  setEditorSettings(settings: Partial<CopydeskConfig>): boolean {
    if (stableJson(settings) === stableJson(this.settings)) return false;
    this.settings = settings;
    this.configCache.clear();
    return true;
  }

  get userReferences(): ReadonlySet<string> {
    return this.user;
  }

  /** New user-level reference globs; false when unchanged. */
  setUserReferences(list: ReadonlySet<string>): boolean {
    if (stableJson([...list].sort()) === stableJson([...this.user].sort())) return false;
    this.user = list;
    this.configCache.clear();
    return true;
  }
  /** The merged config for an article: defaults < repo file < editor settings. */
  configFor(uri: string): {
    config: CopydeskConfig;
    baseDir: string;
    scope: ReferenceScope;
    configFile?: string;
    error?: string;
    warnings: string[];
  } {
    const path = uriToPath(uri);
    const dir = path ? dirname(path) : process.cwd();
    let cached = this.configCache.get(dir);
    if (!cached) {
      const file = findConfigFile(dir);
      cached = { file, config: {}, warnings: [] };
      if (file) {
        try {
          const loaded = loadConfigFile(file, roots);
          cached.config = loaded.config;
          cached.warnings = loaded.warnings ?? [];
          for (const w of cached.warnings) this.host.warn(w);
        } catch (e) {
          cached.error = e instanceof ConfigError ? e.message : `${file}: ${(e as Error).message}`;
          this.host.warn(cached.error);
        }
      }
      this.configCache.set(dir, cached);
    }
    const editor = this.settings;
    const config = resolveConfig(cached.config, editor);
    const fromEditor = !!editor.references?.length;
    let scope: ReferenceScope;
    if (fromEditor) {
      const root = workspaceRootFor(dir);
      scope = {
        baseDir: root,
        root,
        trusted: this.user,
        origin: 'in the copydesk.references setting',
        remedy: `a workspace setting may only name files inside the workspace folder; ${USER_LEVEL}`,
      };
    } else {
      const configDir = cached.file ? dirname(cached.file) : dir;
      scope = configScope(configDir, cached.file, USER_LEVEL);
    }
    return {
      config,
      baseDir: scope.baseDir,
      scope,
      configFile: cached.file,
      error: cached.error,
      warnings: cached.warnings,
    };
  }

  /** Which corpus an article's references make (folder, containment and patterns), or undefined when it has none. */
  corpusKey(uri: string): string | undefined {
    const { config, scope } = this.configFor(uri);
    if (!config.references.length) return undefined;
    const trusted = config.references.map((p) => (scope.trusted?.has(p) ? '1' : '0')).join('');
    return [scope.baseDir, scope.root ?? '', trusted, ...config.references].join('\0');
  }

  /** The reference corpus for an article, started if needed; undefined when no references are configured. */
  corpusFor(uri: string): Corpus | undefined {
    const key = this.corpusKey(uri);
    if (key === undefined) return undefined;
    let corpus = this.corpora.get(key);
    if (!corpus) {
      const { config, scope } = this.configFor(uri);
      corpus = {
        key,
        index: new ReferenceIndex(),
        files: new Set(),
        ready: Promise.resolve(),
        done: false,
        cancelled: false,
        patterns: config.references,
        scope,
        errors: [],
        realIds: new Map(),
        free: new Set(),
      };
      corpus.ready = this.build(corpus);
      this.corpora.set(key, corpus);
    }
    return corpus;
  }

  /** The id of an article's own file in its corpus, if the reference globs match it (it is then left out). */
  selfIn(corpus: Corpus | undefined, uri: string): string | undefined {
    const path = uriToPath(uri);
    return corpus && path ? selfId(corpus.realIds, path) : undefined;
  }

  /** After a settings or config change: corpora no article in `uris` uses any more are dropped, their builds cancelled. */
  keepCorporaOf(uris: string[]): void {
    const used = new Set(uris.map((u) => this.corpusKey(u)));
    for (const [key, corpus] of this.corpora) {
      if (used.has(key)) continue;
      corpus.cancelled = true;
      this.corpora.delete(key);
    }
  }

  /** Corpora whose globs matched no file are listed again on next use; true when there were any. */
  forgetEmptyCorpora(): boolean {
    let any = false;
    for (const [key, corpus] of this.corpora) {
      if (!corpus.done || corpus.files.size > 0) continue;
      corpus.cancelled = true;
      this.corpora.delete(key);
      any = true;
    }
    return any;
  }

  private async build(corpus: Corpus): Promise<void> {
    // Let the first diagnostics (attribution) go out before any reference is read; the cross-check follows.
    await new Promise((r) => setImmediate(r));
    if (corpus.cancelled) return;
    const started = performance.now();
    const listed = listReferenceFiles(corpus.patterns, corpus.scope);
    const files = listed.files;
    corpus.realIds = listed.realIds;
    corpus.free = listed.free;
    corpus.errors = listed.errors.map((e) => `reference ${e}`);
    // A log line for each refusal; the diagnostics name them too. Never the file's content: only its path.
    for (const e of corpus.errors) this.host.warn(e);
    const progress = files.length > 0 ? this.host.progress('Copydesk: indexing references') : undefined;
    let i = 0;
    for (const f of files) {
      corpus.files.add(f);
      this.indexFile(corpus, f);
      i++;
      if (i % 20 === 0) {
        progress?.report(Math.round((i / files.length) * 100), `${i}/${files.length} files`);
        await new Promise((r) => setImmediate(r));
        if (corpus.cancelled) {
          progress?.done(`cancelled after ${i}/${files.length} files: the references changed`);
          this.host.log?.(
            `references: indexing ${corpus.patterns.join(', ')} cancelled after ${i}/${files.length} files (the settings changed)`,
          );
          return;
        }
      }
    }
    progress?.done();
    this.saveCache();
    corpus.done = true;
    this.host.log?.(
      `references: indexed ${files.length} files (${corpus.patterns.join(', ')}) in ${Math.round(performance.now() - started)} ms`,
    );
  }

  private indexFile(corpus: Corpus, file: string): void {
    try {
      const text = readTextFile(file);
      corpus.index.set(file, text, this.cache?.segment(text));
    } catch (e) {
      corpus.index.delete(file);
      this.host.warn(`reference ${(e as Error).message}`);
    }
  }

  /**
   * A watched file changed: config files reset the config cache (the server then keeps only the corpora still in use);
   * reference files are re-indexed alone, so the index holds what a fresh build of the same files would.
   */
  fileChanged(uri: string, deleted: boolean): 'config' | 'reference' | 'none' {
    const path = uriToPath(uri);
    if (!path) return 'none';
    if (path.endsWith('.copydesk.json')) {
      this.configCache.clear();
      return 'config';
    }
    let touched = false;
    for (const corpus of this.corpora.values()) {
      if (corpus.files.has(path)) {
        touched = true;
        // A file replaced by a link to elsewhere leaves the corpus like a deleted one.
        if (deleted || !stillAllowed(path, corpus.scope, corpus.free)) {
          if (!deleted) this.host.warn(`reference ${path}: now a link to a file outside ${corpus.scope.root}, dropped`);
          corpus.files.delete(path);
          corpus.index.delete(path);
        } else this.indexFile(corpus, path);
      } else if (deleted) {
        // A deleted folder is one event for every file below it.
        for (const f of corpus.files) {
          if (!f.startsWith(path + sep)) continue;
          touched = true;
          corpus.files.delete(f);
          corpus.index.delete(f);
        }
      }
    }
    if (!touched && !deleted) {
      // A new file may match a corpus's globs: re-list cheaply and index only what is new.
      for (const corpus of this.corpora.values()) {
        const listed = listReferenceFiles(corpus.patterns, corpus.scope);
        if (listed.files.includes(path)) {
          corpus.files.add(path);
          corpus.realIds.set(realOr(path), path);
          if (listed.free.has(path)) corpus.free.add(path);
          this.indexFile(corpus, path);
          touched = true;
        }
      }
    }
    if (touched) this.saveCache();
    return touched ? 'reference' : 'none';
  }

  /** Writes what the cache gained, and lets go of what it read (the index holds what it needs). */
  private saveCache(): void {
    this.cache?.flush();
    this.cache?.release();
  }

  allCorpora(): Corpus[] {
    return [...this.corpora.values()];
  }
}

/** JSON with object keys sorted: two settings objects compare equal whatever order their keys came in. */
function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}

let roots: string[] = [];
export function setWorkspaceRoots(paths: string[]): void {
  roots = paths.map((p) => resolve(p));
}
export function workspaceRootFor(dir: string): string {
  return roots.find((r) => dir === r || dir.startsWith(r + '/')) ?? roots[0] ?? dir;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
