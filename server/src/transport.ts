// The server's transport: LSP framing checked before vscode-jsonrpc reads it, and the protocol's lifecycle enforced on
// every incoming message, whatever the transport.
//
// Framing: vscode-jsonrpc cannot find the next message again once a header is malformed (the bytes after it are read
// as the next header, and so on), and it buffers without limit while it waits for a header's end or for a body of any
// announced length. So a header that is not "Name: value" lines with one Content-Length, a header section longer than
// 8 KiB, or a body announced larger than MAX_MESSAGE_BYTES ends the server: one line on stderr, exit code 1 (an editor
// restarts a server that exits; one wedged reading garbage helps nobody). A well-framed body that is not JSON leaves the
// framing intact: vscode-jsonrpc reports it and reading goes on.
//
// Lifecycle (LSP 3.17, "Server lifetime"): before `initialize`, requests get ServerNotInitialized and notifications are
// dropped; after `shutdown`, requests get InvalidRequest and notifications are dropped; `exit` is always let through
// (vscode-languageserver then exits with 0 after shutdown, 1 without).
import { Transform, type TransformCallback } from 'node:stream';
import {
  createConnection,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageReader,
  type MessageWriter,
  type ResponseMessage,
} from 'vscode-languageserver/node';

/** Larger than any document an editor syncs to a language server (VS Code stops at 50 MB), JSON escapes included. */
export const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_LINE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+:[ \t]*[\x20-\x7e]*$/;
const END_OF_HEADER = Buffer.from('\r\n\r\n');

/** Passes well-framed LSP messages through unchanged; calls `broken` (once) at the first framing error and drops the rest. */
export class FramingGuard extends Transform {
  private header = Buffer.alloc(0);
  /** Body bytes of the current message still to pass through. */
  private body = 0;
  private failed = false;

  constructor(private readonly broken: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let at = 0;
    while (at < chunk.length && !this.failed) {
      if (this.body > 0) {
        const n = Math.min(this.body, chunk.length - at);
        this.push(chunk.subarray(at, at + n));
        this.body -= n;
        at += n;
        continue;
      }
      const had = this.header.length;
      const joined = had ? Buffer.concat([this.header, chunk.subarray(at)]) : chunk.subarray(at);
      const end = joined.indexOf(END_OF_HEADER);
      if (end < 0 || end > MAX_HEADER_BYTES) {
        if (joined.length > MAX_HEADER_BYTES) this.fail(`no end of header within ${MAX_HEADER_BYTES} bytes`);
        else this.header = Buffer.from(joined);
        break;
      }
      const length = this.contentLength(joined.subarray(0, end).toString('latin1'));
      if (length === undefined) break;
      this.push(joined.subarray(0, end + END_OF_HEADER.length));
      this.header = Buffer.alloc(0);
      at += end + END_OF_HEADER.length - had;
      this.body = length;
    }
    done();
  }

  /** The Content-Length of a header section, or undefined (and the stream failed) when the section is malformed. */
  private contentLength(section: string): number | undefined {
    let length: number | undefined;
    for (const line of section.split('\r\n')) {
      if (!HEADER_LINE.test(line))
        return this.fail(`a header line is not "Name: value": ${JSON.stringify(line.slice(0, 80))}`);
      const colon = line.indexOf(':');
      if (line.slice(0, colon).toLowerCase() !== 'content-length') continue;
      const value = line.slice(colon + 1).trim();
      if (length !== undefined) return this.fail('two Content-Length headers');
      if (!/^\d{1,16}$/.test(value))
        return this.fail(`Content-Length is not a byte count: ${JSON.stringify(value.slice(0, 40))}`);
      length = Number(value);
      if (length > MAX_MESSAGE_BYTES)
        return this.fail(`Content-Length ${value} is over the ${MAX_MESSAGE_BYTES}-byte limit`);
    }
    if (length === undefined) return this.fail('a header without Content-Length');
    return length;
  }

  private fail(reason: string): undefined {
    if (!this.failed) {
      this.failed = true;
      this.broken(reason);
    }
    return undefined;
  }
}

type Lifecycle = 'new' | 'running' | 'shut down';

/** A MessageReader that lets through only what the lifecycle allows, answering refused requests itself. */
export class LifecycleGate implements MessageReader {
  state: Lifecycle = 'new';

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
  ) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((m) => {
      if (this.admit(m)) callback(m);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }

  private admit(m: Message): boolean {
    const { method, id } = m as { method?: unknown; id?: unknown };
    // Responses (to the server's own requests) and messages of no known shape: vscode-jsonrpc deals with them.
    if (typeof method !== 'string') return true;
    if (method === 'exit') return true;
    const request = typeof id === 'number' || typeof id === 'string';
    if (this.state === 'new') {
      if (method === 'initialize' && request) {
        this.state = 'running';
        return true;
      }
      if (request)
        this.refuse(
          id,
          ErrorCodes.ServerNotInitialized,
          `${method}: the server is not initialized yet (send initialize first)`,
        );
      return false;
    }
    if (this.state === 'shut down') {
      if (request)
        this.refuse(id, ErrorCodes.InvalidRequest, `${method}: the server is shut down (only exit is accepted)`);
      return false;
    }
    if (method === 'initialize') {
      if (request) this.refuse(id, ErrorCodes.InvalidRequest, 'initialize: the server is already initialized');
      return false;
    }
    if (method === 'shutdown' && request) this.state = 'shut down';
    return true;
  }

  private refuse(id: number | string, code: number, message: string): void {
    const response: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
    void this.writer.write(response).catch(() => {});
  }
}

/**
 * The connection for `--stdio` (other editors) and `--node-ipc` (the VS Code client), with the lifecycle gate; other
 * transports (`--socket`, `--pipe`) are left to vscode-languageserver as they are.
 */
export function createServerConnection(argv = process.argv.slice(2)): Connection {
  let reader: MessageReader;
  let writer: MessageWriter;
  if (argv.includes('--node-ipc')) {
    reader = new IPCMessageReader(process);
    writer = new IPCMessageWriter(process);
  } else if (argv.includes('--stdio')) {
    const input = process.stdin.pipe(
      new FramingGuard((reason) => {
        process.stderr.write(`copydesk server: malformed LSP message framing (${reason}); exiting\n`);
        process.exit(1);
      }),
    );
    reader = new StreamMessageReader(input);
    writer = new StreamMessageWriter(process.stdout);
    // vscode-languageserver ends the process with its input only when it is handed the stream itself.
    const ended = () => process.exit(gate.state === 'shut down' ? 0 : 1);
    process.stdin.on('end', ended);
    process.stdin.on('close', ended);
  } else {
    return createConnection(ProposedFeatures.all);
  }
  const gate = new LifecycleGate(reader, writer);
  return createConnection(ProposedFeatures.all, gate, writer);
}
