// What a repository can make `copydesk check` read, through the built CLI as CI runs it. A "secret" is planted beside
// the repository (and in the environment); whatever the repository's configuration or files say, it must never reach
// stdout or stderr, in any format. Reading outside the repository is the user's choice only (--references).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(__dirname, '../../dist/cli.js');
const built = existsSync(CLI);
const SECRET = 'AWS_SECRET_ACCESS_KEY=planted-51ab9';
const ENV_SECRET = 'planted-env-8c2f';
const XREF = resolve(__dirname, '../fixtures/xref');

interface Run {
  code: number;
  out: string;
  err: string;
}

function cli(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: '1', NO_COLOR: '1', COPYDESK_TEST_SECRET: ENV_SECRET },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function noSecret(r: Run, what: string): void {
  for (const s of [SECRET, 'planted-51ab9', ENV_SECRET]) {
    assert.ok(!r.out.includes(s), `${what}: stdout holds the secret`);
    assert.ok(!r.err.includes(s), `${what}: stderr holds the secret`);
  }
}

/** top/outside/{secret.txt,secret.md}; top/repo/{articles/draft.md, refs/wire.txt}. */
function world(t: { after: (f: () => void) => void }) {
  const top = mkdtempSync(join(tmpdir(), 'copydesk-cli-contain-'));
  t.after(() => rmSync(top, { recursive: true, force: true }));
  const outside = join(top, 'outside');
  const repo = join(top, 'repo');
  mkdirSync(outside);
  mkdirSync(join(repo, 'articles'), { recursive: true });
  mkdirSync(join(repo, 'refs'));
  // The secret's first line would be the reference's title in every message that cites it.
  writeFileSync(
    join(outside, 'secret.txt'),
    `${SECRET}\n\nThe port authority approved $4.5 million for the north quay on Monday, its chair Ana Ruiz said.\n`,
  );
  copyFileSync(join(outside, 'secret.txt'), join(outside, 'secret.md'));
  writeFileSync(
    join(repo, 'refs', 'wire.txt'),
    'Quay vote\n\nThe port authority approved $2.5 million for the south quay on Friday, its chair Ana Ruiz said.\n',
  );
  writeFileSync(
    join(repo, 'articles', 'draft.md'),
    'North quay approved\n\nThe port authority approved $5.4 million for the north quay on Monday, its chair Ana Ruiz said.\n',
  );
  return { top, outside, repo };
}

const config = (repo: string, references: string[]) =>
  writeFileSync(join(repo, '.copydesk.json'), JSON.stringify({ references }));

