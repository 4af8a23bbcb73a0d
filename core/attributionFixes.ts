// Quick fixes for sentences that name no source: use the source a reference gives for the same figure, name the
// source in place of a vague one, or leave a placeholder for the writer. Fixes only ever replace the vague words or add
// an attribution; the writer's other words are kept.
import type { Assertion, Claim, Entity, Fix } from './types';
import type { ReferenceIndex } from './xref/index';
import { VAGUE_HEADS } from './attribution/lexicon';
import { REPORTING_VERBS } from './lexicon';
import { fullNameInReferences, refSentenceAt } from './xref/refSentence';
import { nameWords, samePerson } from './xref/names';
import { firstMention } from './xref/introductions';
import { memoiseString, NestedCache, textKey } from './text/memo';

const PLACEHOLDER = '[SOURCE]';

/** Where ", according to …" goes: before the sentence's final punctuation and closing quotes. */
function attributionPoint(text: string, s: { start: number; end: number }): number | undefined {
  let at = s.end;
  while (at > s.start && /[\s”"’')\]]/.test(text[at - 1]!)) at--;
  if (at > s.start && /[.!?]/.test(text[at - 1]!)) at--;
  return at > s.start ? at : undefined;
}

/** ", according to [SOURCE]" before the sentence's final punctuation. */
export function placeholderFix(text: string, s: { start: number; end: number }): Fix[] {
  const at = attributionPoint(text, s);
  return at === undefined
    ? []
    : [
        {
          title: 'Insert attribution placeholder',
          start: at,
          end: at,
          newText: `, according to ${PLACEHOLDER}`,
          basis: 'placeholder',
        },
      ];
}

/** The cue's words as they stand in the sentence, or undefined. */
function locate(text: string, a: Assertion, cue: string): { start: number; end: number } | undefined {
  const re = cuePattern(cue);
  if (!re) return undefined;
  const m = re.exec(text.slice(a.start, a.end));
  return m ? { start: a.start + m.index, end: a.start + m.index + m[0].length } : undefined;
}

/** A cue's words as a pattern, made once per cue (the same cues come back at every keystroke; no g or y flag, so the
 * pattern keeps no state between uses). */
const cuePattern = memoiseString((cue: string): RegExp | null => {
  const words = cue.split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')}(?![\\p{L}\\p{N}])`,
    'iu',
  );
}, 500);

const ADVERBS = /^(?:reportedly|allegedly|purportedly|supposedly|rumou?redly)$/i;
const IT_PASSIVE = /^it\s+(is|was|has been|had been)\s+(?:(?:widely|generally|commonly)\s+)?(\w+)$/i;
/** Reporting verbs after a plural vague source, and their form after one named source. */
const THIRD_PERSON: Record<string, string> = {
  say: 'says',
  believe: 'believes',
  think: 'thinks',
  expect: 'expects',
  estimate: 'estimates',
  warn: 'warns',
  argue: 'argues',
  claim: 'claims',
  predict: 'predicts',
  fear: 'fears',
  agree: 'agrees',
  worry: 'worries',
  note: 'notes',
  suggest: 'suggests',
  insist: 'insists',
  report: 'reports',
  contend: 'contends',
  maintain: 'maintains',
  caution: 'cautions',
  point: 'points',
};

/** Present tense of the verbs a vague passive uses ("it is expected" -> "[SOURCE] expects"); the past is the participle. */
const PRESENT: Record<string, string> = {
  expected: 'expects',
  believed: 'believes',
  said: 'says',
  reported: 'reports',
  understood: 'understands',
  thought: 'thinks',
  claimed: 'claims',
  alleged: 'alleges',
  considered: 'considers',
  seen: 'sees',
  regarded: 'regards',
  viewed: 'views',
  anticipated: 'anticipates',
  feared: 'fears',
  estimated: 'estimates',
  known: 'knows',
  acknowledged: 'acknowledges',
  accepted: 'accepts',
  agreed: 'agrees',
};
const PAST: Record<string, string> = { seen: 'saw', known: 'knew' };

function active(participle: string, past: boolean): string | undefined {
  const p = participle.toLowerCase();
  if (!PRESENT[p]) return undefined;
  return past ? (PAST[p] ?? p) : PRESENT[p];
}

/**
 * The vague source named instead of added to: "Experts say …" -> "[SOURCE] say …", "according to analysts" ->
 * "according to [SOURCE]", "It is widely expected that …" -> "[SOURCE] expects that …", "reportedly" dropped and
 * the source added at the end. `who` is the source to name (a placeholder unless the references give one).
 */
export function vagueSourceFix(text: string, a: Assertion, who = PLACEHOLDER, title?: string): Fix | undefined {
  if (!a.cue) return undefined;
  const at = locate(text, a, a.cue);
  if (!at) return undefined;
  const words = [...text.slice(at.start, at.end).matchAll(/\S+/g)].map((m) => ({
    w: m[0],
    start: at.start + m.index!,
    end: at.start + m.index! + m[0].length,
  }));
  const lower = words.map((w) => w.w.toLowerCase().replace(/[^a-z']/g, ''));
  const basis = who === PLACEHOLDER ? 'placeholder' : 'source';
  const label = (from: number, to: number) => title ?? `Name the source in place of “${text.slice(from, to)}”`;
  const head = lower.findIndex((w) => VAGUE_HEADS.has(w));
  if (head >= 0) {
    // The vague phrase is the run of words on the head's side of the verb: "Some analysts" believe; according to "many experts".
    const after = lower[0] === 'according' || REPORTING_VERBS.has(lower[0]!) || lower[0] === 'citing';
    // A joining word the cue picked up ("and officials say") stays where it is.
    const lead = lower.findIndex((w) => !/^(and|but|or|while|as|though|although|yet|so)$/.test(w));
    const from = after ? words[lower[0] === 'according' ? 2 : 1] : words[lead];
    const to = after ? words[words.length - 1] : words[head];
    if (!from || !to || from.start > to.end) return undefined;
    const atSentenceStart = !/\p{L}/u.test(text.slice(a.start, from.start));
    const name = atSentenceStart && who !== PLACEHOLDER ? who[0]!.toUpperCase() + who.slice(1) : who;
    // A named source is one speaker: "Experts say" becomes "The port authority says".
    const verb = !after && who !== PLACEHOLDER ? words[words.indexOf(to) + 1] : undefined;
    const singular = verb && THIRD_PERSON[verb.w.toLowerCase()];
    if (verb && singular)
      return {
        title: label(from.start, to.end),
        start: from.start,
        end: verb.end,
        newText: `${name}${text.slice(to.end, verb.start)}${singular}`,
        basis,
      };
    return { title: label(from.start, to.end), start: from.start, end: to.end, newText: name, basis };
  }
  const passive = IT_PASSIVE.exec(text.slice(at.start, at.end).replace(/\s+/g, ' '));
  if (passive) {
    const verb = active(passive[2]!, /^(was|had been)$/i.test(passive[1]!));
    if (!verb) return undefined;
    const atSentenceStart = !/\p{L}/u.test(text.slice(a.start, at.start));
    const name = atSentenceStart && who !== PLACEHOLDER ? who[0]!.toUpperCase() + who.slice(1) : who;
    return { title: label(at.start, at.end), start: at.start, end: at.end, newText: `${name} ${verb}`, basis };
  }
  if (words.length === 1 && ADVERBS.test(lower[0]!)) {
    // One edit from the adverb to the attribution point: the words in between are written back unchanged.
    const end = attributionPoint(text, a);
    if (end === undefined || end <= at.end) return undefined;
    let from = at.start;
    while (from > a.start && text[from - 1] === ' ') from--;
    const kept = text.slice(at.end, end).replace(/^,?\s*/, from === a.start ? '' : ' ');
    const body = from === a.start ? kept.charAt(0).toUpperCase() + kept.slice(1) : kept;
    return { title: label(at.start, at.end), start: from, end, newText: `${body}, according to ${who}`, basis };
  }
  return undefined;
}

// The placeholder fix of a vague cue reads the sentence's words and the cue alone (vagueSourceFix looks at nothing
// outside the sentence): kept by the sentence's key and the cue, relative to the sentence (null: none).
const placeholders = new NestedCache<{ fix: Fix | null }>(4000);

/** vagueSourceFix(text, a) with its placeholder, from the cache: a fresh fix in the article's offsets. */
export function vaguePlaceholderFix(text: string, a: Assertion): Fix | undefined {
  if (!a.cue) return undefined;
  const sentence = textKey(text, a.start, a.end);
  const { fix } = placeholders.get(sentence, a.cue, () => ({
    // Read from the key, the cache's own copy of the sentence: the fix's words refer to no version of the article.
    fix: vagueSourceFix(sentence, { ...a, start: 0, end: sentence.length }) ?? null,
  }));
  return fix ? { ...fix, start: fix.start + a.start, end: fix.end + a.start } : undefined;
}

/**
 * Sources the references give for a figure of this sentence: where a reference sentence stating the same figure is
 * attributed ("…, according to the bank"), offer that attribution.
 */
export function referenceSources(
  a: Assertion,
  claims: readonly Claim[],
  index: ReferenceIndex | undefined,
  entities: readonly Entity[] = [],
): string[] {
  if (!index || !index.size) return [];
  const out: string[] = [];
  for (const c of claims) {
    if (c.kind !== 'quantity' || c.status !== 'corroborated' || c.start < a.start || c.end > a.end) continue;
    for (const ev of c.evidence) {
      const found = sourceOf(index, ev.ref, ev.start, ev.end);
      const who = found && asTheArticleNames(found, a.start, entities, index);
      if (who && !out.some((o) => o.toLowerCase() === who.toLowerCase())) out.push(who);
    }
  }
  return out.slice(0, 2);
}

/** The named source of the reference sentence at [start, end) of document `ref`, as an attribution reads it. */
function sourceOf(index: ReferenceIndex, ref: string, start: number, end: number): string | undefined {
  const lo = refSentenceAt(index, ref, start);
  if (lo === undefined) return undefined;
  const pa = index.passageAnnotations(lo);
  if (!pa) return undefined;
  const as = pa.ann.assertions.find(
    (x) => x.status === 'attributed' && x.source && x.start + pa.from <= start && x.end + pa.from >= end,
  );
  const source = as?.source?.trim();
  if (!source || /^(he|she|they|it|we|i)$/i.test(source)) return undefined;
  // "the bank said": a common noun keeps its article; a name stands alone.
  return /^\p{Lu}/u.test(source) ? source : `the ${source.replace(/^(the|its|his|her|their)\s+/i, '')}`;
}

/**
 * A person the references name as the source, written as the article writes them: by surname once the article has
 * introduced them, in full (the article's spelling, else the references' fullest form) before that.
 */
function asTheArticleNames(source: string, at: number, entities: readonly Entity[], index: ReferenceIndex): string {
  if (!/^\p{Lu}/u.test(source)) return source;
  const first = firstMention(entities, source, ['PERSON']);
  if (!first) return fullNameInReferences(index, source, samePerson);
  const full = nameWords(first.canonical || first.text);
  return first.start < at && full.length > 1 ? full[full.length - 1]! : full.join(' ');
}

/** ", according to <source>" where the placeholder would go. */
export function sourceFix(text: string, s: { start: number; end: number }, who: string): Fix | undefined {
  const at = attributionPoint(text, s);
  return at === undefined
    ? undefined
    : {
        title: `Attribute to ${who}, as the reference does`,
        start: at,
        end: at,
        newText: `, according to ${who}`,
        basis: 'source',
      };
}
