// The verification ledger end to end: the bundled server offers "mark as verified" on a figure, writes the record when
// the command runs, and every view follows (diagnostics, hover, lenses, side bar); the CLI reads the same file
// (`copydesk check` and `copydesk ledger`), the record lapses when the claim's words change, and --prune removes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, positionOf, type Diagnostic } from './lsp-client';
import { tempDir } from '../cli/helpers';

const CLI = resolve('dist/cli.js');
const REF =
  'Harbour board sets levy\n\nThe Lindholm harbour board approved a levy of $2.3 million on Monday, its chair Ana Ruiz said after the vote.\n';
const ARTICLE =
  'Harbour levy approved\n\nThe Lindholm harbour board approved a levy of $3.2 million on Monday, chair Ana Ruiz said.\n\nThe board also hired 45 new pilots for the winter season, Ruiz said.\n';

interface Action {
  title: string;
  command?: { command: string; arguments?: unknown[] };
}

function newsroom(t: { after: (fn: () => void) => void }): string {
  const dir = tempDir(t, 'copydesk-ledger-');
  mkdirSync(join(dir, 'refs'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'refs', 'wire.md'), REF);
  writeFileSync(join(dir, 'articles', 'levy.md'), ARTICLE);
  writeFileSync(join(dir, '.copydesk.json'), '{ "references": ["refs"], "articleDate": "2025-03-05" }\n');
  return dir;
}

