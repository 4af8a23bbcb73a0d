// Protocol tests: the bundled server over stdio, spoken to by a real JSON-RPC client.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, positionOf, type Diagnostic } from './lsp-client';

const root = resolve('test/fixtures/protocol');
const uri = pathToFileURL(resolve(root, 'harbour-draft.article')).toString();

// CRLF line ends, emoji (surrogate pairs) before the flagged text on the same line, and curly quotes.
const TEXT = [
  'Harbour plan wins approval 🚢',
  '',
  'The Valmora port authority approved a $4.5 million expansion on Monday, chair Ana Ruiz said.',
  '',
  '🚢🚢 Experts say the new quay will double the town’s catch within five years.',
  '',
  '“We will finish the new quay before the autumn storms,” Ruiz told reporters.',
  '',
].join('\r\n');

let client: LspClient;

before(async () => {
  client = new LspClient();
  const init = (await client.initialize(root)) as { capabilities: Record<string, unknown> };
  assert.ok(init.capabilities.hoverProvider);
  await client.open(uri, TEXT);
});

after(async () => {
  await client.shutdown();
});

const byCode = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);

test('diagnostics arrive with UTF-16 ranges on CRLF text with emoji', async () => {
  const ds = await client.diagnostics(uri, (d) => byCode(d, 'vague-attribution').length > 0);
  const vague = byCode(ds, 'vague-attribution')[0]!;
  const end = TEXT.indexOf('five years.') + 'five years.'.length;
  assert.equal(vague.range.start.line, 4, 'CRLF counts as one line break');
  assert.ok(vague.range.start.character <= 5, 'the finding covers "Experts say"');
  assert.deepEqual(vague.range.end, positionOf(TEXT, end));
  assert.equal(
    vague.range.end.character,
    'Experts say the new quay will double the town’s catch within five years.'.length + 5,
    'two emoji are four UTF-16 code units',
  );
  assert.equal(vague.severity, 2);
});

test('hover explains a recognised amount with its normalised value', async () => {
  const at = TEXT.indexOf('$4.5 million') + 2;
  const h = await client.hover(uri, positionOf(TEXT, at));
  assert.ok(h, 'a hover is returned');
  assert.match(h!.contents.value, /MONEY/);
  assert.match(h!.contents.value, /4,500,000/);
  assert.deepEqual(h!.range!.start, positionOf(TEXT, TEXT.indexOf('$4.5 million')));
});

test('hover on a curly-quoted passage and on an entity', async () => {
  const q = await client.hover(uri, positionOf(TEXT, TEXT.indexOf('We will finish') + 3));
  assert.ok(q);
  assert.match(q!.contents.value, /Quote|Sentence/);
  const e = await client.hover(uri, positionOf(TEXT, TEXT.indexOf('Ana Ruiz') + 1));
  assert.ok(e);
  assert.match(e!.contents.value, /PERSON/);
});

test('an incremental edit is reflected in the next diagnostics', async () => {
  const at = TEXT.indexOf('Experts say');
  const range = { start: positionOf(TEXT, at), end: positionOf(TEXT, at + 'Experts say'.length) };
  await client.change(uri, 2, [{ range, text: 'Ruiz said' }]);
  const ds = await client.diagnostics(uri, (d) => byCode(d, 'vague-attribution').length === 0);
  assert.equal(byCode(ds, 'vague-attribution').length, 0);
  await client.change(uri, 3, [
    {
      range: {
        start: range.start,
        end: { line: range.start.line, character: range.start.character + 'Ruiz said'.length },
      },
      text: 'Experts say',
    },
  ]);
  await client.diagnostics(uri, (d) => byCode(d, 'vague-attribution').length === 1);
});

test('settings are honoured without restart', async () => {
  client.settings = { severity: { 'vague-attribution': 'off' } };
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.diagnostics(uri, (d) => byCode(d, 'vague-attribution').length === 0);
  client.settings = {};
  await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  await client.diagnostics(uri, (d) => byCode(d, 'vague-attribution').length === 1);
});

test('malformed requests get errors, and the server keeps serving', async () => {
  await assert.rejects(client.conn.sendRequest('textDocument/hover', { nonsense: true }));
  assert.equal(await client.hover('file:///nowhere.article', { line: 0, character: 0 }), null);
  await assert.rejects(client.conn.sendRequest('copydesk/no-such-method', {}));
  const h = await client.hover(uri, positionOf(TEXT, TEXT.indexOf('$4.5 million') + 1));
  assert.match(h!.contents.value, /MONEY/);
  assert.equal(client.proc.exitCode, null);
});

test('a document opened without text, or changed with malformed edits, is served as well-formed text', async () => {
  const u = pathToFileURL(resolve(root, 'malformed.article')).toString();
  await client.conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri: u, languageId: 'article', version: 1 },
  });
  assert.deepEqual(await client.diagnostics(u, () => true), []);
  assert.equal(await client.hover(u, { line: 0, character: 0 }), null);
  const lenses = (await client.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: u } })) as Array<{
    command?: { title: string };
  }>;
  assert.match(lenses[0]!.command!.title, /^Copydesk — whole article: nothing to check · 0 names/);
  const text = 'Analysts believe the harbour will be the busiest on the coast.\n';
  await client.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: u, version: 2 },
    contentChanges: [
      { text: 42 },
      { range: { start: { line: 'x' } }, text: 'lost' },
      null,
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text },
    ],
  });
  const ds = await client.diagnostics(u, (d) => d.length > 0);
  assert.ok(
    ds.some((d) => d.code === 'vague-attribution'),
    'only the well-formed change was applied',
  );
  assert.equal(client.proc.exitCode, null);
});

