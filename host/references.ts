// Turning reference globs and folders into files, and files into a ReferenceIndex.
//
// Containment: a repository's configuration (.copydesk.json, or the copydesk.references setting of a workspace) is
// written by whoever wrote the repository, so what it names must stay inside the repository: a pull request must not
// be able to make a CI run or an editor read (and quote, since a reference's first line is its title in every
// message) a file elsewhere on the machine. Patterns are checked before anything is searched (absolute paths and
// "../" are refused, so a search never starts outside), and every file found is checked again by its real path (a
// symbolic link inside the repository may point anywhere). Only a user's own choice reaches further: `--references`
// on the command line, or the user-level copydesk.references setting. Kernel pseudo-files (/proc, /sys, /dev) are
// never read, whoever asks (readText.ts).
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { ReferenceIndex } from '../core/index';
import { readTextFile, InputError, isSystemPath } from './readText';
import { IndexCache, corpusKey, textKey, type CacheStats, type IndexCacheOptions } from './indexCache';

const REFERENCE_EXT = '{txt,md,markdown,article,story}';
/** Never reference material, and often huge. */
const SKIPPED = ['**/node_modules/**', '**/.git/**'];
/** Folder entries one pattern may visit while searching: enough for a 100,000-article archive, not for a disk. */
export const MAX_SEARCH_ENTRIES = 500_000;

/** Where a list of reference patterns comes from, and how far it may reach. */
export interface ReferenceScope {
  /** Folder the patterns are relative to. */
  baseDir: string;
  /** Folder every reference must resolve inside; undefined when the list is the user's own choice. */
  root?: string;
  /** Patterns the user chose at user level (VS Code user settings): they may reach outside root. */
  trusted?: ReadonlySet<string>;
  /** Names the list in messages: `in /repo/.copydesk.json`, `in the copydesk.references workspace setting`. */
  origin?: string;
  /** How the user reads elsewhere, for the refusal message. */
  remedy?: string;
  /** Folder entries one pattern's search may visit (tests lower it). */
  maxSearchEntries?: number;
}

/** The references a .copydesk.json names: relative to its folder, and inside it. `elsewhere`: how a user reads others. */
export function configScope(dir: string, file: string | undefined, elsewhere: string): ReferenceScope {
  return {
    baseDir: dir,
    root: dir,
    origin: file ? `in ${file}` : undefined,
    remedy: `a repository's .copydesk.json may only name files inside its folder; ${elsewhere}`,
  };
}

export interface ListedReferences {
  /** Absolute paths (as found, not resolved through links), sorted: the index's document ids. */
  files: string[];
  /** One line each: a refused pattern or file, or a search that was stopped. */
  errors: string[];
  /** Real path of each file -> its id, so an article can be recognised in the corpus whatever path named it. */
  realIds: Map<string, string>;
  /** Ids that came from a user-level choice and may lie outside the root (a changed file is re-checked against it). */
  free: Set<string>;
}

/** Expands patterns relative to scope.baseDir: a folder means every text or Markdown file under it. */
export function listReferenceFiles(patterns: string[], scope: ReferenceScope | string): ListedReferences {
  const sc: ReferenceScope = typeof scope === 'string' ? { baseDir: scope } : scope;
  const baseDir = resolve(sc.baseDir);
  const rootReal = sc.root === undefined ? undefined : realOr(resolve(sc.root));
  const files = new Map<string, string>(); // id -> real path
  const free = new Set<string>();
  const errors: string[] = [];
  const where = sc.origin ? ` ${sc.origin}` : '';
  for (const p of patterns) {
    const contained = rootReal !== undefined && !sc.trusted?.has(p);
    const refuse = (why: string) => errors.push(`"${p}"${where}: ${why}`);
    if (contained && escapes(p)) {
      refuse(`outside ${sc.root}, refused (${containmentRule(sc)})`);
      continue;
    }
    const abs = resolve(baseDir, p);
    let isDir = false;
    let isFile = false;
    let other = false;
    try {
      const st = statSync(abs);
      isDir = st.isDirectory();
      isFile = st.isFile();
      other = !isDir && !isFile;
    } catch {
      /* not a path: treat as a glob */
    }
    if (other) {
      // A FIFO, socket or device: never read, whoever names it (it would block, or never end).
      refuse(
        contained && !inside(realOr(abs), rootReal!)
          ? `outside ${sc.root}, refused (${containmentRule(sc)})`
          : 'not a regular file, skipped',
      );
      continue;
    }
    const accept = (id: string, what: string): void => {
      const real = realOr(id);
      if (contained && !inside(real, rootReal!)) {
        errors.push(`${what}${where}: a link to a file outside ${sc.root}, refused (${containmentRule(sc)})`);
        return;
      }
      files.set(id, real);
      if (!contained) free.add(id);
    };
    if (isFile) {
      accept(abs, `"${p}"`);
      continue;
    }
    // Where the search starts: the folder itself, or the pattern's fixed leading folders.
    const start = isDir ? abs : resolve(baseDir, picomatch.scan(p).base || '.');
    const startReal = realOr(start);
    if (contained && !inside(startReal, rootReal!)) {
      refuse(`a link to a folder outside ${sc.root}, refused (${containmentRule(sc)})`);
      continue;
    }
    if (startReal === resolve('/') || isSystemPath(startReal)) {
      refuse('refusing to search the whole file system, /proc, /sys or /dev');
      continue;
    }
    const limit = sc.maxSearchEntries ?? MAX_SEARCH_ENTRIES;
    const found = boundedGlob(isDir ? `**/*.${REFERENCE_EXT}` : p, isDir ? abs : baseDir, limit);
    if (found === undefined) {
      refuse(
        `the search visited more than ${limit.toLocaleString('en')} files and folders and was stopped (narrow the pattern)`,
      );
      continue;
    }
    for (const f of found) accept(resolve(f), relative(baseDir, resolve(f)) || f);
  }
  const ids = [...files.keys()].sort();
  const realIds = new Map<string, string>();
  for (const id of ids) if (!realIds.has(files.get(id)!)) realIds.set(files.get(id)!, id);
  return { files: ids, errors, realIds, free };
}

