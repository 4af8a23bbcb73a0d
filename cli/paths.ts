// Expanding the CLI's PATH arguments (files, folders, globs) into article files, in a stable sorted order.
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { IgnoreRules } from './ignoreFile';
import { inside, realOr } from '../host/references';

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
  /** Files named one by one on the command line (not found by walking a folder or a glob). */
  named: Set<string>;
}

export function expandPaths(args: string[], cwd = process.cwd(), rules?: IgnoreRules): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const named = new Set<string>();
  let ignored = 0;
  const realCwd = realOr(resolve(cwd));
  /**
   * `within`: the real folders a link may lead into (for a folder walked, that folder and the working directory; for
   * a path named or globbed, the link's own folder and the working directory).
   */
  const add = (f: string, within?: string[]) => {
    const key = resolve(cwd, f);
    if (seen.has(key)) return;
    seen.add(key);
    // Files named one by one obey the ignore file too, so `copydesk check $(git diff --name-only)` does.
    if (rules?.ignores(f)) ignored++;
    else if (linksOutside(key, within ?? [realCwd, realOr(dirname(key))]))
      problems.push(
        `${f}: a link to a file outside ${within ? 'the folder checked' : 'its folder and the working directory'}, skipped`,
      );
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
      walk(arg, [realCwd, realOr(resolve(cwd, arg))]);
    } else if (!st && isDynamicPattern(arg) && !isDanglingLink(resolve(cwd, arg))) {
      const found = globSync(arg, { cwd, followSymbolicLinks: false }).sort();
      if (found.length === 0) missing.push(arg);
      for (const f of found) add(f);
    } else {
      named.add(arg);
      add(arg); // includes broken links and loops: reading them gives the one-line reason
    }
  }
  return { files, missing, ignored, problems, named };

  /**
   * Our own walk rather than a glob: links to files are kept (reading one that loops or dangles gives its one-line
   * reason instead of a silent skip), links to folders are never entered (a link to a parent cannot make it endless),
   * ignored folders are pruned before they are read, and an unreadable folder is reported, not skipped.
   */
  function walk(dir: string, top: string[]): void {
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
      } else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE_FILE.test(e.name)) add(rel, top);
    }
    // Files of a folder before its subfolders, each level sorted: the same order on every machine.
    for (const d of subdirs) walk(d, top);
  }
}

/**
 * A link to a file outside the given folders. A pull request can add `story.md -> ~/.aws/credentials`, and every
 * report quotes the article; a folder walk and `copydesk check $(git diff --name-only)` would otherwise follow it.
 * A dangling link or a loop is not "outside": reading it gives its own one-line reason.
 */
function linksOutside(path: string, within: string[]): boolean {
  try {
    if (!lstatSync(path).isSymbolicLink() || !existsSync(path)) return false;
  } catch {
    return false;
  }
  const real = realOr(path);
  return !within.some((w) => inside(real, w));
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
