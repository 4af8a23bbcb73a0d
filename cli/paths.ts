// Expanding the CLI's PATH arguments (files, folders, globs) into article files, in a stable sorted order.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { IgnoreRules } from './ignoreFile';

export const ARTICLE_GLOB = '**/*.{txt,md,markdown,article,story}';
const ARTICLE_FILE = /\.(txt|md|markdown|article|story)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface Expanded {
  files: string[];
  /** Paths that matched nothing: reported as input errors. */
  missing: string[];
  /** How many files the ignore rules left out. */
  ignored: number;
  /** Folders that could not be listed, as one-line reasons: input errors too. */
  problems: string[];
}

export function expandPaths(args: string[], cwd = process.cwd(), rules?: IgnoreRules): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let ignored = 0;
  const add = (f: string) => {
    const key = resolve(cwd, f);
    if (seen.has(key)) return;
    seen.add(key);
    // Files named one by one obey the ignore file too, so `copydesk check $(git diff --name-only)` does.
    if (rules?.ignores(f)) ignored++;
    else files.push(f);
  };
  for (const arg of args) {
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      walk(arg);
    } else if (!st && isDynamicPattern(arg) && !isDanglingLink(resolve(cwd, arg))) {
      const found = globSync(arg, { cwd, followSymbolicLinks: false }).sort();
      if (found.length === 0) missing.push(arg);
      found.forEach(add);
    } else add(arg); // includes broken links and loops: reading them gives the one-line reason
  }
  return { files, missing, ignored, problems };

  /**
   * Our own walk rather than a glob: links to files are kept (reading one that loops or dangles gives its one-line
   * reason instead of a silent skip), links to folders are never entered (a link to a parent cannot make it endless),
   * ignored folders are pruned before they are read, and an unreadable folder is reported, not skipped.
   */
  function walk(dir: string): void {
    let entries;
    try {
      entries = readdirSync(resolve(cwd, dir), { withFileTypes: true });
    } catch (e) {
      problems.push(`${dir}: cannot list folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const rel = joinRel(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && !rules?.ignores(rel + '/')) subdirs.push(rel);
      } else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_FILE.test(e.name)) add(rel);
    }
    // Files of a folder before its subfolders, each level sorted: the same order on every machine.
    for (const d of subdirs) walk(d);
  }
}

function isDanglingLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function joinRel(dir: string, f: string): string {
  if (dir === '.' || dir === './') return f;
  return dir.endsWith('/') ? dir + f : `${dir}/${f}`;
}
