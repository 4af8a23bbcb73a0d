// Bad input in a batch run: each bad file gets one clear line naming it, the other files are still checked, and the
// exit code is 2 whenever a file could not be read. Files are generated in a temp folder; nothing comes from ../shared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN_TS, runCli, tempDir } from '../cli/helpers';
import { MAX_CHECK_BYTES } from '../../cli/checker';

const GOOD = 'Officials say the harbour bridge will reopen on Tuesday.\n';

interface Doc {
  file: string;
  error?: string;
  diagnostics: Array<{
    code: string;
    start: number;
    end: number;
    range: { start: { line: number; character: number } };
  }>;
}

async function checkDir(dir: string, args: string[] = ['.']) {
  const r = await runCli(['check', '--format', 'json', ...args], { cwd: dir });
  const docs = JSON.parse(r.out).files as Doc[];
  return { ...r, docs, byName: (n: string) => docs.find((d) => d.file === n) };
}

function errLines(err: string): string[] {
  return err.split('\n').filter(Boolean);
}

test('binary, invalid UTF-8 and UTF-16 files: one line each, the good file is still checked, exit 2', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'good.md'), GOOD);
  writeFileSync(
    join(dir, 'photo.md'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  );
  writeFileSync(
    join(dir, 'latin1.txt'),
    Buffer.concat([
      Buffer.from('Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' au lait, said Ren'),
      Buffer.from([0xe9, 0x0a]),
    ]),
  );
  writeFileSync(join(dir, 'wide.txt'), Buffer.from('\uFEFFHello', 'utf16le'));
  const r = await checkDir(dir);
  assert.equal(r.code, 2);
  assert.ok(r.byName('good.md')!.diagnostics.length > 0, 'the good file was checked');
  const lines = errLines(r.err);
  assert.equal(lines.length, 3, r.err);
  assert.ok(lines.includes('copydesk: photo.md: binary file (contains NUL bytes), skipped'));
  assert.ok(
    lines.includes(
      'copydesk: latin1.txt: not valid UTF-8 text (first bad byte at offset 3), skipped (save it as UTF-8)',
    ),
  );
  assert.ok(lines.includes('copydesk: wide.txt: UTF-16 text, skipped (save it as UTF-8)'));
});

test('a BOM stays in the offsets (the file as a JS string) but not in the column', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'bom.md'), '\uFEFF' + GOOD);
  writeFileSync(join(dir, 'plain.md'), GOOD);
  const r = await checkDir(dir);
  assert.equal(r.err, '');
  const bom = r.byName('bom.md')!.diagnostics;
  const plain = r.byName('plain.md')!.diagnostics;
  assert.equal(bom.length, plain.length);
  assert.ok(bom.length > 0);
  for (let i = 0; i < bom.length; i++) {
    assert.equal(bom[i]!.end, plain[i]!.end + 1, 'offsets count the BOM');
    assert.ok(bom[i]!.start === plain[i]!.start + 1 || bom[i]!.start === 0);
    assert.deepEqual(bom[i]!.range.start, plain[i]!.range.start, 'columns do not');
  }
});

test('CRLF and lone CR line ends give the same lines and columns as LF', async (t) => {
  const dir = tempDir(t);
  const body = [
    'Harbour fares',
    '',
    'Officials say fares will rise by 10% on Monday.',
    '',
    'Critics say the rise is the biggest ever.',
    '',
  ];
  writeFileSync(join(dir, 'lf.md'), body.join('\n'));
  writeFileSync(join(dir, 'crlf.md'), body.join('\r\n'));
  writeFileSync(join(dir, 'cr.md'), body.join('\r'));
  const r = await checkDir(dir);
  const pos = (n: string) =>
    r.byName(n)!.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
  assert.ok(pos('lf.md').length >= 2);
  assert.deepEqual(pos('crlf.md'), pos('lf.md'));
  assert.deepEqual(pos('cr.md'), pos('lf.md'));
});

test('empty and whitespace-only files: a warning line, nothing flagged, exit 0', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'blank.md'), ' \n\n\t\r\n');
  writeFileSync(join(dir, 'bom-only.md'), '\uFEFF');
  const r = await checkDir(dir);
  assert.equal(r.code, 0);
  assert.deepEqual(errLines(r.err).sort(), [
    'copydesk: warning: blank.md: empty file, nothing to check',
    'copydesk: warning: bom-only.md: empty file, nothing to check',
    'copydesk: warning: empty.md: empty file, nothing to check',
  ]);
  for (const d of r.docs) assert.deepEqual(d.diagnostics, []);
});

test('a 100 MB file is refused by size without being read, and the run goes on', async (t) => {
  const dir = tempDir(t);
  const big = join(dir, 'archive-dump.txt');
  const chunk = Buffer.alloc(1 << 20, 'The council met on Monday. ');
  const fd = openSync(big, 'w');
  for (let i = 0; i < 100; i++) writeSync(fd, chunk);
  closeSync(fd);
  writeFileSync(join(dir, 'good.md'), GOOD);
  const started = Date.now();
  const r = await checkDir(dir);
  assert.ok(Date.now() - started < 5000, 'refused quickly');
  assert.equal(r.code, 2);
  assert.deepEqual(errLines(r.err), [
    `copydesk: archive-dump.txt: too large (100.0 MB; limit ${MAX_CHECK_BYTES / 1048576} MB), skipped`,
  ]);
  assert.ok(r.byName('good.md')!.diagnostics.length > 0);
});

