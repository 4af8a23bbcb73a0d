// Why an unattributed sentence deserves a source: the kinds of claim a fact-checker would ask about.
import type { Quantity } from '../types';
import type { Tok } from './tokens';
import { MONTHS, WEEKDAYS } from '../lexicon';

const isQuestion = (toks: readonly Tok[]): boolean => toks.length > 0 && toks[toks.length - 1]!.text === '?';
const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const SUPERLATIVE =
  words(`first largest biggest greatest highest lowest longest shortest strongest weakest fastest slowest richest poorest
  oldest youngest newest deadliest worst best most least only record unprecedented top leading foremost costliest busiest`);
const PREDICTION = words(
  `will would could may might likely unlikely expected poised forecast projected slated set going bound predicted anticipated plans planned intends`,
);
const EVALUATION =
  words(`key vital vast critical crucial significant major huge massive enormous important strategic promising serious
  severe dramatic historic tremendous substantial considerable essential fundamental landmark controversial
  swiftly rapidly sharply struggled struggling struggle adequate inadequate success successful failure failed effective ineffective
  dangerous risky alarming remarkable notable bold sweeping devastating catastrophic
  crippling booming thriving dire unprecedented massive huge strong weak robust fragile stable unstable popular unpopular
  powerful influential ambitious aggressive dominant vulnerable viable big large small excellent poor rare secretive
  crowded uncrowded packed full empty popular notorious famous renowned prominent legendary iconic rich`);
const MOTIVE =
  words(`seeks seek seeking sought aims aim aiming aimed hopes hope hoping desire desires wants intent intended bid effort
  bolster appease pressure motivated because purpose`);
const GENERAL =
  words(`most many all every no none always never largely mostly generally widely much several few numerous currently increasingly
  dependent typically often rarely usually majority minority`);
const TREND =
  words(`gaining growing rising falling increase increased increasing decline declined declining surge surged soared plunged
  doubled tripled halved grew fell rose momentum advance advancing slipping slipped shrinking shrank dropping dropped climbing
  climbed gained lost losing worsening worsened improving improved`);
/** Comparative adjectives: a comparison even without "than" ("had better fuel economy"). */
const COMPARATIVES =
  words(`better worse greater higher lower larger bigger smaller stronger weaker faster slower cheaper richer poorer
  harder easier wider narrower heavier lighter safer riskier`);
const CONTEXT_VERBS = words(`comes came coincide coincides amid following`);
// Without "may": as a modal verb it dates nothing.
const DATE_WORDS = new Set([
  ...WEEKDAYS,
  ...MONTHS.filter((m) => m !== 'may'),
  ...words(`yesterday today tomorrow weeks months years decade decades century centuries recent recently`),
]);
const NUMBER_WORDS =
  words(`one two three four five six seven eight nine ten eleven twelve hundred hundreds thousand thousands million millions
  billion billions trillion trillions dozen dozens half quarter third percent twice`);

export const IRREGULAR_PAST =
  words(`made took gave met sent won lost led left held paid sold bought built began brought fought threw struck broke
  ran fell rose spent seized signed cut hit kept put set shot stole told wrote chose drew drove flew froze hid hung knew
  lent meant overtook quit sank shook sought swore tore upheld withdrew went came saw became got felt found heard sat stood
  spoke taught wore shown seen given taken done gone beaten stolen chosen driven eaten fallen forgotten grown hidden risen
  spoken sworn thrown woken written bit blew bled bred caught clung crept dealt dug fed fled flung forbade forgave ground
  laid lay lit overcame rang rode sang shone shut slid slung sprang stuck stung strove swept swam swung tread wept wound`);
const NOT_PAST_ED = words(`need indeed united red bed hundred speed seed feed breed shed wed based`);

/** A finite past-tense verb outside quotes at token i: "Varga contacted former staff". */
function isPastVerbAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.quoted || t.cap) return false;
  const l = t.lower;
  const prev = toks[i - 1]?.lower ?? '';
  if (prev === 'the' || prev === 'a' || prev === 'an' || prev === 'to') return false;
  return IRREGULAR_PAST.has(l) || (l.length > 4 && l.endsWith('ed') && !NOT_PAST_ED.has(l));
}

// The reasons in the order they are reported, most telling first; a set of them is a bit mask over this order.
const ORDER = [
  'number',
  'date',
  'superlative',
  'comparison',
  'prediction',
  'evaluation',
  'motive',
  'generalisation',
  'trend',
  'context',
  'event',
] as const;
const NUMBER = 1 << 0;
const DATE = 1 << 1;
const SUPERLATIVE_BIT = 1 << 2;
const COMPARISON = 1 << 3;
const PREDICTION_BIT = 1 << 4;
const EVALUATION_BIT = 1 << 5;
const MOTIVE_BIT = 1 << 6;
const GENERALISATION = 1 << 7;
const TREND_BIT = 1 << 8;
const CONTEXT = 1 << 9;
const EVENT = 1 << 10;

/**
 * What the words of one sentence alone say about its check-worthiness: a pure function of its tokens (only their order
 * and text; offsets are compared with each other), so it can be kept with them. Immutable once made.
 */
export interface WorthKernel {
  /** Reasons the words give when the sentence's quantities hold no date. */
  readonly plain: number;
  /** Reasons the words give when a quantity is a date (a bare number then adds no "number"). */
  readonly dated: number;
  /** Start of the last finite past-tense verb outside quotes, or -Infinity. */
  readonly lastPast: number;
  /** Long enough, and no question: a sentence that can report an event. */
  readonly eventShape: boolean;
}

