// Same input, same findings: over a generated newsroom (reference articles and drafts written from our own templates,
// full of near-twin passages), every article's JSON report is byte for byte the same checked alone in a fresh process,
// after the others in random orders, and on 1, 2 or 3 worker threads (whichever worker happens to get it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli, tempDir } from './helpers';
import { newsCorpus } from '../support/newsCorpus';
import { rng } from '../support/edits';

const CLI = resolve(__dirname, '../../dist/cli.js');

/** Each file's entry of a JSON report, as text. */
function perFile(out: string): Map<string, string> {
  const files = (JSON.parse(out) as { files: Array<{ file: string }> }).files;
  return new Map(files.map((f) => [f.file, JSON.stringify(f)]));
}

function cli(cwd: string, args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--no-progress', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test(
  'every article reports the same alone, after the others in random orders, and with --jobs 1, 2 and 3',
  { timeout: 300_000 },
  async (t) => {
    const dir = tempDir(t);
    const corpus = newsCorpus(21, 60, 12);
    mkdirSync(join(dir, 'refs'));
    mkdirSync(join(dir, 'articles'));
    for (const r of corpus.references) writeFileSync(join(dir, 'refs', r.name), r.text);
    for (const d of corpus.drafts) writeFileSync(join(dir, 'articles', d.name), d.text);
    writeFileSync(join(dir, '.copydesk.json'), JSON.stringify({ references: ['refs'], articleDate: '2025-06-30' }));
    const files = corpus.drafts.map((d) => `articles/${d.name}`);

    // Alone: a fresh process per article (a handful: each pays a process start).
    const alone = new Map<string, string>();
    for (const f of files.filter((_, i) => i % 3 === 0)) alone.set(f, perFile(cli(dir, [f])).get(f)!);
    const sameAsAlone = (got: Map<string, string>, how: string) => {
      assert.equal(got.size, files.length, how);
      for (const [f, json] of alone) assert.equal(got.get(f), json, `${f}: ${how}`);
    };

    // One process, one index, the articles in random orders (one Checker per run; the kernel caches stay warm throughout).
    const r = rng(4);
    let first: Map<string, string> | undefined;
    for (let round = 0; round < 3; round++) {
      const order = [...files].sort(() => r() - 0.5);
      const run = await runCli(['check', '--format', 'json', ...order], { cwd: dir });
      const got = perFile(run.out);
      sameAsAlone(got, `order ${order.join(' ')}`);
      if (first) for (const f of files) assert.equal(got.get(f), first.get(f), `${f}: order ${round}`);
      first ??= got;
    }
    for (const jobs of [1, 2, 3]) {
      const got = perFile(cli(dir, ['--jobs', String(jobs), 'articles']));
      sameAsAlone(got, `--jobs ${jobs}`);
      for (const f of files) assert.equal(got.get(f), first!.get(f), `${f}: --jobs ${jobs}`);
    }
  },
);
