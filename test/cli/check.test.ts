// `copydesk check` as a pipeline step: paths, ignore file, config walking, exit codes, --quiet, --max-warnings,
// --jobs (same output as one thread), --shard (a deterministic partition), --output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitCode } from '../../cli/runCheck';
import { parseShard, shardOf } from '../../cli/shard';
import { NEWSROOM, runCli, tempDir } from './helpers';

const files = (out: string) => JSON.parse(out).files.map((f: { file: string }) => f.file);

test('exit codes: 2 beats 1 beats 0; --max-warnings counts warnings only', () => {
  assert.equal(exitCode({ inputErrors: 0, errors: 0, warnings: 5, maxWarnings: -1 }), 0);
  assert.equal(exitCode({ inputErrors: 0, errors: 0, warnings: 5, maxWarnings: 5 }), 0);
  assert.equal(exitCode({ inputErrors: 0, errors: 0, warnings: 6, maxWarnings: 5 }), 1);
  assert.equal(exitCode({ inputErrors: 0, errors: 1, warnings: 0, maxWarnings: -1 }), 1);
  assert.equal(exitCode({ inputErrors: 1, errors: 1, warnings: 0, maxWarnings: -1 }), 2);
});

test('folders expand to articles, sorted; .copydeskignore and built-in folders are skipped', async () => {
  const r = await runCli(['check', '--format', 'json', '.'], { cwd: NEWSROOM });
  // The reference folder .copydesk.json names is not checked as articles.
  assert.deepEqual(files(r.out), ['articles/harbour.md', 'articles/quiet.article']);
  const all = await runCli(['check', '--no-ignore', '--format', 'json', '.'], { cwd: NEWSROOM });
  assert.deepEqual(files(all.out), [
    'articles/harbour.md',
    'articles/notes.scratch.md',
    'articles/quiet.article',
    'drafts/old/stale.md',
  ]);
  // Named explicitly, a reference file is checked.
  assert.deepEqual(
    files((await runCli(['check', '--format', 'json', 'refs/board-minutes.md'], { cwd: NEWSROOM })).out),
    ['refs/board-minutes.md'],
  );
  // A file named on the command line obeys the ignore file too (CI passes lists of changed files).
  const named = await runCli(['check', '--format', 'json', 'articles/notes.scratch.md', 'articles/harbour.md'], {
    cwd: NEWSROOM,
  });
  assert.deepEqual(files(named.out), ['articles/harbour.md']);
});

test('run from a subfolder, the .copydeskignore beside the config root still applies', async () => {
  const r = await runCli(['check', '--format', 'json', '.'], { cwd: join(NEWSROOM, 'articles') });
  assert.deepEqual(files(r.out), ['harbour.md', 'quiet.article']);
  const other = await runCli(['check', '--ignore-path', '/dev/null', '--format', 'json', '.'], {
    cwd: join(NEWSROOM, 'articles'),
  });
  assert.deepEqual(files(other.out), ['harbour.md', 'notes.scratch.md', 'quiet.article']);
});

test('globs, and a path that matches nothing is exit 2 with its name', async () => {
  const r = await runCli(['check', '--format', 'json', 'articles/*.md'], { cwd: NEWSROOM });
  assert.deepEqual(files(r.out), ['articles/harbour.md']);
  const none = await runCli(['check', 'nothing/**/*.md'], { cwd: NEWSROOM });
  assert.equal(none.code, 2);
  assert.match(none.err, /nothing\/\*\*\/\*\.md: no files match/);
});

test('config found by walking up sets severities; error-level finding gives exit 1; --quiet hides the rest', async () => {
  const r = await runCli(['check', '--format', 'json', 'articles/harbour.md'], { cwd: join(NEWSROOM) });
  const diags = JSON.parse(r.out).files[0].diagnostics;
  const vague = diags.find((d: { code: string }) => d.code === 'vague-attribution');
  assert.equal(vague?.severity, 'error', 'config raised vague-attribution to error');
  assert.ok(
    !diags.some((d: { code: string }) => d.code === 'unattributed-assertion'),
    'config turned unattributed-assertion off',
  );
  assert.equal(r.code, 1);
  const quiet = await runCli(['check', '--quiet', '--format', 'json', 'articles/harbour.md'], { cwd: NEWSROOM });
  assert.ok(JSON.parse(quiet.out).files[0].diagnostics.every((d: { severity: string }) => d.severity === 'error'));
  assert.equal(quiet.code, 1);
});

test('--max-warnings: warnings over the limit fail the run', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.md'), 'Experts say the tunnel will be late.\n\nCritics say the budget is too small.\n');
  const base = await runCli(['check', '--format', 'json', 'a.md'], { cwd: dir });
  const warnings = JSON.parse(base.out).files[0].diagnostics.filter(
    (d: { severity: string }) => d.severity === 'warning',
  ).length;
  assert.ok(warnings >= 1, 'the sample has warnings');
  assert.equal((await runCli(['check', '--max-warnings', String(warnings), 'a.md'], { cwd: dir })).code, 0);
  assert.equal((await runCli(['check', '--max-warnings', String(warnings - 1), 'a.md'], { cwd: dir })).code, 1);
  assert.equal((await runCli(['check', '--max-warnings', 'lots', 'a.md'], { cwd: dir })).code, 2);
});

