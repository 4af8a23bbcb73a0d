// The reference corpus over LSP: indexed with work-done progress, and re-indexed file by file on watched-file events.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';

const root = mkdtempSync(join(tmpdir(), 'copydesk-refs-'));
cpSync(resolve('test/fixtures/protocol'), root, { recursive: true });
const refFile = join(root, 'references/harbour-wire.txt');
const uri = pathToFileURL(join(root, 'draft.article')).toString();
const TEXT =
  'Harbour expansion approved\n\nThe Valmora Port Authority on Monday approved a $5.4 million expansion of the north quay, its chair Ana Ruiz said.\n';

const client = new LspClient();
const progress: string[] = [];
client.conn.onNotification('$/progress', (p: { value: { kind: string } }) => {
  progress.push(p.value.kind);
});

after(async () => {
  await client.shutdown();
  rmSync(root, { recursive: true, force: true });
});

test('indexing reports progress, and a changed reference file is re-indexed without a restart', async () => {
  await client.initialize(root);
  await client.open(uri, TEXT);
  const before = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'number-mismatch'));
  assert.match(before.find((d) => d.code === 'number-mismatch')!.message, /4\.5 million/);
  // Progress notifications follow the client's answer to window/workDoneProgress/create, so they may trail the
  // diagnostics: wait for the end (bounded) rather than racing it.
  for (let i = 0; i < 100 && progress.at(-1) !== 'end'; i++) await new Promise((r) => setTimeout(r, 50));
  assert.deepEqual([progress[0], progress.at(-1)], ['begin', 'end'], 'work-done progress begins and ends');

  // The wire copy is corrected to agree with the draft: the conflict must go away.
  writeFileSync(refFile, readFileSync(refFile, 'utf8').replace('$4.5 million', '$5.4 million'));
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: pathToFileURL(refFile).toString(), type: 2 }],
  });
  await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'number-mismatch'));

  // And deleting the reference removes its evidence.
  rmSync(refFile);
  await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: pathToFileURL(refFile).toString(), type: 3 }],
  });
  const lenses = (await client.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{
    command?: { title: string };
  }>;
  assert.ok(
    !lenses.some((l) => /corroborated/.test(l.command?.title ?? '')),
    'no claim is corroborated by a deleted reference',
  );
});
