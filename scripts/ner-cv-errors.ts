// Where the cross-validation loses organisations: each held-out document is tagged by the fold model that never saw
// it (the models `npm run train -- --cv-models DIR` keeps), and every gold ORG name and every predicted ORG name that
// is wrong is classed, per source set. Aggregate counts only.
//
//   node --import tsx scripts/ner-cv-errors.ts --cv-models DIR [--k 5]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { segment } from '../core/text/segment';
import { findEntitiesWith, type NerModel } from '../core/entities/index';
import { loadModel, type PackedModel } from '../core/entities/model';
import { cvFold, goldOf, HELDOUT_SETS, loadJsonlSet, normName, splitOf } from './lib/ner-data';
import { root, trainDir } from './lib/ner-eval';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const dir = resolve(root, opt('--cv-models', ''));
const K = Number(opt('--k', '5'));
const models: NerModel[] = [];
for (let f = 0; f < K; f++)
  models.push(loadModel(JSON.parse(readFileSync(join(dir, `fold-${f + 1}-of-${K}.json`), 'utf8')) as PackedModel));

const tally = new Map<string, Map<string, number>>();
const add = (set: string, k: string) => {
  for (const s of [set, 'all']) {
    const m = tally.get(s) ?? new Map<string, number>();
    m.set(k, (m.get(k) ?? 0) + 1);
    tally.set(s, m);
  }
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

for (const set of HELDOUT_SETS)
  for (const doc of loadJsonlSet(join(trainDir, 'ner-extra'), set)) {
    if (splitOf(set, doc.name) === 'test') continue;
    const pred = findEntitiesWith(models[cvFold(doc.name, K)]!, doc.text, segment(doc.text).sentences);
    const gold = goldOf(doc);
    const goldType = new Map(gold.map((g) => [normName(g.aliases[0]!), g.type]));
    const miscKeys = new Set(
      doc.spans.filter((s) => s.type === 'MISC').map((s) => normName(doc.text.slice(s.start, s.end))),
    );
    const predTypes = new Map<string, Set<string>>();
    for (const p of pred) {
      const k = normName(p.text);
      predTypes.set(k, (predTypes.get(k) ?? new Set()).add(p.type));
    }
    // Gold ORG names.
    for (const g of gold) {
      if (g.type !== 'ORG') continue;
      const k = normName(g.aliases[0]!);
      const ts = predTypes.get(k);
      if (ts?.has('ORG')) {
        add(set, 'ORG gold: found');
        continue;
      }
      if (ts) {
        add(set, `ORG gold: typed ${[...ts].sort().join('+')}`);
        continue;
      }
      const mentions = doc.spans.filter((s) => s.type === 'ORG' && normName(doc.text.slice(s.start, s.end)) === k);
      const over = pred.filter((p) => mentions.some((m) => overlaps(m, p)));
      if (!over.length) {
        const words = k.split(' ').length;
        add(
          set,
          `ORG gold: missed (${words === 1 ? (/^[A-Z&.]{2,}$/.test(g.aliases[0]!) ? 'acronym' : '1 word') : 'longer'})`,
        );
        continue;
      }
      const m = mentions[0]!;
      const p = over[0]!;
      const shape =
        p.start <= m.start && p.end >= m.end
          ? 'too long'
          : p.start >= m.start && p.end <= m.end
            ? 'too short'
            : 'shifted';
      add(set, `ORG gold: boundary ${shape} as ${p.type}`);
    }
    // Predicted ORG names that are wrong.
    for (const [k, ts] of predTypes) {
      if (!ts.has('ORG')) continue;
      const gt = goldType.get(k);
      if (gt === 'ORG') continue;
      if (gt) {
        add(set, `ORG false: really ${gt}`);
        continue;
      }
      if (miscKeys.has(k)) {
        add(set, 'ORG false: really MISC');
        continue;
      }
      const ps = pred.filter((p) => p.type === 'ORG' && normName(p.text) === k);
      const over = doc.spans.find((s) => ps.some((p) => overlaps(p, s)));
      add(set, over ? `ORG false: boundary of a ${over.type}` : 'ORG false: no name there');
    }
    // Other types' names that are really organisations are counted above as "ORG gold: typed …".
  }

for (const [set, m] of tally) {
  console.log(`## ${set}`);
  for (const [k, v] of [...m].sort()) console.log(`${String(v).padStart(5)}  ${k}`);
}