test('usage errors are exit 2 with a message', async () => {
  for (const args of [
    ['check'],
    ['check', '--format', 'pdf', 'x'],
    ['check', '--shard', '3/2', 'x'],
    ['check', '--jobs', '0', 'x'],
    ['check', '--bogus', 'x'],
    ['frobnicate'],
  ]) {
    const r = await runCli(args, { cwd: NEWSROOM });
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^copydesk: /);
  }
});

test('--shard: every file in exactly one shard, the same split every time, stable when files are added', async (t) => {
  assert.deepEqual(parseShard('2/5'), { index: 2, count: 5 });
  assert.throws(() => parseShard('0/5'));
  assert.throws(() => parseShard('a/b'));
  const dir = tempDir(t);
  const names = Array.from({ length: 40 }, (_, i) => `story-${String(i).padStart(2, '0')}.md`);
  for (const n of names) writeFileSync(join(dir, n), `Story ${n} opened on Monday.\n`);
  const seen: string[] = [];
  for (let i = 1; i <= 3; i++) {
    const r = await runCli(['check', '--shard', `${i}/3`, '--format', 'json', '.'], { cwd: dir });
    const got = files(r.out) as string[];
    assert.ok(got.length > 3, `shard ${i} is not starved (${got.length})`);
    assert.deepEqual(
      got,
      names.filter((n) => shardOf(n, 3, dir) === i - 1),
    );
    seen.push(...got);
  }
  assert.deepEqual(seen.sort(), names);
  // Hash of the path: a file keeps its shard whatever else exists, and whichever folder it is named from.
  assert.equal(shardOf('story-07.md', 3, dir), shardOf(join(dir, 'story-07.md'), 3, dir));
  assert.equal(shardOf('./story-07.md', 3, dir), shardOf('story-07.md', 3, dir));
});

test('--jobs 2 gives byte-identical output to a single thread, in file order', async (t) => {
  const dir = tempDir(t);
  for (let i = 0; i < 12; i++)
    writeFileSync(
      join(dir, `s${String(i).padStart(2, '0')}.md`),
      `Experts say bridge ${i} will reopen on Tuesday.\n\nMayor Ann Lee said ${i * 3} lanes were closed.\n`,
    );
  writeFileSync(join(dir, 'bad.md'), Buffer.from([0xc3, 0x28, 0x41]));
  const one = await runCli(['check', '--format', 'json', '.'], { cwd: dir });
  const two = await runCli(['check', '--jobs', '2', '--format', 'json', '.'], { cwd: dir, workers: true });
  assert.equal(two.out, one.out);
  assert.equal(two.err, one.err);
  assert.equal(two.code, 2);
  assert.match(two.err, /bad\.md: not valid UTF-8/);
});

test('--output writes the report to a file; stdout stays empty', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.md'), 'Officials say the road will open.\n');
  const r = await runCli(['check', '--format', 'sarif', '--output', 'out/report.sarif', 'a.md'], { cwd: dir });
  assert.equal(r.code, 2, 'missing output folder');
  mkdirSync(join(dir, 'out'));
  const ok = await runCli(['check', '--format', 'sarif', '--output', 'out/report.sarif', 'a.md'], { cwd: dir });
  assert.equal(ok.out, '');
  assert.equal(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')).version, '2.1.0');
});

test('progress bar only on a terminal and never when CI is set', async (t) => {
  const dir = tempDir(t);
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, `p${i}.md`), 'The ferry left at noon.\n');
  assert.doesNotMatch((await runCli(['check', '.'], { cwd: dir })).err, /files/);
  assert.match((await runCli(['check', '.'], { cwd: dir, errIsTTY: true })).err, /\[#+ *\] 3\/3 files/);
  assert.doesNotMatch((await runCli(['check', '.'], { cwd: dir, errIsTTY: true, env: { CI: 'true' } })).err, /files/);
});

test('a broken .copydesk.json is named with its line, once, and its files are not checked (exit 2)', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, '.copydesk.json'), '{\n  "severity": {\n    "vague-attribution": "loud"\n  }\n}\n');
  writeFileSync(join(dir, 'a.md'), 'Officials say so.\n');
  writeFileSync(join(dir, 'b.md'), 'Officials say so.\n');
  const r = await runCli(['check', '.'], { cwd: dir });
  assert.equal(r.code, 2);
  const lines = r.err.trim().split('\n');
  assert.equal(lines.length, 1, r.err);
  assert.equal(
    lines[0],
    `copydesk: ${join(dir, '.copydesk.json')}:3: invalid config: severity of "vague-attribution" must be off, hint, info, warning or error`,
  );
  writeFileSync(join(dir, '.copydesk.json'), '{\n  "references": ["refs"],\n  "severity": {}\n  "x": 1\n}\n');
  const syntax = await runCli(['check', '.'], { cwd: dir });
  assert.match(syntax.err, /\.copydesk\.json:4: invalid config: /);
  writeFileSync(join(dir, '.copydesk.json'), '{"refrences": []}');
  const typo = await runCli(['check', '.'], { cwd: dir });
  assert.match(typo.err, /\.copydesk\.json:1: unknown key "refrences" ignored/);
});

