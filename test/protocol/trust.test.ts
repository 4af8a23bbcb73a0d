// What the editor shows must never mislead and never stay silent, over the real protocol: hovers, lenses, quick fixes,
// the side-bar outline and the status notification, on the project's own ferry-terminal fixture (test/fixtures/trust).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, positionOf, type Diagnostic } from './lsp-client';
import {
  OUTLINE_REQUEST,
  RESCAN_REFERENCES_NOTIFICATION,
  STATUS_NOTIFICATION,
  type Outline,
  type StatusParams,
} from '../../server/src/protocol';

const base = mkdtempSync(join(tmpdir(), 'copydesk-trust-'));
const withRefs = join(base, 'desk');
cpSync(resolve('test/fixtures/trust'), withRefs, { recursive: true });
mkdirSync(join(base, 'loose'), { recursive: true });
const loose = join(base, 'loose');
const emptyGlobs = join(base, 'empty');
mkdirSync(emptyGlobs);
writeFileSync(join(emptyGlobs, '.copydesk.json'), JSON.stringify({ references: ['wires/**/*.txt'] }));

const TEXT = [
  'Ferry terminal approved',
  '',
  'Brenvik’s council approved a $83 million ferry terminal.',
  '',
  '“The old pier has served its time,” Lindqvist said. Mayor Tove Lindqvist spoke after the vote.',
  '',
  '“We will not let the island be cut off again,” Lindqvist told the council.',
  '',
  'Experts say the ferry could transform Brenvik’s economy.',
  '',
  'The terminal will have 6 berths.',
  '',
].join('\n');

const client = new LspClient();
const statuses: StatusParams[] = [];
client.conn.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
  statuses.push(p);
});
const ready = client.initialize(base);
after(async () => {
  await client.shutdown();
  rmSync(base, { recursive: true, force: true });
});

const uri = pathToFileURL(join(withRefs, 'draft.article')).toString();
type Lens = { range: Diagnostic['range']; command?: { title: string } };
type Action = { title: string; isPreferred?: boolean; edit?: { changes: Record<string, Array<{ newText: string }>> } };

async function statusFor(u: string, pred: (p: StatusParams) => boolean): Promise<StatusParams> {
  for (let i = 0; i < 200; i++) {
    const s = statuses.filter((p) => p.uri === u).at(-1);
    if (s && pred(s)) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(
    `no matching ${STATUS_NOTIFICATION} for ${u}: ${JSON.stringify(statuses.filter((p) => p.uri === u).at(-1))}`,
  );
}

async function opened(): Promise<Diagnostic[]> {
  await ready;
  if (!client.latest.has(uri)) await client.open(uri, TEXT);
  await statusFor(uri, (s) => !s.references.indexing && s.references.files === 2);
  return client.diagnostics(
    uri,
    (d) => d.some((x) => x.code === 'quote-misattributed') && d.some((x) => x.code === 'number-mismatch'),
  );
}

const hoverAt = async (needle: string, delta = 2) =>
  (await client.hover(uri, positionOf(TEXT, TEXT.indexOf(needle) + delta)))?.contents.value ?? '';

test('the status notification tells what the article was checked against', async () => {
  await opened();
  const s = await statusFor(uri, (p) => (p.findings['number-mismatch'] ?? 0) > 0);
  assert.equal(s.references.source, 'config-file');
  assert.equal(s.references.files, 2);
  assert.match(s.references.configFile ?? '', /desk[\\/]\.copydesk\.json$/);
  assert.equal(s.findings['quote-misattributed'], 1);
  assert.ok(s.claims.conflicting >= 2, JSON.stringify(s.claims));
});

test('with no references configured, or globs that match nothing, the status says so', async () => {
  await ready;
  const u1 = pathToFileURL(join(loose, 'story.article')).toString();
  await client.open(u1, 'Harbour news\n\nExperts say the quay will double the catch.\n');
  const none = await statusFor(u1, () => true);
  assert.equal(none.references.source, 'none');
  assert.equal(none.references.files, 0);
  assert.equal(none.references.suggestedConfigDir, base, 'a new .copydesk.json belongs at the workspace folder');
  const u2 = pathToFileURL(join(emptyGlobs, 'story.article')).toString();
  await client.open(u2, 'Harbour news\n\nExperts say the quay will double the catch.\n');
  const empty = await statusFor(u2, (p) => !p.references.indexing);
  assert.equal(empty.references.source, 'config-file');
  assert.deepEqual(empty.references.patterns, ['wires/**/*.txt']);
  assert.equal(empty.references.files, 0);
  const lenses = (await client.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: u2 } })) as Lens[];
  assert.match(lenses[0]!.command!.title, /no reference files found/);
  const outline = (await client.conn.sendRequest(OUTLINE_REQUEST, { uri: u1 })) as Outline;
  assert.match(outline.empty ?? '', /No reference articles are configured/);
  assert.match(
    ((await client.conn.sendRequest(OUTLINE_REQUEST, { uri: u2 })) as Outline).empty ?? '',
    /match no files/,
  );
  // A whole folder copied in is one "folder created" event the file watchers never report: the client asks for a rescan.
  mkdirSync(join(emptyGlobs, 'wires', 'monday'), { recursive: true });
  writeFileSync(
    join(emptyGlobs, 'wires', 'monday', 'quay.txt'),
    'Harbour quay\n\nThe harbour board said the quay would cost $4 million.\n',
  );
  await client.conn.sendNotification(RESCAN_REFERENCES_NOTIFICATION);
  const found = await statusFor(u2, (p) => !p.references.indexing && p.references.files === 1);
  assert.equal(found.references.files, 1);
});

