// The desk's memory in CI: baselines that survive moved lines and count repeats, --changed-since in a real git
// repository, --stdin with --stdin-filename, and the persistent index giving the same report as none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers';

const STORY = [
  'Harbour fees rise',
  '',
  'Experts say the harbour fees will rise again next year.',
  '',
  'The board approved a levy of $3.2 million on Monday, chair Ana Ruiz said.',
  '',
  'Observers say the ferry will be late.',
  '',
].join('\n');

const codes = (out: string) =>
  JSON.parse(out).files.flatMap((f: { diagnostics: Array<{ code: string; range: { start: { line: number } } }> }) =>
    f.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`),
  );

test('--write-baseline records today, --baseline reports only new findings, with lines moved and repeats counted', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'a.md'), STORY);
  const w = await runCli(['check', '--write-baseline', '.copydesk/baseline.json', '-f', 'json', 'articles'], {
    cwd: dir,
  });
  assert.equal(w.code, 0, w.err);
  assert.deepEqual(codes(w.out), [], 'everything just recorded is baselined');
  assert.match(w.err, /^copydesk: wrote 2 findings to \.copydesk\/baseline\.json\n$/);
  const file = readFileSync(join(dir, '.copydesk', 'baseline.json'), 'utf8');
  assert.match(
    file,
    /^\{\n {2}"copydeskBaseline": 1,\n {2}"findings": \[\n {4}\{"file":"\.\.\/articles\/a\.md","code":"/,
  );
  assert.equal(file.split('\n').filter((l) => l.startsWith('    {')).length, 2, 'one entry a line');

  // New paragraphs above move every line: nothing new is reported. A repeat of a baselined sentence is new (counted).
  const moved =
    STORY.replace(
      'Harbour fees rise\n\n',
      'Harbour fees rise\n\nThe council met in the town hall.\n\nResidents came to listen.\n\n',
    ) + 'Experts say the harbour fees will rise again next year.\n';
  writeFileSync(join(dir, 'articles', 'a.md'), moved);
  const r = await runCli(['check', '--baseline', '.copydesk/baseline.json', '-f', 'json', 'articles'], { cwd: dir });
  assert.deepEqual(codes(r.out), ['vague-attribution@12'], 'only the second "Experts say" is new');
  assert.equal(r.code, 0);
  const text = await runCli(['check', '--baseline', '.copydesk/baseline.json', 'articles'], { cwd: dir });
  assert.match(text.out, /1 file checked: 0 errors, 1 warning, 0 info; 2 more in the baseline\n$/);

  // A finding fixed since: said once, and dropped from the baseline on the next write.
  writeFileSync(
    join(dir, 'articles', 'a.md'),
    moved.replace('Observers say the ferry will be late.', 'The ferry will be late, harbour master Piet Jansen said.'),
  );
  const fixed = await runCli(['check', '--baseline', '.copydesk/baseline.json', '-f', 'json', 'articles'], {
    cwd: dir,
  });
  assert.match(
    fixed.err,
    /1 baselined finding is fixed; run with --write-baseline \.copydesk\/baseline\.json to drop it/,
  );
  const rewrite = await runCli(['check', '--write-baseline', '.copydesk/baseline.json', 'articles'], { cwd: dir });
  assert.match(rewrite.err, /wrote 2 findings .*\(1 fixed since, dropped\)/);
  const entries = JSON.parse(readFileSync(join(dir, '.copydesk', 'baseline.json'), 'utf8')).findings;
  assert.deepEqual(
    entries.map((e: { code: string; count: number }) => `${e.code} x${e.count}`),
    ['vague-attribution x2'],
    'the two "Experts say" are one fingerprint, counted twice',
  );

  // A baseline that is not one: exit 2 with one line, before anything is checked.
  writeFileSync(join(dir, 'bad.json'), '{"findings": 3}');
  const bad = await runCli(['check', '--baseline', 'bad.json', 'articles'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(
    bad.err,
    /^copydesk: baseline .*bad\.json: not a Copydesk baseline \(write it with --write-baseline\)\n$/,
  );
  const missing = await runCli(['check', '--baseline', 'none.json', 'articles'], { cwd: dir });
  assert.equal(missing.code, 2);
  assert.match(missing.err, /none\.json: no such file/);
});

test('--changed-since: only findings on lines changed since a git ref; new files count whole; clear errors', async (t) => {
  const dir = tempDir(t);
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'pipe',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
      },
    });
  const outside = await runCli(['check', '--changed-since', 'HEAD', '.'], { cwd: dir });
  assert.equal(outside.code, 2);
  assert.match(outside.err, /^copydesk: --changed-since: .* is not inside a git repository\n$/);
  git('init', '-q', '-b', 'main');
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'a.md'), STORY);
  writeFileSync(join(dir, 'articles', 'untouched.md'), 'Quiet day\n\nCritics say the bridge is too small.\n');
  git('add', '.');
  git('commit', '-qm', 'first');
  // Edit line 7 (an old finding) and add a vague line at the end; add a new file, and stage another.
  writeFileSync(
    join(dir, 'articles', 'a.md'),
    STORY.replace('Observers say the ferry will be late.', 'Observers say the ferry will be very late.') +
      '\nAnalysts say the levy is too high.\n',
  );
  writeFileSync(join(dir, 'articles', 'new file.md'), 'New story\n\nPundits say the port will close.\n');
  writeFileSync(join(dir, 'articles', 'staged.md'), 'Staged\n\nInsiders say the deal is done.\n');
  git('add', 'articles/staged.md');
  const r = await runCli(['check', '--changed-since', 'HEAD', '-f', 'json', 'articles'], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  const byFile = Object.fromEntries(
    JSON.parse(r.out).files.map(
      (f: { file: string; diagnostics: Array<{ code: string; range: { start: { line: number } } }> }) => [
        f.file,
        f.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`),
      ],
    ),
  );
  assert.deepEqual(
    Object.keys(byFile).sort(),
    ['articles/a.md', 'articles/new file.md', 'articles/staged.md'],
    'files with no changed line are not checked',
  );
  assert.deepEqual(
    byFile['articles/a.md'],
    ['vague-attribution@7', 'vague-attribution@9'],
    'the untouched "Experts say" on line 3 is not reported',
  );
  assert.deepEqual(byFile['articles/new file.md'], ['vague-attribution@3']);
  assert.deepEqual(byFile['articles/staged.md'], ['vague-attribution@3']);
  const text = await runCli(['check', '--changed-since', 'HEAD', 'articles/a.md'], { cwd: dir });
  assert.match(text.out, /; \d+ more on unchanged lines\n$/);
  const unknown = await runCli(['check', '--changed-since', 'no-such-branch', 'articles'], { cwd: dir });
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /^copydesk: --changed-since: unknown git ref "no-such-branch"/);
  const option = await runCli(['check', '--changed-since=--output=x', 'articles'], { cwd: dir });
  assert.equal(option.code, 2);
  assert.match(option.err, /is not a git ref/);
  // After a commit, the branch's changes are still "since main".
  git('checkout', '-q', '-b', 'feature');
  git('add', '.');
  git('commit', '-qm', 'second');
  const since = await runCli(['check', '--changed-since', 'main', '-f', 'json', 'articles'], { cwd: dir });
  assert.equal(JSON.parse(since.out).files.length, 3);
});

