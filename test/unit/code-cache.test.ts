// The compiled code the server keeps between starts (host/codeCache.ts): the second start takes it, and anything wrong
// with the kept file — a changed byte, another build of the bundle, a file others may write — is refused and the
// bundle compiled as it would be without a cache, never run from a doubtful file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeCacheRoot, runBundleWithCodeCache } from '../../host/codeCache';
import { tempDir } from '../cli/helpers';

const RUNNER = join(__dirname, '../support/codeCacheRun.ts');

/** A small CommonJS bundle: a module with a function the loader's caller runs after loading. */
function bundle(dir: string, answer = 42): string {
  const file = join(dir, 'bundle.js');
  const fns = Array.from({ length: 50 }, (_, k) => `function f${k}(x) { return x + ${k}; }`).join('\n');
  writeFileSync(file, `${fns}\nexports.answer = () => f0(${answer}) + require('node:path').sep.length - 1;\n`);
  return file;
}

function run(file: string, root: string, save = true): { loaded: string; saved?: string; value: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', RUNNER, file, root, save ? 'save' : ''], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const keptFiles = (root: string) => readdirSync(join(root, 'code-v1')).filter((f) => f.endsWith('.bin'));

test('the first start keeps the code, the next takes it, and the module runs the same', (t) => {
  const dir = tempDir(t);
  const root = join(dir, 'cache');
  const file = bundle(dir);
  assert.deepEqual(run(file, root), { loaded: 'none', saved: 'saved', value: 42 });
  assert.equal(keptFiles(root).length, 1);
  assert.ok(readdirSync(root).includes('CACHEDIR.TAG'), 'the cache root is marked as one');
  assert.deepEqual(run(file, root), { loaded: 'used', saved: 'used', value: 42 });
});

test('a changed byte in the kept code: refused, compiled afresh, kept again', (t) => {
  const dir = tempDir(t);
  const root = join(dir, 'cache');
  const file = bundle(dir);
  run(file, root);
  const kept = join(root, 'code-v1', keptFiles(root)[0]!);
  const bytes = readFileSync(kept);
  bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
  writeFileSync(kept, bytes, { mode: 0o600 });
  assert.deepEqual(run(file, root), { loaded: 'none', saved: 'saved', value: 42 });
  assert.equal(run(file, root).loaded, 'used');
});

test('another build of the bundle never reads the old code, and replaces it', (t) => {
  const dir = tempDir(t);
  const root = join(dir, 'cache');
  const file = bundle(dir);
  run(file, root);
  const before = keptFiles(root);
  bundle(dir, 7);
  assert.deepEqual(run(file, root), { loaded: 'none', saved: 'saved', value: 7 });
  const after = keptFiles(root);
  assert.equal(after.length, 1);
  assert.notDeepEqual(after, before);
});

test('a kept file others can write is not run from', { skip: process.platform === 'win32' }, (t) => {
  const dir = tempDir(t);
  const root = join(dir, 'cache');
  const file = bundle(dir);
  run(file, root);
  chmodSync(join(root, 'code-v1', keptFiles(root)[0]!), 0o666);
  assert.equal(run(file, root, false).loaded, 'none');
});

test('no cache folder, or COPYDESK_CODE_CACHE=0: compiled as without a cache, nothing written', (t) => {
  const dir = tempDir(t);
  assert.deepEqual(run(bundle(dir), ''), { loaded: 'off', saved: 'off', value: 42 });
  assert.equal(codeCacheRoot({ COPYDESK_CACHE_DIR: '/x', COPYDESK_CODE_CACHE: '0' }, '/'), undefined);
  assert.equal(codeCacheRoot({ COPYDESK_CACHE_DIR: '/x' }, '/'), '/x');
});

test('an entry without its bundle beside it says which file and how to mend it', (t) => {
  const dir = tempDir(t);
  assert.throws(
    () => runBundleWithCodeCache(join(dir, 'missing.js'), undefined),
    /missing\.js cannot be read \(.*\): rebuild with node esbuild\.mjs/,
  );
});
