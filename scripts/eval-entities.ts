// Entity figures of the shipped model, per type, at the evaluation kit's unique-name level (the matching of
// ../shared/eval/score.mjs): the kit's reference articles (gold/) and GUM news — dev sets — and the WikiGold and UNER
// documents that the fixed document split (scripts/lib/ner-data.ts, splitOf) keeps out of training: held-out "dev"
// (looked at while choosing data and features) and held-out "test" (not looked at). Run by `npm run eval`.
//
//   node --import tsx scripts/eval-entities.ts [--verbose]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import packed from '../models/ner-model.json';
import { loadModel, type PackedModel } from '../core/entities/model';
import { formatCounts, type Counts } from './lib/ner-data';
import { evalDir, fullReport, modelDigest, reportFile, root, trainDir } from './lib/ner-eval';

const verbose = process.argv.includes('--verbose');
const m = loadModel(packed as PackedModel);
const log = verbose ? new Map<string, string[]>() : undefined;
const report = fullReport(m, { heldoutTest: true, log });
const LABEL: Record<string, string> = {
  gold: 'gold/ (dev)',
  'gum-news': 'gum-news (dev)',
};
if (!existsSync(evalDir)) console.log(`(no evaluation kit at ${evalDir}: gold/ and gum-news skipped)`);
if (!existsSync(trainDir)) console.log(`(no training data at ${trainDir}: held-out WikiGold/UNER skipped)`);
for (const [k, c] of Object.entries(report)) console.log(`${(LABEL[k] ?? k).padEnd(24)} ${formatCounts(c)}`);
console.log(
  'held-out: fixed document split of WikiGold + UNER (FNV-1a of the document id mod 10: 0 = dev, 5 = test); never trained on.',
);
// Cross-validation is too slow to redo here: the training script wrote its figures beside the model it built.
if (existsSync(reportFile)) {
  const r = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    model?: string;
    recipe?: string;
    cv?: {
      k: number;
      method: string;
      mean: number;
      sd: number;
      folds: Array<{ f1: number }>;
      pooled: Counts;
      bySet: Record<string, Counts>;
    };
  };
  const current = modelDigest(readFileSync(join(root, 'models', 'ner-model.json'), 'utf8'));
  if (!r.cv) console.log('(models/ner-report.json has no cross-validation figures)');
  else {
    const stale = r.model !== current ? '  [STALE: the report is for another model; run npm run train]' : '';
    const c = r.cv;
    console.log(
      `held-out CV ${c.k}-fold          F1 mean ${c.mean.toFixed(3)} ± ${c.sd.toFixed(3)} (sd over folds: ${c.folds.map((x) => x.f1.toFixed(3)).join(', ')})${stale}`,
    );
    console.log(`held-out CV pooled        ${formatCounts(c.pooled)}`);
    for (const [set, x] of Object.entries(c.bySet)) console.log(`  CV pooled ${set.padEnd(13)} ${formatCounts(x)}`);
    console.log(`CV: ${c.method}; each fold's model trained on everything else (recipe: ${r.recipe}).`);
  }
}
if (log) for (const [k, l] of log) console.log(`\n## ${k}\n${l.join('\n')}`);
