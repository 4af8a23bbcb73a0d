// The language server keeps running through malformed JSON-RPC, requests with missing or wrong-typed params, hostile
// document text, a broken .copydesk.json and unreadable references, and still answers a valid request afterwards.
// Raw frames (not a JSON-RPC library) so that invalid JSON and wrong shapes can actually be sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from '../cli/helpers';

const SERVER = resolve(__dirname, '../../server/src/main.ts');

test('the language server survives malformed requests and bad workspace files', { timeout: 120_000 }, async (t) => {
  const dir = tempDir(t);
  writeFileSync(
    join(dir, '.copydesk.json'),
    '{\n  "references": ["refs"],\n  "severity": { "vague-attribution": "loud" }\n',
  );
  mkdirSync(join(dir, 'refs'));
  writeFileSync(join(dir, 'refs', 'scan.md'), Buffer.from([0xff, 0x00, 0xfe, 0x01]));
  writeFileSync(join(dir, 'refs', 'latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9]));
  const root = pathToFileURL(dir).href;
  const proc = spawn(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let exit: string | undefined;
  proc.stdout.on('data', (d) => (out += d));
  proc.stderr.on('data', (d) => (err += d));
  proc.on('exit', (code, sig) => (exit = `${code}/${sig}`));
  t.after(() => proc.kill());
  const frame = (body: string) => proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const send = (o: unknown) => frame(JSON.stringify(o));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const answered = async (id: number, ms = 30_000) => {
    const until = Date.now() + ms;
    while (Date.now() < until && !exit) {
      if (new RegExp(`"id":${id}[,}]`).test(out)) return true;
      await sleep(50);
    }
    return false;
  };

  send({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { processId: null, rootUri: root, workspaceFolders: [{ uri: root, name: 'w' }], capabilities: {} },
  });
  assert.ok(await answered(1), `initialize not answered; stderr: ${err}`);
  send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  const doc = `${root}/story.md`;
  const hostile =
    '\uFEFF<script>alert(1)</script> "Experts say" \u0000 \uD800 lone surrogate, 😀\r\n'.repeat(200) +
    '$1,'.repeat(2000);
  const abuse: unknown[] = [
    '{not json',
    '[1,2,3]',
    '"just a string"',
    { jsonrpc: '2.0', method: 'textDocument/didOpen', params: null },
    {
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: `${root}/a.md`, languageId: 'markdown', version: 1 } },
    },
    {
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: `${root}/b.md`, languageId: 'markdown', version: 1, text: 42 } },
    },
    {
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: doc, languageId: 'article', version: 1, text: hostile } },
    },
    {
      jsonrpc: '2.0',
      method: 'textDocument/didChange',
      params: { textDocument: { uri: 'file:///nowhere.md', version: 2 }, contentChanges: [{ text: 'x' }] },
    },
    {
      jsonrpc: '2.0',
      method: 'textDocument/didChange',
      params: {
        textDocument: { uri: doc, version: 2 },
        contentChanges: [
          { range: { start: { line: -5, character: 1e9 }, end: { line: 1e9, character: -1 } }, text: 'y' },
        ],
      },
    },
    {
      jsonrpc: '2.0',
      id: 10,
      method: 'textDocument/hover',
      params: { textDocument: { uri: doc }, position: { line: 1e9, character: -3 } },
    },
    {
      jsonrpc: '2.0',
      id: 11,
      method: 'textDocument/hover',
      params: { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } },
    },
    { jsonrpc: '2.0', id: 12, method: 'textDocument/codeLens', params: null },
    {
      jsonrpc: '2.0',
      id: 13,
      method: 'textDocument/codeAction',
      params: { textDocument: { uri: doc }, range: 'x', context: 7 },
    },
    { jsonrpc: '2.0', id: 14, method: 'textDocument/documentSymbol', params: { textDocument: { uri: doc } } },
    { jsonrpc: '2.0', id: 15, method: 'copydesk/nonexistent', params: {} },
    {
      jsonrpc: '2.0',
      id: 16,
      method: 'workspace/executeCommand',
      params: { command: 'copydesk.nope', arguments: [null] },
    },
    {
      jsonrpc: '2.0',
      method: 'workspace/didChangeConfiguration',
      params: { settings: { copydesk: { severity: 'loud', references: 5, articleDate: 7 } } },
    },
    {
      jsonrpc: '2.0',
      method: 'workspace/didChangeWatchedFiles',
      params: {
        changes: [
          { uri: `${root}/.copydesk.json`, type: 2 },
          { uri: `${root}/refs/scan.md`, type: 1 },
          { uri: 42, type: 'x' },
        ],
      },
    },
    { jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri: 'file:///nowhere.md' } } },
    { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 'no-such-request' } },
  ];
  for (const m of abuse) {
    if (typeof m === 'string') frame(m);
    else send(m);
    await sleep(50);
    assert.equal(exit, undefined, `server exited after ${JSON.stringify(m).slice(0, 120)}\n${err}`);
  }
  // Every request with an id gets some answer (a result or an error), and a valid one still works.
  for (const id of [10, 11, 12, 13, 14, 15, 16])
    assert.ok(await answered(id), `request ${id} never answered; stderr: ${err.slice(0, 2000)}`);
  send({
    jsonrpc: '2.0',
    id: 99,
    method: 'textDocument/hover',
    params: { textDocument: { uri: doc }, position: { line: 0, character: 2 } },
  });
  assert.ok(await answered(99), `server stopped answering; stderr: ${err.slice(0, 2000)}`);
  assert.equal(exit, undefined);
  if (err.trim()) t.diagnostic(`server stderr (first lines): ${err.split('\n').slice(0, 6).join(' | ')}`);
  send({ jsonrpc: '2.0', id: 100, method: 'shutdown' });
  assert.ok(await answered(100));
  send({ jsonrpc: '2.0', method: 'exit' });
});
