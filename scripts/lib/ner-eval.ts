// Entity figures of a model at the evaluation kit's unique-name level, per type, on the sets the project reports:
// the kit's reference articles (gold/) and GUM news (dev sets: looked at while building), and the WikiGold / UNER
// documents the fixed split keeps out of training (held-out dev and test). The whole product path runs: segmenting,
// the tagger and the document rules (findEntitiesWith), as `copydesk annotate` does.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { segment } from '../../core/text/segment';
import { findEntitiesWith, type NerModel } from '../../core/entities/index';
import type { Entity } from '../../core/types';
import {
  emptyCounts,
  goldOf,
  HELDOUT_SETS,
  loadJsonlSet,
  scoreDoc,
  splitOf,
  type Counts,
  type GoldEntity,
} from './ner-data';

export const root = resolve(__dirname, '..', '..');
export const evalDir = process.env.COPYDESK_EVAL_DIR
  ? resolve(process.env.COPYDESK_EVAL_DIR)
  : resolve(root, '..', 'shared', 'eval');
export const trainDir = process.env.COPYDESK_TRAIN_DIR
  ? resolve(process.env.COPYDESK_TRAIN_DIR)
  : resolve(root, '..', 'shared', 'train');

/** The training script's report (cross-validation figures) for the model it wrote beside it. */
export const reportFile = resolve(root, 'models', 'ner-report.json');

/** Identifies a model file's contents (the report names the model it belongs to). */
export function modelDigest(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 16);
}

/** A stage applied to the product's entities (measurements of a stage not shipped: --retype). */
export type PostStage = (text: string, ents: Entity[]) => Entity[];
let post: PostStage | undefined;
/** Sets (or clears) the stage every figure below is measured with. */
export function measureWith(stage: PostStage | undefined): void {
  post = stage;
}

function entitiesOf(m: NerModel, text: string) {
  const ents = findEntitiesWith(m, text, segment(text).sentences);
  return post ? post(text, ents) : ents;
}

/** Scores the kit's gold folder (documents in docsDir) with `m`. */
export function scoreKit(m: NerModel, goldDir: string, docsDir: string, log?: string[]): Counts {
  const c = emptyCounts();
  for (const f of readdirSync(goldDir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { document: string; entities?: GoldEntity[] };
    if (!gold.entities) continue;
    const text = readFileSync(join(docsDir, gold.document), 'utf8');
    log?.push(`# ${gold.document}`);
    scoreDoc(gold.entities, entitiesOf(m, text), c, log);
  }
  return c;
}

/** Held-out documents of WikiGold and UNER (part 'dev' or 'test' of the fixed split), per set and together. */
export function scoreHeldout(m: NerModel, part: 'dev' | 'test', log?: string[]): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const all = emptyCounts();
  for (const set of HELDOUT_SETS) {
    const c = emptyCounts();
    for (const doc of loadJsonlSet(join(trainDir, 'ner-extra'), set)) {
      if (splitOf(set, doc.name) !== part) continue;
      log?.push(`# ${doc.name}`);
      const gold = goldOf(doc);
      const pred = entitiesOf(m, doc.text);
      scoreDoc(gold, pred, c, log);
      scoreDoc(gold, pred, all);
    }
    out.set(set, c);
  }
  out.set('all', all);
  return out;
}

export interface Report {
  [set: string]: Counts;
}

/** Every figure the project reports for a model; sets whose data is absent are left out. */
export function fullReport(m: NerModel, opts: { heldoutTest?: boolean; log?: Map<string, string[]> } = {}): Report {
  const r: Report = {};
  const logOf = (k: string) => {
    if (!opts.log) return undefined;
    const l: string[] = [];
    opts.log.set(k, l);
    return l;
  };
  if (existsSync(join(evalDir, 'gold')))
    r['gold'] = scoreKit(m, join(evalDir, 'gold'), resolve(evalDir, '..', 'references'), logOf('gold'));
  if (existsSync(join(evalDir, 'gum-news')))
    r['gum-news'] = scoreKit(
      m,
      join(evalDir, 'gum-news', 'gold'),
      join(evalDir, 'gum-news', 'docs'),
      logOf('gum-news'),
    );
  if (existsSync(join(trainDir, 'ner-extra'))) {
    for (const [k, c] of scoreHeldout(m, 'dev', logOf('heldout-dev'))) r[`heldout-dev ${k}`] = c;
    if (opts.heldoutTest)
      for (const [k, c] of scoreHeldout(m, 'test', logOf('heldout-test'))) r[`heldout-test ${k}`] = c;
  }
  return r;
}