test('symbolic link loops and dangling links: named, skipped, no endless walk', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'good.md'), GOOD);
  symlinkSync('loop-b.md', join(dir, 'loop-a.md'));
  symlinkSync('loop-a.md', join(dir, 'loop-b.md'));
  symlinkSync('missing.md', join(dir, 'dangling.md'));
  mkdirSync(join(dir, 'sub'));
  symlinkSync('..', join(dir, 'sub', 'up')); // a folder link back to the parent
  const r = await checkDir(dir);
  assert.equal(r.code, 2);
  const lines = errLines(r.err).sort();
  assert.deepEqual(lines, [
    'copydesk: dangling.md: no such file',
    'copydesk: loop-a.md: symbolic link loop',
    'copydesk: loop-b.md: symbolic link loop',
  ]);
  assert.ok(r.byName('good.md')!.diagnostics.length > 0);
  assert.ok(!r.docs.some((d) => d.file.startsWith('sub/up')), 'the link to the parent folder is not entered');
  // Named directly, a loop is the same one line.
  const direct = await runCli(['check', 'loop-a.md', 'good.md'], { cwd: dir });
  assert.equal(direct.code, 2);
  assert.equal(direct.err, 'copydesk: loop-a.md: symbolic link loop\n');
});

test('a folder, a FIFO-like special file and a missing file are refused with a reason', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'good.md'), GOOD);
  const r = await runCli(['check', 'good.md', 'nope.md', '/dev/null'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.deepEqual(errLines(r.err), [
    'copydesk: nope.md: no such file',
    'copydesk: /dev/null: not a regular file, skipped',
  ]);
});

const AS_ROOT = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
/** As root, mode 000 blocks nothing; the test then runs the CLI as nobody, which needs to be able to read the repo. */
function unreadableSkip(): string | false {
  if (process.platform === 'win32') return 'no POSIX permissions';
  if (!AS_ROOT) return false;
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('fs').accessSync(${JSON.stringify(BIN_TS)}); require('fs').accessSync(require.resolve('tsx', { paths: [${JSON.stringify(__dirname)}] }))`,
    ],
    { ...NOBODY, encoding: 'utf8' },
  );
  return probe.status === 0
    ? false
    : 'running as root and user nobody cannot read this checkout, so a mode-000 file cannot be made unreadable here';
}

test(
  'an unreadable file (mode 000) is named and skipped; as root the check runs as nobody',
  { skip: unreadableSkip() },
  async (t) => {
    const dir = tempDir(t);
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'good.md'), GOOD);
    writeFileSync(join(dir, 'secret.md'), GOOD);
    chmodSync(join(dir, 'secret.md'), 0o000);
    chmodSync(join(dir, 'good.md'), 0o644);
    // root reads mode-000 files anyway, so the honest test drops to an unprivileged user for the run.
    const r = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(require.resolve('tsx')).href, BIN_TS, 'check', '--format', 'json', '.'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, CI: '' },
        ...(AS_ROOT ? NOBODY : {}),
      },
    );
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, 'copydesk: secret.md: permission denied\n');
    const docs = JSON.parse(r.stdout).files as Doc[];
    assert.ok(docs.find((d) => d.file === 'good.md')!.diagnostics.length > 0);
    assert.equal(docs.find((d) => d.file === 'secret.md')!.error, 'secret.md: permission denied');
  },
);

test(
  'an unlistable folder (mode 000) is reported; the rest of the walk goes on',
  { skip: unreadableSkip() },
  async (t) => {
    const dir = tempDir(t);
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'inside.md'), GOOD);
    writeFileSync(join(dir, 'good.md'), GOOD);
    chmodSync(join(dir, 'good.md'), 0o644);
    chmodSync(join(dir, 'locked'), 0o000);
    const r = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(require.resolve('tsx')).href, BIN_TS, 'check', '--format', 'json', '.'],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '' }, ...(AS_ROOT ? NOBODY : {}) },
    );
    chmodSync(join(dir, 'locked'), 0o755); // so the temp folder can be removed
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, 'copydesk: locked: cannot list folder (EACCES)\n');
    assert.deepEqual(
      (JSON.parse(r.stdout).files as Doc[]).map((d) => d.file),
      ['good.md'],
    );
  },
);

test('an unreadable reference is reported once and makes the run exit 2; articles are still checked', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'refs'));
  writeFileSync(join(dir, 'refs', 'ok.md'), 'The bridge reopened on Tuesday, the mayor said.\n');
  writeFileSync(join(dir, 'refs', 'scan.md'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(join(dir, 'a.md'), GOOD);
  writeFileSync(join(dir, 'b.md'), GOOD);
  const r = await runCli(['check', '--format', 'json', '--references', 'refs', 'a.md', 'b.md'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.deepEqual(errLines(r.err), [
    `copydesk: reference ${join(dir, 'refs', 'scan.md')}: binary file (contains NUL bytes), skipped`,
  ]);
  assert.equal(JSON.parse(r.out).files.length, 2);
});