test('--stdin with --stdin-filename: config and references by that name, the name in every report', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'news', 'refs'), { recursive: true });
  writeFileSync(
    join(dir, 'news', '.copydesk.json'),
    '{ "references": ["refs", "drafts"], "severity": { "vague-attribution": "error" } }',
  );
  writeFileSync(
    join(dir, 'news', 'refs', 'wire.md'),
    'Levy set\n\nThe board approved a levy of $2.3 million on Monday, chair Ana Ruiz said.\n',
  );
  mkdirSync(join(dir, 'news', 'drafts'));
  // The file on disk is an older version; the editor pipes the unsaved text. The article is never its own reference.
  writeFileSync(join(dir, 'news', 'drafts', 'levy.md'), STORY);
  const stdin = async () => new TextEncoder().encode(STORY);
  let out = '';
  let err = '';
  const { main } = await import('../../cli/main');
  const code = await main(['check', '--stdin', '--stdin-filename', 'news/drafts/levy.md', '-f', 'json'], {
    out: (s) => (out += s),
    err: (s) => (err += s),
    isTTY: false,
    env: {},
    cwd: dir,
    readStdin: stdin,
  });
  assert.equal(code, 1, err);
  const f = JSON.parse(out).files[0];
  assert.equal(f.file, 'news/drafts/levy.md');
  assert.ok(
    f.diagnostics.some(
      (d: { code: string; severity: string }) => d.code === 'vague-attribution' && d.severity === 'error',
    ),
    'its .copydesk.json applies',
  );
  assert.ok(
    f.diagnostics.some(
      (d: { code: string; related: Array<{ file: string }> }) =>
        d.code === 'number-mismatch' && d.related[0]?.file === 'news/refs/wire.md',
    ),
    'its references apply',
  );
  assert.ok(
    !f.diagnostics.some((d: { related: Array<{ file: string }> }) => d.related.some((e) => e.file.endsWith('levy.md'))),
    'never its own reference',
  );
  // Without a name, <stdin>; misuse is a one-line usage error.
  let plain = '';
  await main(['check', '--stdin'], {
    out: (s) => (plain += s),
    err: () => {},
    isTTY: false,
    env: {},
    cwd: dir,
    readStdin: stdin,
  });
  assert.match(plain, /^<stdin>\n/);
  const both = await runCli(['check', '--stdin', 'x.md'], { cwd: dir });
  assert.equal(both.code, 2);
  assert.match(
    both.err,
    /^copydesk: --stdin checks standard input: give no PATH with it\nRun 'copydesk check --help' for usage\.\n$/,
  );
  assert.match((await runCli(['check', '--stdin-filename', 'x.md', 'x.md'], { cwd: dir })).err, /give --stdin too/);
  let binErr = '';
  const bin = await main(['check', '--stdin'], {
    out: () => {},
    err: (s) => (binErr += s),
    isTTY: false,
    env: {},
    cwd: dir,
    readStdin: async () => new Uint8Array([0x61, 0, 0x62]),
  });
  assert.equal(bin, 2);
  assert.match(binErr, /<stdin>: binary file/);
});

