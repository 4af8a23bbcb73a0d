#!/usr/bin/env node
// Runs every scorer of the evaluation kit (../shared/eval, beside the repository) against dist/cli.js and prints
// their figures. The kit is not part of the repository: without it this says so and exits 0.
//
//   node scripts/eval.mjs [--verbose] [--only annotate|gum|entities|gum-attribution|xref|suite|names]
//
// It ends with the attribution figures of issue 10 in one table: the shipped model's figures on the kit's sets (dev
// figures: the model trained on all 132 GUM attribution documents, the 24 gum-news texts among them) beside the
// held-out figures of the last cross-validation (models/attribution-cv.json, written by
// `npm run train:attribution -- --cv 5`).
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kit = process.env.COPYDESK_EVAL_DIR
  ? resolve(process.env.COPYDESK_EVAL_DIR)
  : resolve(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

if (!existsSync(join(kit, 'score.mjs'))) {
  console.log(`eval: no evaluation kit at ${kit} (it lives outside the repository); nothing to score.`);
  process.exit(0);
}
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('eval: dist/cli.js is missing; run `node esbuild.mjs` (npm run eval builds first).');
  process.exit(1);
}

const annotate = `node ${JSON.stringify(cli)} annotate --format json`;
const check = `node ${JSON.stringify(cli)} check --format json --references {refs} {file}`;
const runs = [
  {
    key: 'annotate',
    title: 'score.mjs: reference articles (gold/)',
    argv: [join(kit, 'score.mjs'), '--cmd', annotate],
  },
  {
    key: 'gum',
    title: 'score.mjs: GUM news (entities, attribution)',
    argv: [
      join(kit, 'score.mjs'),
      '--cmd',
      annotate,
      '--gold',
      join(kit, 'gum-news', 'gold'),
      '--docs',
      join(kit, 'gum-news', 'docs'),
    ],
  },
  // Entities per type, with the held-out WikiGold / UNER documents (scripts/eval-entities.ts; same matching as score.mjs).
  {
    key: 'entities',
    title: 'entities per type: gold/, gum-news, held-out WikiGold + UNER',
    argv: [join(root, 'scripts', 'eval-entities.ts')],
    node: ['--import', 'tsx'],
  },
  {
    key: 'gum-attribution',
    title: 'score.mjs: GUM attribution (82 documents, attributed sentences only)',
    argv: [
      join(kit, 'score.mjs'),
      '--cmd',
      annotate,
      '--gold',
      join(kit, 'gum-attribution', 'gold'),
      '--docs',
      join(kit, 'gum-attribution', 'docs'),
    ],
  },
  {
    key: 'xref',
    title: 'score-xref.mjs: drafts against the references',
    argv: [join(kit, 'score-xref.mjs'), '--cmd', check],
  },
  {
    key: 'suite',
    title: 'score-suite.mjs --batch: peer suites (Recognizers-Text, chrono)',
    argv: [join(kit, 'score-suite.mjs'), '--cmd', annotate, '--batch'],
  },
  // Ours, not the kit's: names misspelt by a dropped or doubled letter, planted in the kit's draft and the GUM articles.
  {
    key: 'names',
    title: 'eval-misspellings.ts: names with a dropped or doubled letter',
    argv: [join(root, 'scripts', 'eval-misspellings.ts')],
    node: ['--import', 'tsx'],
    needs: join(kit, 'drafts'),
  },
];

