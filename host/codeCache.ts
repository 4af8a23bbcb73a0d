// Compiled code kept between starts. Each start of the server compiled its 1.8 MB bundle again, and the first check
// then compiled, one by one, the hundreds of functions it calls. V8 can serialise the code it has compiled and take it
// back at the next start; Node 22 does this for modules (module.enableCompileCache), but only for what is compiled as a
// module loads, and Node 20 not at all. Here the bundle is compiled through vm.Script with the code kept from the last
// start, and the code is kept again once the first analyses have run, so it holds the analysis's functions too.
//
// Where: <cache root>/code-v1/ (cacheDir.ts: COPYDESK_CACHE_DIR or the user's cache folder, never a repository's).
// The file's name carries a hash of the bundle's bytes, the runtime's version and architecture: another build or
// another Node never reads it. V8 refuses code made under other V8 flags or for a source of another length. Copydesk
// also checks a SHA-1 of the code against a damaged file (V8's own checksum is off in release builds) and, on POSIX,
// that the file is the user's own and not writable by others. Anything refused is compiled afresh and kept again;
// anything that fails leaves the start as it was. COPYDESK_CODE_CACHE=0 turns it off.
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheLocation, prepareCacheRoot } from './cacheDir';

const FOLDER = 'code-v1';
const MAGIC = Buffer.from('CDCC');
const HASH_BYTES = 20;
/** How a start went: the server logs it, tests read it. */
export type CodeCacheState = 'off' | 'none' | 'used' | 'refused' | 'saved' | 'unsaved';

/** What the entry stub leaves for the bundle it loaded (the two are separate bundles, with separate modules). */
const HOOK = Symbol.for('copydesk.codeCache');
type Hook = { state(): CodeCacheState; save(): CodeCacheState };

interface LoadedBundle {
  exports: unknown;
  state: CodeCacheState;
  /** Keeps the code compiled so far, when the start did not use a kept copy; returns what happened. */
  save(): CodeCacheState;
}

/**
 * Runs the CommonJS bundle `file` as a module, compiled with the code kept for it under `root` (undefined: compiled
 * as Node would). `variant` names anything else that decides the compiled code (the process's V8 flags).
 */
export function runBundleWithCodeCache(file: string, root: string | undefined, variant = ''): LoadedBundle {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    // An entry copied without its bundle beside it: say which file, not only ENOENT.
    throw new Error(`${file} cannot be read (${(e as Error).message}): rebuild with node esbuild.mjs`);
  }
  const where = root === undefined ? undefined : cacheFile(root, file, bytes, variant);
  const kept = where === undefined ? undefined : readKept(where);
  const script = new Script(wrap(bytes.toString('utf8')), { filename: file, cachedData: kept });
  let state: CodeCacheState =
    where === undefined ? 'off' : !kept ? 'none' : script.cachedDataRejected ? 'refused' : 'used';
  const bundle: LoadedBundle = {
    exports: undefined,
    state,
    save() {
      if (!where || (state !== 'none' && state !== 'refused')) return state;
      state = keep(where, script.createCachedData()) ? 'saved' : 'unsaved';
      bundle.state = state;
      return state;
    },
  };
  (globalThis as Record<symbol, unknown>)[HOOK] = {
    state: () => bundle.state,
    save: () => bundle.save(),
  } satisfies Hook;
  const module = new Module(file, require.main);
  module.filename = file;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
  require.cache[file] = module;
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  // A whole require (resolve, cache, main), as Node gives a module, for whatever the bundle leaves to run time.
  run.call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
  module.loaded = true;
  bundle.exports = module.exports;
  return bundle;
}

/** Called by the bundle once its first analyses ran, at a quiet moment: the stub's save, if a stub loaded it. */
export function saveCodeCache(): CodeCacheState | undefined {
  return hook()?.save();
}

/** How the bundle was compiled, if a stub loaded it through the cache. */
export function codeCacheState(): CodeCacheState | undefined {
  return hook()?.state();
}

function hook(): Hook | undefined {
  return (globalThis as Record<symbol, Hook | undefined>)[HOOK];
}

/** The cache folder the code is kept in (COPYDESK_CACHE_DIR, else the user's), or undefined when it is turned off. */
export function codeCacheRoot(env: Record<string, string | undefined>, cwd: string): string | undefined {
  return env.COPYDESK_CODE_CACHE === '0' ? undefined : cacheLocation(undefined, env, cwd);
}

function wrap(source: string): string {
  // Node's own CommonJS wrapper (Module.wrap), so line and column numbers in stack traces are the file's.
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

function cacheFile(root: string, file: string, bytes: Buffer, variant: string): string {
  const digest = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  const tag = variant ? `-${createHash('sha1').update(variant).digest('hex').slice(0, 8)}` : '';
  const name = `${basename(file, '.js')}.${digest}.${process.version}-${process.arch}${tag}.bin`;
  return join(root, FOLDER, name);
}

/** The kept code, if it is whole, the user's own, and checks out. */
function readKept(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    // On a shared machine a cache folder others can write is not to be run from.
    if (typeof process.getuid === 'function' && (st.uid !== process.getuid() || st.mode & 0o022)) return undefined;
    const all = readFileSync(fd);
    if (all.length <= MAGIC.length + HASH_BYTES || !all.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const code = all.subarray(MAGIC.length + HASH_BYTES);
    const sum = createHash('sha1').update(code).digest();
    return sum.equals(all.subarray(MAGIC.length, MAGIC.length + HASH_BYTES)) ? code : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the code beside its final name and renames it (another process never reads half a file); drops older builds'. */
function keep(file: string, code: Buffer): boolean {
  const dir = dirname(file);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    prepareCacheRoot(dirname(dir));
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const sum = createHash('sha1').update(code).digest();
    writeFileSync(temp, Buffer.concat([MAGIC, sum, code]), { mode: 0o600 });
    renameSync(temp, file);
    removeOtherBuilds(dir, basename(file));
    return true;
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      /* never written */
    }
    return false;
  }
}

/** Code kept for other builds of the same bundle (an update leaves the last one's behind). */
function removeOtherBuilds(dir: string, current: string): void {
  // <bundle>.<digest>.<runtime>.bin: the same bundle with another digest is another build.
  const [bundle, digest] = current.split('.');
  for (const name of readdirSync(dir)) {
    const [b, d] = name.split('.');
    if (b === bundle && d !== digest && name.endsWith('.bin')) {
      try {
        unlinkSync(join(dir, name));
      } catch {
        /* another process's, or gone */
      }
    }
  }
}
