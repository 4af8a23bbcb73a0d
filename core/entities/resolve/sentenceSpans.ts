// The sentence stages: each stretch of sentences read apart from the rest, its result cached per stretch so that an
// edit recomputes only the stretch it touched. stretchSpans() lists the stages in order.
import { flatCopy, NestedCache, textKey } from '../../text/memo';
import type { EntityType } from '../../types';
import type { DocTokens } from '../features';
import type { Gazetteer } from '../gazetteer';
import { addAcronymOrgs, definedAcronyms } from './acronyms';
import { addAirlines } from './airlines';
import { ampersandNames, companyOpenings, parentCompanies, particleNames, possessiveNames } from './joinedNames';
import { kindBeforeName, nationalityBeforeKind, orgsByContext, partiesByMembers } from './orgsByContext';
import { addListedPlaces, placesAfterOf } from './places';
import { peopleByKin } from './peopleByKin';
import { repairTaggerSpans } from './repairTaggerSpans';
import { sidesOfResultLines } from './resultLines';
import { shoutedHeadlines } from './shoutedHeadlines';
import { type Acronyms, type KeyedSpan, keyOf, type RawSpan, textOf } from './spans';
import {
  clubsByPrefix,
  clubsInBrackets,
  dropReportLabels,
  scorecardNames,
  scorersInBrackets,
  scorersLines,
  sidesOfResults,
  sportsClubs,
  teamsAfterNation,
} from './sports';
import { WORD } from './words';

/** What the sentence stages make of one stretch: spans relative to its first token, acronyms it defines; and what
 * it was computed from besides the stretch's text: the tagger's spans (relative) and the words whose use elsewhere in
 * the document (docLower) it read, with the answers it got. Immutable. */
export interface StretchSpans {
  raw: readonly RawSpan[];
  spans: readonly KeyedSpan[];
  acronyms: ReadonlyArray<readonly [acronym: string, type: EntityType, full: string]>;
  lowerDeps: ReadonlyArray<readonly [word: string, used: boolean]>;
}

/** Per name list (training may run another): stretch text -> where its sentences break -> its spans. */
const stretchCaches = new WeakMap<Gazetteer, NestedCache<StretchSpans>>();

/** One stretch as the document stages read it: its tokens [from, to), sentences first..last, its key (the cache key of
 * its text) and what the sentence stages made of it (the cached value: the same object while it holds; its spans are
 * relative to `from`). */
export interface Stretch {
  from: number;
  to: number;
  first: number;
  last: number;
  key: string;
  local: StretchSpans;
}

/** The stretches of sentences with their spans, in order, and the document's acronym definitions. */
export function sentenceSpans(d: DocTokens, raw: RawSpan[]): { acronyms: Acronyms; stretches: Stretch[] } {
  let cache = stretchCaches.get(d.gazetteer);
  if (!cache) stretchCaches.set(d.gazetteer, (cache = new NestedCache<StretchSpans>(4000)));
  const acronyms: Acronyms = new Map();
  const parts: Stretch[] = [];
  let r = 0;
  let reader: StretchReader | undefined;
  // Index loops over flat lists: this runs at every keystroke, mostly before V8 optimises it, where for-of and
  // destructuring allocate an iterator and its results at each step.
  const bounds = stretches(d, raw);
  for (let i = 0; i < bounds.length; i += 4) {
    const from = bounds[i]!;
    const to = bounds[i + 1]!;
    const first = bounds[i + 2]!;
    const last = bounds[i + 3]!;
    const r0 = r;
    while (r < raw.length && raw[r]!.a < to) r++;
    let detail = '';
    // One sentence is keyed by its text (the analyser's key prepare() looked up); a longer stretch by its words and
    // where its sentences break.
    let key: string;
    if (first === last) key = d.sentText[first]!;
    else {
      key = textKey(d.text, d.starts[from]!, d.ends[to - 1]!);
      for (let k = first; k <= last; k++) {
        const sent = d.sents[k]!;
        const a = sent[0];
        detail += `|${sent[1] - a},${d.headline[a]},${d.table[a]}`;
      }
    }
    const local = cache.get(
      key,
      detail,
      () => stretchSpans((reader ??= new StretchReader(d)), raw.slice(r0, r), from, to),
      // A sentence's tags change with facts of other sentences (tagger.ts): then it is computed again.
      (v) => sameSpans(v.raw, raw, r0, r, from) && sameLowerUse(d, v.lowerDeps),
    );
    const defined = local.acronyms;
    for (let k = 0; k < defined.length; k++) {
      const def = defined[k]!;
      acronyms.set(def[0], { type: def[1], full: def[2] });
    }
    parts.push({ from, to, first, last, key, local });
  }
  return { acronyms, stretches: parts };
}

