// The document stages after the votes (repeats, headlines, types, compounds), run stretch by stretch: a stretch's
// result is reused while the stretch and what the sentence stages made of it are the same and none of the document
// facts it read (the votes' winners, person parts, acronyms, known names, the body's names, words used in lower case)
// changed — typing changes one stretch and seldom a fact, so the other stretches cost a lookup each. Each fact is a
// Facts table (memo.ts): the names' counts kept per stretch (PartsTally), the others compared with the last analysis's
// (DocFacts). The result equals the stages run once over the whole document: spans and entities stay in the order
// those gave (see the sorts below).
import { DocFacts, FactCheckedCache, flatCopy, PartsTally } from '../../text/memo';
import type { Entity, EntityType } from '../../types';
import type { DocTokens } from '../features';
import type { Gazetteer } from '../gazetteer';
import { type KnownNames, repeatsIn } from './addRepeats';
import { compoundPlaces, splitCompound } from './compounds';
import { documentTypes, type TypeVotes, voteWinners } from './documentTypes';
import { headlineNames } from './headlineNames';
import type { Stretch, StretchSpans } from './sentenceSpans';
import type { Acronyms, KeyedSpan } from './spans';

/** A stretch's spans with the repeats found in it, relative to its first token. */
interface StretchRepeats {
  spans: readonly KeyedSpan[];
  /** Whether it found repeats (then `spans` are sorted by start, as the document's are when any stretch found one). */
  added: boolean;
  /** Whether the sentence stages' spans were sorted by start already. */
  sorted: boolean;
  /** The keys of its names outside a headline, and the last words of those of two words or more (headlineNames). */
  bodyKeys: readonly string[];
  bodyLast: readonly string[];
}

/** A stretch's entities, offsets relative to its first token's start; canonical names are filled in later. */
interface StretchEntities {
  entities: ReadonlyArray<{ start: number; end: number; text: string; type: EntityType }>;
  /** Whether it found compounds (then the entities are sorted by start, as the document's are when any stretch did). */
  compounds: boolean;
  /** Whether the entities were sorted by start before the compounds. */
  sorted: boolean;
}

interface Caches {
  repeats: FactCheckedCache<StretchRepeats>;
  entities: FactCheckedCache<StretchEntities>;
}
/** Per name list (training may run another). */
const caches = new WeakMap<Gazetteer, Caches>();

const winners = new DocFacts<number>();
/** Only whether a word is a person's surname is read, not how often; so for a company's own word. */
const personParts = new DocFacts<number>(() => true);
const companyHeads = new DocFacts<number>(() => true);
const acronymFacts = new DocFacts<{ type: EntityType; full: string }>((a, b) => a.type === b.type && a.full === b.full);
/** The acronyms in lower case: names a repeat may be of. */
const acronymWords = new DocFacts<boolean>();
/** The sentence stages' names, kept between analyses as counts (only the stretches an edit changed are counted
 * again): their keys; their first words, with bit n set for a name of n words (up to five: no longer name is looked
 * for); the body's names and last words (from the stretches with their repeats). */
const spanKeys = new PartsTally<StretchSpans>((local, visit) => {
  for (const s of local.spans) visit(s.key, 0);
});
const spanHeads = new PartsTally<StretchSpans>((local, visit) => {
  for (const s of local.spans) {
    if (s.b - s.a > 5) continue;
    const space = s.key.indexOf(' ');
    visit(space < 0 ? s.key : s.key.slice(0, space), 1 << (s.b - s.a));
  }
});
const bodyKeys = new PartsTally<StretchRepeats>((r, visit) => {
  for (const k of r.bodyKeys) visit(k, 0);
});
const bodyLast = new PartsTally<StretchRepeats>((r, visit) => {
  for (const w of r.bodyLast) visit(w, 0);
});

