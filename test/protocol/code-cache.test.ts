// The server keeps the code it compiled (host/codeCache.ts, server/src/boot.ts): a first start compiles and, in the
// writer's first pause, keeps it; the next start runs from it — which V8 allows only under the very flags the code was
// made under, so this also proves that the server's flags are the same at start and at that pause — and its
// diagnostics are the first start's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';

const DRAFT =
  'Harbour officials in Tamsley said on Tuesday that 340 ships had docked since March, up 12% on a year earlier.\n\n' +
  'Experts say the new quay will cost $48 million. The port authority expects work to begin in June.\n';

async function start(args: string[], cache: string, root: string, waitForKeep: boolean) {
  const client = new LspClient(args, { COPYDESK_CACHE_DIR: cache });
  try {
    await client.initialize(root);
    const uri = pathToFileURL(join(root, 'draft.article')).href;
    await client.open(uri, DRAFT);
    const diagnostics = await client.diagnostics(uri);
    if (waitForKeep) {
      const end = Date.now() + 15000;
      while (!client.logs.some((m) => m.startsWith('compiled code kept')) && Date.now() < end)
        await new Promise((r) => setTimeout(r, 100));
    }
    return { diagnostics, logs: [...client.logs] };
  } finally {
    await client.shutdown();
  }
}

const ENTRIES: Array<[string, string[], string]> = [
  ['node dist/server.js --stdio', [resolve('dist/server.js'), '--stdio'], 'server-main.'],
  ['copydesk lsp --stdio', [resolve('dist/cli.js'), 'lsp', '--stdio'], 'cli-main.'],
];

for (const [name, args, bundle] of ENTRIES)
  test(`${name}: a first start keeps its compiled code in the first pause; the next start runs from it`, async (t) => {
    const root = mkdtempSync(join(tmpdir(), 'copydesk-codecache-'));
    t.after(() => rmSync(root, { recursive: true, force: true }));
    const cache = join(root, '.cache');
    writeFileSync(join(root, 'draft.article'), DRAFT);

    const first = await start(args, cache, root, true);
    assert.ok(first.logs.includes('compiled code: none kept yet (kept in the first pause after the first check)'));
    assert.ok(first.logs.includes('compiled code kept for the next start'), first.logs.join('\n'));
    assert.equal(readdirSync(join(cache, 'code-v1')).filter((f) => f.startsWith(bundle)).length, 1);

    const second = await start(args, cache, root, false);
    assert.ok(second.logs.includes('compiled code: kept from an earlier start'), second.logs.join('\n'));
    assert.deepEqual(second.diagnostics, first.diagnostics);
    assert.ok(first.diagnostics.length > 0);
  });