test('a misattributed quote reads as conflicting in its hover, with one message, each passage once and each title once', async () => {
  await opened();
  const h = await hoverAt('The old pier');
  assert.match(h, /\*\*Conflicting\*\*: The references attribute this quote to .*Ekholm/);
  assert.ok(!/Corroborated/.test(h), h);
  assert.ok(!/no reference/i.test(h), h);
  assert.equal(h.split('served its time').length - 1, 1, `the passage is quoted once: ${h}`);
  // The wire's title is long: cut at a word boundary, and given once.
  const titles = h.match(/Brenvik council approves the new ferry terminal[^\]]*/g) ?? [];
  assert.equal(titles.length, 1, h);
  assert.match(titles[0]!, /…, line \d+$/);
  assert.match(titles[0]!.replace(/…, line \d+$/, ''), /\w$/, 'cut after a whole word');
});

test('a passage two references share is quoted once, and a reference without a title is named by its file', async () => {
  await opened();
  const h = await hoverAt('We will not let');
  assert.match(h, /\*\*Corroborated\*\*/);
  assert.equal(h.split('cut off again').length - 1, 1, `quoted once: ${h}`);
  assert.match(h, /\[island-daily\.txt, line \d+\]\(file:\/\/[^)]*island-daily\.txt#L\d+\)/);
  assert.ok(!/The island's new ferry terminal was approved/.test(h), 'no first sentence passed off as a title');
});

test('the top lens is the whole article, the paragraph lenses add up to it, and a name earns no "corroborated"', async () => {
  await opened();
  const lenses = (await client.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Lens[];
  const [top, ...paras] = lenses;
  assert.match(top!.command!.title, /^Copydesk — whole article: /);
  for (const l of paras) assert.match(l.command!.title, /^In this paragraph: /);
  const total = (t: string, what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(t)?.[1] ?? 0);
  for (const what of ['conflicting', 'corroborated', 'unverified', 'to source']) {
    assert.equal(
      paras.reduce((n, l) => n + total(l.command!.title, what), 0),
      total(top!.command!.title, what),
      what,
    );
  }
  const experts = paras.find((l) => l.range.start.line === positionOf(TEXT, TEXT.indexOf('Experts say')).line);
  assert.equal(experts?.command?.title, 'In this paragraph: 1 to source');
});

test('quick fixes: the reference figure first and preferred, the attribution placeholder last', async () => {
  const ds = await opened();
  const line = positionOf(TEXT, TEXT.indexOf('$83 million')).line;
  const here = ds.filter((d) => d.range.start.line === line);
  assert.ok(
    here.some((d) => d.code === 'number-mismatch') && here.some((d) => d.code === 'unattributed-assertion'),
    JSON.stringify(here.map((d) => d.code)),
  );
  const all = (await client.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: here[0]!.range,
    context: { diagnostics: here },
  })) as Action[];
  // The fixes edit the text; the verification ledger's "mark as verified / disputed" commands come after all of them.
  const actions = all.filter((a) => a.edit);
  assert.ok(
    all.slice(0, actions.length).every((a) => a.edit),
    all.map((a) => a.title).join(' | '),
  );
  assert.match(actions[0]!.title, /reference's figure: \$38 million/);
  assert.equal(actions[0]!.isPreferred, true);
  assert.equal(actions.at(-1)!.title, 'Insert attribution placeholder');
  assert.equal(actions.filter((a) => a.isPreferred).length, 1);
  // Where a reference gives the figure's source, that attribution comes before the placeholder.
  const berths = ds.find(
    (d) =>
      d.code === 'unattributed-assertion' && d.range.start.line === positionOf(TEXT, TEXT.indexOf('6 berths')).line,
  )!;
  const more = (
    (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: berths.range,
      context: { diagnostics: [berths] },
    })) as Action[]
  ).filter((a) => a.edit);
  assert.deepEqual(
    more.map((a) => a.title),
    ['Attribute to the port authority, as the reference does', 'Insert attribution placeholder'],
  );
});