/** The entities of the named spans, stretch by stretch. */
export function documentStages(
  d: DocTokens,
  stretches: readonly Stretch[],
  votes: TypeVotes,
  parts: Map<string, number>,
  acronyms: Acronyms,
  heads: Map<string, number>,
): Entity[] {
  let c = caches.get(d.gazetteer);
  if (!c) caches.set(d.gazetteer, (c = { repeats: new FactCheckedCache(4000), entities: new FactCheckedCache(4000) }));
  const locals = stretches.map((st) => st.local);
  const keysF = spanKeys.facts(locals);
  const headsF = spanHeads.facts(locals);
  const partsF = personParts.of(parts);
  const headsOfCompanies = companyHeads.of(heads);
  const lowered = new Map<string, boolean>();
  for (const a of acronyms.keys()) lowered.set(a.toLowerCase(), true);
  const acrWordsF = acronymWords.of(lowered);
  // A name's key of n words is known when a span has it; a surname or an acronym is known as a name of one word.
  const known: KnownNames = {
    lengths: (head) => (headsF.get(head) ?? 0) | (partsF.has(head) || acrWordsF.has(head) ? 2 : 0),
    has: (key) => keysF.has(key) || partsF.has(key) || acrWordsF.has(key),
  };
  const reps = stretches.map((st) =>
    c.repeats.get(st.key, st.local, () =>
      stretchRepeats(
        d,
        st.local.spans.map((s) => ({ ...s, a: s.a + st.from, b: s.b + st.from })),
        st,
        known,
      ),
    ),
  );
  // The document's spans are sorted by start when any stretch found a repeat: so are those of a stretch that did not.
  const anyRepeat = reps.some((r) => r.added);
  const named = reps.map((r) => (anyRepeat && !r.added && !r.sorted ? { ...r, spans: r.spans.slice().sort(byA) } : r));
  const acronymsF = acronymFacts.of(acronyms);
  const typeOf = documentTypes(d, winners.of(voteWinners(votes)), partsF, acronymsF, headsOfCompanies);
  const bodyKeysF = bodyKeys.facts(reps);
  const bodyLastF = bodyLast.facts(reps);
  const out: Entity[] = [];
  const ents = named.map((r, k) => {
    const st = stretches[k]!;
    return c.entities.get(st.key, r, () => {
      const shifted = r.spans.map((s) => ({ ...s, a: s.a + st.from, b: s.b + st.from }));
      const { spans: inNames, vouched } = headlineNames(d, shifted, bodyKeysF, bodyLastF, acronymsF);
      return stretchEntities(d, st, inNames, typeOf, vouched);
    });
  });
  // The document's entities are sorted by start when any stretch found a compound: so are those of one that did not.
  const anyCompound = ents.some((e) => e.compounds);
  ents.forEach((e, k) => {
    const base = d.starts[stretches[k]!.from]!;
    const list = anyCompound && !e.compounds && !e.sorted ? e.entities.slice().sort(byStart) : e.entities;
    for (const x of list)
      out.push({ start: base + x.start, end: base + x.end, text: x.text, type: x.type, canonical: '' });
  });
  return out;
}

const byA = (x: { a: number }, y: { a: number }) => x.a - y.a;
const byStart = (x: { start: number }, y: { start: number }) => x.start - y.start;

function isSorted<T>(list: readonly T[], by: (x: T, y: T) => number): boolean {
  for (let k = 1; k < list.length; k++) if (by(list[k - 1]!, list[k]!) > 0) return false;
  return true;
}

/** The repeats of one stretch (`spans`: its spans, document token indexes), kept relative to its first token, with
 * the names of its body. */
function stretchRepeats(d: DocTokens, spans: KeyedSpan[], st: Stretch, known: KnownNames): StretchRepeats {
  const added = repeatsIn(d, spans, st, known);
  const all = added.length ? spans.concat(added).sort(byA) : spans;
  const keys = new Set<string>();
  const last = new Set<string>();
  for (const s of all) {
    if (d.headline[s.a]) continue;
    keys.add(s.key);
    if (s.b - s.a > 1) last.add(d.lower[s.b - 1]!);
  }
  return {
    spans: all.map((s) => ({ ...s, a: s.a - st.from, b: s.b - st.from })),
    added: added.length > 0,
    sorted: isSorted(spans, byA),
    bodyKeys: [...keys],
    bodyLast: [...last],
  };
}

/** The named spans of one stretch as entities, each with its document type: none for a MISC name or a headline's name
 * nothing vouches for; a compound ("Oslo-based") cut at its hyphen; then the listed places' compounds the tagger left
 * out. Offsets relative to the stretch's first token. */
function stretchEntities(
  d: DocTokens,
  st: Stretch,
  named: readonly KeyedSpan[],
  typeOf: (s: KeyedSpan, fallback: EntityType) => EntityType,
  vouched: (s: KeyedSpan) => boolean,
): StretchEntities {
  const out: Entity[] = [];
  for (const s of named) {
    const type = typeOf(s, s.type);
    if (type === 'MISC') continue;
    if (d.headline[s.a] && !vouched(s)) continue;
    const start = d.starts[s.a]!;
    const end = d.ends[s.b - 1]!;
    if (splitCompound(d, s, type, out)) continue;
    out.push({ start, end, text: s.text ?? d.text.slice(start, end), type, canonical: '' });
  }
  const sorted = isSorted(out, byStart);
  const compounds = compoundPlaces(d, named, out, st.from, st.to);
  const base = d.starts[st.from]!;
  return {
    entities: out.map((e) => ({ start: e.start - base, end: e.end - base, text: flatCopy(e.text), type: e.type })),
    compounds,
    sorted,
  };
}
