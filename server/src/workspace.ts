// Per-article configuration and reference corpora for the server: repo file + editor settings, indexed lazily,
// in small slices so typing is never blocked, and updated file by file when references change.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReferenceIndex, resolveConfig, type CopydeskConfig } from '../../core/index';
import { findConfigFile, loadConfigFile, ConfigError } from '../../host/configFile';
import { configScope, listReferenceFiles, selfId, stillAllowed, realOr, type ReferenceScope } from '../../host/references';
import { readTextFile } from '../../host/readText';

export interface Corpus {
  key: string;
  index: ReferenceIndex;
  files: Set<string>;
  ready: Promise<void>;
  done: boolean;
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
  progress(title: string): { report(pct: number, message: string): void; done(): void };
  warn(message: string): void;
}

/** How a user reads references outside the workspace from an editor: only their own, user-level settings can. */
const USER_LEVEL = 'set copydesk.references in your user settings to read others';

export class Workspace {
  private corpora = new Map<string, Corpus>();
  private configCache = new Map<string, { file?: string; config: Partial<CopydeskConfig>; error?: string; warnings: string[] }>();
  editorSettings: Partial<CopydeskConfig> = {};
  /**
   * Reference globs from the user's own settings (VS Code: the user-level value of copydesk.references, which the
   * client passes explicitly; `workspace/configuration` answers with the merged value and cannot tell the scope).
   * Only these may name files outside the workspace; a workspace's .vscode/settings.json can never widen the set.
   */
  userReferences: ReadonlySet<string> = new Set();

  constructor(private readonly host: Host) {}

  /** The merged config for an article: defaults < repo file < editor settings. */
  configFor(uri: string): { config: CopydeskConfig; baseDir: string; scope: ReferenceScope; configFile?: string; error?: string; warnings: string[] } {
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
    const editor = this.editorSettings;
    const config = resolveConfig(cached.config, editor);
    const fromEditor = !!editor.references?.length;
    let scope: ReferenceScope;
    if (fromEditor) {
      const root = workspaceRootFor(dir);
      scope = { baseDir: root, root, trusted: this.userReferences, origin: 'in the copydesk.references setting', remedy: `a workspace setting may only name files inside the workspace folder; ${USER_LEVEL}` };
    } else {
      const configDir = cached.file ? dirname(cached.file) : dir;
      scope = configScope(configDir, cached.file, USER_LEVEL);
    }
    return { config, baseDir: scope.baseDir, scope, configFile: cached.file, error: cached.error, warnings: cached.warnings };
  }

  /** The reference corpus for an article, started if needed; undefined when no references are configured. */
  corpusFor(uri: string): Corpus | undefined {
    const { config, scope } = this.configFor(uri);
    if (!config.references.length) return undefined;
    const trusted = config.references.map((p) => (scope.trusted?.has(p) ? '1' : '0')).join('');
    const key = [scope.baseDir, scope.root ?? '', trusted, ...config.references].join('\0');
    let corpus = this.corpora.get(key);
    if (!corpus) {
      corpus = { key, index: new ReferenceIndex(), files: new Set(), ready: Promise.resolve(), done: false, patterns: config.references, scope, errors: [], realIds: new Map(), free: new Set() };
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

  private async build(corpus: Corpus): Promise<void> {
    // Let the first diagnostics (attribution) go out before any reference is read; the cross-check follows.
    await new Promise((r) => setImmediate(r));
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
      }
    }
    progress?.done();
    corpus.done = true;
  }

  private indexFile(corpus: Corpus, file: string): void {
    try {
      corpus.index.set(file, readTextFile(file));
    } catch (e) {
      corpus.index.delete(file);
      this.host.warn(`reference ${(e as Error).message}`);
    }
  }

  /** A watched file changed: config files reset their caches; reference files are re-indexed alone. */
  fileChanged(uri: string, deleted: boolean): 'config' | 'reference' | 'none' {
    const path = uriToPath(uri);
    if (!path) return 'none';
    if (path.endsWith('.copydesk.json')) {
      this.reset();
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
    return touched ? 'reference' : 'none';
  }

  reset(): void {
    this.configCache.clear();
    this.corpora.clear();
  }

  allCorpora(): Corpus[] {
    return [...this.corpora.values()];
  }
}

let roots: string[] = [];
export function setWorkspaceRoots(paths: string[]): void {
  roots = paths.map((p) => resolve(p));
}
function workspaceRootFor(dir: string): string {
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