/** Whether a listed file may still be read: it stays inside the scope's root unless a user-level choice named it. */
export function stillAllowed(id: string, scope: ReferenceScope, free: ReadonlySet<string>): boolean {
  return scope.root === undefined || free.has(id) || inside(realOr(id), realOr(resolve(scope.root)));
}

/** A glob that gives up (undefined) after visiting MAX_SEARCH_ENTRIES entries, instead of walking a whole disk. */
function boundedGlob(pattern: string, cwd: string, limit: number): string[] | undefined {
  const stop = new AbortController();
  let visited = 0;
  const countingReaddir = ((path: string, options: object) => {
    const entries = readdirSync(path, options as { withFileTypes: true });
    visited += entries.length;
    if (visited > limit) stop.abort();
    return entries;
  }) as unknown as typeof readdirSync;
  const found = globSync(pattern, {
    cwd,
    absolute: true,
    followSymbolicLinks: false,
    ignore: SKIPPED,
    signal: stop.signal,
    fs: { readdirSync: countingReaddir },
  });
  return stop.signal.aborted ? undefined : found;
}

function containmentRule(sc: ReferenceScope): string {
  return sc.remedy ?? 'references must be inside it';
}

/** Absolute, or leaving its base folder through "..": decided on the text, before anything is searched. */
export function escapes(pattern: string): boolean {
  if (isAbsolute(pattern) || /^[A-Za-z]:[\\/]/.test(pattern) || pattern.startsWith('\\\\')) return true;
  const n = posix.normalize(pattern);
  return n === '..' || n.startsWith('../') || isAbsolute(n);
}

export function inside(real: string, rootReal: string): boolean {
  if (real === rootReal) return true;
  return real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

/** The real path, or the path itself when it does not exist (yet): the read that follows names the problem. */
export function realOr(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

export interface LoadResult {
  index: ReferenceIndex;
  errors: string[];
  /** Real path of each indexed file -> its id in the index. */
  realIds: Map<string, string>;
  /** How the persistent index served the load, when there was one. */
  cache?: CacheStats;
  /** Milliseconds spent reading the files, and indexing them (the cache's lookups and writes included). */
  timing?: { readMs: number; indexMs: number; indexCpuMs?: number };
}

/**
 * Reads and indexes the listed files. `cache`: the persistent index (host/indexCache.ts), which spares the segmentation
 * of every file whose text it has seen; the index is the same with it or without.
 */
export function loadReferences(
  listed: ListedReferences | string[],
  index = new ReferenceIndex(),
  cache?: IndexCacheOptions,
): LoadResult {
  const l: ListedReferences = Array.isArray(listed)
    ? { files: listed, errors: [], realIds: new Map(listed.map((f) => [realOr(f), f])), free: new Set(listed) }
    : listed;
  const errors = [...l.errors];
  const kept = cache ? new IndexCache(cache.dir, cache.onError) : undefined;
  const timing: { readMs: number; indexMs: number; indexCpuMs?: number } = { readMs: 0, indexMs: 0 };
  const t0 = performance.now();
  const texts = new Map<string, string>();
  for (const f of l.files) {
    try {
      texts.set(f, readTextFile(f));
    } catch (e) {
      errors.push(e instanceof InputError ? e.message : `${f}: ${(e as Error).message}`);
    }
  }
  const t1 = performance.now();
  const cpu1 = process.cpuUsage();
  timing.readMs = t1 - t0;
  if (!kept || index.size) {
    for (const [f, text] of texts) index.set(f, text, kept?.segment(text));
    kept?.flush();
  } else {
    // The same files with the same texts as a run before: the whole index from its snapshot. Otherwise file by file,
    // each file's segmentation from the cache when its text was seen before; then the snapshot for next time.
    const keys = [...texts].map(([f, text]) => [f, textKey(text)] as [string, Buffer]);
    const key = corpusKey(kept.code, keys);
    const snap =
      index.size === 0 ? kept.loadSnapshot(key, [...texts.keys()], (id) => texts.get(id)?.length) : undefined;
    if (snap) {
      index.importSnapshot(snap, (id) => texts.get(id)!);
      kept.stats.snapshot = true;
    } else {
      for (const [f, k] of keys) index.set(f, texts.get(f)!, kept.segment(texts.get(f)!, k));
      kept.flush();
      if (texts.size) kept.saveSnapshot(key, index.exportSnapshot());
    }
  }
  timing.indexMs = performance.now() - t1;
  const cpu = process.cpuUsage(cpu1);
  timing.indexCpuMs = (cpu.user + cpu.system) / 1000;
  return { index, errors, realIds: l.realIds, cache: kept?.stats, timing };
}

/** The id under which an article's own file sits in a corpus, if it does (an article is never its own reference). */
export function selfId(realIds: ReadonlyMap<string, string>, articlePath: string): string | undefined {
  return realIds.get(realOr(resolve(articlePath)));
}