function cli(dir: string, args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, COPYDESK_CACHE_DIR: join(dir, '.cache') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const codesAt = (ds: Diagnostic[], text: string, word: string) =>
  ds
    .filter(
      (d) =>
        d.range.start.line === positionOf(text, text.indexOf(word)).line &&
        d.range.start.character === positionOf(text, text.indexOf(word)).character,
    )
    .map((d) => d.code);

test('ledger round trip: code action, command, every view, then the CLI', { timeout: 120_000 }, async (t) => {
  const dir = newsroom(t);
  const uri = pathToFileURL(join(dir, 'articles', 'levy.md')).toString();
  const client = new LspClient();
  t.after(() => client.shutdown());
  client.settings = { checkerName: 'Ana Checker' };
  await client.initialize(dir, { settings: { checkerName: 'Ana Checker' } });
  await client.open(uri, ARTICLE);
  const ready = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'number-mismatch'), 30_000);
  assert.deepEqual(codesAt(ready, ARTICLE, '45'), ['unverified-claim']);

  // The code action under the cursor on "45": verified and disputed, with no prompt (not VS Code's client).
  const at = positionOf(ARTICLE, ARTICLE.indexOf('45') + 1);
  const actions = (await client.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: at, end: at },
    context: { diagnostics: [] },
  })) as Action[];
  const verify = actions.find((a) => /mark “45” as verified$/.test(a.title));
  assert.ok(verify, actions.map((a) => a.title).join(' | '));
  assert.equal(verify!.command!.command, 'copydesk.ledger.record');
  assert.ok(actions.some((a) => /mark “45” as disputed$/.test(a.title)));

  // Running it (as an editor does) writes the record; the unverified-claim goes.
  const record = (await client.conn.sendRequest('workspace/executeCommand', {
    command: verify!.command!.command,
    arguments: [{ ...(verify!.command!.arguments![0] as object), note: 'confirmed with the harbour office' }],
  })) as { fingerprint: string; by: string };
  assert.equal(record.by, 'Ana Checker');
  const after = await client.diagnostics(
    uri,
    (d) => !codesAt(d, ARTICLE, '45').includes('unverified-claim') && d.some((x) => x.code === 'number-mismatch'),
    30_000,
  );
  assert.deepEqual(codesAt(after, ARTICLE, '45'), []);
  const line = readFileSync(join(dir, '.copydesk', 'ledger.jsonl'), 'utf8');
  assert.match(
    line,
    /^\{"fingerprint":"[0-9a-f]{32}","verdict":"verified","kind":"quantity","claim":"45","sentence":"The board also hired 45 new pilots for the winter season, Ruiz said\.","file":"articles\/levy\.md","by":"Ana Checker","date":"\d{4}-\d\d-\d\d","note":"confirmed with the harbour office"\}\n$/,
  );

  // Hover, lens and side bar say so.
  const hover = (await client.hover(uri, at)) as { contents: { value: string } };
  assert.match(
    hover.contents.value,
    /\*\*Verified\*\* by Ana Checker on \d{4}-\d\d-\d\d: confirmed with the harbour office/,
  );
  const lenses = (await client.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{
    command?: { title: string };
  }>;
  assert.ok(
    lenses.some((l) => /1 verified/.test(l.command?.title ?? '')),
    lenses.map((l) => l.command?.title).join(' | '),
  );
  const outline = (await client.conn.sendRequest('copydesk/outline', { uri })) as {
    groups: Array<{ id: string; items: Array<{ label: string }> }>;
  };
  const p45 = positionOf(ARTICLE, ARTICLE.indexOf('45'));
  assert.deepEqual(
    outline.groups.find((g) => g.id === 'verified')?.items.find((c) => c.label === '45'),
    {
      label: '45',
      detail: `figure · line ${p45.line + 1}`,
      line: p45.line,
      character: p45.character,
      status: 'verified',
      tooltip: `verified by Ana Checker on ${JSON.parse(line).date}: confirmed with the harbour office`,
    },
  );

  // Verifying the conflicting figure accepts the passage the checker saw: no mismatch any more.
  const at2 = positionOf(ARTICLE, ARTICLE.indexOf('$3.2 million') + 2);
  const actions2 = (await client.conn.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: { start: at2, end: at2 },
    context: { diagnostics: [] },
  })) as Action[];
  const verify2 = actions2.find((a) => /mark “\$3\.2 million” as verified$/.test(a.title))!;
  await client.conn.sendRequest('workspace/executeCommand', {
    command: verify2.command!.command,
    arguments: verify2.command!.arguments,
  });
  await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'number-mismatch'), 30_000);
  const records = readFileSync(join(dir, '.copydesk', 'ledger.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.match(
    records.find((r) => r.claim === '$3.2 million')?.seen?.[0] ?? '',
    /^[0-9a-f]{32}$/,
    'the passage the checker saw is recorded',
  );

  // The CLI reads the same ledger: nothing left on either figure; `copydesk ledger` lists both records.
  const json = JSON.parse(cli(dir, ['check', '-f', 'json', 'articles']).out);
  const codes = json.files[0].diagnostics.map((d: { code: string; start: number }) => `${d.code}@${d.start}`);
  assert.ok(
    !codes.includes(`unverified-claim@${ARTICLE.indexOf('45')}`) &&
      !codes.some((c: string) => c.startsWith('number-mismatch')),
    codes.join(' '),
  );
  assert.deepEqual(
    json.files[0].claims
      .filter((c: { status: string }) => c.status === 'verified')
      .map((c: { text: string }) => c.text),
    ['$3.2 million', '45'],
  );
  const listed = cli(dir, ['ledger']);
  assert.equal(listed.code, 0, listed.err);
  assert.match(
    listed.out,
    /^articles\/levy\.md\n {2}verified +“\$3\.2 million” by Ana Checker on \d{4}-\d\d-\d\d\n {2}verified +“45” by Ana Checker on [\d-]+: confirmed with the harbour office\n2 records \(2 verified, 0 disputed\) in \.copydesk\/ledger\.jsonl\n$/,
  );
  assert.equal(JSON.parse(cli(dir, ['ledger', '-f', 'json']).out).records.length, 2);

  // The wire copy is corrected later, to a figure that still disagrees: a passage the checker had not seen, so it is
  // reported, naming the record.
  writeFileSync(join(dir, 'refs', 'wire.md'), REF.replace('$2.3 million', '$4.1 million'));
  const late = JSON.parse(cli(dir, ['check', '-f', 'json', 'articles']).out).files[0].diagnostics.find(
    (d: { code: string }) => d.code === 'verified-claim-contradicted',
  );
  assert.ok(late, 'the new contradiction is reported');
  assert.match(
    late.message,
    /^Verified by Ana Checker on [\d-]+ — but a reference disagrees: Figure \$3\.2 million disagrees with the reference, which has \$4\.1 million/,
  );
  assert.deepEqual(
    late.related.map((r: { file: string }) => r.file),
    ['refs/wire.md'],
  );
  writeFileSync(join(dir, 'refs', 'wire.md'), REF);

  // Edits elsewhere keep the records; rewording the claim's sentence lets its record lapse, and --prune removes it.
  const edited = ARTICLE.replace('Harbour levy approved', 'Harbour levy approved after a long night').replace(
    'for the winter season',
    'for the spring season',
  );
  writeFileSync(join(dir, 'articles', 'levy.md'), edited);
  const again = JSON.parse(cli(dir, ['check', '-f', 'json', 'articles']).out).files[0];
  assert.ok(
    again.diagnostics.some(
      (d: { code: string; start: number }) => d.code === 'unverified-claim' && d.start === edited.indexOf('45'),
    ),
    'the reworded claim is unverified again',
  );
  assert.ok(
    again.claims.some((c: { text: string; ledger?: unknown }) => c.text === '$3.2 million' && c.ledger),
    'the other record still holds',
  );
  const pruned = cli(dir, ['ledger', '--prune']);
  assert.equal(pruned.code, 0, pruned.err);
  assert.match(pruned.out, /^removed +verified +“45” \(articles\/levy\.md\)/);
  assert.match(pruned.out, /1 record \(1 verified, 0 disputed\)/);
  assert.equal(
    readFileSync(join(dir, '.copydesk', 'ledger.jsonl'), 'utf8')
      .trim()
      .split('\n').length,
    1,
  );
});

