// Memory over a long editing session: talks LSP to the bundled server (node dist/server.js --stdio) like
// bench-lsp.mjs, on a 5,000-word article of the project's own drafts with the example references, and makes N edits (20,000 by default)
// at seeded random places: typing, deleting, pasting a sentence, breaking a paragraph. Each edit waits for its
// diagnostics, as a writer's keystrokes do. Prints the server's RSS (and, from a preloaded probe, its live heap) every
// so many edits, then closes the document and prints RSS again after a pause.
// Usage: node scripts/bench-lsp-memory.mjs [--edits N] [--every N] [--json]   (build first: node esbuild.mjs)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT, WORDS, articleOf, ownParagraphs } from './lib/bench-article.mjs';

const SERVER = resolve(process.env.COPYDESK_BENCH_SERVER ?? join(ROOT, 'dist/server.js'));
const { values: opts } = parseArgs({
  options: {
    edits: { type: 'string', default: '20000' },
    every: { type: 'string', default: '1000' },
    json: { type: 'boolean', default: false },
  },
});
const EDITS = Number(opts.edits);
const EVERY = Number(opts.every);

if (!existsSync(SERVER)) {
  console.error('dist/server.js missing: run `node esbuild.mjs` first');
  process.exit(2);
}

// The article its figures were measured on: the project's own drafts, repeated to 5,000 words (bench-lsp.mjs now
// types into distinct news instead).
const { text } = articleOf(ownParagraphs().paras);
const refDir = join(ROOT, 'examples/references');

/** mulberry32: the same session every run. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where the resident memory is, from /proc/PID/smaps: the V8/malloc anonymous mappings by size, the brk heap, files. */
function smaps(pid) {
  const out = { brkHeap: 0, anonSmall: 0, anonLarge: 0, files: 0 };
  let kind = 'files';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      const size = (parseInt(head[2], 16) - parseInt(head[1], 16)) / 1048576;
      kind = head[3] === '[heap]' ? 'brkHeap' : head[3] === '' ? (size >= 32 ? 'anonLarge' : 'anonSmall') : 'files';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) out[kind] += Number(rss[1]) / 1024;
  }
  return out;
}

function status(pid) {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const ws = mkdtempSync(join(tmpdir(), 'copydesk-bench-mem-'));
cpSync(refDir, join(ws, 'references'), { recursive: true });
writeFileSync(join(ws, '.copydesk.json'), JSON.stringify({ references: ['references/**/*'] }));
writeFileSync(join(ws, 'long.article'), text);
const uri = pathToFileURL(join(ws, 'long.article')).href;

// COPYDESK_BENCH_NODE_ARGS: extra node flags for the server (e.g. "--trace-gc", heap sizes), to compare settings.
const nodeArgs = (process.env.COPYDESK_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const proc = spawn(
  process.execPath,
  [...nodeArgs, '--require', join(ROOT, 'scripts/lib/memory-probe.cjs'), SERVER, '--stdio'],
  { cwd: ws, stdio: ['pipe', 'pipe', 'pipe'] },
);
proc.stdin.on('error', () => {});
let probe = {};
let stderrTail = '';
proc.stderr.on('data', (d) => {
  stderrTail = (stderrTail + d.toString()).slice(-20000);
  for (const m of stderrTail.matchAll(/copydesk-memory (\{[^\n]*\})\n/g)) probe = JSON.parse(m[1]);
  if (process.env.BENCH_VERBOSE) process.stderr.write(d);
});
const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
const latest = new Map();
const waiters = [];
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  latest.set(p.uri, p);
  for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].accept(p)) waiters.splice(i, 1)[0].resolve(p);
});
conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
conn.onRequest('client/registerCapability', () => null);
conn.onRequest('window/workDoneProgress/create', () => null);
conn.onNotification(() => {});
conn.listen();
const next = (accept) => new Promise((res) => waiters.push({ accept, resolve: res }));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const rows = [];
const sample = (edits, label = '') => {
  const st = status(proc.pid);
  const sm = smaps(proc.pid);
  const row = {
    smaps: sm,
    edits,
    seconds: (performance.now() - t0) / 1000,
    rss: st.rss,
    peak: st.peak,
    heapUsed: Number(probe.heapUsed),
    heapTotal: Number(probe.heapTotal),
    external: Number(probe.external),
    arrayBuffers: Number(probe.arrayBuffers),
    malloced: Number(probe.malloced),
    label,
  };
  rows.push(row);
  if (!opts.json)
    console.log(
      `${String(edits).padStart(6)} edits ${row.seconds.toFixed(0).padStart(5)} s  RSS ${row.rss.toFixed(0).padStart(4)} MB (peak ${row.peak.toFixed(0)})  heap used ${probe.heapUsed ?? '?'} / total ${probe.heapTotal ?? '?'} MB  external ${probe.external ?? '?'} MB  malloced ${probe.malloced ?? '?'} MB  smaps: brk ${sm.brkHeap.toFixed(0)}, anon<32M ${sm.anonSmall.toFixed(0)}, anon>=32M ${sm.anonLarge.toFixed(0)}, files ${sm.files.toFixed(0)} MB  ${label}`,
    );
};

const t0 = performance.now();
try {
  await conn.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ws).href,
    workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'bench' }],
    capabilities: {},
  });
  conn.sendNotification('initialized', {});
  const doc = TextDocument.create(uri, 'article', 1, text);
  const opened = next((p) => p.uri === uri);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'article', version: 1, text } });
  await opened;
  await sleep(3000); // references indexed, warm-up (if any) done
  if (!opts.json)
    console.log(
      `Copydesk LSP memory: ${WORDS}-word article, ${EDITS} edits, node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}`,
    );
  sample(0, 'after open');
  const r = rng(15);
  const typed = 'The council will meet again on Friday, the mayor said, and 12 residents spoke against the plan. ';
  let version = 1;
  for (let i = 1; i <= EDITS; i++) {
    const len = doc.getText().length;
    const at = Math.floor(r() * len);
    const pos = doc.positionAt(at);
    const k = r();
    let change;
    if (k < 0.7) change = { range: { start: pos, end: pos }, text: typed[i % typed.length] };
    else if (k < 0.9 && at > 0) change = { range: { start: doc.positionAt(at - 1), end: pos }, text: '' };
    else if (k < 0.97) change = { range: { start: pos, end: pos }, text: typed };
    else change = { range: { start: pos, end: pos }, text: '\n\n' };
    // Keep the article near its size: deletions of a sentence's length balance the pastes.
    if (len > text.length * 1.1 && at + 100 < len)
      change = { range: { start: pos, end: doc.positionAt(at + 100) }, text: '' };
    TextDocument.update(doc, [change], ++version);
    const v = version;
    const done = next((p) => p.uri === uri && p.version === v);
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    await done;
    if (i % EVERY === 0) sample(i);
  }
  conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  await sleep(5000);
  sample(EDITS, 'closed, 5 s later');
  await sleep(25000);
  sample(EDITS, 'closed, 30 s later');
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(2000)]);
} finally {
  conn.dispose();
  if (proc.exitCode === null) proc.kill();
  rmSync(ws, { recursive: true, force: true });
}
if (opts.json) console.log(JSON.stringify({ edits: EDITS, node: process.version, load: loadavg(), rows }, null, 2));
