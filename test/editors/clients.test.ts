// Real LSP clients from Debian (Neovim 0.7 built-in client, Emacs 28 + eglot 1.9) talk to the bundled stdio server,
// started the way README tells users to: `node dist/cli.js lsp --stdio` (and `node dist/server.js --stdio`).
// Skipped when an editor is missing, so a machine without .ci/editors.sh still runs the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { skipUnless } from './lib/workspace';

const ROOT = resolve(import.meta.dirname, '../..');
const DRAFT = join(ROOT, 'test/editors/fixtures/draft.article');
const CLIENTS = join(ROOT, 'test/editors/clients');
const CLI = ['node', join(ROOT, 'dist/cli.js'), 'lsp', '--stdio'];
const SERVER = ['node', join(ROOT, 'dist/server.js'), '--stdio'];
const has = (bin: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

interface ClientReport {
  diagnostics: Array<{ line: number; col: number; code?: string; message: string; source: string }>;
  hover?: string;
  error?: string;
  client: string;
}

function parse(out: string): ClientReport {
  return JSON.parse(out.trim().split('\n').pop()!);
}

function expectCopydesk(r: ClientReport): void {
  assert.equal(r.error, undefined, r.error);
  assert.ok(
    r.diagnostics.every((d) => d.source === 'copydesk'),
    'every diagnostic comes from copydesk',
  );
  // The draft's "Experts say ..." sentence (0-based line 8) is the one finding that needs no references.
  const vague = r.diagnostics.find((d) => d.line === 8 && /Vague attribution/.test(d.message));
  assert.ok(vague, `vague attribution on line 9 in ${JSON.stringify(r.diagnostics)}`);
  // The .copydesk.json next to the draft was found and its references indexed: the cross-check ran over stdio too.
  assert.ok(
    r.diagnostics.some((d) => d.code === 'number-mismatch' && d.line === 2),
    `number-mismatch on line 3 in ${JSON.stringify(r.diagnostics)}`,
  );
  assert.match(r.hover ?? '', /\$8\.4 million/, 'the hover on the mismatched figure quotes the reference');
  assert.match(r.hover ?? '', /council-vote\.txt#L\d+/, 'and links to it');
}

const built = existsSync(join(ROOT, 'dist/cli.js')) && existsSync(join(ROOT, 'dist/server.js'));

for (const [name, cmd] of [
  ['copydesk lsp --stdio', CLI],
  ['dist/server.js --stdio', SERVER],
] as const) {
  test(
    `neovim 0.7 (vim.lsp) + ${name}: diagnostics and hover`,
    { skip: skipUnless(has('nvim'), 'nvim not installed') || skipUnless(built, 'run the build first') },
    () => {
      const out = execFileSync(
        'nvim',
        ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(CLIENTS, 'nvim-lsp-check.lua')}`, DRAFT],
        {
          env: { ...process.env, COPYDESK_LSP_CMD: JSON.stringify(cmd), HOVER_CODE: 'number-mismatch' },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      const r = parse(out);
      expectCopydesk(r);
      assert.match(r.client, /^nvim 0\.\d+/);
    },
  );

  test(
    `emacs + eglot + ${name}: diagnostics and hover`,
    { skip: skipUnless(has('emacs'), 'emacs not installed') || skipUnless(built, 'run the build first') },
    () => {
      const out = execFileSync('emacs', ['--batch', '-Q', '-l', join(CLIENTS, 'eglot-lsp-check.el'), DRAFT], {
        env: { ...process.env, COPYDESK_LSP_CMD: JSON.stringify(cmd), HOVER_CODE: 'number-mismatch' },
        encoding: 'utf8',
        timeout: 60_000,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const r = parse(out);
      expectCopydesk(r);
      assert.match(r.client, /^emacs \d+.*eglot/);
    },
  );
}
