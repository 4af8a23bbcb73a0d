// What a repository can make the language server read, over stdio. The repository names references through its
// .copydesk.json and through the copydesk.references setting (a workspace's .vscode/settings.json reaches the server
// through workspace/configuration, merged with the user's settings). A secret is planted beside the workspace: it must
// never appear in a diagnostic, a hover, a definition or a log line. Only the user's own list (passed by the client
// as initializationOptions.userReferences, or the copydesk/userReferences notification) may read outside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, positionOf, type Diagnostic } from './lsp-client';

const SECRET = 'AWS_SECRET_ACCESS_KEY=planted-0e44c';
const DRAFT =
  'Quay approved\n\nThe Valmora port authority on Monday approved a $5.4 million expansion of the north quay, its chair Ana Ruiz said.\n';

function world(t: { after: (f: () => void) => void }) {
  const top = mkdtempSync(join(tmpdir(), 'copydesk-lsp-contain-'));
  t.after(() => rmSync(top, { recursive: true, force: true }));
  const outside = join(top, 'outside');
  const ws = join(top, 'ws');
  mkdirSync(outside);
  mkdirSync(join(ws, 'refs'), { recursive: true });
  // The secret disagrees with the draft's figure, so it would be quoted as evidence if it were ever read.
  writeFileSync(
    join(outside, 'secret.txt'),
    `${SECRET}\n\nThe Valmora port authority on Monday approved a $7.7 million expansion of the north quay, its chair Ana Ruiz said.\n`,
  );
  copyFileSync(resolve('test/fixtures/protocol/references/harbour-wire.txt'), join(ws, 'refs', 'harbour-wire.txt'));
  symlinkSync(join(outside, 'secret.txt'), join(ws, 'refs', 'leak.txt'));
  writeFileSync(join(ws, 'draft.article'), DRAFT);
  return { top, outside, ws, uri: pathToFileURL(join(ws, 'draft.article')).toString() };
}

async function start(t: { after: (f: () => Promise<void>) => void }, ws: string, init?: unknown): Promise<LspClient> {
  const client = new LspClient();
  t.after(() => client.shutdown());
  await client.initialize(ws, init);
  return client;
}

function assertNoSecret(client: LspClient, ...answers: unknown[]): void {
  const all =
    JSON.stringify([...client.latest.values(), ...answers]) +
    client.logs.join('\n') +
    client.shown.join('\n') +
    client.stderr;
  assert.ok(!all.includes('planted-0e44c') && !all.includes('AWS_SECRET'), 'the secret reached the editor');
}

const configErrors = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'config-error').map((d) => d.message);
const mismatchFrom = (ds: Diagnostic[], file: string) =>
  ds.some((d) => d.code === 'number-mismatch' && d.relatedInformation?.some((r) => r.location.uri.endsWith(file)));

test(
  '.copydesk.json: references outside the repository are refused with a named config-error; the others are used',
  { timeout: 60_000 },
  async (t) => {
    const { top, outside, ws, uri } = world(t);
    const patterns = [
      join(outside, 'secret.txt'),
      '../outside/secret.txt',
      `/*/${top.split('/').slice(2).join('/')}/outside/*.txt`,
      'refs/leak.txt',
      '/proc/self/pagemap',
      '/**',
    ];
    writeFileSync(join(ws, '.copydesk.json'), JSON.stringify({ references: ['refs/harbour-wire.txt', ...patterns] }));
    const client = await start(t, ws);
    await client.open(uri, DRAFT);
    const ds = await client.diagnostics(
      uri,
      (d) => mismatchFrom(d, 'harbour-wire.txt') && configErrors(d).length === patterns.length,
      30_000,
    );
    const errors = configErrors(ds);
    patterns.forEach((p, i) => {
      assert.ok(errors[i]!.startsWith(`reference "${p}" in ${join(ws, '.copydesk.json')}: `), errors[i]);
      assert.match(
        errors[i]!,
        /outside .*ws, refused \(a repository's \.copydesk\.json may only name files inside its folder; set copydesk\.references in your user settings to read others\)$/,
      );
    });
    assert.ok(!mismatchFrom(ds, 'secret.txt'));
    // Every refusal is also a log line, naming the pattern, never the content.
    for (const p of patterns)
      assert.ok(
        client.logs.some((l) => l.includes(`"${p}"`)),
        `log line for ${p}`,
      );
    const hover = await client.hover(uri, positionOf(DRAFT, DRAFT.indexOf('$5.4') + 2));
    assert.match(hover!.contents.value, /4\.5 million/);
    const defs = await client.conn.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: positionOf(DRAFT, DRAFT.indexOf('Ruiz') + 1),
    });
    assertNoSecret(client, hover, defs);
  },
);

