// Annotation speed: Copydesk's pipeline vs a compromise-only pipeline, on the same ≥ 2 MB of news-like text, one core.
// Prints MB/s for each and their ratio. Run: npm run bench  (builds first).
import { createRequire } from 'node:module';
import { newsText } from './lib/news-text.mjs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compromiseOnly } from './lib/compromise-only.mjs';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');
// One analyser for the run, as an editor session or a batch has (its caches on).
const analyzer = core.createAnalyzer();

const articles = newsText(Number(process.env.BENCH_BYTES ?? 2.5 * 1024 * 1024));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);

function time(label, fn, limitMs) {
  for (const a of articles.slice(0, 20)) fn(a); // warm up the JIT
  const t0 = performance.now();
  let done = 0;
  let doneBytes = 0;
  for (const a of articles) {
    fn(a);
    done++;
    doneBytes += Buffer.byteLength(a);
    if (limitMs && performance.now() - t0 > limitMs) break;
  }
  const s = (performance.now() - t0) / 1000;
  const mbps = doneBytes / 1048576 / s;
  console.log(
    `${label.padEnd(22)} ${(doneBytes / 1048576).toFixed(2)} MB in ${s.toFixed(2)} s  = ${mbps.toFixed(2)} MB/s  (${((s * 1000) / done).toFixed(2)} ms/article)`,
  );
  return mbps;
}

// The generated text should look like news to the annotator: print its density beside real coverage's.
function density(texts) {
  let dates = 0,
    figures = 0,
    names = 0,
    chars = 0;
  for (const t of texts) {
    const a = analyzer.annotate(t);
    dates += a.quantities.filter((q) => q.kind === 'DATE').length;
    figures += a.quantities.length;
    names += a.entities.length;
    chars += t.length;
  }
  const k = chars / 1000;
  return `${(dates / k).toFixed(1)} dates, ${(figures / k).toFixed(1)} quantities, ${(names / k).toFixed(1)} entities per 1,000 chars`;
}

console.log(
  `corpus: ${articles.length} generated articles, ${(bytes / 1048576).toFixed(2)} MB, node ${process.version}, one thread`,
);
console.log(`density: ${density(articles.slice(0, 200))}`);
const realDir = new URL('../../shared/eval/gum-news/docs/', import.meta.url);
const real = existsSync(realDir) ? readdirSync(realDir).map((f) => readFileSync(new URL(f, realDir), 'utf8')) : [];
if (real.length) console.log(`density of real news (GUM Wikinews, ../shared): ${density(real)}`);
// Sentences the core has seen are served from its caches (as when the CLI meets boilerplate again); the generated
// articles share template sentences, so the uncached figure is printed too, and the lower one is held to the target.
const cached = time('copydesk annotate', (t) => analyzer.annotate(t));
const uncachedAnalyzer = core.createAnalyzer({ caches: false });
const uncached = time('  same, caches off', (t) => uncachedAnalyzer.annotate(t));
if (real.length) {
  // Real articles, repeated to ≥ 2 MB, caches off (a repeat would be served from them): the figure that matters.
  const reps = Math.ceil((2 * 1048576) / real.reduce((n, t) => n + Buffer.byteLength(t), 0));
  const saved = articles.splice(0, articles.length, ...Array.from({ length: reps }, () => real).flat());
  time('copydesk on real news', (t) => uncachedAnalyzer.annotate(t));
  articles.splice(0, articles.length, ...saved);
}
const ours = Math.min(cached, uncached);
const theirs = time('compromise-only', compromiseOnly, 30000);
console.log(`ratio: copydesk is ${(ours / theirs).toFixed(1)}× the compromise-only pipeline's throughput`);
console.log(ours >= 1 ? 'target ≥ 1 MB/s: met' : 'target ≥ 1 MB/s: NOT met');

