// `.copydeskignore`: gitignore syntax, so a newsroom can copy lines from its .gitignore and reason about them the same way.
// Looked up in the current directory, else beside the nearest `.copydesk.json` above it (the config root), so a run
// from a subfolder of the archive honours the same list. Patterns are relative to the ignore file's own folder.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { findConfigFile } from '../host/configFile';
import { MAX_CONFIG_BYTES, readTextFile } from '../host/readText';
import { realOr } from '../host/references';

export const IGNORE_FILE = '.copydeskignore';

/** Never worth checking and often huge: skipped even without an ignore file. */
const ALWAYS_IGNORED = ['node_modules/', '.git/'];

export interface IgnoreRules {
  /** The ignore file in force, if any. */
  file?: string;
  root: string;
  ignores(path: string): boolean;
}

export function findIgnoreFile(cwd: string): string | undefined {
  const here = join(cwd, IGNORE_FILE);
  if (existsSync(here)) return here;
  const config = findConfigFile(cwd);
  if (config) {
    const there = join(dirname(config), IGNORE_FILE);
    if (existsSync(there)) return there;
  }
  return undefined;
}

/** `explicitFile`: --ignore-path; `null`: --no-ignore (only the built-in folders are skipped). */
export function loadIgnoreRules(cwd: string, explicitFile?: string | null): IgnoreRules {
  const file = explicitFile === null ? undefined : explicitFile ? resolve(cwd, explicitFile) : findIgnoreFile(cwd);
  const ig: Ignore = ignore().add(ALWAYS_IGNORED);
  // `--ignore-path /dev/null` is the usual way to say "an empty list": the one device that is read, as nothing.
  if (file && realOr(file) !== '/dev/null') ig.add(readTextFile(file, MAX_CONFIG_BYTES).replace(/^\uFEFF/, ''));
  const root = file ? dirname(file) : cwd;
  return {
    file,
    root,
    ignores(path: string): boolean {
      const rel = relative(root, resolve(cwd, path));
      // Files outside the ignore file's folder are not its business (the `ignore` package rejects "../" paths).
      if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false;
      // A trailing slash marks a folder, which is what lets "drafts/" match it before its files are listed.
      const posix = (sep === '/' ? rel : rel.split(sep).join('/')) + (/[\\/]$/.test(path) ? '/' : '');
      return ig.ignores(posix);
    },
  };
}