test(
  'VS Code asks for a note first; disputed claims are reported; a broken ledger line is named and nothing is rewritten',
  { timeout: 120_000 },
  async (t) => {
    const dir = newsroom(t);
    const uri = pathToFileURL(join(dir, 'articles', 'levy.md')).toString();
    const client = new LspClient();
    t.after(() => client.shutdown());
    await client.initialize(dir, { ledgerPrompt: true });
    await client.open(uri, ARTICLE);
    await client.diagnostics(uri, (d) => d.some((x) => x.code === 'number-mismatch'), 30_000);
    const at = positionOf(ARTICLE, ARTICLE.indexOf('Ana Ruiz') + 1);
    const actions = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at, end: at },
      context: { diagnostics: [] },
    })) as Action[];
    const dispute = actions.find((a) => /mark “Ana Ruiz” as disputed…$/.test(a.title));
    assert.ok(dispute, actions.map((a) => a.title).join(' | '));
    assert.equal(dispute!.command!.command, 'copydesk.markClaim', 'the client command that opens the input box');
    // What copydesk.markClaim sends once the note is typed:
    await client.conn.sendRequest('workspace/executeCommand', {
      command: 'copydesk.ledger.record',
      arguments: [{ ...(dispute!.command!.arguments![0] as object), note: 'she left the board in January' }],
    });
    const ds = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'disputed-claim'), 30_000);
    const disputed = ds.find((x) => x.code === 'disputed-claim')!;
    assert.match(disputed.message, /^Disputed by .+ on \d{4}-\d\d-\d\d: she left the board in January\.$/);
    assert.deepEqual(disputed.range.start, positionOf(ARTICLE, ARTICLE.indexOf('Ana Ruiz')));

    // A merge left a conflict marker: named with its line, on the article and by the CLI (exit 2); no write happens.
    const path = join(dir, '.copydesk', 'ledger.jsonl');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, `<<<<<<< HEAD\n${good}=======\n>>>>>>> other\n`);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(path).toString(), type: 2 }],
    });
    const broken = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'config-error'), 30_000);
    assert.match(
      broken.find((x) => x.code === 'config-error')!.message,
      /ledger\.jsonl:1: not a ledger record \(a merge conflict marker\), skipped/,
    );
    assert.ok(
      broken.some((x) => x.code === 'disputed-claim'),
      'the good line still applies',
    );
    const r = cli(dir, ['check', 'articles/levy.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /ledger\.jsonl:3: not a ledger record \(a merge conflict marker\), skipped/);
    const at2 = positionOf(ARTICLE, ARTICLE.indexOf('45') + 1);
    const actions2 = (await client.conn.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: at2, end: at2 },
      context: { diagnostics: [] },
    })) as Action[];
    const verify = actions2.find((a) => /as verified…$/.test(a.title))!;
    await client.conn.sendRequest('workspace/executeCommand', {
      command: 'copydesk.ledger.record',
      arguments: verify.command!.arguments,
    });
    assert.equal(
      readFileSync(path, 'utf8'),
      `<<<<<<< HEAD\n${good}=======\n>>>>>>> other\n`,
      'the file is left as the user wrote it',
    );
    assert.ok(
      client.shown.some((m) => /line 1, 3, 4 are not a ledger record; fix them first/.test(m)),
      client.shown.join(' | '),
    );
  },
);
