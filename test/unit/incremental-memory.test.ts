// Caches keyed by sentences must not keep old versions of the article alive. In V8 a slice of a string keeps its whole
// parent, so a cache that stored a slice of each edited version (or a value holding one) would grow by a whole article
// per keystroke. After many edits of a long article, a heap snapshot must hold no more than a couple of strings the
// size of the article (the text being analysed), and the live heap may have grown by what the caches hold, not by a
// copy of the article per edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getHeapSnapshot, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createAnalyzer, ReferenceIndex } from '../../core/index';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ROOT = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

test('many edits of a long article do not keep its old versions alive', async () => {
  const index = new ReferenceIndex();
  for (const f of readdirSync(join(ROOT, 'examples/references')).sort())
    index.set(f, read(join('examples/references', f)));
  const base = [
    read('examples/draft.article'),
    read('test/fixtures/xref/draft-errors.txt'),
    read('test/fixtures/xref/draft-faithful.txt'),
  ].join('\n\n');
  // Numbered copies, so every paragraph is distinct text (as in a real article) and the article is two-byte (curly quotes).
  let text = Array.from({ length: 48 }, (_, i) => base.replace(/\n\n/g, `\n\nSection ${i}. `)).join('\n\n');
  const edits = 120;
  const analyzer = createAnalyzer();
  analyzer.check(text, {}, index);
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor((((i * 7919) % 997) / 997) * text.length);
    text = text.slice(0, at) + 'xyz '[i % 4] + text.slice(at);
    analyzer.check(text, {}, index);
  }
  gc();
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  const version = text.length * 2;
  const copies = await stringsSized(version);
  assert.ok(copies <= 3, `${copies} strings the size of the article are alive after ${edits} edits`);
  // Keeping every version would cost edits × version (≈ 25 MB here). The growth allowed is what the caches fill with
  // in the first edits (entries for the new sentences, a few MB) and the code V8 compiles meanwhile: the snapshot
  // above is the exact check, this one a backstop for other per-edit copies (token arrays, say).
  assert.ok(
    grown < (edits * version) / 2,
    `heap grew ${(grown / 1048576).toFixed(1)} MB over ${edits} edits of a ${(version / 1024).toFixed(0)} KB article`,
  );
});

/** How many flat strings in the heap take `bytes` give or take 5% (an article version: older ones differ by a few
 * characters). */
async function stringsSized(bytes: number): Promise<number> {
  const chunks: string[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(String(chunk));
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.snapshot.meta.node_fields;
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const stringType = snapshot.snapshot.meta.node_types[0].indexOf('string');
  let n = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (snapshot.nodes[i + type] === stringType && Math.abs(snapshot.nodes[i + size]! - bytes) < bytes * 0.05) n++;
  return n;
}
