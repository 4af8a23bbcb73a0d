// Named entities: PERSON / ORG / PLACE, from a perceptron tagger trained on GUM (see scripts/train-ner.ts) plus
// document-level resolution (resolve.ts). The model ships as models/ner-model.json, bundled as a JSON import.
import type { Entity, EntityType, Sentence } from '../types';
import packed from '../../models/ner-model.json';
import type { Gazetteer } from './gazetteer';
import { prepare } from './features';
import { loadModel, type PackedModel } from './model';
import { TAGS, tagDoc, type Weights } from './tagger';
import { resolve, type RawSpan } from './resolve';

let loaded: { weights: Weights; gazetteer: Gazetteer } | undefined;

/** Opens the model once per process, on first use (nothing is decoded until looked up). */
function model(): { weights: Weights; gazetteer: Gazetteer } {
  if (!loaded) loaded = loadModel(packed as PackedModel);
  return loaded;
}

const GAZ_TYPE: Record<string, EntityType> = { C: 'PLACE', S: 'PLACE', R: 'PLACE', P1: 'PLACE', P2: 'PLACE', P3: 'PLACE', O: 'ORG' };

export function findEntities(text: string, sentences: Sentence[]): Entity[] {
  const { weights, gazetteer } = model();
  const d = prepare(text, sentences, gazetteer);
  const { tags, margin } = tagDoc(d, weights);
  const raw: RawSpan[] = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t % 2 !== 1) continue;
    let j = i + 1;
    let conf = margin[i]!;
    while (j < tags.length && tags[j] === t + 1) conf = Math.min(conf, margin[j++]!);
    raw.push({ a: i, b: j, type: TAGS[t]!.slice(2) as EntityType, conf: Math.min(conf, 5) / 5 });
    i = j - 1;
  }
  // Shouted words ("WHEN AMERICA IS STRONG") are left to the gazetteer.
  for (let i = 0; i < tags.length; i++) {
    const g = d.gaz[i];
    if (!d.shout[i] || !g?.startsWith('B:')) continue;
    let j = i + 1;
    while (j < tags.length && d.gaz[j]?.startsWith('I:')) j++;
    raw.push({ a: i, b: j, type: GAZ_TYPE[g.slice(2)] ?? 'PLACE', conf: 0.5 });
    i = j - 1;
  }
  raw.sort((x, y) => x.a - y.a);
  return resolve(d, raw);
}
