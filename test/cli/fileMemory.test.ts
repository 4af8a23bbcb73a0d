// Memory per file: a file that needs more memory than its worker may use is reported (exit 2) while the files around
// it are checked, with several jobs and with one (a large file then gets a worker of its own); evidence from a run-on
// reference "sentence" is quoted as a bounded excerpt in every format; a file over the check limit is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { check, ReferenceIndex } from '../../core/index';
import { MAX_EXCERPT } from '../../core/xref/excerpt';
import { MAX_CHECK_BYTES } from '../../cli/checker';
import { ISOLATE_BYTES } from '../../cli/pool';
import { FORMAT_NAMES } from '../../cli/formats/index';
import { runCli, tempDir } from './helpers';

const ARTICLE = 'Experts say the levy rose 12% on Tuesday.\n';

function files(out: string): Array<[string, boolean, number]> {
  return JSON.parse(out).files.map((f: { file: string; error?: string; diagnostics: unknown[] }) => [
    f.file,
    !!f.error,
    f.diagnostics.length,
  ]);
}

/** Nothing but figures: a finding every two characters, far more memory than the test's budget. */
function figureOnlyFile(path: string, bytes: number): void {
  writeFileSync(path, '$' + '1,'.repeat(Math.ceil(bytes / 2)) + '.\n');
}

for (const jobs of ['2', '1']) {
  test(`a file that runs out of memory is reported and the others are checked (--jobs ${jobs})`, async (t) => {
    const dir = tempDir(t);
    writeFileSync(join(dir, 'a.md'), ARTICLE);
    // With one job only a file above ISOLATE_BYTES runs on a worker of its own (smaller ones cannot exhaust the heap).
    figureOnlyFile(join(dir, 'b.md'), ISOLATE_BYTES + 100_000);
    writeFileSync(join(dir, 'c.md'), ARTICLE);
    const r = await runCli(
      ['check', '--jobs', jobs, '--file-memory', '96', '--format', 'json', 'a.md', 'b.md', 'c.md'],
      { cwd: dir, workers: true },
    );
    assert.equal(r.code, 2);
    assert.equal(r.err, 'copydesk: b.md: ran out of memory while checking (limit 96 MB; --file-memory), skipped\n');
    const out = files(r.out);
    assert.deepEqual(
      out.map(([f, failed]) => [f, failed]),
      [
        ['a.md', false],
        ['b.md', true],
        ['c.md', false],
      ],
    );
    assert.ok(out[0]![2] > 0 && out[2]![2] > 0, 'the other files have their findings');
  });
}

test('--file-memory needs a sensible number', async () => {
  for (const v of ['0', '12', 'lots', '100.5'])
    assert.equal((await runCli(['check', '--file-memory', v, 'x.md'])).code, 2);
});

test(`a file over the check limit (${MAX_CHECK_BYTES / 1048576} MB) is refused with a reason, the others are checked`, async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'a.md'), ARTICLE);
  writeFileSync(join(dir, 'huge.md'), '');
  truncateSync(join(dir, 'huge.md'), MAX_CHECK_BYTES + 1);
  const r = await runCli(['check', '--format', 'json', 'a.md', 'huge.md'], { cwd: dir });
  assert.equal(r.code, 2);
  assert.match(
    r.err,
    new RegExp(
      `huge\\.md: too large \\(${(MAX_CHECK_BYTES / 1048576).toFixed(1)} MB; limit ${MAX_CHECK_BYTES / 1048576} MB\\), skipped`,
    ),
  );
  assert.deepEqual(
    files(r.out).map(([f, failed]) => [f, failed]),
    [
      ['a.md', false],
      ['huge.md', true],
    ],
  );
});

// A reference whose one "sentence" runs for 180 KB (few distinct words, so it still aligns with the article's).
const RUN_ON =
  'The port agency paid $7 million for the harbour dredging work ' +
  'while the harbour dredging work went on and on '.repeat(4000) +
  'until spring.';
const DRAFT = 'The port agency paid $5 million for the harbour dredging work.\n';

test('evidence from a run-on reference sentence is a bounded excerpt around the figure', () => {
  const index = new ReferenceIndex();
  index.set('refs/wire.md', `Harbour dredging\n\n${RUN_ON}\n`);
  const f = check(DRAFT, {}, index).findings.find((x) => x.code === 'number-mismatch');
  assert.ok(f, 'the figure is compared with the run-on sentence');
  const ev = f.related[0]!;
  assert.ok(ev.end - ev.start > 100_000, 'the evidence is the whole passage');
  assert.ok(
    ev.excerpt.length <= MAX_EXCERPT + 2 && ev.excerpt.includes('$7 million'),
    `excerpt of ${ev.excerpt.length} characters`,
  );
  assert.ok(ev.excerpt.endsWith('…'));
});

test('every format quotes the run-on evidence as an excerpt, not the whole passage', async (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'refs'));
  writeFileSync(join(dir, 'refs', 'wire.md'), `Harbour dredging\n\n${RUN_ON}\n`);
  writeFileSync(join(dir, 'draft.md'), DRAFT);
  for (const format of FORMAT_NAMES) {
    const r = await runCli(['check', '--format', format, '-r', 'refs', 'draft.md'], { cwd: dir });
    assert.equal(r.code, 0, `${format}: ${r.err}`);
    assert.ok(r.out.includes('$7 million'), `${format} shows the evidence`);
    assert.ok(r.out.length < 40_000, `${format} output is ${r.out.length} characters`);
  }
});