/** Whether the document uses each word in lower case as it did when the stretch's spans were computed. */
function sameLowerUse(d: DocTokens, deps: StretchSpans['lowerDeps']): boolean {
  for (let k = 0; k < deps.length; k++) {
    const dep = deps[k]!;
    if (d.docLower.has(dep[0]) !== dep[1]) return false;
  }
  return true;
}

/** Whether raw[r0, r), shifted by `from`, are the spans `cached`. */
function sameSpans(cached: readonly RawSpan[], raw: RawSpan[], r0: number, r: number, from: number): boolean {
  if (cached.length !== r - r0) return false;
  for (let k = 0; k < cached.length; k++) {
    const c = cached[k]!;
    const s = raw[r0 + k]!;
    if (c.a !== s.a - from || c.b !== s.b - from || c.type !== s.type || c.conf !== s.conf) return false;
  }
  return true;
}

/**
 * Token ranges [from, to) of sentences k = first..last that the sentence stages can read apart from the rest. A rule
 * may look a token or two past its sentence ("of" before a name, an all-caps neighbour, "(CES)" after one) and join
 * adjacent spans, so a sentence stands alone only after one that ends on punctuation no span covers; otherwise the
 * two are read together.
 */
function stretches(d: DocTokens, raw: RawSpan[]): number[] {
  /** from, to, first, last of each stretch in turn. */
  const out: number[] = [];
  let first = 0;
  let maxB = 0;
  let r = 0;
  for (let k = 0; k < d.sents.length; k++) {
    const e = d.sents[k]![1];
    while (r < raw.length && raw[r]!.a < e) maxB = Math.max(maxB, raw[r++]!.b);
    if (k + 1 < d.sents.length && (WORD.test(d.words[e - 1]!) || maxB >= e)) continue;
    out.push(d.sents[first]![0], e, first, k);
    first = k + 1;
  }
  return out;
}

/**
 * What the sentence stages of one resolve() share, made on the first stretch computed: the document as the rules
 * read it, with the document-wide facts they read recorded (a cached result is used only while those still hold),
 * and working arrays over its tokens (each stretch writes and reads only its own tokens: no clearing between them).
 */
class StretchReader {
  readonly d: DocTokens;
  readonly took: Uint8Array;
  readonly taken: Uint8Array;
  lowerDeps: Array<[string, boolean]> = [];

  constructor(doc: DocTokens) {
    const docLower: DocTokens['docLower'] = {
      has: (w: string) => {
        const used = doc.docLower.has(w);
        this.lowerDeps.push([w, used]);
        return used;
      },
      keys: () => doc.docLower.keys(),
    };
    this.d = Object.create(doc) as DocTokens;
    this.d.docLower = docLower;
    this.took = new Uint8Array(doc.n);
    this.taken = new Uint8Array(doc.n);
  }
}

/** The sentence stages on the tokens [from, to) and the tagger's spans there; spans come back relative to `from`. */
function stretchSpans(reader: StretchReader, raw: RawSpan[], from: number, to: number): StretchSpans {
  const { d } = reader;
  const lowerDeps = (reader.lowerDeps = []);
  const found = raw.slice();
  addListedPlaces(d, found, from, to, reader.took);
  let spans = partiesByMembers(d, repairTaggerSpans(d, found, from, to), from, to);
  spans = companyOpenings(d, possessiveNames(d, ampersandNames(d, spans, from, to), from, to), from, to);
  addAirlines(d, spans);
  spans = addAcronymOrgs(d, spans, from, to, reader.taken);
  const acronyms = definedAcronyms(d, spans);
  placesAfterOf(d, spans);
  sportsClubs(d, spans);
  spans = clubsByPrefix(d, spans, from, to);
  orgsByContext(d, spans);
  peopleByKin(d, spans);
  kindBeforeName(d, spans);
  nationalityBeforeKind(d, spans);
  spans = parentCompanies(d, particleNames(d, spans, from, to), from, to);
  sidesOfResults(d, spans);
  scorersLines(d, spans);
  scorersInBrackets(d, spans);
  spans = clubsInBrackets(d, spans);
  spans = teamsAfterNation(d, spans);
  spans = dropReportLabels(d, spans);
  spans = shoutedHeadlines(d, spans, from, to);
  spans = scorecardNames(d, spans, from, to);
  spans = sidesOfResultLines(d, spans, from, to);
  return {
    raw: raw.map((s) => ({ a: s.a - from, b: s.b - from, type: s.type, conf: s.conf })),
    spans: spans.map((s) => ({
      a: s.a - from,
      b: s.b - from,
      type: s.type,
      conf: s.conf,
      key: keyOf(d, s.a, s.b),
      text: flatCopy(textOf(d, s.a, s.b)),
    })),
    acronyms: acronyms.map(([acr, type, full]) => [acr, type, flatCopy(full)] as const),
    lowerDeps,
  };
}
