// Bytes allocated and promoted per edit, in process, under the server's V8 settings (server/src/jit.ts, heap.ts, and
// limitYoungGeneration after each check): bench-edit-phases.ts's opening, whole article and typed sentence. The
// process runs itself again under V8's --trace-gc-nvp and sums, over the collections between a full collection before
// the first edit and one after the last, each collection's `allocated` (bytes allocated since the collection before)
// and each scavenge's `promoted`; it prints them per edit with the scavenges' and the full collections' counts and
// pauses, and the CPU per edit. As in the server, the previous check's result is alive while the next one runs unless
// `drop` is given. COPYDESK_BENCH_CORE=<path of a built core.js> (e.g. another worktree's dist/core.js) measures that
// build's analyser instead of this tree's sources, for comparing builds side by side.
// Usage: node --import tsx scripts/bench-edit-alloc.ts [edits] [drop]
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { getHeapSpaceStatistics } from 'node:v8';
import { createAnalyzer as sourceAnalyzer } from '../core/index';
import { limitYoungGeneration, releaseGarbage, tuneHeapForEditing } from '../server/src/heap';
import { tuneCompilerForEditing } from '../server/src/jit';
import { openingOf } from '../server/src/opening';
import { benchArticle, cpuMs, exampleReferences } from './lib/bench-edit-setup';

const EDITS = Math.max(1, Number(process.argv[2] ?? 100));
const DROP = process.argv.slice(3).includes('drop');
const START = '@@alloc-start';
const END = '@@alloc-end';

if (process.env.COPYDESK_ALLOC_CHILD) child();
else parent();

function parent(): void {
  const run = spawnSync(
    process.execPath,
    ['--trace-gc-nvp', '--import', 'tsx', process.argv[1]!, ...process.argv.slice(2)],
    { env: { ...process.env, COPYDESK_ALLOC_CHILD: '1' }, encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(run.status ?? 1);
  }
  const lines = run.stdout.split('\n');
  const from = lines.indexOf(START);
  const to = lines.indexOf(END);
  let allocated = 0;
  let promoted = 0;
  let scavenges = 0;
  let fulls = 0;
  let scavengePause = 0;
  let fullPause = 0;
  const num = (line: string, key: string) => Number(new RegExp(`\\b${key}=([\\d.]+)`).exec(line)?.[1] ?? 0);
  const gcs = lines.slice(from + 1, to).filter((l) => / gc=/.test(l));
  gcs.forEach((line, i) => {
    allocated += num(line, 'allocated');
    if (i === gcs.length - 1) return; // the closing full collection counts for its allocation only
    const kind = / gc=(\S+)/.exec(line)![1];
    if (kind === 's') {
      scavenges++;
      promoted += num(line, 'promoted');
      scavengePause += num(line, 'pause');
    } else if (kind === 'mc' || kind === 'ms') {
      fulls++;
      fullPause += num(line, 'pause');
    }
  });
  const report = lines.slice(to + 1).filter((l) => l && !/^\[\d+:/.test(l));
  console.log(
    `${EDITS} edits${DROP ? ', previous result dropped' : ''}, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n` +
      `allocated ${(allocated / EDITS / 1048576).toFixed(3)} MB/edit, promoted ${(promoted / EDITS / 1024).toFixed(1)} KB/edit; ` +
      `${scavenges} scavenges (${scavengePause.toFixed(0)} ms), ${fulls} full collections (${fullPause.toFixed(0)} ms); ` +
      report.join(' '),
  );
}

function child(): void {
  const TYPED = 'The council will meet again on Friday, the mayor said, and 12 residents spoke against the plan. ';
  tuneCompilerForEditing();
  tuneHeapForEditing();
  const { article } = benchArticle();
  const index = exampleReferences();
  const built = process.env.COPYDESK_BENCH_CORE;
  const createAnalyzer: typeof sourceAnalyzer = built ? require(built).createAnalyzer : sourceAnalyzer;
  const analyzer = createAnalyzer();
  const opening = openingOf(article);
  if (opening) analyzer.check(article.slice(0, opening.end), {}, index);
  let result: unknown = analyzer.check(article, {}, index);
  limitYoungGeneration();
  let text = article;
  const at = text.indexOf('\n\n', Math.floor(text.length / 2)) + 2;
  releaseGarbage();
  process.stdout.write(`${START}\n`);
  const c0 = cpuMs();
  for (let i = 0; i < EDITS; i++) {
    text = text.slice(0, at + i) + TYPED[i % TYPED.length] + text.slice(at + i);
    if (DROP) result = undefined;
    result = analyzer.check(text, {}, index);
    limitYoungGeneration();
  }
  const cpu = cpuMs() - c0;
  releaseGarbage();
  process.stdout.write(`${END}\n`);
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
  process.stdout.write(
    `young generation ${(young / 1048576).toFixed(0)} MB; CPU ${(cpu / EDITS).toFixed(2)} ms/edit${result ? '' : ' (no result)'}\n`,
  );
}
