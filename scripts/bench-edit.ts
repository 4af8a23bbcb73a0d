// Per-edit cost of the analysis core, in process (no LSP): bench-lsp.mjs's 5,000-word article (distinct GUM news when
// ../shared is beside the repository, else the project's own drafts repeated), with the example references, typed into
// one character at a time in the middle. Caches on is the editor's case: one full check first, as the server does when
// a file opens, and no other warm-up. Caches off is a whole fresh analysis per edit. Prints CPU and wall ms per check
// and the machine's load. For working on speed; bench-lsp.mjs has the user's figures.
// Usage: node --import tsx scripts/bench-edit.ts [edits] [on] [sentence]
//   on: the caches-on check alone (for profiling); sentence: type bench-lsp.mjs's sentence at the start of a paragraph
//   in the middle instead of letters into a sentence there (the sentence being typed has no full stop for 96 edits).
import { loadavg } from 'node:os';
import { createAnalyzer } from '../core/index';
import { annotateText } from '../core/pipeline';
import { benchArticle, cpuMs, exampleReferences } from './lib/bench-edit-setup';

const EDITS = Number(process.argv[2] ?? 100);
const ONLY_ON = process.argv.slice(3).includes('on');
const SENTENCE = process.argv.slice(3).includes('sentence');
const TYPED = SENTENCE
  ? 'The council will meet again on Friday, the mayor said, and 12 residents spoke against the plan. '
  : 'abcdefghij ';

const { article, words, source } = benchArticle();
const index = exampleReferences();

/** Types EDITS characters into the middle of a fresh copy of the article after one untimed first call. */
function typed(f: (text: string) => void): { cpu: number; wall: number } {
  let text = article;
  const mid = SENTENCE ? text.indexOf('\n\n', Math.floor(text.length / 2)) + 2 : Math.floor(text.length / 2);
  f(text);
  let cpu = 0;
  let wall = 0;
  for (let i = 0; i < EDITS; i++) {
    text = text.slice(0, mid + i) + TYPED[i % TYPED.length] + text.slice(mid + i);
    const c0 = cpuMs();
    const t0 = performance.now();
    f(text);
    wall += performance.now() - t0;
    cpu += cpuMs() - c0;
  }
  return { cpu: cpu / EDITS, wall: wall / EDITS };
}

function run(label: string, caches: boolean): void {
  const checks = createAnalyzer({ caches });
  const all = typed((t) => checks.check(t, {}, index));
  if (ONLY_ON) {
    console.log(`${label.padEnd(11)} check ${all.cpu.toFixed(1)} ms CPU (${all.wall.toFixed(1)} wall) per edit`);
    return;
  }
  const annotates = createAnalyzer({ caches });
  const ann = typed((t) => annotates.run(() => annotateText(t)));
  console.log(
    `${label.padEnd(11)} check ${all.cpu.toFixed(1)} ms CPU (${all.wall.toFixed(1)} wall) per edit   ` +
      `annotate alone ${ann.cpu.toFixed(1)} ms CPU (${ann.wall.toFixed(1)} wall)`,
  );
}

console.log(
  `${words} words of ${source}, ` +
    `${EDITS} edits${SENTENCE ? ' (a sentence typed)' : ''}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
run('caches on', true);
if (!ONLY_ON) run('caches off', false);