test(
  "a repository's .copydesk.json cannot name files outside it: each is refused in one line, exit 2, and nothing leaks",
  { skip: !built && 'run the build first', timeout: 300_000 },
  (t) => {
    const { top, outside, repo } = world(t);
    symlinkSync(join(outside, 'secret.txt'), join(repo, 'refs', 'leak.txt'));
    symlinkSync(outside, join(repo, 'linked'));
    const patterns = [
      join(outside, 'secret.txt'),
      '../outside',
      `/*/${top.split('/').slice(2).join('/')}/outside/*.txt`,
      '/**',
      '/proc/self/pagemap',
      '/proc/self/environ',
      'refs/leak.txt',
      'linked/*.md',
      '{..,x}/outside/*.md',
    ];
    // All in one config (each run is a process start): every refused pattern gets its own line, in config order.
    config(repo, ['refs/wire.txt', ...patterns]);
    const r = cli(['check', 'articles'], repo);
    noSecret(r, 'text');
    assert.equal(r.code, 2, r.err);
    const lines = r.err.trim().split('\n');
    // The brace pattern starts its search inside the repository, so nothing outside is even listed: no line for it.
    assert.equal(lines.length, patterns.length - 1, r.err);
    patterns.slice(0, -1).forEach((p, i) => {
      assert.ok(lines[i]!.startsWith(`copydesk: reference "${p}" in ${join(repo, '.copydesk.json')}: `), lines[i]);
      assert.match(
        lines[i]!,
        /(outside|a link to a (file|folder) outside) .*repo, refused \(a repository's \.copydesk\.json may only name files inside its folder; pass --references on the command line to read others\)$/,
      );
    });
    // The article is still checked against the reference that is allowed.
    assert.match(r.out, /number-mismatch/);
    for (const format of ['json', 'github', 'sarif', 'html', 'junit'])
      noSecret(cli(['check', '--format', format, 'articles'], repo), format);
  },
);

test(
  "--references is the user's choice and may read outside; never /proc, devices, FIFOs or a whole-disk search",
  { skip: !built && 'run the build first', timeout: 120_000 },
  (t) => {
    const { outside, repo } = world(t);
    const mine = cli(['check', '--format', 'json', '--references', join(outside, 'secret.txt'), 'articles'], repo);
    assert.equal(mine.code, 0, mine.err);
    assert.ok(
      JSON.parse(mine.out).files[0].diagnostics.some(
        (d: { code: string; related: Array<{ file: string }> }) =>
          d.code === 'number-mismatch' && d.related.some((e) => e.file.endsWith('secret.txt')),
      ),
    );
    for (const [p, line] of [
      ['/proc/self/environ', 'copydesk: reference /proc/self/environ: a system file (/proc, /sys or /dev), skipped'],
      ['/dev/zero', 'copydesk: reference "/dev/zero": not a regular file, skipped'],
      ['/**', 'copydesk: reference "/**": refusing to search the whole file system, /proc, /sys or /dev'],
      [
        '/proc/*/environ',
        'copydesk: reference "/proc/*/environ": refusing to search the whole file system, /proc, /sys or /dev',
      ],
    ] as const) {
      const r = cli(['check', '--references', p, 'articles'], repo);
      noSecret(r, p);
      assert.equal(r.code, 2, p);
      assert.equal(r.err.trim(), line);
    }
  },
);

test(
  'a .copydesk.json or an article that links outside is refused without its content',
  { skip: !built && 'run the build first', timeout: 120_000 },
  (t) => {
    const { outside, repo } = world(t);
    symlinkSync(join(outside, 'secret.txt'), join(repo, '.copydesk.json'));
    const viaConfig = cli(['check', 'articles'], repo);
    noSecret(viaConfig, 'linked config');
    assert.equal(viaConfig.code, 2);
    assert.match(
      viaConfig.err,
      /^copydesk: .*\.copydesk\.json:1: invalid config: a link to a file outside .*repo, refused\n$/,
    );
    rmSync(join(repo, '.copydesk.json'));
    // Not JSON at all: the parse error must not quote the file.
    writeFileSync(join(repo, '.copydesk.json'), `${SECRET}\n`);
    const garbage = cli(['check', 'articles'], repo);
    noSecret(garbage, 'config that is not JSON');
    assert.match(garbage.err, /\.copydesk\.json:1: invalid config: not valid JSON/);
    rmSync(join(repo, '.copydesk.json'));
    // A pull request adds articles/leak.md -> a file elsewhere; CI checks the folder, or the changed files by name.
    symlinkSync(join(outside, 'secret.md'), join(repo, 'articles', 'leak.md'));
    for (const args of [['articles'], ['articles/leak.md', 'articles/draft.md'], ['articles/*.md']]) {
      for (const format of ['text', 'json', 'html']) {
        const r = cli(['check', '--format', format, ...args], repo);
        noSecret(r, `${args} ${format}`);
        // A glob never lists links at all.
        if (args[0] === 'articles/*.md') {
          assert.equal(r.code, 0, r.err);
          continue;
        }
        assert.equal(r.code, 2, `${args}: ${r.err}`);
        assert.match(
          r.err,
          /^copydesk: articles\/leak\.md: a link to a file outside (the folder checked|its folder and the working directory), skipped\n$/,
        );
      }
    }
  },
);

test(
  'an article is never its own reference: with ["."] or "**/*.md" its mismatches are still reported, the same on any number of workers',
  { skip: !built && 'run the build first', timeout: 300_000 },
  (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-self-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'refs'));
    for (const f of ['coast-daily.txt', 'harbour-wire.md']) copyFileSync(join(XREF, 'refs', f), join(dir, 'refs', f));
    copyFileSync(join(XREF, 'draft-errors.txt'), join(dir, 'draft-errors.md'));
    copyFileSync(join(XREF, 'draft-faithful.txt'), join(dir, 'draft-faithful.md'));
    config(dir, ['refs']);
    const alone = cli(['check', '--format', 'json', 'draft-errors.md', 'draft-faithful.md'], dir);
    const codes = (out: string, file: string) =>
      JSON.parse(out)
        .files.find((f: { file: string }) => f.file === file)
        .diagnostics.map((d: { code: string; start: number }) => `${d.code}@${d.start}`);
    const mismatches = codes(alone.out, 'draft-errors.md').filter((c: string) =>
      /mismatch|misattributed|spelling/.test(c),
    );
    assert.ok(mismatches.length >= 4, alone.out.slice(0, 500));
    for (const refs of [['.'], ['**/*.md', 'refs'], ['refs', 'draft-errors.md', 'draft-faithful.md']]) {
      config(dir, refs);
      const runs = ['1', '2'].map((jobs) =>
        cli(['check', '--format', 'json', '--jobs', jobs, 'draft-faithful.md', 'draft-errors.md'], dir),
      );
      assert.equal(runs[0]!.out, runs[1]!.out, `${refs}: --jobs 1 and 2 agree`);
      const got = codes(runs[0]!.out, 'draft-errors.md');
      for (const m of mismatches) assert.ok(got.includes(m), `${refs}: ${m} still reported (got ${got})`);
      for (const f of JSON.parse(runs[0]!.out).files) {
        for (const d of f.diagnostics)
          for (const ev of d.related) assert.ok(!resolve(dir, ev.file).endsWith(f.file), `${f.file} cites itself`);
      }
    }
  },
);

