// The editor and CI agree: the server's final diagnostics for an article equal a cold `copydesk check` of the same text,
// byte for byte once both are put in one shape — also when the article is opened and edited while the references are
// still being indexed (a generated corpus of over a thousand files keeps the server busy long enough), after settings
// changes, and after reference files are added, changed and deleted. The references are indexed once, and cross-check
// findings are published only from a complete index.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient, type Diagnostic } from './lsp-client';
import { coldCheck as coldCheckOf, fromServer } from './coldCheck';
import { newsCorpus } from '../support/newsCorpus';

const XREF = new Set([
  'number-mismatch',
  'date-mismatch',
  'quote-mismatch',
  'quote-misattributed',
  'entity-spelling',
  'entity-inconsistent',
  'unverified-claim',
]);

const root = mkdtempSync(join(tmpdir(), 'copydesk-same-'));
const corpus = newsCorpus(33, 900, 3);
const article = join(root, 'story.article');
const uri = pathToFileURL(article).toString();
const TEXT = corpus.drafts[0]!.text;

interface Progress {
  kind: string;
  message?: string;
}
let client: LspClient;
const progress: Progress[] = [];
/** Every publish for the article, with how many indexing jobs had ended (by the server's progress) when it came. */
const publishes: Array<{ ends: number; diagnostics: Diagnostic[] }> = [];

/** A cold `copydesk check` of the article as it is on disk, in the shared shape. */
const coldCheck = (args: string[] = []) => coldCheckOf(root, 'story.article', args);

const begins = () => progress.filter((p) => p.kind === 'begin').length;
const ends = () => progress.filter((p) => p.kind === 'end').length;
const hasXref = (ds: Diagnostic[]) => ds.some((d) => XREF.has(String(d.code)));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, cond: () => boolean, ms = 60_000): Promise<void> {
  for (const stop = Date.now() + ms; !cond(); await sleep(20))
    if (Date.now() > stop) throw new Error(`timed out waiting for ${what}\n${client.stderr.slice(-2000)}`);
}

/** The diagnostics once the server has published for the current text and gone quiet for a while. */
async function settled(quietMs = 700): Promise<Diagnostic[]> {
  let seen = -1;
  while (seen !== publishes.length) {
    seen = publishes.length;
    await sleep(quietMs);
  }
  return publishes.at(-1)!.diagnostics;
}

before(() => {
  mkdirSync(join(root, 'refs'));
  for (const r of corpus.references) writeFileSync(join(root, 'refs', r.name), r.text);
  writeFileSync(join(root, '.copydesk.json'), JSON.stringify({ references: ['refs'], articleDate: '2025-06-30' }));
  writeFileSync(article, TEXT);
  client = new LspClient();
  client.conn.onNotification('$/progress', (p: { value: Progress }) => void progress.push(p.value));
  client.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    if (p.uri !== uri) return;
    client.latest.set(p.uri, p.diagnostics);
    publishes.push({ ends: ends(), diagnostics: p.diagnostics });
  });
  // A client slow to answer the configuration request: the settings arrive while the references are being indexed.
  client.conn.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
    await until('indexing to start', () => progress.some((x) => x.kind === 'report'));
    return p.items.map(() => client.settings);
  });
});

after(async () => {
  await client.shutdown();
  rmSync(root, { recursive: true, force: true });
});

test(
  'opened and edited while the references are indexed: one indexing, no cross-check before it ends, then a cold check’s diagnostics',
  { timeout: 180_000 },
  async () => {
    await client.initialize(root);
    await client.open(uri, TEXT);
    // Typing while the index is built (a few slices in, so that it holds some files): a word added and removed, twice.
    await until('indexing to be under way', () => progress.filter((p) => p.kind === 'report').length >= 5);
    const end = { line: 0, character: 0 };
    for (let v = 2; v <= 5; v++) {
      await client.change(uri, v, [
        { range: { start: end, end: v % 2 ? { line: 0, character: 5 } : end }, text: v % 2 ? '' : 'Draft' },
      ]);
      await sleep(30);
    }
    await until('a publish once indexing ended', () => publishes.some((p) => p.ends > 0));
    const final = await settled();
    assert.ok(
      publishes.some((p) => p.ends === 0),
      'the article was analysed while the references were indexed',
    );
    for (const p of publishes)
      if (p.ends === 0)
        assert.ok(
          !hasXref(p.diagnostics),
          `a cross-check finding was published from an incomplete index: ${JSON.stringify(p.diagnostics.find((d) => XREF.has(String(d.code))))?.slice(0, 300)}`,
        );
    assert.ok(hasXref(final), 'the complete index gives cross-check findings');
    assert.equal(begins(), 1, 'the references are indexed once');
    assert.equal(JSON.stringify(await fromServer(client, uri, final)), JSON.stringify(coldCheck()));
  },
);