test('`copydesk lsp --stdio` starts the same server', async () => {
  const cli = new LspClient([resolve('dist/cli.js'), 'lsp', '--stdio']);
  try {
    const init = (await cli.initialize(root)) as { serverInfo: { name: string } };
    assert.equal(init.serverInfo.name, 'copydesk');
    const u = pathToFileURL(resolve(root, 'other.article')).toString();
    await cli.open(u, 'Analysts believe the harbour will be the busiest on the coast.\n');
    const ds = await cli.diagnostics(u, (d) => d.length > 0);
    assert.ok(ds.some((d) => d.code === 'vague-attribution' || d.code === 'unattributed-assertion'));
  } finally {
    await cli.shutdown();
  }
});

test('code lens summarises the document at the top', async () => {
  const lenses = (await client.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{
    range: Diagnostic['range'];
    command?: { title: string };
  }>;
  const top = lenses.find((l) => l.range.start.line === 0);
  assert.ok(top?.command, 'a lens on the first line');
  assert.match(top!.command!.title, /^Copydesk — whole article: .*\d+ to source · \d+ names?/);
});

test('a quick fix names the source in place of the vague one', async () => {
  const ds = await client.diagnostics(uri, (d) => byCode(d, 'vague-attribution').length === 1);
  const d = byCode(ds, 'vague-attribution')[0]!;
  const actions = (await client.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: d.range,
    context: { diagnostics: [d] },
  })) as Array<{
    title: string;
    edit?: { changes: Record<string, Array<{ newText: string; range: Diagnostic['range'] }>> };
  }>;
  const fix = actions.find((a) => a.title === 'Name the source in place of “Experts”');
  assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
  const edit = fix!.edit!.changes[uri]![0]!;
  assert.equal(edit.newText, '[SOURCE]');
  assert.deepEqual(edit.range.start, positionOf(TEXT, TEXT.indexOf('Experts say')));
  assert.deepEqual(edit.range.end, positionOf(TEXT, TEXT.indexOf('Experts say') + 'Experts'.length));
});

test('a quick fix made for an earlier version is not offered once the writer has typed', async () => {
  const u = pathToFileURL(resolve(root, 'stale-fix.article')).toString();
  const text = 'Harbour notes\n\nExperts say the quay will be the busiest on the coast by next spring.\n';
  await client.open(u, text);
  const ds = await client.diagnostics(u, (d) => byCode(d, 'vague-attribution').length === 1);
  const d = byCode(ds, 'vague-attribution')[0]!;
  type Actions = Array<{ title: string; edit?: { changes: Record<string, Array<{ range: Diagnostic['range'] }>> } }>;
  const ask = async (diagnostic: Diagnostic) =>
    (
      (await client.conn.sendRequest('textDocument/codeAction', {
        textDocument: { uri: u },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) as Actions
    ).filter((a) => a.title === 'Name the source in place of “Experts”');
  assert.equal((await ask(d)).length, 1, 'offered for the version it was made for');
  // Typed in the headline: the sentence's line is as it was, but the old fix's offsets now point five characters early.
  const next = 'Harbour notes, May\n\nExperts say the quay will be the busiest on the coast by next spring.\n';
  const published = client.diagnostics(u, (p) => (p[0]?.data as { version?: number } | undefined)?.version === 2);
  await client.change(u, 2, [
    { range: { start: { line: 0, character: 13 }, end: { line: 0, character: 13 } }, text: ', May' },
  ]);
  assert.deepEqual(await ask(d), [], 'the diagnostic of the earlier version offers no edit');
  const fresh = byCode(await published, 'vague-attribution')[0]!;
  const again = await ask(fresh);
  assert.equal(again.length, 1, 'the new diagnostic offers it again');
  assert.deepEqual(again[0]!.edit!.changes[u]![0]!.range.start, positionOf(next, next.indexOf('Experts')));
});

test('a cross-reference finding carries related information, and its hover quotes and links the reference', async () => {
  const u = pathToFileURL(resolve(root, 'harbour-mismatch.article')).toString();
  const text =
    'Harbour expansion approved\n\nThe Valmora Port Authority on Monday approved a $5.4 million expansion of the north quay, its chair Ana Ruiz said.\n';
  await client.open(u, text);
  const ds = await client.diagnostics(u, (d) => byCode(d, 'number-mismatch').length > 0);
  const d = byCode(ds, 'number-mismatch')[0]!;
  assert.deepEqual(d.range.start, positionOf(text, text.indexOf('$5.4 million')));
  const rel = d.relatedInformation?.[0];
  assert.ok(rel, 'related information is attached');
  assert.match(rel!.location.uri, /references\/harbour-wire\.txt$/);
  assert.equal(rel!.location.range.start.line, 2, 'the reference sentence is on its third line');
  assert.match(rel!.message, /\$4\.5 million/);
  const h = await client.hover(u, positionOf(text, text.indexOf('$5.4 million') + 2));
  assert.ok(h);
  assert.match(h!.contents.value, /4\.5 million/, 'the hover quotes the reference');
  assert.match(h!.contents.value, /\]\(file:\/\/[^)]*harbour-wire\.txt#L3\)/, 'and links to it at that line');
  const defs = (await client.conn.sendRequest('textDocument/definition', {
    textDocument: { uri: u },
    position: positionOf(text, text.indexOf('Ana Ruiz') + 1),
  })) as Array<{ uri: string }>;
  assert.ok(
    defs.some((l) => /harbour-wire\.txt$/.test(l.uri)),
    'go to definition finds the name in the references',
  );
});
