// Turning reference globs and folders into files, and files into a ReferenceIndex.
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { ReferenceIndex } from '../core/index';
import { readTextFile, InputError } from './readText';

const REFERENCE_EXT = '{txt,md,markdown,article,story}';

/** Expands patterns relative to baseDir: a folder means every text or Markdown file under it. */
export function listReferenceFiles(patterns: string[], baseDir: string): string[] {
  const files = new Set<string>();
  for (const p of patterns) {
    const abs = isAbsolute(p) ? p : resolve(baseDir, p);
    let isDir = false;
    let isFile = false;
    try {
      const st = statSync(abs);
      isDir = st.isDirectory();
      isFile = st.isFile();
    } catch {
      /* not a path: treat as a glob */
    }
    if (isFile) files.add(abs);
    else {
      const found = globSync(isDir ? `**/*.${REFERENCE_EXT}` : p, { cwd: isDir ? abs : baseDir, absolute: true, followSymbolicLinks: false });
      for (const f of found) files.add(resolve(f));
    }
  }
  return [...files].sort();
}

export interface LoadResult {
  index: ReferenceIndex;
  errors: string[];
}

export function loadReferences(files: string[], index = new ReferenceIndex()): LoadResult {
  const errors: string[] = [];
  for (const f of files) {
    try {
      index.set(f, readTextFile(f));
    } catch (e) {
      errors.push(e instanceof InputError ? e.message : `${f}: ${(e as Error).message}`);
    }
  }
  return { index, errors };
}