// The word lists in the order worthKernel tries them: a word is looked up once, for the first list that holds it.
const IN_NUMBER_WORDS = 1;
const IN_DATE_WORDS = 2;
const IN_SUPERLATIVE = 3;
const IN_PREDICTION = 4;
const IN_EVALUATION = 5;
const IN_MOTIVE = 6;
const IN_GENERAL = 7;
const IN_TREND = 8;
const IN_COMPARATIVES = 9;
const IN_CONTEXT_VERBS = 10;
const FIRST_LIST = new Map<string, number>();
[
  NUMBER_WORDS,
  DATE_WORDS,
  SUPERLATIVE,
  PREDICTION,
  EVALUATION,
  MOTIVE,
  GENERAL,
  TREND,
  COMPARATIVES,
  CONTEXT_VERBS,
].forEach((list, k) => {
  for (const w of list) if (!FIRST_LIST.has(w)) FIRST_LIST.set(w, k + 1);
});

export function worthKernel(toks: readonly Tok[]): WorthKernel {
  let plain = 0;
  let dated = DATE;
  let lastPast = -Infinity;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.quoted) continue;
    if (t.start > lastPast && isPastVerbAt(toks, i)) lastPast = t.start;
    const l = t.lower;
    const c0 = l.charCodeAt(0);
    if (c0 < 128 && !(c0 >= 97 && c0 <= 122) && !(c0 >= 48 && c0 <= 57) && c0 !== 36) continue; // punctuation
    let add = 0;
    const list = FIRST_LIST.get(l) ?? 0;
    if ((c0 >= 48 && c0 <= 57) || (c0 === 36 && /^\$\d/.test(l))) {
      // Only while no date is known: with a date, a bare number adds nothing.
      if (!(plain & DATE)) plain |= /^(1[89]|20)\d\d$/.test(l) ? DATE : NUMBER;
    } else if (list === IN_NUMBER_WORDS) {
      // "one" counts only before a figure or "of", "in" ("one of the …"); it is in no other list.
      if (l !== 'one' || /^\d|^(of|in)$/.test(toks[i + 1]?.lower ?? '')) add = NUMBER;
    } else if (list === IN_DATE_WORDS) add = DATE;
    else if (list === IN_SUPERLATIVE || (l.endsWith('iest') && /^\p{Ll}{3,}iest$/u.test(t.text) && l !== 'earliest')) {
      if (l !== 'only' || i > 0) add = SUPERLATIVE_BIT;
    } else if (list === IN_PREDICTION) {
      // "set" and "going" predict only as "set to", "going to".
      if (
        (l !== 'set' && l !== 'going' && l !== 'bound' && l !== 'plans' && l !== 'planned' && l !== 'intends') ||
        toks[i + 1]?.lower === 'to'
      )
        add = PREDICTION_BIT;
    } else if (list === IN_EVALUATION) add = EVALUATION_BIT;
    else if (list === IN_MOTIVE || (l === 'order' && toks[i - 1]?.lower === 'in' && toks[i + 1]?.lower === 'to'))
      add = MOTIVE_BIT;
    else if (list === IN_GENERAL) {
      if (l !== 'no' || /^\p{Ll}/u.test(toks[i + 1]?.text ?? '')) add = GENERALISATION;
    } else if (list === IN_TREND) {
      // "declined to comment" is a refusal, not a trend.
      if (toks[i + 1]?.lower !== 'to' || !/^decline/.test(l)) add = TREND_BIT;
    } else if (
      (toks[i + 1]?.lower === 'than' && (/er$/.test(l) || l === 'more' || l === 'less' || l === 'fewer')) ||
      list === IN_COMPARATIVES
    )
      add = COMPARISON;
    else if (
      list === IN_CONTEXT_VERBS &&
      (l !== 'comes' && l !== 'came'
        ? true
        : /^(as|after|amid|just|days|weeks|following|at)$/.test(toks[i + 1]?.lower ?? ''))
    )
      add = CONTEXT;
    plain |= add;
    dated |= add;
  }
  return { plain, dated, lastPast, eventShape: toks.length >= 6 && !isQuestion(toks) };
}

/**
 * Reasons a sentence is check-worthy from its word kernel, the quantities in it and `actorAt`, the offset (on the
 * tokens' scale) of a named person or organisation outside quotes, or null: what a named party did is a checkable event.
 */
export function worthReasons(k: WorthKernel, quantities: readonly Quantity[], actorAt: number | null): string[] {
  let m = 0;
  for (const q of quantities) m |= q.kind === 'DATE' ? DATE : NUMBER;
  m |= m & DATE ? k.dated : k.plain;
  if (m === 0 && actorAt !== null && k.eventShape && k.lastPast >= actorAt) m = EVENT;
  const out: string[] = [];
  for (let b = 0; b < ORDER.length; b++) if (m & (1 << b)) out.push(ORDER[b]!);
  return out;
}

/**
 * Reasons a sentence is check-worthy, most telling first; empty when it makes no checkable claim. `actorAt` is the
 * offset of a named person or organisation outside quotes (or -1): what a named party did is a checkable event.
 */
export function checkWorthiness(toks: Tok[], quantities: Quantity[], actorAt = -1): string[] {
  return worthReasons(worthKernel(toks), quantities, actorAt >= 0 ? actorAt : null);
}
