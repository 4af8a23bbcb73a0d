// An article's first edits as the language server runs them, in process: its V8 settings (server/src/jit.ts), the
// opening of bench-lsp.mjs's 5,000-word article checked first and then the whole (server/src/opening.ts), then
// bench-lsp.mjs's sentence typed one character at a time at the start of a paragraph in the middle. Prints the CPU
// time per edit (all threads: the optimising compiler runs on its own) over edits 1-10, 11-50, 51-100 and 101 on,
// since the first edits cost most while V8 is still compiling. For comparing compiler settings or builds: run it
// interleaved with `default` (V8's own settings), several times each, with the machine's load printed.
// Usage: node --import tsx scripts/bench-edit-phases.ts [edits] [default]
import { loadavg } from 'node:os';
import { createAnalyzer } from '../core/index';
import { tuneCompilerForEditing } from '../server/src/jit';
import { openingOf } from '../server/src/opening';
import { benchArticle, cpuMs, exampleReferences } from './lib/bench-edit-setup';

const EDITS = Math.max(100, Number(process.argv[2] ?? 200));
const DEFAULT_V8 = process.argv.slice(3).includes('default');
const TYPED = 'The council will meet again on Friday, the mayor said, and 12 residents spoke against the plan. ';
const PHASES = [...new Set([0, 10, 50, 100, EDITS])];

if (!DEFAULT_V8) tuneCompilerForEditing();
const { article, words } = benchArticle();
const index = exampleReferences();

const analyzer = createAnalyzer();
const opening = openingOf(article);
if (opening) analyzer.check(article.slice(0, opening.end), {}, index);
const w0 = cpuMs();
analyzer.check(article, {}, index);
const wholeCpu = cpuMs() - w0;

let text = article;
const at = text.indexOf('\n\n', Math.floor(text.length / 2)) + 2;
const marks: number[] = [];
const walls: number[] = [];
for (let i = 0; i < EDITS; i++) {
  if (PHASES.includes(i)) marks.push(cpuMs());
  text = text.slice(0, at + i) + TYPED[i % TYPED.length] + text.slice(at + i);
  const t0 = performance.now();
  analyzer.check(text, {}, index);
  walls.push(performance.now() - t0);
}
marks.push(cpuMs());

const phases = PHASES.slice(1).map((end, k) => {
  const start = PHASES[k]!;
  return `${start + 1}-${end} ${((marks[k + 1]! - marks[k]!) / (end - start)).toFixed(1)}`;
});
const first = walls.slice(0, 100).sort((a, b) => a - b);
console.log(
  `${words} words, ${DEFAULT_V8 ? "V8's default settings" : "the server's V8 settings"}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n` +
    `whole article after its opening ${wholeCpu.toFixed(0)} ms CPU; CPU ms per edit, edits ${phases.join(', ')}; ` +
    `wall over edits 1-100: p50 ${first[50]!.toFixed(1)} p95 ${first[95]!.toFixed(1)} ms`,
);
