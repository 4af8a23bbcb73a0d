// host/readText.ts: every read bounded before and while it happens, only regular files, and the one-line reasons for
// what is not UTF-8 text (the right offset, UTF-32 named as such).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeText,
  firstInvalidUtf8,
  InputError,
  readAtMost,
  readFileBounded,
  readTextFile,
  isSystemPath,
} from '../../host/readText';

const linux = process.platform === 'linux';

function tmp(t: { after: (f: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-read-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const reason = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof InputError, String(e));
    return e.message.slice(e.file.length + 2);
  }
  assert.fail('expected an InputError');
};

test(
  'the read loop does not trust the reported size: a size-0 /proc file is read only up to the limit',
  { skip: !linux && 'needs /proc' },
  () => {
    // /proc/self/status reports size 0 and holds about a kilobyte: the loop must read it all when allowed, and stop at
    // limit + 1 bytes when not (readFileBounded itself refuses /proc; this is the loop that protects every other read).
    const fd = openSync('/proc/self/status', 'r');
    try {
      const all = readAtMost(fd, '/proc/self/status', 1 << 20, 0);
      assert.ok(all.length > 100 && /^Name:/.test(all.toString()), 'read past the reported size of 0');
    } finally {
      closeSync(fd);
    }
    const fd2 = openSync('/proc/self/status', 'r');
    try {
      assert.match(
        reason(() => readAtMost(fd2, '/proc/self/status', 64, 0)),
        /^too large \(more than 64 bytes\), skipped$/,
      );
    } finally {
      closeSync(fd2);
    }
  },
);

test('files under /proc, /sys and /dev are never read, whatever they report', { skip: !linux && 'needs /proc' }, () => {
  for (const f of [
    '/proc/self/environ',
    '/proc/self/pagemap',
    '/proc/self/status',
    '/sys/kernel/mm/transparent_hugepage/enabled',
  ]) {
    if (!existsSync(f)) continue;
    assert.equal(
      reason(() => readTextFile(f)),
      'a system file (/proc, /sys or /dev), skipped',
      f,
    );
  }
  assert.equal(
    reason(() => readTextFile('/dev/zero')),
    'not a regular file, skipped',
  );
  assert.equal(
    reason(() => readTextFile('/dev/null')),
    'not a regular file, skipped',
  );
  assert.ok(isSystemPath('/proc/self/pagemap') && isSystemPath('/sys') && !isSystemPath('/procedures/a.txt'));
});

test(
  'a link to /proc is refused by its real path; FIFOs and sockets are not opened',
  { skip: !linux && 'needs /proc and mkfifo' },
  (t) => {
    const dir = tmp(t);
    symlinkSync('/proc/self/environ', join(dir, 'env.txt'));
    assert.equal(
      reason(() => readTextFile(join(dir, 'env.txt'))),
      'a system file (/proc, /sys or /dev), skipped',
    );
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    // A FIFO with no writer would block a plain open forever: the test finishing at all is part of the assertion.
    assert.equal(
      reason(() => readTextFile(join(dir, 'pipe.txt'))),
      'not a regular file, skipped',
    );
  },
);

test('config-sized limits: a file over the limit is refused by its size before it is read', (t) => {
  const dir = tmp(t);
  writeFileSync(join(dir, 'big.json'), 'x'.repeat(2 * 1024 * 1024));
  assert.equal(
    reason(() => readFileBounded(join(dir, 'big.json'), 1024 * 1024)),
    'too large (2.0 MB; limit 1 MB), skipped',
  );
  writeFileSync(join(dir, 'ok.json'), '{}');
  assert.equal(readTextFile(join(dir, 'ok.json'), 1024 * 1024), '{}');
});

test('the invalid-UTF-8 offset is the first bad sequence, also for overlong forms, surrogates and code points past U+10FFFF', () => {
  const cases: Array<[string, number[], number]> = [
    ['Latin-1 é', [0x43, 0x61, 0x66, 0xe9, 0x20], 3],
    ['after a BOM', [0xef, 0xbb, 0xbf, 0x43, 0xe9, 0x20], 4],
    ['overlong three-byte', [0x41, 0xe0, 0x80, 0x80, 0x42], 1],
    ['UTF-16 surrogate', [0x41, 0x42, 0xed, 0xa0, 0x80, 0x43], 2],
    ['past U+10FFFF', [0x41, 0xf4, 0x90, 0x80, 0x80], 1],
    ['overlong four-byte', [0x41, 0xf0, 0x80, 0x80, 0x80], 1],
    ['truncated at the end', [0x41, 0xe2, 0x82], 1],
    ['lone continuation', [0x41, 0x80], 1],
    ['C0 lead', [0xc0, 0xaf], 0],
  ];
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (const [name, bytes, at] of cases) {
    const b = new Uint8Array(bytes);
    assert.throws(() => strict.decode(b), name);
    assert.equal(firstInvalidUtf8(b), at, name);
    assert.equal(
      reason(() => decodeText('f', b)),
      `not valid UTF-8 text (first bad byte at offset ${at}), skipped (save it as UTF-8)`,
      name,
    );
  }
  // Valid edge cases pass whole.
  for (const s of ['\u0080', '\u07ff', '\u0800', '\ud7ff', '\ue000', '\uffff', '\u{10000}', '\u{10ffff}'])
    assert.equal(firstInvalidUtf8(Buffer.from(s)), Buffer.from(s).length, s);
});

test('UTF-32 (either byte order) is named UTF-32, not UTF-16', () => {
  const le = Buffer.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]);
  const be = Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x48]);
  assert.equal(
    reason(() => decodeText('f', le)),
    'UTF-32 text, skipped (save it as UTF-8)',
  );
  assert.equal(
    reason(() => decodeText('f', be)),
    'UTF-32 text, skipped (save it as UTF-8)',
  );
  assert.equal(
    reason(() => decodeText('f', Buffer.from('\ufeffHi', 'utf16le'))),
    'UTF-16 text, skipped (save it as UTF-8)',
  );
});
