// Why an unattributed sentence deserves a source: the kinds of claim a fact-checker would ask about.
import type { Quantity } from '../types';
import type { Tok } from './tokens';

const isQuestion = (toks: Tok[]): boolean => toks.length > 0 && toks[toks.length - 1]!.text === '?';
const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const SUPERLATIVE = words(`first largest biggest greatest highest lowest longest shortest strongest weakest fastest slowest richest poorest
  oldest youngest newest deadliest worst best most least only record unprecedented top leading foremost costliest busiest`);
const PREDICTION = words(`will would could may might likely unlikely expected poised forecast projected slated set going bound predicted anticipated plans planned intends`);
const EVALUATION = words(`key vital vast critical crucial significant major huge massive enormous important strategic strategically promising serious
  severe dramatic historic innumerable tremendous substantial considerable essential fundamental landmark controversial
  swiftly rapidly sharply struggled struggling struggle adequate inadequate success successful failure failed effective ineffective
  dangerous risky alarming remarkable notable gambit concessions concession lifeline bold sweeping devastating catastrophic
  crippling booming thriving dire unprecedented massive huge strong weak robust fragile stable unstable popular unpopular
  powerful influential ambitious aggressive dominant vulnerable viable`);
const MOTIVE = words(`seeks seek seeking sought aims aim aiming aimed hopes hope hoping desire desires wants intent intended bid effort mollify
  bolster appease pressure motivated because purpose`);
const GENERAL = words(`most many all every no none always never largely mostly generally widely much several few numerous currently increasingly
  dependent typically often rarely usually majority minority`);
const TREND = words(`gaining growing rising falling increase increased increasing decline declined declining surge surged soared plunged
  doubled tripled halved grew fell rose traction momentum inroads advance advancing`);
const CONTEXT_VERBS = words(`comes came coincide coincides amid following`);
const DATE_WORDS = words(`monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
  october november december yesterday today tomorrow weeks months years decade decades century centuries recent recently`);
const NUMBER_WORDS = words(`one two three four five six seven eight nine ten eleven twelve hundred hundreds thousand thousands million millions
  billion billions trillion trillions dozen dozens half quarter third percent twice`);

const IRREGULAR_PAST = words(`made took gave met sent won lost led left held paid sold bought built began brought fought threw struck broke
  ran fell rose spent seized signed cut hit kept put set shot stole told wrote chose drew drove flew froze hid hung knew
  lent meant overtook quit sank shook sought swore tore upheld withdrew`);
const NOT_PAST_ED = words(`need indeed united red bed hundred speed seed feed breed shed wed based`);

/** A finite past-tense verb outside quotes after offset `from`: "Montalvo contacted former members". */
function pastVerbAfter(toks: Tok[], from: number): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.quoted || t.start < from || t.cap) continue;
    const l = t.lower;
    const prev = toks[i - 1]?.lower ?? '';
    if (prev === 'the' || prev === 'a' || prev === 'an' || prev === 'to') continue;
    if (IRREGULAR_PAST.has(l) || (l.length > 4 && l.endsWith('ed') && !NOT_PAST_ED.has(l))) return true;
  }
  return false;
}

/**
 * Reasons a sentence is check-worthy, most telling first; empty when it makes no checkable claim. `actorAt` is the
 * offset of a named person or organisation outside quotes (or -1): what a named party did is a checkable event.
 */
export function checkWorthiness(toks: Tok[], quantities: Quantity[], actorAt = -1): string[] {
  const reasons = new Set<string>();
  for (const q of quantities) reasons.add(q.kind === 'DATE' ? 'date' : 'number');
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.quoted) continue;
    const l = t.lower;
    const c0 = l.charCodeAt(0);
    if (c0 < 128 && !(c0 >= 97 && c0 <= 122) && !(c0 >= 48 && c0 <= 57) && c0 !== 36) continue; // punctuation
    if ((c0 >= 48 && c0 <= 57) || (c0 === 36 && /^\$\d/.test(l))) {
      if (!reasons.has('date')) reasons.add(/^(1[89]|20)\d\d$/.test(l) ? 'date' : 'number');
    }
    else if (NUMBER_WORDS.has(l) && (l !== 'one' || /^\d|^(of|in)$/.test(toks[i + 1]?.lower ?? ''))) reasons.add('number');
    else if (DATE_WORDS.has(l)) reasons.add('date');
    else if (SUPERLATIVE.has(l) || (l.endsWith('iest') && /^\p{Ll}{3,}iest$/u.test(t.text) && l !== 'earliest')) {
      if (l !== 'only' || i > 0) reasons.add('superlative');
    } else if (PREDICTION.has(l)) {
      // "set" and "going" predict only as "set to", "going to".
      if ((l !== 'set' && l !== 'going' && l !== 'bound' && l !== 'plans' && l !== 'planned' && l !== 'intends') || toks[i + 1]?.lower === 'to') reasons.add('prediction');
    } else if (EVALUATION.has(l)) reasons.add('evaluation');
    else if (MOTIVE.has(l) || (l === 'order' && toks[i - 1]?.lower === 'in' && toks[i + 1]?.lower === 'to')) reasons.add('motive');
    else if (GENERAL.has(l)) {
      if (l !== 'no' || /^\p{Ll}/u.test(toks[i + 1]?.text ?? '')) reasons.add('generalisation');
    } else if (TREND.has(l)) {
      // "declined to comment" is a refusal, not a trend.
      if (toks[i + 1]?.lower !== 'to' || !/^decline/.test(l)) reasons.add('trend');
    }
    else if (toks[i + 1]?.lower === 'than' && (/er$/.test(l) || l === 'more' || l === 'less' || l === 'fewer')) reasons.add('comparison');
    else if (CONTEXT_VERBS.has(l) && (l !== 'comes' && l !== 'came' ? true : /^(as|after|amid|just|days|weeks|following|at)$/.test(toks[i + 1]?.lower ?? ''))) reasons.add('context');
  }
  if (reasons.size === 0 && actorAt >= 0 && toks.length >= 6 && !isQuestion(toks) && pastVerbAfter(toks, actorAt)) reasons.add('event');
  const order = ['number', 'date', 'superlative', 'comparison', 'prediction', 'evaluation', 'motive', 'generalisation', 'trend', 'context', 'event'];
  return order.filter((r) => reasons.has(r));
}