test(
  'copydesk.references from the workspace cannot leave the workspace folder; the user-level list can',
  { timeout: 60_000 },
  async (t) => {
    const { outside, ws, uri } = world(t);
    const secret = join(outside, 'secret.txt');
    const client = await start(t, ws);
    // workspace/configuration answers with the merged settings: the server cannot tell a workspace value from the user's.
    client.settings = { references: [secret, 'refs/harbour-wire.txt'] };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.open(uri, DRAFT);
    const refused = await client.diagnostics(
      uri,
      (d) => mismatchFrom(d, 'harbour-wire.txt') && configErrors(d).length === 1,
      30_000,
    );
    assert.match(
      configErrors(refused)[0]!,
      new RegExp(
        `^reference "${secret}" in the copydesk\\.references setting: outside .*ws, refused \\(a workspace setting may only name files inside the workspace folder; set copydesk\\.references in your user settings to read others\\)$`,
      ),
    );
    assertNoSecret(client);

    // The user sets it in their own settings: the client says so, and the file is read (the user's choice).
    await client.conn.sendNotification('copydesk/userReferences', { references: [secret] });
    const allowed = await client.diagnostics(
      uri,
      (d) => mismatchFrom(d, 'secret.txt') && configErrors(d).length === 0,
      30_000,
    );
    assert.ok(allowed.length > 0);
    // And takes it back.
    await client.conn.sendNotification('copydesk/userReferences', { references: [] });
    await client.diagnostics(uri, (d) => !mismatchFrom(d, 'secret.txt') && configErrors(d).length === 1, 30_000);

    // Even a user-level list never reads /proc or walks the disk.
    await client.conn.sendNotification('copydesk/userReferences', { references: ['/proc/self/environ', '/**'] });
    client.settings = { references: ['/proc/self/environ', '/**'] };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const proc = await client.diagnostics(uri, (d) => configErrors(d).some((m) => m.includes('"/**"')), 30_000);
    assert.deepEqual(configErrors(proc), [
      'reference "/**" in the copydesk.references setting: refusing to search the whole file system, /proc, /sys or /dev',
    ]);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(
      client.logs.some((l) => /\/proc\/self\/environ: a system file/.test(l)),
      client.logs.join('\n'),
    );
  },
);

test('initializationOptions.userReferences is the user-level list at start', { timeout: 60_000 }, async (t) => {
  const { outside, ws, uri } = world(t);
  const secret = join(outside, 'secret.txt');
  const client = await start(t, ws, { settings: { references: [secret] }, userReferences: [secret] });
  client.settings = { references: [secret] };
  await client.open(uri, DRAFT);
  await client.diagnostics(uri, (d) => mismatchFrom(d, 'secret.txt') && configErrors(d).length === 0, 30_000);
});

test(
  'an article is never its own reference: with ["."] its mismatch is reported and its own file is never evidence',
  { timeout: 60_000 },
  async (t) => {
    const { ws, uri } = world(t);
    rmSync(join(ws, 'refs', 'leak.txt'));
    writeFileSync(join(ws, '.copydesk.json'), JSON.stringify({ references: ['.'] }));
    const client = await start(t, ws);
    await client.open(uri, DRAFT);
    const ds = await client.diagnostics(uri, (d) => mismatchFrom(d, 'harbour-wire.txt'), 30_000);
    for (const d of ds)
      for (const r of d.relatedInformation ?? [])
        assert.notEqual(r.location.uri, uri, `${d.code} cites the article itself`);
    const defs = (await client.conn.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: positionOf(DRAFT, DRAFT.indexOf('Ruiz') + 1),
    })) as Array<{ uri: string }> | null;
    assert.ok(defs && defs.length > 0 && defs.every((l) => l.uri !== uri), JSON.stringify(defs));
  },
);

test(
  'settings with an unknown code, a level that is not one or an impossible date are reported, and no diagnostic loses its severity',
  { timeout: 60_000 },
  async (t) => {
    const { ws, uri } = world(t);
    const client = await start(t, ws);
    client.settings = {
      severity: { 'vague-attribution': 'loud', 'unattributed-assertion': 'error', 'numbr-mismatch': 'off' },
      articleDate: '2025-13-45',
    };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const text = DRAFT + '\nExperts say the quay will double the catch.\n';
    await client.open(uri, text);
    const ds = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'vague-attribution'), 30_000);
    for (const d of ds)
      assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4, `${d.code} has severity ${d.severity}`);
    assert.equal(
      ds.find((d) => d.code === 'vague-attribution')!.severity,
      2,
      'an invalid level falls back to the default (warning)',
    );
    for (let i = 0; i < 50 && client.shown.length < 3; i++) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(client.shown, [
      'Copydesk: copydesk.severity: "loud" for "vague-attribution" is not off, hint, info, warning or error; its default is used',
      'Copydesk: copydesk.severity: unknown finding code "numbr-mismatch" ignored (did you mean "number-mismatch"?)',
      'Copydesk: copydesk.articleDate: "2025-13-45" is not a real date, YYYY-MM-DD like 2025-02-12; ignored',
    ]);
  },
);