// Cold runs are what CI does: one `copydesk annotate` process over many files of distinct real text, against one
// compromise-only process over the same files (../shared: GUM's 132 attribution documents, which hold the kit's
// gum-news ones, and those of GUM's other documents not among them, rebuilt from their CoNLL-U sentences). Each
// process starts from nothing (module load, model decode, JIT) and meets every sentence once.
const shared = new URL('../../shared/train/', import.meta.url);
const coldDir = mkdtempSync(`${tmpdir()}/copydesk-bench-cold-`);
const seen = new Set();
const files = [];
function keep(name, text) {
  // The same document under both sets' names (64 GUM documents are in both) counts once.
  const h = createHash('sha1').update(text).digest('hex');
  if (seen.has(h) || seen.has(name) || !text.trim()) return;
  seen.add(h).add(name);
  const f = `${coldDir}/${name}.txt`;
  writeFileSync(f, text);
  files.push(f);
}
const attribution = new URL('gum-attribution/docs/', shared);
if (existsSync(attribution))
  for (const f of readdirSync(attribution).sort())
    keep(f.replace(/\.txt$/, ''), readFileSync(new URL(f, attribution), 'utf8'));
const nonNews = new URL('gum-non-news/', shared);
if (existsSync(nonNews)) {
  for (const f of readdirSync(nonNews)
    .filter((x) => x.endsWith('.conllu'))
    .sort()) {
    const paragraphs = [];
    for (const line of readFileSync(new URL(f, nonNews), 'utf8').split('\n')) {
      if (line.startsWith('# newpar')) paragraphs.push([]);
      else if (line.startsWith('# text = '))
        (paragraphs.at(-1) ?? (paragraphs.push([]), paragraphs.at(-1))).push(line.slice(9));
    }
    keep(
      f.replace(/\.conllu$/, ''),
      paragraphs
        .map((p) => p.join(' '))
        .filter(Boolean)
        .join('\n\n') + '\n',
    );
  }
}
if (files.length) {
  const distinct = files.reduce((n, f) => n + readFileSync(f).length, 0);
  // Each run is a first run ever: an empty cache folder of its own, so no compiled code kept by an earlier run
  // (host/codeCache.ts) is taken back; a CI job that caches the folder between runs starts a little sooner.
  const run = (args) => {
    const cache = mkdtempSync(join(tmpdir(), 'copydesk-bench-cache-'));
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
      env: { ...process.env, COPYDESK_CACHE_DIR: cache },
    });
    const seconds = (performance.now() - t0) / 1000;
    rmSync(cache, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    return seconds;
  };
  const cli = new URL('../dist/cli.js', import.meta.url).pathname;
  console.log(
    `\ncold, distinct real text: ${files.length} files (GUM, deduplicated), ${(distinct / 1048576).toFixed(2)} MB, one process each; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const oursCold = run([cli, 'annotate', '--format', 'json', ...files]);
  const theirsCold = run([new URL('./lib/compromise-only.mjs', import.meta.url).pathname, ...files]);
  const oursMb = distinct / 1048576 / oursCold;
  const theirsMb = distinct / 1048576 / theirsCold;
  console.log(`copydesk annotate (cold)  ${oursCold.toFixed(2)} s = ${oursMb.toFixed(2)} MB/s`);
  console.log(`compromise-only (cold)    ${theirsCold.toFixed(2)} s = ${theirsMb.toFixed(2)} MB/s`);
  console.log(`cold ratio: ${(oursMb / theirsMb).toFixed(1)}× (target ≥ 8×)`);
  // The same run on one worker thread per CPU (`annotate --jobs auto`): the output is the same; the ratio is against
  // the single-threaded compromise-only process, so it is printed apart from the one above.
  const jobsCold = run([cli, 'annotate', '--jobs', 'auto', '--format', 'json', ...files]);
  console.log(
    `copydesk annotate --jobs auto (cold, ${availableParallelism()} threads) ${jobsCold.toFixed(2)} s = ${(distinct / 1048576 / jobsCold).toFixed(2)} MB/s: ${(distinct / 1048576 / jobsCold / theirsMb).toFixed(1)}× compromise-only's one thread; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  // Warm, in process: the JIT and model are loaded (by the runs above), caches on, and every text is met once.
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const t0 = performance.now();
  for (const t of texts) analyzer.annotate(t);
  const warm = distinct / 1048576 / ((performance.now() - t0) / 1000);
  console.log(`copydesk annotate (warm, each text once) ${warm.toFixed(2)} MB/s (target ≥ 3 MB/s)`);
  rmSync(coldDir, { recursive: true, force: true });
}