test(
  'settings that keep the corpus do not re-index; ones that change it cancel the build under way',
  { timeout: 180_000 },
  async () => {
    client.settings = { severity: { 'unverified-claim': 'off' } };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await until('the new severity', () => !client.latest.get(uri)!.some((d) => d.code === 'unverified-claim'));
    await sleep(300);
    assert.equal(begins(), 1, 'a severity change does not re-index');

    // Two changes of the references in a row: the first corpus's build is cancelled for the second's.
    const ended = ends();
    client.settings = { references: ['refs/*'] };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await until('the first new build', () => begins() === 2);
    client.settings = { references: ['refs/*.txt'] };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await until('both builds to end', () => ends() === ended + 2);
    assert.equal(begins(), 3);
    assert.ok(
      progress.some((p) => /cancelled after \d+\/\d+ files/.test(p.message ?? '')),
      'the first build stopped',
    );
    await until('a publish after the last build', () => publishes.at(-1)!.ends === ended + 2);
    assert.equal(
      JSON.stringify(await fromServer(client, uri, await settled())),
      JSON.stringify(coldCheck(['--references', 'refs/*.txt'])),
    );
  },
);

test(
  'after references are added, changed and deleted, the diagnostics equal a cold check of the files as they are',
  { timeout: 180_000 },
  async () => {
    client.settings = {};
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await until('the whole corpus again', () => ends() === 4 && begins() === 4);
    await until('a publish from it', () => publishes.at(-1)!.ends === 4);
    await settled();
    // A file the article's evidence comes from gets a twin (the same wire story filed again, under a name sorting after
    // it) and is then saved unchanged; two other files about the same town are changed and deleted. A fresh build keeps
    // the evidence in the first file of the two; an index that appended re-read files would now cite the twin.
    const cited = [
      ...new Set(
        (await fromServer(client, uri, client.latest.get(uri)!)).flatMap((d) =>
          d.related.map((r) => fileURLToPath(r.uri)),
        ),
      ),
    ].sort();
    assert.ok(cited.length >= 1, 'the article cites a reference');
    const touched = cited[0]!;
    const twin = touched.replace(/(\.\w+)$/, '_again$1');
    const town = TEXT.slice(0, TEXT.indexOf(' '));
    const sameTown = corpus.references
      .map((r) => join(root, 'refs', r.name))
      .filter((f) => !cited.includes(f) && readFileSync(f, 'utf8').includes(town));
    assert.ok(sameTown.length >= 2, `other files about ${town}`);
    const [changed, deleted] = sameTown as [string, string];
    copyFileSync(touched, twin);
    writeFileSync(touched, readFileSync(touched, 'utf8'));
    writeFileSync(
      changed,
      readFileSync(changed, 'utf8').replace(/\d+/g, (n) => String(Number(n) + 2)),
    );
    rmSync(deleted);
    const events = [
      { uri: pathToFileURL(twin).toString(), type: 1 },
      { uri: pathToFileURL(touched).toString(), type: 2 },
      { uri: pathToFileURL(changed).toString(), type: 2 },
      { uri: pathToFileURL(deleted).toString(), type: 3 },
    ];
    const before = publishes.length;
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: events });
    await until('a publish after the events', () => publishes.length > before);
    assert.equal(JSON.stringify(await fromServer(client, uri, await settled())), JSON.stringify(coldCheck()));
    assert.equal(begins(), 4, 'file events update the index without rebuilding it');
  },
);
