// A real JSON-RPC client speaking LSP to the bundled server over stdio, for protocol tests and benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  message: string;
  relatedInformation?: Array<{ location: { uri: string; range: Diagnostic['range'] }; message: string }>;
  data?: unknown;
}

const TEST_CACHE = join(tmpdir(), `copydesk-test-cache-${process.pid}`);
process.on('exit', () => rmSync(TEST_CACHE, { recursive: true, force: true }));

export class LspClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  private waiters: Array<{ uri: string; pred: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
  readonly latest = new Map<string, Diagnostic[]>();
  stderr = '';

  constructor(args: string[] = [resolve('dist/server.js'), '--stdio'], env: Record<string, string> = {}) {
    // The persistent reference index goes to a folder of this test process, never the user's cache.
    this.proc = spawn(process.execPath, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, COPYDESK_CACHE_DIR: TEST_CACHE, ...env },
    });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.conn = createMessageConnection(
      new StreamMessageReader(this.proc.stdout!),
      new StreamMessageWriter(this.proc.stdin!),
    );
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      this.latest.set(p.uri, p.diagnostics);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri === p.uri && w.pred(p.diagnostics)) {
          w.resolve(p.diagnostics);
          return false;
        }
        return true;
      });
    });
    // Answer the server's requests the way an editor would.
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('$/progress', () => {});
    this.conn.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.conn.onNotification('window/showMessage', (p: { message: string }) => void this.shown.push(p.message));
    this.conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
      this.shown.push(p.message);
      return null;
    });
    this.conn.listen();
  }

  settings: Record<string, unknown> = {};
  /** window/logMessage and window/showMessage texts, in order. */
  readonly logs: string[] = [];
  readonly shown: string[] = [];

  /** `workspace` adds client capabilities under `workspace` (e.g. codeLens refresh support). */
  async initialize(
    rootPath: string,
    initializationOptions?: unknown,
    workspace: Record<string, unknown> = {},
  ): Promise<unknown> {
    const rootUri = 'file://' + resolve(rootPath);
    const r = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: false }, ...workspace },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return r;
  }

  diagnostics(uri: string, pred: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 10000): Promise<Diagnostic[]> {
    const have = this.latest.get(uri);
    if (have && pred(have)) return Promise.resolve(have);
    return new Promise((res, rej) => {
      const t = setTimeout(
        () =>
          rej(
            new Error(
              `no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.latest.get(uri))?.slice(0, 500)}\n${this.stderr.slice(-2000)}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        uri,
        pred,
        resolve: (d) => {
          clearTimeout(t);
          res(d);
        },
      });
    });
  }

  /** Waits for the next publish for uri (whatever it holds). */
  nextDiagnostics(uri: string, timeoutMs = 10000): Promise<Diagnostic[]> {
    this.latest.delete(uri);
    return this.diagnostics(uri, () => true, timeoutMs);
  }

  open(uri: string, text: string, languageId = 'article'): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, version: number, changes: Array<{ text: string; range?: Diagnostic['range'] }>): Promise<void> {
    return this.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  hover(
    uri: string,
    position: { line: number; character: number },
  ): Promise<{ contents: { kind: string; value: string }; range?: Diagnostic['range'] } | null> {
    return this.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.conn.dispose();
    this.proc.kill();
  }
}

/** LSP position (0-based line, UTF-16 character) of an offset, treating \r\n, \r and \n as one break each. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
