// The .vsix holds only what VS Code needs at run time: a source file, a source map or node_modules in it would be dead
// weight for every user (and sources/maps leak paths). Packs the current dist/ into a temporary file with the same
// flags as `npm run package`, then reads the zip's central directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const MAX_VSIX_BYTES = 6 * 1024 * 1024;

const ALLOWED = [
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
  /^extension\/package\.json$/,
  /^extension\/dist\/(extension|server|server-main)\.js$/,
  /^extension\/dist\/ner-model\.bin$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/language-configuration\.json$/,
  /^extension\/schemas\/[\w.-]+\.json$/,
  /^extension\/images\/[\w.-]+\.(png|svg)$/,
  /^extension\/readme\.md$/,
  /^extension\/changelog\.md$/,
  /^extension\/LICENSE\.txt$/,
  /^extension\/models\/NOTICE\.md$/,
];

/** Names and sizes from a zip's central directory (enough for a .vsix; no zip64). */
function zipEntries(buf: Buffer): Array<{ name: string; size: number }> {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'zip end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: Array<{ name: string; size: number }> = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({ name: buf.toString('utf8', p + 46, p + 46 + nameLen), size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** One stored or deflated entry's text (vsce deflates; no zip64). */
function readZipEntry(buf: Buffer, name: string): string {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    if (buf.toString('utf8', p + 46, p + 46 + nameLen) === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + csize);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  throw new Error(`${name} not in the zip`);
}

const built = existsSync(join(ROOT, 'dist/extension.js')) && existsSync(join(ROOT, 'dist/server.js'));

test('the package script keeps engines.vscode installable on code-server 4.100.3 (VS Code 1.100)', () => {
  assert.equal(pkg.engines.vscode, '^1.100.0');
  assert.match(pkg.scripts.package, /--production/);
  assert.match(pkg.scripts.package, /vsce package --no-dependencies/);
  assert.equal(pkg.main, './dist/extension.js');
});

test('activates only for what it checks; declares untrusted and virtual workspace support', () => {
  // Not on every plaintext or Markdown file: those are checked only when enablePlainText / enableMarkdown are on, and
  // the client then adds them to its document selector.
  assert.deepEqual(pkg.activationEvents, ['onLanguage:article', 'workspaceContains:**/.copydesk.json']);
  const untrusted = pkg.capabilities?.untrustedWorkspaces;
  assert.equal(untrusted?.supported, 'limited');
  assert.deepEqual(
    untrusted.restrictedConfigurations,
    ['copydesk.references'],
    'a workspace may not set what is read in Restricted Mode',
  );
  assert.match(untrusted.description, /copydesk\.references/);
  assert.equal(pkg.capabilities.virtualWorkspaces?.supported, false);
  assert.match(pkg.capabilities.virtualWorkspaces.description, /from disk/);
  const props = pkg.contributes.configuration.properties;
  assert.equal(props['copydesk.references'].scope, 'resource');
  // VS Code itself rejects an impossible month or day in the settings editor.
  const date = new RegExp(props['copydesk.articleDate'].pattern);
  assert.ok(date.test('2025-02-12') && date.test('') && !date.test('2025-13-45') && !date.test('2025-02-32'));
});

test('icon and activity-bar image exist and the icon is a 128x128 PNG', () => {
  const png = readFileSync(join(ROOT, pkg.icon));
  assert.equal(png.toString('latin1', 1, 4), 'PNG');
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  const bar = pkg.contributes.viewsContainers.activitybar[0].icon as string;
  assert.match(readFileSync(join(ROOT, bar), 'utf8'), /^<svg[\s\S]*<\/svg>\s*$/);
});

test(
  'the .vsix holds only bundles, manifest, grammar, language config, schemas, images and docs',
  { skip: !built && 'run the build first', timeout: 120_000 },
  () => {
    const script = pkg.scripts.package as string;
    const flags = script
      .slice(script.indexOf('vsce package') + 'vsce package'.length)
      .replace(/-o\s+\S+/, '')
      .trim()
      .split(/\s+/);
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-vsix-'));
    try {
      const out = join(dir, 'copydesk.vsix');
      try {
        // The package script writes the marketplace README (dist/marketplace.md) before vsce reads it.
        execFileSync(process.execPath, [join(ROOT, 'scripts/marketplace-readme.mjs')], { cwd: ROOT, stdio: 'pipe' });
        execFileSync(join(ROOT, 'node_modules/.bin/vsce'), ['package', ...flags, '-o', out], {
          cwd: ROOT,
          stdio: 'pipe',
          timeout: 110_000,
        });
      } catch (e) {
        const err = e as { stderr?: Buffer; stdout?: Buffer; message: string };
        assert.fail(`vsce package failed: ${err.stderr?.toString() || err.stdout?.toString() || err.message}`);
      }
      const entries = zipEntries(readFileSync(out));
      const names = entries.map((e) => e.name);
      const stray = names.filter((n) => !ALLOWED.some((re) => re.test(n)));
      assert.deepEqual(stray, [], `unexpected files in the .vsix: ${stray.join(', ')}`);
      for (const must of [
        'extension/package.json',
        'extension/dist/extension.js',
        'extension/dist/server.js',
        'extension/dist/server-main.js',
        'extension/dist/ner-model.bin',
        'extension/readme.md',
        'extension/changelog.md',
        'extension/LICENSE.txt',
        'extension/models/NOTICE.md',
        `extension/${pkg.icon}`,
      ]) {
        assert.ok(names.includes(must), `${must} is in the .vsix`);
      }
      for (const g of pkg.contributes.grammars as Array<{ path: string }>)
        assert.ok(names.includes(`extension/${g.path.replace(/^\.\//, '')}`), g.path);
      assert.ok(!names.some((n) => /\.(ts|map)$|node_modules|\/src\//.test(n)), 'no sources, maps or node_modules');
      const bytes = statSync(out).size;
      assert.ok(
        bytes <= MAX_VSIX_BYTES,
        `.vsix is ${(bytes / 1048576).toFixed(2)} MB (limit ${MAX_VSIX_BYTES / 1048576} MB)`,
      );
      // The README must be the user-facing one, with images VS Code can show: its README webview allows only https: and
      // data: images and does not resolve relative paths against the extension.
      const readme = readZipEntry(readFileSync(out), 'extension/readme.md');
      assert.match(readme, /## Setting up references/, 'readme.md is docs/marketplace.md');
      const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]!);
      assert.ok(images.length >= 1, 'the README shows a screenshot');
      for (const src of images)
        assert.match(src, /^(https:|data:image\/(png|jpeg|gif);base64,)/, `README image ${src.slice(0, 60)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

// esbuild.mjs writes the bundles in ASCII: one non-ASCII character (esbuild keeps them in regular expression literals)
// makes Node read a whole bundle into a two-byte string, slower to read and to compile at every start.
test('the bundles are ASCII only', () => {
  for (const name of ['extension', 'server', 'cli', 'core']) {
    const file = join(ROOT, 'dist', `${name}.js`);
    if (!existsSync(file)) continue;
    const at = readFileSync(file, 'latin1').search(/[^\x00-\x7f]/);
    assert.equal(at, -1, `dist/${name}.js has a non-ASCII byte at ${at}`);
  }
});
