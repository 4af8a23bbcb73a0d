// The CLI keeps its compiled code like the server (cli/boot.ts, host/codeCache.ts): a batch command's first run keeps
// it as it exits, the next run takes it — which V8 allows only under the flags it was compiled under, so this also
// proves the command's flags are set before its bundle compiles — and the report is the same. --no-cache keeps nothing.
// Runs the built dist/cli.js (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { NEWSROOM, tempDir } from './helpers';

const CLI = resolve(__dirname, '../../dist/cli.js');

function check(cache: string, ...extra: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...extra, 'drafts'], {
    cwd: NEWSROOM,
    encoding: 'utf8',
    env: { ...process.env, COPYDESK_CACHE_DIR: cache, COPYDESK_TIMING: '1' },
  });
  return { out: r.stdout, compiled: /compiled code (\w+)(, kept for the next run)?/.exec(r.stderr) };
}

test(
  'a batch run keeps its compiled code as it exits; the next run takes it and reports the same',
  { skip: !existsSync(CLI) },
  (t) => {
    const cache = join(tempDir(t), 'cache');
    const first = check(cache);
    assert.equal(first.compiled?.[1], 'none');
    assert.ok(first.compiled?.[2], 'kept for the next run');
    const second = check(cache);
    assert.equal(second.compiled?.[1], 'used');
    assert.equal(second.compiled?.[2], undefined);
    assert.equal(second.out, first.out);
    assert.ok(first.out.length > 0);
    assert.equal(check(cache, '--no-cache').compiled?.[1], 'off');
  },
);
