// A long article just opened: the server publishes its opening first, then the whole (server/src/checks.ts). Over stdio
// against the bundled server, on articles made of the project's generated newsroom (test/support/newsCorpus.ts): the
// first publish covers only the opening and comes before the whole; the last equals a cold `copydesk check`; a short
// article gets one publish; a hover and the outline asked for as the article opens wait for the whole and do not hold
// back the opening; an edit sent the moment the opening arrives leaves no publish of the old text after one of the new.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, positionOf, type Diagnostic } from './lsp-client';
import { coldCheck, fromServer } from './coldCheck';
import { newsCorpus } from '../support/newsCorpus';
import { LONG_ARTICLE_WORDS } from '../../server/src/opening';

const root = mkdtempSync(join(tmpdir(), 'copydesk-opening-'));
const corpus = newsCorpus(14, 40, 40);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** Drafts of the generated newsroom one after another, as one article of at least `min` words. */
function article(from: number, min: number): string {
  const parts: string[] = [];
  for (let i = from; words(parts.join('\n')) < min; i++) parts.push(corpus.drafts[i]!.text);
  return parts.join('\n');
}
const LONG = article(0, 2 * LONG_ARTICLE_WORDS);
const LONG2 = article(20, 2 * LONG_ARTICLE_WORDS);
const SHORT = corpus.drafts[39]!.text;
// Checks that need references: the opening is checked before they are indexed, so the whole may add these to its lines.
const NEEDS_REFERENCES = /mismatch|misattributed|entity-spelling|unverified-claim|verified-claim|disputed-claim/;

interface Publish {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
  /** How many log lines the client had received when this publish came. */
  logs: number;
}
let client: LspClient;
const publishes: Publish[] = [];
/** Called with each publish as it arrives (a test reacts to the opening's at once). */
let onPublish: (p: Publish) => void = () => {};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const uriOf = (name: string) => pathToFileURL(join(root, name)).toString();
const of = (uri: string) => publishes.filter((p) => p.uri === uri);
const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.message}`;

/** The publishes for `uri` once the server has published and gone quiet for a while. */
async function settled(uri: string, quietMs = 1500, maxMs = 60_000): Promise<Publish[]> {
  const stop = Date.now() + maxMs;
  for (let seen = -1; seen !== publishes.length || !of(uri).length;) {
    if (Date.now() > stop) throw new Error(`no settled diagnostics for ${uri}\n${client.stderr.slice(-2000)}`);
    seen = publishes.length;
    await sleep(quietMs);
  }
  return of(uri);
}

/** The server's word that it published the opening of `uri` first: its word count and the lines it covers. */
function openingLog(uri: string): { index: number; words: number; lines: number } | undefined {
  const index = client.logs.findIndex((l) => l.startsWith(`${uri}: the opening (`));
  if (index < 0) return undefined;
  const m = /\((\d+) words, lines 1-(\d+)\)/.exec(client.logs[index]!)!;
  return { index, words: Number(m[1]), lines: Number(m[2]) };
}

async function openFile(name: string, text: string): Promise<string> {
  writeFileSync(join(root, name), text);
  const uri = uriOf(name);
  await client.open(uri, text);
  return uri;
}

before(async () => {
  mkdirSync(join(root, 'refs'));
  for (const r of corpus.references) writeFileSync(join(root, 'refs', r.name), r.text);
  writeFileSync(join(root, '.copydesk.json'), JSON.stringify({ references: ['refs'], articleDate: '2025-06-30' }));
  client = new LspClient();
  client.conn.onNotification(
    'textDocument/publishDiagnostics',
    (p: { uri: string; version: number; diagnostics: Diagnostic[] }) => {
      client.latest.set(p.uri, p.diagnostics);
      const publish = { ...p, logs: client.logs.length };
      publishes.push(publish);
      onPublish(publish);
    },
  );
  await client.initialize(root);
});

after(async () => {
  await client.shutdown();
  rmSync(root, { recursive: true, force: true });
});

test('a long article: its opening first, then the whole, which equals a cold check', { timeout: 120_000 }, async () => {
  const uri = uriOf('long.article');
  // A hover at the article's last figure and the side bar's outline, asked for as the article opens (as VS Code asks for
  // lenses and the outline): written in one chunk with the didOpen, so that the server reads them before the opening's
  // check is due. They wait for the whole and are answered from it; computed at once, the whole would hold back the
  // opening. Their answers are read from the raw output (the client's connection does not know their ids).
  const lastFigure = [...LONG.matchAll(/\$\d[\d.]*(?: (?:million|billion))?/g)].at(-1)!;
  writeFileSync(join(root, 'long.article'), LONG);
  let raw = '';
  client.proc.stdout!.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  const frame = (o: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...o }), 'utf8');
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
  };
  client.proc.stdin!.write(
    Buffer.concat([
      frame({
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: 'article', version: 1, text: LONG } },
      }),
      frame({
        id: 9001,
        method: 'textDocument/hover',
        params: { textDocument: { uri }, position: positionOf(LONG, lastFigure.index! + 1) },
      }),
      frame({ id: 9002, method: 'copydesk/outline', params: { uri } }),
    ]),
  );
  const all = await settled(uri);
  const opening = openingLog(uri);
  assert.ok(opening, `the server says it published the opening first; its log: ${client.logs.join('\n')}`);
  assert.ok(opening.words >= 300 && opening.words < words(LONG) / 2, `an opening of ${opening.words} words`);
  const [first, ...rest] = all;
  const last = all.at(-1)!;
  assert.ok(rest.length >= 1, 'the whole follows the opening');
  assert.ok(first!.logs > opening.index, 'the opening is announced before its diagnostics');
  assert.ok(first!.diagnostics.length > 0, 'the opening has findings of its own');
  const below = (ds: Diagnostic[]) => ds.filter((d) => d.range.start.line >= opening.lines);
  assert.deepEqual(below(first!.diagnostics).map(key), [], 'the first publish covers only the opening');
  assert.ok(below(last.diagnostics).length > first!.diagnostics.length, 'the whole covers the rest');
  assert.ok(
    all.every((p) => p.version === 1),
    'every publish is of the text as opened',
  );
  // What a reader of the opening saw stays when the whole arrives (the references may add to it).
  const whole = new Set(last.diagnostics.map(key));
  const gone = first!.diagnostics.filter((d) => !NEEDS_REFERENCES.test(String(d.code)) && !whole.has(key(d)));
  assert.deepEqual(gone.map(key), [], 'no finding of the opening goes away with the whole');
  assert.equal(
    JSON.stringify(await fromServer(client, uri, last.diagnostics)),
    JSON.stringify(coldCheck(root, 'long.article')),
  );
  // In the raw output: both answers, with content, after the whole's publish.
  const publishedAt = [...raw.matchAll(/"method":"textDocument\/publishDiagnostics","params":\{"uri":"([^"]+)"/g)]
    .filter((m) => m[1] === uri)
    .map((m) => m.index!);
  for (const id of [9001, 9002]) {
    const at = raw.indexOf(`"id":${id},"result":{`);
    assert.ok(at >= 0, `request ${id} is answered with content`);
    assert.ok(publishedAt.length >= 2 && at > publishedAt[1]!, `request ${id} is answered after the whole's publish`);
  }
});

