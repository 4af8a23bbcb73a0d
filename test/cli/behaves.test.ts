// A CLI that behaves like the tools CI engineers know: help and usage errors, a closed pipe, --quiet with
// --max-warnings as ESLint has them, positions in annotate's text, JSON with comments in .copydesk.json, SARIF links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatSarif } from '../../cli/formats/sarif';
import { FINDING_CODES } from '../../core/index';
import { NEWSROOM, runCli, tempDir } from './helpers';
import { sampleReports } from './sampleReports';

const CLI = resolve(__dirname, '../../dist/cli.js');
const built = existsSync(CLI);

test('--help, -h, help check and check --help print usage on stdout and exit 0', async () => {
  for (const args of [['--help'], ['-h'], ['help']]) {
    const r = await runCli(args);
    assert.equal(r.code, 0, args.join(' '));
    assert.match(r.out, /^Usage:\n {2}copydesk check/);
    assert.equal(r.err, '');
  }
  for (const args of [
    ['help', 'check'],
    ['check', '--help'],
    ['check', '-h'],
  ]) {
    const r = await runCli(args);
    assert.equal(r.code, 0, args.join(' '));
    assert.match(r.out, /^Usage: copydesk check \[options\] PATH\.\.\./);
    assert.match(r.out, /--baseline FILE/);
    assert.match(r.out, /--changed-since REF/);
  }
  assert.match((await runCli(['help', 'ledger'])).out, /^Usage: copydesk ledger/);
  assert.match((await runCli(['annotate', '--help'])).out, /^Usage: copydesk annotate/);
  const none = await runCli([]);
  assert.equal(none.code, 2, 'no command: usage on stderr, exit 2');
  assert.match(none.err, /^Usage:/);
});

test('an unknown option or a bad value is one line and the hint to run --help, not the whole help text', async () => {
  const r = await runCli(['check', '--frobnicate', 'x.md']);
  assert.equal(r.code, 2);
  assert.equal(r.err, "copydesk: unknown option --frobnicate\nRun 'copydesk check --help' for usage.\n");
  assert.equal(r.out, '');
  const v = await runCli(['check', '--format']);
  assert.equal(v.err, "copydesk: option --format needs a value\nRun 'copydesk check --help' for usage.\n");
  const f = await runCli(['check', '-f', 'yaml', 'x.md']);
  assert.match(
    f.err,
    /^copydesk: unknown format "yaml" \(text, json, sarif, github, junit, html\)\nRun 'copydesk check --help' for usage\.\n$/,
  );
  const c = await runCli(['chekc']);
  assert.equal(c.err, 'copydesk: unknown command "chekc"\nRun \'copydesk --help\' for usage.\n');
  assert.equal(
    (await runCli(['annotate', '--bogus', 'a.md'])).err,
    "copydesk: unknown option --bogus\nRun 'copydesk annotate --help' for usage.\n",
  );
});

test(
  'a closed pipe ends the run quietly: `copydesk check -f json … | head -1`',
  { skip: !built && 'run the build first' },
  () => {
    // Enough output that the writer is still writing when head has gone.
    const dir = join(NEWSROOM, '..');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `set -o pipefail; node ${JSON.stringify(CLI)} check --no-cache -f json newsroom newsroom newsroom | head -c 10; echo " status \${PIPESTATUS[0]}" >&2`,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    assert.doesNotMatch(r.stderr, /EPIPE|Error|at /, r.stderr);
    assert.match(r.stderr, / status [01]\n$/);
    const big = spawnSync(
      'bash',
      [
        '-c',
        `for i in $(seq 1 400); do echo "Experts say the quay number $i will be late, sources said."; echo; done > /tmp/copydesk-epipe-$$.md; node ${JSON.stringify(CLI)} check --no-cache -f json /tmp/copydesk-epipe-$$.md | head -1; rm -f /tmp/copydesk-epipe-$$.md`,
      ],
      { encoding: 'utf8' },
    );
    assert.equal(big.stdout, '{\n');
    assert.equal(big.stderr, '', 'no stack trace');
  },
);

