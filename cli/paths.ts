// Expanding the CLI's PATH arguments (files, folders, globs) into article files.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const ARTICLE_GLOB = '**/*.{txt,md,markdown,article,story}';

export interface Expanded {
  files: string[];
  /** Paths that matched nothing: reported as input errors. */
  missing: string[];
}

export function expandPaths(args: string[], cwd = process.cwd()): Expanded {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    const key = resolve(cwd, f);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(f);
    }
  };
  for (const arg of args) {
    let st;
    try {
      st = statSync(resolve(cwd, arg));
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      for (const f of globSync(ARTICLE_GLOB, { cwd: resolve(cwd, arg), followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] }).sort()) add(joinRel(arg, f));
    } else if (!st && isDynamicPattern(arg)) {
      const found = globSync(arg, { cwd, followSymbolicLinks: false }).sort();
      if (found.length === 0) missing.push(arg);
      found.forEach(add);
    } else add(arg);
  }
  return { files, missing };
}

function joinRel(dir: string, f: string): string {
  return dir.endsWith('/') ? dir + f : `${dir}/${f}`;
}