let failures = 0;
const outputs = new Map();
for (const r of runs) {
  if (only && r.key !== only) continue;
  if (!existsSync(r.needs ?? r.argv[0])) {
    console.log(`\n## ${r.title}\n(skipped: ${r.needs ?? r.argv[0]} not found)`);
    continue;
  }
  console.log(`\n## ${r.title}`);
  const started = Date.now();
  const res = spawnSync(process.execPath, [...(r.node ?? []), ...r.argv, ...(verbose ? ['--verbose'] : [])], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  process.stdout.write(res.stdout ?? '');
  outputs.set(r.key, res.stdout ?? '');
  if (res.stderr) process.stderr.write(res.stderr);
  if (res.status !== 0) {
    failures++;
    console.log(`(exit ${res.status ?? res.signal})`);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
attributionTable();
process.exit(failures ? 1 : 0);

/** Issue 10's target table: dev figures from the runs above, held-out figures from the cross-validation report. */
function attributionTable() {
  const read = (key) => {
    const out = outputs.get(key);
    if (!out) return undefined;
    const det = /^attributed\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)/m.exec(out);
    const un = /^unattributed\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)/m.exec(out);
    const src = /source-acc\s+([\d.]+)/.exec(out);
    return { det, un, src: src?.[1] };
  };
  const fmt = (m) => (m ? `${m[3]} (P ${m[1]} / R ${m[2]})` : '—');
  const rows = [];
  const dev = (key, label) => {
    const x = read(key);
    if (x) rows.push([label, fmt(x.det), x.src ?? '—', x.un ? `${x.un[3]} (P ${x.un[1]})` : '—']);
  };
  dev('gum', 'gum-news, shipped model (dev: trained on these texts)');
  dev('gum-attribution', 'gum-attribution 82 docs, shipped model (dev)');
  dev('annotate', 'gold/ reference articles');
  const cvPath = join(root, 'models', 'attribution-cv.json');
  if (existsSync(cvPath)) {
    const cv = JSON.parse(readFileSync(cvPath, 'utf8'));
    const f = (x) => [
      `${x.detection.f1.toFixed(3)} (P ${x.detection.precision.toFixed(3)} / R ${x.detection.recall.toFixed(3)})`,
      x.sourceAccuracy.toFixed(3),
      x.unattributed ? `${x.unattributed.f1.toFixed(3)} (P ${x.unattributed.precision.toFixed(3)})` : '—',
    ];
    if (cv.gumNewsCV) rows.push(['gum-news, held out (5-fold CV: no model saw its document)', ...f(cv.gumNewsCV)]);
    if (cv.gumNewsNewsHeldOut)
      rows.push(['gum-news, held out (trained on non-news genres only)', ...f(cv.gumNewsNewsHeldOut)]);
    if (cv.gumAttribution82) rows.push(['gum-attribution 82 docs, held out (5-fold CV)', ...f(cv.gumAttribution82)]);
    if (cv.gumOutsideKit)
      rows.push([
        `the ${cv.gumOutsideKit.documents} GUM docs outside the kit's 82 (other genres; no rule was read from them), held out (5-fold CV)`,
        ...f(cv.gumOutsideKit),
      ]);
    if (cv.overall) rows.push(['all 132 GUM attribution docs, held out (5-fold CV)', ...f(cv.overall)]);
    for (const [g, x] of Object.entries(cv.perGenre ?? {})) rows.push([`  ${g}, held out (5-fold CV)`, ...f(x)]);
  } else rows.push(['held-out figures', 'run `npm run train:attribution -- --cv 5`', '', '']);
  if (!rows.length) return;
  console.log('\n## attribution (issue 10): detection F1, source accuracy, unattributed F1');
  console.log(
    'targets: gum-news detection ≥ 0.90, source ≥ 0.85, unattributed ≥ 0.90 (P ≥ 0.872); GUM held out detection ≥ 0.75, source ≥ 0.70; gold/ unattributed ≥ 0.90, source ≥ 0.90',
  );
  const w = [Math.max(...rows.map((r) => r[0].length)), 34, 8];
  console.log(
    `${'set'.padEnd(w[0])}  ${'attributed detection F1'.padEnd(w[1])}  ${'source'.padEnd(w[2])}  unattributed F1`,
  );
  for (const r of rows)
    console.log(`${r[0].padEnd(w[0])}  ${String(r[1]).padEnd(w[1])}  ${String(r[2]).padEnd(w[2])}  ${r[3]}`);
}
