// Per-article configuration and reference corpora for the server: repo file + editor settings, indexed lazily,
// in small slices so typing is never blocked, and updated file by file when references change. A corpus is indexed once
// per set of reference patterns: a settings or config change that keeps the patterns keeps the corpus, one that changes
// them cancels the build under way. Until its build ends a corpus is not `done`, and the server checks without it.
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { ReferenceIndex, resolveConfig, type CopydeskConfig } from '../../core/index';
import { findConfigFile, parseConfig, ConfigError } from '../../host/configFile';
import { listReferenceFiles } from '../../host/references';
import { readTextFile } from '../../host/readText';

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
}

export interface Host {
  /** Reports progress of an indexing job (0-100) and its end. */
  progress(title: string): { report(pct: number, message: string): void; done(message?: string): void };
  warn(message: string): void;
  /** A line for the server's log. */
  log?(message: string): void;
}

export class Workspace {
  private corpora = new Map<string, Corpus>();
  private configCache = new Map<string, { file?: string; config: Partial<CopydeskConfig>; error?: string }>();
  private settings: Partial<CopydeskConfig> = {};

  constructor(private readonly host: Host) {}

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

  /** The merged config for an article: defaults < repo file < editor settings. */
  configFor(uri: string): { config: CopydeskConfig; baseDir: string; configFile?: string; error?: string } {
    const path = uriToPath(uri);
    const dir = path ? dirname(path) : process.cwd();
    let cached = this.configCache.get(dir);
    if (!cached) {
      const file = findConfigFile(dir);
      cached = { file, config: {} };
      if (file) {
        try {
          cached.config = parseConfig(file, readFileSync(file, 'utf8'));
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
    const baseDir = fromEditor ? workspaceRootFor(dir) : cached.file ? dirname(cached.file) : dir;
    return { config, baseDir, configFile: cached.file, error: cached.error };
  }

  /** Which corpus an article's references make (folder and patterns), or undefined when it has none. */
  corpusKey(uri: string): string | undefined {
    const { config, baseDir } = this.configFor(uri);
    return config.references.length ? baseDir + '\0' + config.references.join('\0') : undefined;
  }

  /** The reference corpus for an article, started if needed; undefined when no references are configured. */
  corpusFor(uri: string): Corpus | undefined {
    const key = this.corpusKey(uri);
    if (key === undefined) return undefined;
    let corpus = this.corpora.get(key);
    if (!corpus) {
      const [baseDir, ...patterns] = key.split('\0');
      corpus = { key, index: new ReferenceIndex(), files: new Set(), ready: Promise.resolve(), done: false, cancelled: false };
      corpus.ready = this.build(corpus, patterns, baseDir!);
      this.corpora.set(key, corpus);
    }
    return corpus;
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

  private async build(corpus: Corpus, patterns: string[], baseDir: string): Promise<void> {
    // Let the first diagnostics (attribution) go out before any reference is read; the cross-check follows.
    await new Promise((r) => setImmediate(r));
    if (corpus.cancelled) return;
    const started = performance.now();
    const files = listReferenceFiles(patterns, baseDir);
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
          this.host.log?.(`references: indexing ${patterns.join(', ')} cancelled after ${i}/${files.length} files (the settings changed)`);
          return;
        }
      }
    }
    progress?.done();
    corpus.done = true;
    this.host.log?.(`references: indexed ${files.length} files (${patterns.join(', ')}) in ${Math.round(performance.now() - started)} ms`);
  }

  private indexFile(corpus: Corpus, file: string): void {
    try {
      corpus.index.set(file, readTextFile(file));
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
        if (deleted) {
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
        const [baseDir, ...patterns] = corpus.key.split('\0');
        if (listReferenceFiles(patterns, baseDir!).includes(path)) {
          corpus.files.add(path);
          this.indexFile(corpus, path);
          touched = true;
        }
      }
    }
    return touched ? 'reference' : 'none';
  }

  allCorpora(): Corpus[] {
    return [...this.corpora.values()];
  }
}

/** JSON with object keys sorted: two settings objects compare equal whatever order their keys came in. */
function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
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