test('--file-timeout: a runaway file is reported and its worker replaced; the other files are checked', async (t) => {
  const dir = tempDir(t);
  for (const f of ['a-good.md', 'b-slow.md', 'c-good.md']) writeFileSync(join(dir, f), 'Text.\n');
  // A stand-in worker that never finishes b-slow.md, so the test does not depend on what the core finds slow today.
  writeFileSync(
    join(dir, 'fake-worker.js'),
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', ({ index, file }) => {
       parentPort.postMessage({ index, started: true });
       if (file.includes('slow')) for (;;) {}
       parentPort.postMessage({ index, checked: { report: { file, text: '', result: { annotations: { paragraphs: [], sentences: [], entities: [], quantities: [], quotes: [], assertions: [] }, findings: [], claims: [] } }, messages: [] } });
     });`,
  );
  const started = Date.now();
  const r = await runCli(['check', '--file-timeout', '1', '--format', 'json', '.'], {
    cwd: dir,
    workers: join(dir, 'fake-worker.js'),
  });
  assert.ok(Date.now() - started < 30_000, 'the timeout was applied');
  assert.equal(r.code, 2);
  assert.equal(r.err, 'copydesk: b-slow.md: took longer than 1 s, skipped (--file-timeout)\n');
  const docs = JSON.parse(r.out).files;
  assert.deepEqual(
    docs.map((d: { file: string; error?: string }) => [d.file, !!d.error]),
    [
      ['a-good.md', false],
      ['b-slow.md', true],
      ['c-good.md', false],
    ],
  );
});

test('a worker that cannot start costs its files, not the run', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.md'), 'Experts say so.\n');
  writeFileSync(join(dir, 'b.md'), 'Critics say so.\n');
  writeFileSync(join(dir, 'broken-worker.js'), 'throw new Error("boom");\n');
  const r = await runCli(['check', '--jobs', '2', '--format', 'json', 'a.md', 'b.md'], {
    cwd: dir,
    workers: join(dir, 'broken-worker.js'),
  });
  assert.equal(r.code, 2);
  assert.deepEqual(r.err.trim().split('\n'), [
    'copydesk: a.md: worker failed while checking (boom)',
    'copydesk: b.md: worker failed while checking (boom)',
  ]);
});

test('--file-timeout starts the clock when the worker starts the file, not while the thread starts or indexes', async (t) => {
  const dir = tempDir(t);
  for (const f of ['a.md', 'b.md', 'c.md']) writeFileSync(join(dir, f), 'Text.\n');
  // A stand-in worker whose start-up (thread, model, references) takes 1.5 s, then checks each file at once.
  writeFileSync(
    join(dir, 'slow-start-worker.js'),
    `const { parentPort } = require('node:worker_threads');
     Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
     parentPort.on('message', ({ index, file }) => {
       parentPort.postMessage({ index, started: true });
       parentPort.postMessage({ index, checked: { report: { file, text: '', result: { annotations: { paragraphs: [], sentences: [], entities: [], quantities: [], quotes: [], assertions: [] }, findings: [], claims: [] } }, messages: [] } });
     });`,
  );
  const r = await runCli(['check', '--file-timeout', '0.5', '--jobs', '2', '--format', 'json', '.'], {
    cwd: dir,
    workers: join(dir, 'slow-start-worker.js'),
  });
  assert.equal(r.err, '');
  assert.equal(r.code, 0);
  assert.deepEqual(files(r.out), ['a.md', 'b.md', 'c.md']);
});

test('annotate --jobs 2 gives byte-identical output and messages to one thread, in file order', async (t) => {
  const dir = tempDir(t);
  const names: string[] = [];
  for (let i = 0; i < 7; i++) {
    const name = `a${i}.md`;
    names.push(name);
    writeFileSync(
      join(dir, name),
      `Harbour pier ${i}\n\nMayor Ann Lee said on Tuesday that ${i + 2} ferries were late.\n`,
    );
  }
  writeFileSync(join(dir, 'bad.md'), Buffer.from([0xc3, 0x28, 0x41]));
  const order = [names[3]!, 'bad.md', ...names.filter((n) => n !== names[3])];
  for (const format of ['json', 'text']) {
    const one = await runCli(['annotate', '--format', format, ...order], { cwd: dir });
    const two = await runCli(['annotate', '--jobs', '2', '--format', format, ...order], { cwd: dir, workers: true });
    assert.equal(two.out, one.out);
    assert.equal(two.err, one.err);
    assert.equal(two.code, 2);
    assert.match(two.err, /bad\.md: not valid UTF-8/);
  }
  assert.deepEqual(files((await runCli(['annotate', '-j', '3', ...order], { cwd: dir, workers: true })).out), [
    names[3],
    ...names.filter((n) => n !== names[3]),
  ]);
});
