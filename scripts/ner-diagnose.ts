// Where the entity loss is, on the held-out dev documents of WikiGold and UNER (never the test part): the tagger
// alone against the full product path, and each missed or wrong name classed as a type error, a boundary error, a
// miss or a spurious name. Aggregate counts only, unless --cases.
//
//   node --import tsx scripts/ner-diagnose.ts [--model FILE] [--part dev] [--cases]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { segment } from '../core/text/segment';
import { prepare } from '../core/entities/features';
import { findEntitiesWith, type NerModel } from '../core/entities/index';
import { loadModel, type PackedModel } from '../core/entities/model';
import { TAGS, tagDoc } from '../core/entities/tagger';
import {
  emptyCounts,
  formatCounts,
  goldOf,
  HELDOUT_SETS,
  loadJsonlSet,
  normName,
  scoreDoc,
  splitOf,
  type Counts,
  type TextDoc,
} from './lib/ner-data';
import { root, trainDir } from './lib/ner-eval';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const part = opt('--part', 'dev');
if (part === 'test') throw new Error('the test part is read for totals only (npm run eval)');
const m: NerModel = loadModel(
  JSON.parse(readFileSync(resolve(root, opt('--model', 'models/ner-model.json')), 'utf8')) as PackedModel,
);
const cases = args.includes('--cases');

interface Mention {
  start: number;
  end: number;
  type: string;
  text: string;
}

/** Tagger alone: BIO spans of tagDoc, MISC dropped, over the product's own segmenting. */
function taggerOnly(text: string): Mention[] {
  const d = prepare(text, segment(text).sentences, m.gazetteer);
  const { tags } = tagDoc(d, m.weights);
  const out: Mention[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t % 2 !== 1) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === t + 1) j++;
    const type = TAGS[t]!.slice(2);
    if (type !== 'MISC')
      out.push({ start: d.starts[i]!, end: d.ends[j - 1]!, type, text: text.slice(d.starts[i]!, d.ends[j - 1]!) });
    i = j - 1;
  }
  return out;
}

function product(text: string): Mention[] {
  return findEntitiesWith(m, text, segment(text).sentences).map((e) => ({
    start: e.start,
    end: e.end,
    type: e.type,
    text: e.text,
  }));
}

const CLASSES = [
  'type',
  'boundary',
  'boundary+type',
  'missed',
  'spurious',
  'spurious-lower',
  'unreachable-lower',
] as const;
type Cls = (typeof CLASSES)[number];

/** Classes each wrong unique name by what its mentions overlap. */
function classify(doc: TextDoc, pred: Mention[], tally: Map<string, number>, caseLog: string[]): void {
  const gold: Mention[] = doc.spans
    .filter((s) => s.type !== 'MISC')
    .map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) }));
  const goldNames = new Map<string, string>(goldOf(doc).map((g) => [normName(g.aliases[0]!), g.type]));
  const predNames = new Map<string, Set<string>>();
  for (const p of pred) {
    const k = normName(p.text);
    if (!predNames.has(k)) predNames.set(k, new Set());
    predNames.get(k)!.add(p.type);
  }
  const bump = (c: Cls, type: string, what: string) => {
    tally.set(`${c}`, (tally.get(c) ?? 0) + 1);
    tally.set(`${c} ${type}`, (tally.get(`${c} ${type}`) ?? 0) + 1);
    if (cases) caseLog.push(`${c.padEnd(17)} ${type.padEnd(6)} ${what}`);
  };
  // Misses (recall side): gold names not found with their type.
  for (const [k, type] of goldNames) {
    if (predNames.get(k)?.has(type)) continue;
    const mentions = gold.filter((g) => normName(g.text) === k);
    if (!/\p{Lu}/u.test(mentions[0]!.text)) {
      bump('unreachable-lower', type, mentions[0]!.text);
      continue;
    }
    if (predNames.has(k)) {
      bump('type', type, `${mentions[0]!.text} -> ${[...predNames.get(k)!].join('/')}`);
      continue;
    }
    const over = pred.filter((p) => mentions.some((g) => p.start < g.end && g.start < p.end));
    if (over.length)
      bump(
        over.some((p) => p.type === type) ? 'boundary' : 'boundary+type',
        type,
        `${mentions[0]!.text} -> ${over.map((p) => `${p.text}/${p.type}`).join(', ')}`,
      );
    else bump('missed', type, mentions[0]!.text);
  }
  // False names (precision side) that are not a type error of a gold name counted above.
  for (const [k, types] of predNames) {
    if (goldNames.has(k)) continue;
    const mentions = pred.filter((p) => normName(p.text) === k);
    const over = gold.some((g) => mentions.some((p) => p.start < g.end && g.start < p.end));
    if (over) continue; // counted as a boundary error of the gold name
    const t = [...types].join('/');
    bump(/\p{Lu}/u.test(mentions[0]!.text) ? 'spurious' : 'spurious-lower', t, mentions[0]!.text);
  }
}

const paths: Record<string, (t: string) => Mention[]> = { tagger: taggerOnly, product };
for (const [name, run] of Object.entries(paths)) {
  const all: Counts = emptyCounts();
  const tally = new Map<string, number>();
  const log: string[] = [];
  for (const set of HELDOUT_SETS) {
    const c = emptyCounts();
    for (const doc of loadJsonlSet(join(trainDir, 'ner-extra'), set)) {
      if (splitOf(set, doc.name) !== part) continue;
      const pred = run(doc.text);
      const gold = goldOf(doc);
      scoreDoc(gold, pred, c);
      scoreDoc(gold, pred, all);
      if (cases) log.push(`# ${doc.name}`);
      classify(doc, pred, tally, log);
    }
    console.log(`${name.padEnd(8)} ${set.padEnd(9)} ${formatCounts(c)}`);
  }
  console.log(`${name.padEnd(8)} ${'all'.padEnd(9)} ${formatCounts(all)}`);
  console.log(
    `  errors: ${CLASSES.map((c) => `${c} ${tally.get(c) ?? 0} (${['PERSON', 'ORG', 'PLACE'].map((t) => tally.get(`${c} ${t}`) ?? 0).join('/')})`).join(', ')}`,
  );
  if (cases) console.log(log.join('\n'));
}