test('the side-bar outline: claims grouped by status with lines, names on their own, nothing twice', async () => {
  await opened();
  const o = (await client.conn.sendRequest(OUTLINE_REQUEST, { uri })) as Outline;
  assert.equal(o.empty, undefined);
  const ids = o.groups.map((g) => g.id);
  assert.deepEqual(
    ids.filter((id) => id !== 'unverified'),
    ['conflicting', 'corroborated', 'unsourced', 'names'],
  );
  const conflicting = o.groups.find((g) => g.id === 'conflicting')!;
  assert.ok(
    conflicting.items.some((i) => /old pier/.test(i.label) && /^quote · line 5$/.test(i.detail)),
    JSON.stringify(conflicting.items),
  );
  assert.ok(conflicting.items.some((i) => i.label === '$83 million' && i.detail === 'figure · line 3'));
  const claims = o.groups.filter((g) => g.id !== 'names' && g.id !== 'unsourced').flatMap((g) => g.items);
  assert.equal(new Set(claims.map((i) => `${i.line}:${i.character}`)).size, claims.length, 'each claim once');
  const names = o.groups.find((g) => g.id === 'names')!.items;
  assert.equal(names.filter((n) => /Lindqvist/.test(n.label)).length, 1, JSON.stringify(names));
  assert.ok(!claims.some((c) => names.some((n) => n.label === c.label)), 'names are not claims');
});

test('when the references finish indexing, an editor that can refresh lenses is told to', async () => {
  const c = new LspClient();
  let refreshed = 0;
  c.conn.onRequest('workspace/codeLens/refresh', () => {
    refreshed++;
    return null;
  });
  try {
    await c.initialize(withRefs, undefined, { codeLens: { refreshSupport: true } });
    const u = pathToFileURL(join(withRefs, 'other.article')).toString();
    await c.open(u, TEXT);
    await c.diagnostics(u, (d) => d.some((x) => x.code === 'number-mismatch'));
    for (let i = 0; i < 100 && !refreshed; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(refreshed > 0, 'workspace/codeLens/refresh after indexing');
  } finally {
    await c.shutdown();
  }
});
