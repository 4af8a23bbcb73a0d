// Per-edit cost of the analysis core, in process (no LSP): the 5,000-word article of bench-lsp.mjs with the example
// references, typed into one character at a time in the middle, with caches warm (as in the editor) and off (a whole
// fresh analysis). Prints ms per check and where it goes. For working on speed; bench-lsp.mjs has the user's figures.
// Usage: node --import tsx scripts/bench-edit.ts [edits]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAnalyzer, ReferenceIndex, type Analyzer } from '../core/index';
import { annotateText } from '../core/pipeline';

const ROOT = resolve(import.meta.dirname, '..');
const EDITS = Number(process.argv[2] ?? 100);

function paragraphs(): string[] {
  const files = [
    'examples/draft.article',
    'test/editors/fixtures/draft.article',
    ...readdirSync(join(ROOT, 'test/fixtures/articles')).map((f) => `test/fixtures/articles/${f}`),
  ];
  const out: string[] = [];
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue;
    const body = readFileSync(join(ROOT, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const p of body.split(/\n\s*\n/).map((s) => s.trim())) if (p.split(/\s+/).length >= 8) out.push(p);
  }
  return out;
}

const paras = paragraphs();
const lines = ['Bench desk: a long day of council, court and market news', ''];
for (let i = 0, words = 0; words < 5000; i++) {
  lines.push(paras[i % paras.length]!, '');
  words += paras[i % paras.length]!.split(/\s+/).length;
}
let text = lines.join('\n');
const index = new ReferenceIndex();
for (const f of readdirSync(join(ROOT, 'examples/references')))
  index.set(f, readFileSync(join(ROOT, 'examples/references', f), 'utf8'));

const mid = Math.floor(text.length / 2);
function timed(f: () => void): number {
  for (let i = 0; i < 10; i++) f(); // warm the JIT (and the caches)
  let total = 0;
  for (let i = 0; i < EDITS; i++) {
    text = text.slice(0, mid + i) + 'abcdefghij '[i % 11] + text.slice(mid + i);
    const t0 = performance.now();
    f();
    total += performance.now() - t0;
  }
  text = text.slice(0, mid) + text.slice(mid + EDITS);
  return total / EDITS;
}
function run(label: string, memo: boolean): void {
  const analyzer: Analyzer = createAnalyzer({ caches: memo });
  const all = timed(() => analyzer.check(text, {}, index));
  const ann = timed(() => analyzer.run(() => annotateText(text)));
  console.log(`${label.padEnd(12)} check ${all.toFixed(1)} ms/edit   annotate alone ${ann.toFixed(1)} ms/edit`);
}
console.log(
  `${text.split(/\s+/).length} words, ${createAnalyzer().check(text, {}, index).findings.length} findings, ${EDITS} edits`,
);
run('caches off', false);
run('caches on', true);
