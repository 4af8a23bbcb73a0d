// host/references.ts, host/configFile.ts, host/settings.ts: what a repository's configuration may make Copydesk read.
// A "secret" is planted beside the repository; no answer may contain it, and every refusal is one named line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configScope, escapes, listReferenceFiles, loadReferences, selfId, stillAllowed } from '../../host/references';
import { ConfigError, loadConfigFile, parseConfig } from '../../host/configFile';
import { sanitizeSettings } from '../../host/settings';
import { closestCode, isCalendarDate, resolveConfig } from '../../core/index';

const SECRET = 'AWS_SECRET_ACCESS_KEY=planted-7d1e';

/** tmp/outside/secret.txt (and .md), tmp/repo/refs/wire.txt, tmp/repo/refs/leak.txt -> ../../outside/secret.txt. */
function world(t: { after: (f: () => void) => void }) {
  const top = mkdtempSync(join(tmpdir(), 'copydesk-contain-'));
  t.after(() => rmSync(top, { recursive: true, force: true }));
  const outside = join(top, 'outside');
  const repo = join(top, 'repo');
  mkdirSync(outside);
  mkdirSync(join(repo, 'refs'), { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), `${SECRET}\n\nThe board approved $4.5 million on Monday.\n`);
  writeFileSync(join(outside, 'secret.md'), `${SECRET}\n`);
  writeFileSync(join(repo, 'refs', 'wire.txt'), 'Wire\n\nThe board approved $4.5 million on Monday.\n');
  symlinkSync(join('..', '..', 'outside', 'secret.txt'), join(repo, 'refs', 'leak.txt'));
  symlinkSync(join('..', '..', 'outside'), join(repo, 'refs', 'outdir'));
  return { top, outside, repo };
}

test('patterns that leave the repository are refused before anything is searched', () => {
  for (const p of [
    '/etc/passwd',
    '/*/.*rc',
    '/**',
    '../x',
    '..',
    'refs/../../x',
    './../x',
    'C:/Windows',
    'C:\\x',
    '\\\\server\\share',
  ])
    assert.ok(escapes(p), p);
  for (const p of ['refs', 'refs/**/*.md', '.', '**/*.md', 'a/../b', '{a,b}/*.txt', '...']) assert.ok(!escapes(p), p);
});

test("a .copydesk.json's references stay inside its folder: absolute, ../, globs from /, links out and braces are refused", (t) => {
  const { top, repo } = world(t);
  const scope = configScope(repo, join(repo, '.copydesk.json'), 'pass --references on the command line to read others');
  const cases: Array<[string, RegExp]> = [
    [join(top, 'outside', 'secret.txt'), /outside .*repo, refused/],
    ['../outside/secret.txt', /outside .*repo, refused/],
    ['../outside', /outside .*repo, refused/],
    [`/*/${top.split('/').slice(2).join('/')}/outside/*`, /outside .*repo, refused/],
    ['/**', /outside .*repo, refused/],
    ['/proc/self/pagemap', /outside .*repo, refused/],
    ['refs/leak.txt', /a link to a file outside .*repo, refused/],
    ['refs/outdir', /a link to a folder outside .*repo, refused/],
    ['refs/outdir/*.txt', /a link to a folder outside .*repo, refused/],
  ];
  for (const [p, why] of cases) {
    const listed = listReferenceFiles([p], scope);
    assert.deepEqual(listed.files, [], p);
    assert.equal(listed.errors.length, 1, `${p}: ${listed.errors.join(' | ')}`);
    const line = listed.errors[0]!;
    assert.match(line, why, p);
    assert.ok(line.startsWith(`"${p}" in ${join(repo, '.copydesk.json')}: `), line);
    assert.match(line, /pass --references on the command line to read others/);
    assert.ok(!line.includes(SECRET) && !line.includes('\n'), line);
  }
  // Braces cannot climb out either: the search starts inside and nothing outside is ever listed.
  for (const p of ['{..,x}/outside/*', '{/,x}**/secret.*', '@(..)/outside/*']) {
    const listed = listReferenceFiles([p], scope);
    assert.deepEqual(listed.files, [], p);
  }
  // Folders and globs inside are fine; a link inside them that leads out is not followed.
  const inside = listReferenceFiles(['refs', 'refs/**/*.txt', '.'], scope);
  assert.deepEqual(inside.files, [join(repo, 'refs', 'wire.txt')]);
  assert.deepEqual(inside.errors, []);
  const loaded = loadReferences(listReferenceFiles(['refs/leak.txt', 'refs'], scope));
  assert.deepEqual(
    [...loaded.index.docs()].map((d) => d.id),
    [join(repo, 'refs', 'wire.txt')],
  );
  for (const d of loaded.index.docs()) assert.ok(!d.text.includes(SECRET));
});

