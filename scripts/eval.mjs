#!/usr/bin/env node
// Runs every scorer of the evaluation kit (../shared/eval, beside the repository) against dist/cli.js and prints
// their figures. The kit is not part of the repository: without it this says so and exits 0.
//
//   node scripts/eval.mjs [--verbose] [--only annotate|gum|xref|suite|names]
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const kit = process.env.COPYDESK_EVAL_DIR ? resolve(process.env.COPYDESK_EVAL_DIR) : resolve(root, '..', 'shared', 'eval');
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
  { key: 'annotate', title: 'score.mjs: reference articles (gold/)', argv: [join(kit, 'score.mjs'), '--cmd', annotate] },
  {
    key: 'gum',
    title: 'score.mjs: GUM news (entities only)',
    argv: [join(kit, 'score.mjs'), '--cmd', annotate, '--gold', join(kit, 'gum-news', 'gold'), '--docs', join(kit, 'gum-news', 'docs')],
  },
  { key: 'xref', title: 'score-xref.mjs: drafts against the references', argv: [join(kit, 'score-xref.mjs'), '--cmd', check] },
  { key: 'suite', title: 'score-suite.mjs --batch: peer suites (Recognizers-Text, chrono)', argv: [join(kit, 'score-suite.mjs'), '--cmd', annotate, '--batch'] },
  // Ours, not the kit's: names misspelt by a dropped or doubled letter, planted in the kit's draft and the GUM articles.
  { key: 'names', title: 'eval-misspellings.ts: names with a dropped or doubled letter', argv: ['--import', 'tsx', join(root, 'scripts', 'eval-misspellings.ts')], needs: join(kit, 'drafts') },
];

let failures = 0;
for (const r of runs) {
  if (only && r.key !== only) continue;
  if (!existsSync(r.needs ?? r.argv[0])) {
    console.log(`\n## ${r.title}\n(skipped: ${r.needs ?? r.argv[0]} not found)`);
    continue;
  }
  console.log(`\n## ${r.title}`);
  const started = Date.now();
  const res = spawnSync(process.execPath, [...r.argv, ...(verbose ? ['--verbose'] : [])], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  process.stdout.write(res.stdout ?? '');
  if (res.stderr) process.stderr.write(res.stderr);
  if (res.status !== 0) {
    failures++;
    console.log(`(exit ${res.status ?? res.signal})`);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
process.exit(failures ? 1 : 0);