test(
  '--file-timeout does not count worker start-up and indexing against a file, and refuses what setTimeout cannot hold',
  { skip: !built && 'run the build first', timeout: 120_000 },
  (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-timeout-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(join(dir, 'refs'));
    for (const f of ['coast-daily.txt', 'harbour-wire.md']) copyFileSync(join(XREF, 'refs', f), join(dir, 'refs', f));
    for (let i = 1; i <= 6; i++)
      writeFileSync(
        join(dir, `a${i}.md`),
        `Harbour story ${i}\n\nLindholm awarded a $${i}5 million contract to deepen its harbour on June 12, Mayor Ines Novak said.\n`,
      );
    // Starting a thread, loading the model and indexing the references take longer than a small article's check.
    const r = cli(['check', '--format', 'json', '--jobs', '2', '--file-timeout', '1.5', '-r', 'refs', '.'], dir);
    assert.equal(r.err, '', 'no file was skipped');
    assert.equal(r.code, 0);
    // The six articles; the references under -r are not checked as articles (named explicitly they would be).
    assert.equal(JSON.parse(r.out).files.length, 6);
    for (const v of ['2147484', '1e9', 'Infinity']) {
      const big = cli(['check', '--file-timeout', v, 'a1.md'], dir);
      assert.equal(big.code, 2, v);
      assert.match(big.err, /^copydesk: --file-timeout is at most 2147483 seconds \(about 24 days\)\n/, v);
    }
    const max = cli(['check', '--file-timeout', '2147483', 'a1.md'], dir);
    assert.equal(max.code, 0, max.err);
  },
);

test(
  'an impossible --article-date or articleDate is refused with a clear message',
  { skip: !built && 'run the build first' },
  (t) => {
    const { repo } = world(t);
    for (const cmd of ['check', 'annotate']) {
      const r = cli([cmd, '--article-date', '2025-13-45', 'articles/draft.md'], repo);
      assert.equal(r.code, 2);
      assert.match(r.err, /^copydesk: --article-date needs a real date, YYYY-MM-DD \(got "2025-13-45"\)\n/);
    }
    writeFileSync(join(repo, '.copydesk.json'), '{\n  "articleDate": "2025-02-30"\n}\n');
    const r = cli(['check', 'articles'], repo);
    assert.equal(r.code, 2);
    assert.match(
      r.err,
      /\.copydesk\.json:2: invalid config: "articleDate" must be a real date, YYYY-MM-DD like 2025-02-12\n$/,
    );
    writeFileSync(join(repo, '.copydesk.json'), '{\n  "severity": { "vague-atribution": "error" }\n}\n');
    const typo = cli(['check', 'articles'], repo);
    assert.equal(typo.code, 0);
    assert.match(
      typo.err,
      /^copydesk: warning: .*\.copydesk\.json:2: unknown finding code "vague-atribution" in "severity" ignored \(did you mean "vague-attribution"\?\)\n$/,
    );
  },
);

test(
  'file names with escape sequences are printed escaped, in reports and in one-line errors',
  { skip: !built && 'run the build first' },
  (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-esc-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const red = '\x1b[31mred\x1b[0m.md';
    writeFileSync(join(dir, red), 'Experts say the harbour will close.\n');
    writeFileSync(join(dir, '\x1b]8;;x\x07link.md'), Buffer.from([0x41, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'new\u202eline.md'), 'Critics say so.\n');
    for (const format of ['text', 'github']) {
      const r = cli(['check', '--format', format, '.'], dir);
      assert.equal(r.code, 2);
      for (const s of [r.out, r.err]) {
        assert.ok(
          !/[\x00-\x08\x0b-\x1f\x7f\u202e]/.test(s),
          `${format}: a raw control character in ${JSON.stringify(s)}`,
        );
      }
      assert.match(r.out, /\\x1b\[31mred\\x1b\[0m\.md/);
      assert.match(r.out, /new\\u202eline\.md/);
      assert.match(r.err, /^copydesk: \\x1b\]8;;x\\x07link\.md: not valid UTF-8 text/);
    }
  },
);
