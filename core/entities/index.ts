// Named entities: PERSON / ORG / PLACE, from a perceptron tagger trained on GUM (see scripts/train-ner.ts) plus
// document-level resolution (resolve/). The model ships as models/ner-model.json (bundledModel.ts says how it is read).
import type { Entity, EntityType, Sentence } from '../types';
import type { Gazetteer } from './gazetteer';
import { prepare } from './features';
import { loadModel } from './model';
import { bundledNerModel } from './bundledModel';
import { TAGS, tagDoc, type Weights } from './tagger';
import { resolve, type RawSpan } from './resolve';
import { digestPapers } from './pressDigest';
import { lazily, Scoped } from '../text/memo';

/** A loaded tagger: weights and name lists. */
export interface NerModel {
  weights: Weights;
  gazetteer: Gazetteer;
}

/** The model the running analyser was given (createAnalyzer({ nerModel })); undefined: the bundled one. */
export const NER_MODEL = new Scoped<NerModel | undefined>(() => undefined);

/** The bundled model, opened once per process on first use (nothing is decoded until looked up); read-only. */
const bundled = lazily(() => loadModel(bundledNerModel()));

function model(): NerModel {
  return NER_MODEL.get() ?? bundled();
}

const GAZ_TYPE: Record<string, EntityType> = {
  C: 'PLACE',
  S: 'PLACE',
  R: 'PLACE',
  P1: 'PLACE',
  P2: 'PLACE',
  P3: 'PLACE',
  O: 'ORG',
  WO: 'ORG',
};

export function findEntities(text: string, sentences: Sentence[]): Entity[] {
  return findEntitiesWith(model(), text, sentences);
}

/** The same with a given model (training scores a model it has just built, before writing it). */
export function findEntitiesWith(m: NerModel, text: string, sentences: Sentence[]): Entity[] {
  const { weights, gazetteer } = m;
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
    // "CENTRAL DIVISION", "NORTHERN SECTION": a small town's name that is a common English word labels a section.
    if (j === i + 1 && g === 'B:P3' && (gazetteer.lex.get(d.lower[i]!) ?? 9) <= 2) continue;
    raw.push({ a: i, b: j, type: GAZ_TYPE[g.slice(2)] ?? 'PLACE', conf: 0.5 });
    i = j - 1;
  }
  raw.sort((x, y) => x.a - y.a);
  return digestPapers(text, sentences, datelines(text, sentences, resolve(d, raw), gazetteer), gazetteer);
}

// A dateline opens a story: "RIVERTON —", "RIVERTON, Ore. —", "KYIV, Ukraine (AP) —". Its place is set in capitals,
// which the tagger (trained on mixed-case text) may read as a person; and the word after the dash opens the sentence
// proper, so a common word there ("MAPLEFORD — Residents said…") is no name.
const DATELINE =
  /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?(?: \([^()\n]{1,40}\))? ?[—–-]{1,2} ?/u;

// Wire copy also sets a dateline as a line of its own with the date: "OSLO 1998-04-12", "HARSTAD, March 14",
// "HARSTAD, Norway 1998-04-12".
const DATED_LINE =
  /^(\p{Lu}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})?,? (?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\p{Lu}\p{Ll}+\.? \d{1,2}(?:, \d{4})?)[ \t]*(?=\n|$)/u;

function datelines(text: string, sentences: Sentence[], entities: Entity[], gazetteer: Gazetteer): Entity[] {
  let out = entities;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.start > 0 && text[s.start - 1] !== '\n') continue;
    // Not cut at the sentence's end: "RIVERTON, Ore." may be split off as a sentence of its own.
    const head = text.slice(s.start, s.start + 120);
    const dash = s.furniture ? null : DATELINE.exec(head);
    // A dated line is furniture (segmenting sets it apart) and ends at its date.
    const m = dash ?? DATED_LINE.exec(head);
    if (!m || m[1]!.length < 2 || (dash && s.start + m[0].length >= text.length)) continue;
    // "SOCCER - LEEDS WIN", "BUSINESS —": a section label in common words is no place.
    if (!gazetteer.classOf(m[1]!) && m[1]!.split(' ').every((w) => gazetteer.lex.has(w.toLowerCase()))) continue;
    if (out === entities) out = entities.slice();
    const placeEnd = s.start + m[1]!.length;
    const at = out.findIndex((e) => e.end > s.start && e.start < placeEnd);
    if (at < 0) {
      let k = 0;
      while (k < out.length && out[k]!.start < s.start) k++;
      out.splice(k, 0, { start: s.start, end: placeEnd, text: m[1]!, type: 'PLACE', canonical: m[1]! });
    } else if (
      out[at]!.type !== 'PLACE' &&
      gazetteer.classOf(m[1]!) !== 'O' &&
      out[at]!.start === s.start &&
      out[at]!.end === placeEnd
    ) {
      out[at] = { ...out[at]!, type: 'PLACE' };
    }
    if (!dash) continue;
    const after = s.start + m[0].length;
    const next = out.findIndex((e) => e.start === after);
    const e = out[next];
    if (e && !/\s/.test(e.text) && (gazetteer.lex.get(e.text.toLowerCase()) ?? 9) <= 2) out.splice(next, 1);
  }
  return out;
}
