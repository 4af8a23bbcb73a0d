// Per-article configuration and reference corpora for the server: repo file + editor settings, indexed lazily,
// in small slices so typing is never blocked, and updated file by file when references change.
import { dirname, resolve } from 'node:path';
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
  ready: Promise<void>;
  done: boolean;
}

export interface Host {
  /** Reports progress of an indexing job (0-100) and its end. */
  progress(title: string): { report(pct: number, message: string): void; done(): void };
  warn(message: string): void;
}

export class Workspace {
  private corpora = new Map<string, Corpus>();
  private configCache = new Map<string, { file?: string; config: Partial<CopydeskConfig>; error?: string }>();
  editorSettings: Partial<CopydeskConfig> = {};

  constructor(private readonly host: Host) {}

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
    const editor = this.editorSettings;
    const config = resolveConfig(cached.config, editor);
    const fromEditor = !!editor.references?.length;
    const baseDir = fromEditor ? workspaceRootFor(dir) : cached.file ? dirname(cached.file) : dir;
    return { config, baseDir, configFile: cached.file, error: cached.error };
  }

  /** The reference corpus for an article, started if needed; undefined when no references are configured. */
  corpusFor(uri: string): Corpus | undefined {
    const { config, baseDir } = this.configFor(uri);
    if (!config.references.length) return undefined;
    const key = baseDir + '\0' + config.references.join('\0');
    let corpus = this.corpora.get(key);
    if (!corpus) {
      corpus = { key, index: new ReferenceIndex(), files: new Set(), ready: Promise.resolve(), done: false };
      corpus.ready = this.build(corpus, config.references, baseDir);
      this.corpora.set(key, corpus);
    }
    return corpus;
  }

  private async build(corpus: Corpus, patterns: string[], baseDir: string): Promise<void> {
    // Let the first diagnostics (attribution) go out before any reference is read; the cross-check follows.
    await new Promise((r) => setImmediate(r));
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
        if (deleted) {
          corpus.files.delete(path);
          corpus.index.delete(path);
        } else this.indexFile(corpus, path);
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
