// `copydesk annotate --format json` keeps the contract the evaluation scorers read (see README "JSON output").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { main } from '../../cli/main';

const FILE = 'test/fixtures/articles/harbour.article';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (s) => (out += s), err: (s) => (err += s), isTTY: false });
  return { code, out, err };
}

test('annotate --format json follows the contract', async () => {
  const text = readFileSync(FILE, 'utf8');
  const { code, out } = await run(['annotate', '--format', 'json', FILE]);
  assert.equal(code, 0);
  const data = JSON.parse(out) as { files: Array<Record<string, unknown>> };
  assert.equal(data.files.length, 1);
  const doc = data.files[0]!;
  assert.equal(doc.file, FILE);
  const inText = (x: { start: number; end: number; text?: string }) => {
    assert.ok(
      Number.isInteger(x.start) && Number.isInteger(x.end) && 0 <= x.start && x.start < x.end && x.end <= text.length,
    );
  };
  for (const e of doc.entities as Array<{ text: string; type: string; start: number; end: number }>) {
    inText(e);
    assert.equal(text.slice(e.start, e.end), e.text);
    assert.ok(['PERSON', 'ORG', 'PLACE', 'MISC', 'EVENT'].includes(e.type));
  }
  for (const q of doc.quantities as Array<{
    text: string;
    kind: string;
    start: number;
    end: number;
    value?: number;
    unit?: string;
  }>) {
    inText(q);
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(['MONEY', 'PERCENT', 'COUNT', 'DATE', 'ORDINAL', 'MEASURE'].includes(q.kind));
    if (q.value !== undefined) assert.equal(typeof q.value, 'number');
    if (q.kind === 'MONEY' && q.unit) assert.match(q.unit, /^[A-Z]{3}$/);
  }
  for (const a of doc.assertions as Array<{ start: number; end: number; status: string; source?: string }>) {
    inText(a);
    assert.ok(['attributed', 'vague', 'unattributed'].includes(a.status));
    if (a.source !== undefined) assert.equal(typeof a.source, 'string');
  }
  const money = (doc.quantities as Array<{ text: string; value?: number }>).find((q) => q.text.includes('4.5 million'));
  assert.equal(money?.value, 4_500_000);
});

test('check --format json lists diagnostics with offsets and ranges', async () => {
  const { code, out } = await run(['check', '--format', 'json', FILE]);
  assert.ok(code === 0 || code === 1);
  const data = JSON.parse(out) as { files: Array<{ file: string; diagnostics: Array<Record<string, unknown>> }> };
  assert.equal(data.files[0]!.file, FILE);
  for (const d of data.files[0]!.diagnostics) {
    assert.equal(typeof d.code, 'string');
    assert.ok(['error', 'warning', 'info', 'hint'].includes(d.severity as string));
    assert.equal(typeof d.start, 'number');
    assert.ok(d.range);
  }
});

test('usage errors exit with 2 and say why', async () => {
  const r = await run(['annotate']);
  assert.equal(r.code, 2);
  assert.match(r.err, /needs at least one FILE/);
  const u = await run(['frobnicate']);
  assert.equal(u.code, 2);
  assert.match(u.err, /unknown command/);
});
