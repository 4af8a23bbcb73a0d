// Caches keyed by sentences must not keep old versions of the article alive. In V8 a slice of a string keeps its whole
// parent, so a cache that stored a slice of each edited version (or a value holding one) would grow by a whole article
// per keystroke. After many edits of a long article, the live heap may only have grown by what the new sentences cost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createAnalyzer, ReferenceIndex } from '../../core/index';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ROOT = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

test('many edits of a long article do not keep its old versions alive', () => {
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
  // Keeping every version would cost edits × version (≈ 25 MB here); allow what new sentences' entries cost.
  assert.ok(
    grown < (edits * version) / 3,
    `heap grew ${(grown / 1048576).toFixed(1)} MB over ${edits} edits of a ${(version / 1024).toFixed(0)} KB article`,
  );
});