test('--quiet --max-warnings 0: warnings still count (ESLint), are not shown, and the summary says why the run failed', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.md'), 'Experts say the tunnel will be late.\n\nCritics say the budget is too small.\n');
  const r = await runCli(['check', '--quiet', '--max-warnings', '0', 'a.md'], { cwd: dir });
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.out, /vague-attribution/);
  assert.match(
    r.out,
    /^1 file checked: 0 errors, 2 warnings \(not shown: --quiet\), 0 info\nFailed: 2 warnings \(not shown: --quiet\), more than --max-warnings 0\.\n$/,
  );
  const json = await runCli(['check', '--quiet', '--max-warnings', '0', '-f', 'json', 'a.md'], { cwd: dir });
  assert.equal(json.code, 1);
  assert.equal(json.err, 'copydesk: failed: 2 warnings (not shown: --quiet), more than --max-warnings 0\n');
  const within = await runCli(['check', '--quiet', '--max-warnings', '2', 'a.md'], { cwd: dir });
  assert.equal(within.code, 0);
  assert.doesNotMatch(within.out, /Failed/);
});

test('annotate --format text prints each item with its line:col, in text order', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.md'), 'Harbour vote\n\nThe board approved $2.5 million on Monday, chair Ana Ruiz said.\n');
  const r = await runCli(['annotate', '--format', 'text', '--article-date', '2025-02-12', 'a.md'], { cwd: dir });
  assert.equal(r.code, 0, r.err);
  const lines = r.out.split('\n');
  assert.equal(lines[0], 'a.md');
  assert.match(r.out, /\n {2}3:20 +MONEY +\$2\.5 million = 2500000 USD\n/);
  assert.match(r.out, /\n {2}3:36 +DATE +Monday = 2025-02-10\n/);
  assert.match(r.out, /\n {2}3:50 +PERSON +Ana Ruiz\n/);
  const cols = lines
    .slice(1)
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/)[0]!);
  const key = (p: string) => p.split(':').map(Number) as [number, number];
  assert.deepEqual(
    cols,
    [...cols].sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]),
    'in text order',
  );
});

test('.copydesk.json with comments and trailing commas works in a real run', async (t) => {
  const dir = tempDir(t);
  writeFileSync(
    join(dir, '.copydesk.json'),
    '{\n  // house rules\n  "severity": { "vague-attribution": "error", },\n}\n',
  );
  writeFileSync(join(dir, 'a.md'), 'Experts say the tunnel will be late.\n');
  const r = await runCli(['check', '-f', 'json', 'a.md'], { cwd: dir });
  assert.equal(r.code, 1, r.err);
  assert.equal(JSON.parse(r.out).files[0].diagnostics[0].severity, 'error');
  writeFileSync(
    join(dir, '.copydesk.json'),
    '{\n  "severity": { "vague-attribution": "error" }\n  "references": []\n}\n',
  );
  const bad = await runCli(['check', 'a.md'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.err, /\.copydesk\.json:3: invalid config: not valid JSON \(comma expected\)/);
});

test('SARIF: help links only when package.json names a public repository, then to the README entry of each code', () => {
  const ctx = { color: false, cwd: process.cwd(), version: '1.2.3' };
  const none = JSON.parse(formatSarif(sampleReports(), ctx)).runs[0].tool.driver;
  assert.equal(none.informationUri, undefined);
  assert.ok(
    none.rules.every((r: { helpUri?: string; help: { text: string } }) => r.helpUri === undefined && r.help.text),
  );
  const withRepo = JSON.parse(
    formatSarif(sampleReports(), { ...ctx, repositoryUrl: 'https://git.example.org/news/copydesk' }),
  ).runs[0].tool.driver;
  assert.equal(withRepo.informationUri, 'https://git.example.org/news/copydesk');
  assert.equal(
    withRepo.rules.find((r: { id: string }) => r.id === 'number-mismatch').helpUri,
    'https://git.example.org/news/copydesk#number-mismatch',
  );
  // Each code has that anchor in the README.
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  for (const code of Object.keys(FINDING_CODES))
    assert.ok(readme.includes(`<a id="${code}"></a>`), `README anchor for ${code}`);
});

test('copydesk check . skips the reference files its .copydesk.json names, unless they are named', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'wires'));
  writeFileSync(join(dir, '.copydesk.json'), '{ "references": ["wires/*.md"] }');
  writeFileSync(join(dir, 'wires', 'w.md'), 'Wire\n\nExperts say the quay is late.\n');
  writeFileSync(join(dir, 'story.md'), 'Story\n\nThe quay is late, the mayor said.\n');
  const files = async (args: string[]) =>
    JSON.parse((await runCli(['check', '-f', 'json', ...args], { cwd: dir })).out).files.map(
      (f: { file: string }) => f.file,
    );
  assert.deepEqual(await files(['.']), ['story.md']);
  assert.deepEqual(await files(['wires']), [], 'walking the reference folder itself finds no article');
  assert.deepEqual(await files(['wires/w.md', '.']), ['wires/w.md', 'story.md'], 'named explicitly, it is checked');
});
