// Expanding the CLI's PATH arguments (files, folders, globs) into article files, in a stable sorted order.
import { lstatSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { IgnoreRules } from './ignoreFile';

export const ARTICLE_GLOB = '**/*.{txt,md,markdown,article,story}';

export interface Expanded {
  files: string[];
  /** Paths that matched nothing: reported as input errors. */
  missing: string[];
  /** How many files the ignore rules left out. */
  ignored: number;
}

export function expandPaths(args: string[], cwd = process.cwd(), rules?: IgnoreRules): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
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
      // Symbolic links are listed but not followed: a link back to a parent folder cannot make the walk endless.
      const found = globSync(ARTICLE_GLOB, { cwd: resolve(cwd, arg), followSymbolicLinks: false, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      for (const f of found.sort()) add(joinRel(arg, f));
    } else if (!st && isDynamicPattern(arg) && !isDanglingLink(resolve(cwd, arg))) {
      const found = globSync(arg, { cwd, followSymbolicLinks: false }).sort();
      if (found.length === 0) missing.push(arg);
      found.forEach(add);
    } else add(arg); // includes broken links and loops: reading them gives the one-line reason
  }
  return { files, missing, ignored };
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
