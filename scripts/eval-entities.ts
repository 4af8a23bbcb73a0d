// Entity figures of the shipped model, per type, at the evaluation kit's unique-name level (the matching of
// ../shared/eval/score.mjs): the kit's reference articles (gold/) and GUM news — dev sets — and the WikiGold and UNER
// documents that the fixed document split (scripts/lib/ner-data.ts, splitOf) keeps out of training: held-out "dev"
// (looked at while choosing data and features) and held-out "test" (not looked at). Run by `npm run eval`.
//
//   node --import tsx scripts/eval-entities.ts [--verbose]
import { existsSync } from 'node:fs';
import packed from '../models/ner-model.json';
import { loadModel, type PackedModel } from '../core/entities/model';
import { formatCounts } from './lib/ner-data';
import { evalDir, fullReport, trainDir } from './lib/ner-eval';

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
console.log('held-out: fixed document split of WikiGold + UNER (FNV-1a of the document id mod 10: 0 = dev, 5 = test); never trained on.');
if (log) for (const [k, l] of log) console.log(`\n## ${k}\n${l.join('\n')}`);