test('a user-level choice reaches outside (never into /proc or the whole disk); a workspace list cannot widen itself', (t) => {
  const { outside, repo } = world(t);
  const mine = listReferenceFiles([join(outside, 'secret.txt'), 'refs/leak.txt'], { baseDir: repo });
  assert.deepEqual(mine.errors, []);
  assert.equal(mine.files.length, 2);
  for (const p of ['/**', '/proc/*/environ', '/dev/zero'])
    assert.equal(listReferenceFiles([p], { baseDir: repo }).errors.length, 1, p);
  // Editor: the workspace folder is the root; only patterns the user set at user level are trusted.
  const ws = {
    baseDir: repo,
    root: repo,
    trusted: new Set([join(outside, 'secret.md')]),
    origin: 'in the copydesk.references setting',
  };
  const listed = listReferenceFiles([join(outside, 'secret.md'), join(outside, 'secret.txt')], ws);
  assert.deepEqual(listed.files, [join(outside, 'secret.md')]);
  assert.equal(listed.errors.length, 1);
  assert.match(listed.errors[0]!, /secret\.txt" in the copydesk\.references setting: outside/);
  assert.ok(stillAllowed(join(outside, 'secret.md'), ws, listed.free), 'a trusted file stays allowed');
  assert.ok(!stillAllowed(join(repo, 'refs', 'leak.txt'), ws, listed.free), 'a link out is not');
});

test('a search is bounded: a pattern that would visit more entries than the limit is stopped with a named line', (t) => {
  const { repo } = world(t);
  for (let i = 0; i < 30; i++) writeFileSync(join(repo, 'refs', `n${i}.txt`), 'x\n');
  const listed = listReferenceFiles(['**/*.txt'], { baseDir: repo, root: repo, maxSearchEntries: 10 });
  assert.deepEqual(listed.files, []);
  assert.match(
    listed.errors[0]!,
    /^"\*\*\/\*\.txt": the search visited more than 10 files and folders and was stopped \(narrow the pattern\)$/,
  );
  assert.equal(listReferenceFiles(['**/*.txt'], { baseDir: repo, root: repo }).files.length, 31);
});

test('an article is found in its corpus by its real path, whatever path named it', (t) => {
  const { repo } = world(t);
  symlinkSync(join(repo, 'refs'), join(repo, 'alias'));
  const listed = listReferenceFiles(['refs'], { baseDir: repo, root: repo });
  assert.equal(selfId(listed.realIds, join(repo, 'alias', 'wire.txt')), join(repo, 'refs', 'wire.txt'));
  assert.equal(selfId(listed.realIds, join(repo, 'refs', 'other.txt')), undefined);
});

test('a .copydesk.json that links outside its folder is refused, and JSON errors never quote the file', (t) => {
  const { outside, repo } = world(t);
  symlinkSync(join(outside, 'secret.txt'), join(repo, '.copydesk.json'));
  assert.throws(
    () => loadConfigFile(join(repo, '.copydesk.json')),
    (e: Error) =>
      e instanceof ConfigError &&
      /a link to a file outside .*repo, refused$/.test(e.message) &&
      !e.message.includes('AWS'),
  );
  // Inside the working directory (a monorepo's shared config) a link is fine.
  mkdirSync(join(repo, 'desk'));
  writeFileSync(join(repo, 'shared.json'), '{"references": ["refs"]}');
  symlinkSync(join('..', 'shared.json'), join(repo, 'desk', '.copydesk.json'));
  assert.deepEqual(loadConfigFile(join(repo, 'desk', '.copydesk.json'), [repo]).config.references, ['refs']);
  for (const text of [`${SECRET}\n`, `{"references": ["a"], "x": ${SECRET}}`, `{"a": "${SECRET}\n"}`]) {
    try {
      parseConfig('c.json', text);
      assert.fail('accepted');
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      assert.ok(!e.message.includes('AWS') && !e.message.includes('planted'), e.message);
    }
  }
});

test('articleDate is a real calendar date everywhere; unknown severity codes are named with a suggestion', () => {
  for (const d of ['2025-02-12', '2024-02-29', '2000-02-29', '1999-12-31']) assert.ok(isCalendarDate(d), d);
  for (const d of ['2025-13-45', '2025-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '2025-1-5', '12/02/2025'])
    assert.ok(!isCalendarDate(d), d);
  assert.equal(resolveConfig({ articleDate: '2025-13-45' }).articleDate, undefined);
  assert.throws(
    () => parseConfig('c.json', '{\n  "articleDate": "2025-13-45"\n}'),
    /c\.json:2: invalid config: "articleDate" must be a real date/,
  );
  const warnings: string[] = [];
  parseConfig(
    'c.json',
    '{\n  "severity": {\n    "numbr-mismatch": "error",\n    "future-code": "off"\n  }\n}',
    warnings,
  );
  assert.deepEqual(warnings, [
    'c.json:3: unknown finding code "numbr-mismatch" in "severity" ignored (did you mean "number-mismatch"?)',
    'c.json:4: unknown finding code "future-code" in "severity" ignored',
  ]);
  assert.equal(closestCode('vague-atribution'), 'vague-attribution');
  assert.equal(closestCode('completely-different'), undefined);
});

test('editor settings: invalid levels, unknown codes and impossible dates are dropped and reported, never passed on', () => {
  const { settings, problems } = sanitizeSettings({
    severity: { 'number-mismatch': 'loud', 'vague-attribution': 'error', 'numbr-mismatch': 'off' },
    articleDate: '2025-13-45',
    references: ['refs'],
  });
  assert.deepEqual(settings, { severity: { 'vague-attribution': 'error' }, references: ['refs'] });
  assert.deepEqual(problems, [
    'copydesk.severity: "loud" for "number-mismatch" is not off, hint, info, warning or error; its default is used',
    'copydesk.severity: unknown finding code "numbr-mismatch" ignored (did you mean "number-mismatch"?)',
    'copydesk.articleDate: "2025-13-45" is not a real date, YYYY-MM-DD like 2025-02-12; ignored',
  ]);
  // The core never hands out a level that is not one, whatever layer it came from.
  assert.deepEqual(resolveConfig({ severity: { 'number-mismatch': 'loud' as never } }).severity, {});
});