test("the persistent index: the same report with a cold cache, a warm one and none; the folder is the user's choice", async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'refs'));
  writeFileSync(
    join(dir, 'refs', 'wire.md'),
    'Levy set\n\nThe board approved a levy of $2.3 million on Monday, chair Ana Ruiz said.\n',
  );
  writeFileSync(
    join(dir, 'refs', 'other.md'),
    'Ferry news\n\nThe ferry will run twice a day from May, the operator said.\n',
  );
  writeFileSync(join(dir, 'a.md'), STORY);
  const run = (args: string[], env: Record<string, string> = {}) =>
    runCli(['check', '-f', 'json', '-r', 'refs', ...args, 'a.md'], { cwd: dir, env: { COPYDESK_TIMING: '1', ...env } });
  const cold = await run(['--cache-location', 'cache']);
  const warm = await run(['--cache-location', 'cache']);
  const none = await run(['--no-cache']);
  assert.equal(warm.out, cold.out);
  assert.equal(none.out, cold.out);
  assert.match(cold.err, /cache: 0 files reused, 2 indexed/);
  assert.match(warm.err, /cache: the whole corpus from its snapshot/);
  assert.match(none.err, /\(no cache\)/);
  assert.ok(readdirSync(join(dir, 'cache')).includes('CACHEDIR.TAG'));
  // COPYDESK_CACHE_DIR when no flag; the default needs a home folder (tests run without one: no cache at all).
  const env = await run([], { COPYDESK_CACHE_DIR: join(dir, 'env-cache') });
  assert.equal(env.out, cold.out);
  assert.ok(readdirSync(join(dir, 'env-cache')).includes('.gitignore'));
  assert.match((await run([])).err, /\(no cache\)/);
  // A .copydesk.json cannot choose it: an unknown key, ignored (and the default is used).
  writeFileSync(join(dir, '.copydesk.json'), '{ "cacheLocation": "/etc" }');
  const cfg = await run([]);
  assert.match(cfg.err, /unknown key "cacheLocation" ignored/);
  assert.equal((await runCli(['check', '--no-cache', '--cache-location', 'x', 'a.md'], { cwd: dir })).code, 2);
});
