// Once the first article opened is published whole and nothing else is due, the server rehearses a few keystrokes on
// it (server/src/checks.ts, rehearse): checks whose results are never published or kept. Here: when it runs, that an
// edit stops it and is never held back by more than the step already running, and that what is published after it is
// what a server that never rehearsed publishes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { Checks, REHEARSE_AFTER_MS } from '../../server/src/checks';
import { Analyses, type Analysis } from '../../server/src/analysis';
import type { Workspace } from '../../server/src/workspace';
import type { LedgerService } from '../../server/src/ledgerActions';
import type { ReferenceStatus } from '../../server/src/protocol';

const URI = 'file:///a.article';
const TEXT = 'The council met on Friday.\n\nThe mayor said 12 residents spoke against the plan.\n';

/** A Checks on stand-ins that log the analyses, rehearsal steps and publishes; `onStep` runs after each step. */
function harness(onStep: (step: string, h: { edit(text: string, version: number): void }) => void = () => {}) {
  const events: string[] = [];
  const docs = new Map<string, TextDocument>();
  const cache = new Map<string, Analysis>();
  const analyses = {
    analyse(doc: TextDocument) {
      const c = cache.get(doc.uri);
      if (c?.version === doc.version) return c;
      events.push(`whole v${doc.version}`);
      const a = {
        version: doc.version,
        result: {
          annotations: { paragraphs: [], sentences: [], entities: [], quantities: [], quotes: [], assertions: [] },
          findings: [],
          claims: [],
        },
        refErrors: [],
        awaitsReferences: false,
      };
      cache.set(doc.uri, a);
      return a;
    },
    rehearse(doc: TextDocument, step: string) {
      events.push(`${step} v${doc.version}`);
      onStep(step, h);
    },
    isCurrent: (doc: TextDocument) => cache.get(doc.uri)?.version === doc.version,
    forget: (uri: string) => void cache.delete(uri),
  } as unknown as Analyses;
  const connection = {
    sendDiagnostics(p: { uri: string; version?: number }) {
      events.push(p.version === undefined ? 'cleared' : `publish ${p.uri.slice(8)} v${p.version}`);
      return Promise.resolve();
    },
    sendNotification: () => Promise.resolve(),
    console: { log: () => {} },
  } as unknown as Connection;
  const documents = { get: (u: string) => docs.get(u) } as TextDocuments<TextDocument>;
  const workspace = { configFor: () => ({}) } as unknown as Workspace;
  const checks = new Checks(
    connection,
    documents,
    analyses,
    workspace,
    () => ({}) as ReferenceStatus,
    () => false,
  );
  const h = {
    events,
    open(text: string, uri = URI) {
      const doc = TextDocument.create(uri, 'article', 1, text);
      docs.set(uri, doc);
      checks.opened(doc);
    },
    edit(text: string, version: number) {
      const doc = TextDocument.create(URI, 'article', version, text);
      docs.set(URI, doc);
      checks.schedule(doc);
    },
    async settle() {
      for (let i = 0; i < 40; i++) await new Promise((r) => setImmediate(r));
    },
    /** Lets the rehearsal's timer come due, then every step and check run. */
    async pause() {
      await new Promise((r) => setTimeout(r, REHEARSE_AFTER_MS + 50));
      await h.settle();
    },
  };
  return h;
}

const STEPS = ['edit v1', 'restore v1', 'edit v1', 'restore v1', 'edit v1', 'restore v1'];

test('the first article opened is rehearsed once it is published whole and left alone; nothing more is published', async () => {
  const h = harness();
  h.open(TEXT);
  await h.settle();
  assert.deepEqual(h.events, ['whole v1', 'publish a.article v1'], 'not before the pause');
  await h.pause();
  assert.deepEqual(h.events.slice(2), STEPS);
  // Once per server: an article opened later is not rehearsed again.
  h.open(TEXT, 'file:///b.article');
  await h.pause();
  assert.deepEqual(h.events.slice(8), ['whole v1', 'publish b.article v1']);
});

test('an edit before the pause gives the rehearsal up; an edit during it stops it after the running step', async () => {
  const before = harness();
  before.open(TEXT);
  await before.settle();
  before.edit(TEXT + 'More.\n', 2);
  await before.pause();
  assert.deepEqual(before.events, ['whole v1', 'publish a.article v1', 'whole v2', 'publish a.article v2']);

  let typed = false;
  const during = harness((step, h) => {
    if (step !== 'restore' || typed) return;
    typed = true;
    h.edit(TEXT + 'More.\n', 2);
  });
  during.open(TEXT);
  await during.pause();
  assert.deepEqual(during.events, [
    'whole v1',
    'publish a.article v1',
    'edit v1',
    'restore v1',
    'whole v2',
    'publish a.article v2',
  ]);
});

test("a rehearsal leaves the article's analysis as it was, and the next edit's check is a fresh analyser's", () => {
  const text = readFileSync(join(__dirname, '../../examples/draft.article'), 'utf8');
  const make = () =>
    new Analyses(
      { console: { error: (m: string) => assert.fail(m) } } as unknown as Connection,
      {
        configFor: () => ({ config: {} }),
        corpusFor: () => undefined,
        selfIn: () => undefined,
        ledgerRootFor: () => undefined,
      } as unknown as Workspace,
      {} as LedgerService,
      () => {},
    );
  const rehearsed = make();
  const doc = TextDocument.create(URI, 'article', 1, text);
  const first = rehearsed.analyse(doc);
  for (const step of ['edit', 'restore', 'edit'] as const) rehearsed.rehearse(doc, step);
  assert.equal(rehearsed.analyse(doc), first, 'the published analysis is the one requests answer from');
  const at = text.indexOf('. ') + 1;
  const edited = TextDocument.create(URI, 'article', 2, `${text.slice(0, at)} The vote was 7 to 2.${text.slice(at)}`);
  assert.deepEqual(rehearsed.analyse(edited).result, make().analyse(edited).result);
});
