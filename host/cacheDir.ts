// The user's cache folder, shared by the persistent reference index (indexCache.ts) and the compiled-code cache
// (codeCache.ts). Always the user's choice or the platform's user cache folder, never a repository's: it is written to.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The cache folder: an explicit choice, else COPYDESK_CACHE_DIR, else the platform's user cache folder. */
export function cacheLocation(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  cwd: string,
): string | undefined {
  if (flag !== undefined) return resolve(cwd, flag);
  if (env.COPYDESK_CACHE_DIR) return resolve(cwd, env.COPYDESK_CACHE_DIR);
  return defaultCacheDir(env);
}

/** ~/.cache/copydesk (XDG_CACHE_HOME), ~/Library/Caches/copydesk, %LOCALAPPDATA%\copydesk\cache; none without a home. */
export function defaultCacheDir(
  env: Record<string, string | undefined>,
  platform = process.platform,
): string | undefined {
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'copydesk', 'cache') : undefined;
  if (platform !== 'darwin' && env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/'))
    return join(env.XDG_CACHE_HOME, 'copydesk');
  const home = env.HOME;
  if (!home) return undefined;
  return platform === 'darwin' ? join(home, 'Library', 'Caches', 'copydesk') : join(home, '.cache', 'copydesk');
}

/** Marks a cache root as one: CACHEDIR.TAG for backup tools, a .gitignore of "*" so git never lists it. */
export function prepareCacheRoot(root: string): void {
  mkdirSync(root, { recursive: true });
  const tag = join(root, 'CACHEDIR.TAG');
  if (!existsSync(tag))
    writeFileSync(
      tag,
      'Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by Copydesk (its reference index and compiled code).\n# For information about cache directory tags see https://bford.info/cachedir/\n',
    );
  const ignore = join(root, '.gitignore');
  if (!existsSync(ignore)) writeFileSync(ignore, '# Copydesk cache: never committed.\n*\n');
}
