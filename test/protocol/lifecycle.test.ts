// The LSP lifecycle and framing at the server's edge, over raw stdio: requests before `initialize` get ServerNotInitialized
// (-32002) and requests after `shutdown` InvalidRequest (-32600); `exit` ends the process with 0 after `shutdown` and 1
// without; and a byte stream that breaks the framing (a bad or missing Content-Length, garbage, a header whose body never
// comes right, a body too large to be a message) ends the server with a line on stderr and a non-zero code instead of
// leaving it wedged, reading and buffering whatever comes next.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const SERVER = resolve('dist/server.js');

class Raw {
  readonly proc: ChildProcess;
  out = Buffer.alloc(0);
  err = '';
  exit?: number | null;
  readonly exited: Promise<number | null>;

  constructor() {
    this.proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => (this.out = Buffer.concat([this.out, d])));
    this.proc.stderr!.on('data', (d) => (this.err += d));
    this.proc.stdin!.on('error', () => {});
    this.exited = new Promise((r) => this.proc.on('exit', (code) => r((this.exit = code))));
  }

  write(bytes: string | Buffer): void {
    this.proc.stdin!.write(bytes);
  }

  send(o: unknown): void {
    const body = JSON.stringify(o);
    this.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  /** Messages the server wrote, parsed from its framing. */
  messages(): Array<{ id?: number; method?: string; result?: unknown; error?: { code: number; message: string } }> {
    const out = [];
    let at = 0;
    const text = this.out;
    while (at < text.length) {
      const head = text.indexOf('\r\n\r\n', at);
      if (head < 0) break;
      const len = Number(/Content-Length: (\d+)/i.exec(text.subarray(at, head).toString('ascii'))![1]);
      if (head + 4 + len > text.length) break;
      out.push(JSON.parse(text.subarray(head + 4, head + 4 + len).toString('utf8')));
      at = head + 4 + len;
    }
    return out;
  }

  async reply(id: number, ms = 20_000): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
    for (const stop = Date.now() + ms; Date.now() < stop && this.exit === undefined; await sleep(20)) {
      const m = this.messages().find((x) => x.id === id && !x.method);
      if (m) return m;
    }
    throw new Error(`no reply to ${id}; exit ${this.exit}; stderr: ${this.err.slice(0, 1000)}`);
  }

  /** The exit code, or 'running' when the process is still there after ms. */
  async exitWithin(ms: number): Promise<number | null | 'running'> {
    return Promise.race([this.exited, sleep(ms).then(() => 'running' as const)]);
  }

  kill(): void {
    if (this.exit === undefined) this.proc.kill('SIGKILL');
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const initialize = (id: number) => ({
  jsonrpc: '2.0',
  id,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});
const hover = (id: number) => ({
  jsonrpc: '2.0',
  id,
  method: 'textDocument/hover',
  params: { textDocument: { uri: 'file:///tmp/x.article' }, position: { line: 0, character: 0 } },
});

test('requests before initialize get ServerNotInitialized, and are not served', async (t) => {
  const s = new Raw();
  t.after(() => s.kill());
  s.send(hover(1));
  s.send({ jsonrpc: '2.0', id: 2, method: 'copydesk/outline', params: { uri: 'file:///tmp/x.article' } });
  s.send({ jsonrpc: '2.0', id: 3, method: 'shutdown' });
  for (const id of [1, 2, 3]) assert.equal((await s.reply(id)).error?.code, -32002, `request ${id}`);
  // A notification before initialize is dropped: the document it opens is not analysed.
  s.send({
    jsonrpc: '2.0',
    method: 'textDocument/didOpen',
    params: {
      textDocument: { uri: 'file:///tmp/early.article', languageId: 'article', version: 1, text: 'Experts say so.\n' },
    },
  });
  s.send(initialize(4));
  assert.ok((await s.reply(4)).result, 'initialize is answered');
  s.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  s.send(hover(5));
  assert.equal((await s.reply(5)).error, undefined, 'requests are served after initialize');
  assert.ok(
    !s.messages().some((m) => m.method === 'textDocument/publishDiagnostics'),
    'nothing was analysed from before initialize',
  );
  s.send({ jsonrpc: '2.0', id: 6, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  assert.equal((await s.reply(6)).error?.code, -32600, 'a second initialize is an invalid request');
});

test('after shutdown, requests get InvalidRequest; exit then ends the server with 0', async (t) => {
  const s = new Raw();
  t.after(() => s.kill());
  s.send(initialize(1));
  await s.reply(1);
  s.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  s.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
  assert.deepEqual(await s.reply(2), { jsonrpc: '2.0', id: 2, result: null });
  s.send(hover(3));
  s.send({ jsonrpc: '2.0', id: 4, method: 'shutdown' });
  assert.equal((await s.reply(3)).error?.code, -32600);
  assert.equal((await s.reply(4)).error?.code, -32600);
  s.send({ jsonrpc: '2.0', method: 'exit' });
  assert.equal(await s.exitWithin(10_000), 0);
});

test('exit without shutdown ends the server with 1, before and after initialize', async (t) => {
  for (const init of [false, true]) {
    const s = new Raw();
    t.after(() => s.kill());
    if (init) {
      s.send(initialize(1));
      await s.reply(1);
    }
    s.send({ jsonrpc: '2.0', method: 'exit' });
    assert.equal(await s.exitWithin(10_000), 1, init ? 'after initialize' : 'before initialize');
  }
});

const BROKEN: Record<string, (valid: string) => string | Buffer> = {
  'a Content-Length that is no number': (valid) => `Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0"}` + valid,
  'no Content-Length': (valid) => `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}` + valid,
  'a header line without a colon': (valid) => `Content-Length 17\r\n\r\n{"jsonrpc":"2.0"}` + valid,
  'garbage bytes': () => Buffer.alloc(1 << 20, 0x41),
  'a header whose body never comes right': (valid) => `Content-Length: 10\r\n\r\n` + valid + valid,
  'a huge Content-Length': () => `Content-Length: 99999999999999\r\n\r\n{"jsonrpc":"2.0"}`,
  'a negative Content-Length': (valid) => `Content-Length: -5\r\n\r\n` + valid,
};

for (const [name, bytes] of Object.entries(BROKEN)) {
  test(`broken framing (${name}) ends the server with a message and a non-zero code`, async (t) => {
    const s = new Raw();
    t.after(() => s.kill());
    s.send(initialize(1));
    await s.reply(1);
    const body = JSON.stringify(hover(2));
    s.write(bytes(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`));
    const code = await s.exitWithin(10_000);
    assert.notEqual(code, 'running', `the server is still running; stderr: ${s.err.slice(0, 500)}`);
    assert.notEqual(code, 0);
    assert.match(s.err, /framing|Content-Length|header/i);
  });
}

test('a well-framed body that is not JSON is survived (the framing is intact)', async (t) => {
  const s = new Raw();
  t.after(() => s.kill());
  s.send(initialize(1));
  await s.reply(1);
  s.write('Content-Length: 9\r\n\r\n{not json');
  s.send(hover(2));
  assert.equal((await s.reply(2)).error, undefined);
  assert.equal(s.exit, undefined);
});
