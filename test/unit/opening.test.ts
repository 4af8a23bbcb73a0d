// A long article's opening is published first (server/src/opening.ts says where it ends, server/src/checks.ts when it
// is published). Here: the cut, and the scheduling, on a Checks whose connection, documents and analyses are stand-ins
// that log what they are asked, so that an edit, a hover or a close can be made to land exactly between the opening's
// publish and the whole's (the protocol test cannot time that over stdio), and a request made as the article opens
// waits for the whole instead of computing it before the opening is shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { LONG_ARTICLE_WORDS, OPENING_WORDS, openingOf } from '../../server/src/opening';
import { Checks } from '../../server/src/checks';
import { MAX_EDITOR_CHARS, type Analyses, type Analysis } from '../../server/src/analysis';
import type { Workspace } from '../../server/src/workspace';
import type { ReferenceStatus } from '../../server/src/protocol';
import { paragraphs } from '../../core/text/segment';

/** `n` paragraphs of ten words each (every paragraph different), separated by `sep`. */
const prose = (n: number, sep = '\n\n') =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i} says the council met and voted on it.`).join(sep) + '\n';
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

test('an article shorter than LONG_ARTICLE_WORDS has no opening', () => {
  assert.equal(openingOf(prose(LONG_ARTICLE_WORDS / 10 - 1)), undefined);
  assert.equal(openingOf(''), undefined);
});

test('the opening ends at the first paragraph end after OPENING_WORDS words, on a paragraph start of the whole', () => {
  for (const sep of ['\n\n', '\r\n\r\n', '\n', '\n \n']) {
    const text = prose(300, sep);
    const o = openingOf(text)!;
    assert.ok(o, JSON.stringify(sep));
    const head = text.slice(0, o.end);
    assert.equal(o.words, words(head));
    assert.ok(o.words >= OPENING_WORDS && o.words < OPENING_WORDS + 10, `${o.words} words`);
    // The opening's paragraphs are the whole's, and the whole has one starting right after the cut.
    const whole = paragraphs(text);
    assert.deepEqual(paragraphs(head), whole.slice(0, paragraphs(head).length));
    assert.ok(whole.some((p) => p.start >= o.end && text.slice(o.end, p.start).trim() === ''));
  }
});

test('no opening inside a paragraph: hard-wrapped lines that continue, or one long paragraph', () => {
  // Lines broken mid-sentence, the next in lower case: core/text/segment.ts joins them into one paragraph.
  const wrapped = Array.from({ length: 400 }, (_, i) => `the council met on day ${i} and`).join('\n') + ' voted.\n';
  assert.equal(openingOf(wrapped), undefined);
  assert.equal(openingOf('One long paragraph that goes on and on. '.repeat(300)), undefined);
});

interface Harness {
  /** The analyses and publishes, in order. */
  events: string[];
  checks: Checks;
  analyses: Analyses;
  /** Opens or changes the document (as the documents manager does) and schedules its check. */
  edit(text: string, version: number): TextDocument;
  close(): void;
  /** Lets every check that is due run. */
  settle(): Promise<void>;
}

/** A Checks on stand-ins that log what they are asked; `onPublish` runs inside each publish of the article. */
function harness(onPublish: (version: number, h: Harness) => void = () => {}): Harness {
  const events: string[] = [];
  const docs = new Map<string, TextDocument>();
  const cache = new Map<string, Analysis>();
  const analysisOf = (doc: TextDocument): Analysis => ({
    version: doc.version,
    result: {
      annotations: { paragraphs: [], sentences: [], entities: [], quantities: [], quotes: [], assertions: [] },
      findings: [],
      claims: [],
    },
    refErrors: [],
    awaitsReferences: false,
  });
  const analyses = {
    analyse(doc: TextDocument) {
      const c = cache.get(doc.uri);
      if (c?.version === doc.version) return c;
      events.push(`whole v${doc.version}`);
      const a = analysisOf(doc);
      cache.set(doc.uri, a);
      return a;
    },
    analyseOpening(doc: TextDocument, end: number) {
      events.push(`opening v${doc.version} ${end}`);
      return analysisOf(doc);
    },
    isCurrent: (doc: TextDocument) => cache.get(doc.uri)?.version === doc.version,
    hasReferences: () => true,
    forget: (uri: string) => void cache.delete(uri),
    forgetAll: () => cache.clear(),
  } as unknown as Analyses;
  const connection = {
    sendDiagnostics(p: { version?: number; diagnostics: unknown[] }) {
      events.push(p.version === undefined ? 'cleared' : `publish v${p.version}`);
      if (p.version !== undefined) onPublish(p.version, h);
      return Promise.resolve();
    },
    sendNotification: () => Promise.resolve(),
    sendRequest: () => Promise.resolve(),
    console: { log: () => {} },
  } as unknown as Connection;
  const documents = { get: (u: string) => docs.get(u), all: () => [...docs.values()] } as TextDocuments<TextDocument>;
  const workspace = { configFor: () => ({}) } as unknown as Workspace;
  const checks = new Checks(
    connection,
    documents,
    analyses,
    workspace,
    () => ({}) as ReferenceStatus,
    () => false,
  );
  const h: Harness = {
    events,
    checks,
    analyses,
    edit(text: string, version: number) {
      const doc = TextDocument.create('file:///a.article', 'article', version, text);
      docs.set(doc.uri, doc);
      checks.schedule(doc);
      return doc;
    },
    close() {
      docs.delete('file:///a.article');
      checks.closed('file:///a.article');
    },
    async settle() {
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    },
  };
  return h;
}

const LONG = prose(300);
const cut = openingOf(LONG)!.end;

test('a long article just opened: the opening is published, then the whole', async () => {
  const h = harness();
  h.edit(LONG, 1);
  await h.settle();
  assert.deepEqual(h.events, [`opening v1 ${cut}`, 'publish v1', 'whole v1', 'publish v1']);
  // Later checks (an edit, new settings) publish the whole at once: an opening would blank what is shown below it.
  h.edit(LONG + 'More.\n', 2);
  await h.settle();
  h.checks.revalidateAll();
  await h.settle();
  assert.deepEqual(h.events.slice(4), ['whole v2', 'publish v2', 'whole v2', 'publish v2']);
});

test('an edit between the opening and the whole: the whole of the old text is never analysed or published', async () => {
  const h = harness((version, h) => {
    if (version === 1) h.edit(LONG.replace('Paragraph 299', 'Paragraph two hundred'), 2);
  });
  h.edit(LONG, 1);
  await h.settle();
  assert.deepEqual(h.events, [`opening v1 ${cut}`, 'publish v1', 'whole v2', 'publish v2']);
});

test('a hover between the opening and the whole: the whole is analysed once, for both', async () => {
  let hovered = false;
  const h = harness((version, h) => {
    if (hovered) return;
    hovered = true;
    h.analyses.analyse(TextDocument.create('file:///a.article', 'article', version, LONG));
  });
  h.edit(LONG, 1);
  await h.settle();
  assert.deepEqual(h.events, [`opening v1 ${cut}`, 'publish v1', 'whole v1', 'publish v1']);
});

test('a request about an article just opened waits for the whole, so that the opening is not held back', async () => {
  for (const [text, expected] of [
    [LONG, [`opening v1 ${cut}`, 'publish v1', 'whole v1', 'publish v1', 'answered']],
    [prose(20), ['whole v1', 'publish v1', 'answered']],
  ] as const) {
    const h = harness();
    const doc = h.edit(text, 1);
    // As the requests do (server/src/requests.ts): wait when told to, then answer from the whole's analysis.
    void h.checks.firstWhole(doc.uri)!.then(() => {
      h.events.push('answered');
      h.analyses.analyse(doc);
    });
    await h.settle();
    assert.deepEqual(h.events, expected);
    assert.equal(h.checks.firstWhole(doc.uri), undefined, 'once shown whole, requests are answered at once');
  }
});

test('a close between the opening and the whole drops the whole; reopened, the opening comes first again', async () => {
  let closed = false;
  const h = harness((_v, h) => {
    if (closed) return;
    closed = true;
    h.close();
  });
  h.edit(LONG, 1);
  await h.settle();
  assert.deepEqual(h.events, [`opening v1 ${cut}`, 'publish v1', 'cleared']);
  h.edit(LONG, 1);
  await h.settle();
  assert.deepEqual(h.events.slice(3), [`opening v1 ${cut}`, 'publish v1', 'whole v1', 'publish v1']);
});

test('a short article, or one too large to check in the editor, is published whole at once', async () => {
  for (const text of [prose(20), 'x '.repeat(MAX_EDITOR_CHARS / 2 + 1)]) {
    const h = harness();
    h.edit(text, 1);
    await h.settle();
    assert.deepEqual(h.events, ['whole v1', 'publish v1']);
  }
});