test('a short article gets one publish, of the whole', { timeout: 60_000 }, async () => {
  assert.ok(words(SHORT) < LONG_ARTICLE_WORDS);
  const uri = await openFile('short.article', SHORT);
  const all = await settled(uri);
  assert.equal(openingLog(uri), undefined);
  assert.equal(all.length, 1, 'one publish (the references were indexed by the first test)');
  assert.equal(
    JSON.stringify(await fromServer(client, uri, all[0]!.diagnostics)),
    JSON.stringify(coldCheck(root, 'short.article')),
  );
});

test('an edit sent when the opening arrives: no publish of the old text after one of the new', async () => {
  const uri = uriOf('edited.article');
  const insert = 'The council says the repairs will cost $14 million, more than any project since 1998. ';
  const at = LONG2.lastIndexOf('\n\n') + 2;
  const EDITED = LONG2.slice(0, at) + insert + LONG2.slice(at);
  onPublish = (p) => {
    if (p.uri !== uri || of(uri).length !== 1) return;
    const pos = positionOf(LONG2, at);
    void client.change(uri, 2, [{ range: { start: pos, end: pos }, text: insert }]);
  };
  await openFile('edited.article', LONG2);
  const all = await settled(uri);
  onPublish = () => {};
  assert.ok(openingLog(uri), 'the opening came first');
  const versions = all.map((p) => p.version);
  assert.deepEqual(
    versions,
    [...versions].sort((a, b) => a - b),
    `versions never go back: ${versions.join(', ')}`,
  );
  assert.equal(all.at(-1)!.version, 2);
  assert.equal(client.logs.filter((l) => l.startsWith(`${uri}: the opening (`)).length, 1, 'one opening');
  writeFileSync(join(root, 'edited.article'), EDITED);
  assert.equal(
    JSON.stringify(await fromServer(client, uri, all.at(-1)!.diagnostics)),
    JSON.stringify(coldCheck(root, 'edited.article')),
  );
});
