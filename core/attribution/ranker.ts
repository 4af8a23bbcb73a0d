// A learned source for the attributed sentences the rules leave unnamed ("I think …" with no named voice, a pronoun
// with no antecedent the rules trust): the parties the sentence and the document offer (names in the sentence and the
// few before it, recent speakers, the document's voice, its most named person), scored by a linear ranker trained on
// GUM's gold sources (scripts/train-attribution.ts). It never overrules a source the rules named: trained to (with the
// rules' choice as a feature), it lost held-out source accuracy on every set.
import packed from '../../models/attribution-sources.json';
import type { Assertion, Entity, Paragraph, Quote, Sentence } from '../types';
import { NameResolver } from './sources';
import { documentVoice, type Voice } from './voice';
import { Antecedents } from './antecedents';
import { lazily, Scoped } from '../text/memo';
import { partitionPoint } from '../text/spans';

export const SOURCE_RANKER_VERSION = 1;

export interface PackedSourceRanker {
  version: number;
  /** Lines "feature\tweight", weights as integers over `scale`. */
  weights: string;
  scale: number;
}

export type RankerWeights = ReadonlyMap<string, number>;

export function readRanker(p: PackedSourceRanker): RankerWeights {
  if (p.version !== SOURCE_RANKER_VERSION)
    throw new Error(
      `source ranker version ${p.version}, expected ${SOURCE_RANKER_VERSION}: run npm run train:attribution`,
    );
  const m = new Map<string, number>();
  for (const line of p.weights.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) m.set(line.slice(0, tab), Number(line.slice(tab + 1)) / p.scale);
  }
  return m;
}

const bundled = lazily(() => readRanker(packed as PackedSourceRanker));
/** Training and cross-validation: null turns the ranker off (a fold's annotations must not use the shipped one). */
const RANKER = new Scoped<RankerWeights | null | undefined>(() => undefined);

export function useSourceRanker(w: RankerWeights | null | undefined): void {
  RANKER.set(w);
}

/** The running analyser's ranker: fills the sources the rules left unnamed. */
export function fillSources(input: RankerInput, assertions: Assertion[], reading?: DocumentReading): Assertion[] {
  const w = RANKER.get();
  if (w === null) return assertions;
  return rerankSources(input, assertions, w ?? bundled(), reading);
}

/**
 * What the rules already read off the document, handed over so that the ranker does not read it again: the document's
 * voice, and a resolver in the state a new one has after finding it (NameResolver.fork, right after documentVoice).
 */
export interface DocumentReading {
  resolver: NameResolver;
  voice: Voice | undefined;
}

export interface RankerInput {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
}

export interface SourceCandidate {
  /** Undefined: leave the sentence without a named source. */
  name: string | undefined;
  feats: string[];
}

/** Sentences back a name may be taken from. */
const LOOK_BACK = 6;
const SPEAKERS_KEPT = 4;

/**
 * A cue right after a common-noun subject ("the agency says"), or a sentence closed by a report whose subject is one
 * ("I think the fee is too high, a reader wrote."): the sentence says who speaks and names nobody; a name from
 * elsewhere in the document would be a guess.
 */
const COMMON_SUBJECT =
  /\b(?:a|an|the|another|one|some|several|many|two|three|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const COMMON_CLOSING = /,\s+(?:a|an|the|another|one|some|several|many|two|three)\s+[\p{Ll}\s-]{3,60}[.!?]?["”’]?\s*$/u;

/**
 * An "I" the rules left unnamed is filled only in a document written in the first person (a speech, a vlog, an
 * interview, a conversation: at least this share of its sentences, outside quotes) and long enough to tell; in
 * third-person reporting an unquoted "I" is a letter or a quote that lost its marks, not the most named person's.
 */
const FIRST_PERSON_DOCUMENT = 0.3;
const FIRST_PERSON_MIN_SENTENCES = 15;

const FIRST_PERSON = /\b(?:I|we|We|my|My|our|Our|me|us)\b/;
const HE_SHE = /\b(?:he|she|He|She|his|her|His|Her)\b/;
const THEY = /\b(?:they|They|their|Their)\b/;

/** The words of a sentence outside its quotes. */
function outsideQuotes(text: string, s: Sentence, quotes: Quote[]): string {
  let out = '';
  let at = s.start;
  for (const q of quotes) {
    if (q.end <= s.start || q.start >= s.end) continue;
    if (q.start > at) out += text.slice(at, q.start);
    out += ' ';
    at = Math.max(at, q.end);
  }
  if (at < s.end) out += text.slice(at, s.end);
  return out;
}

const bucket = (n: number, edges: number[]): string => {
  for (const e of edges) if (n <= e) return String(e);
  return `>${edges[edges.length - 1]}`;
};

const key = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/['’]s$/, '')
    .trim();

/**
 * The candidates of every attributed assertion the rules left without a source (index into `assertions` ->
 * candidates, the last one "none": leave it unnamed). Assertions are in document order: one the rules named makes its
 * source the latest speaker; one they left unnamed gets the parties around it (candidatesFor).
 */
export function sourceCandidates(
  input: RankerInput,
  assertions: Assertion[],
  reading?: DocumentReading,
): Map<number, SourceCandidate[]> {
  const out = new Map<number, SourceCandidate[]>();
  // Most news names every source: nothing to rank, and none of the document-wide reading below.
  if (!assertions.some((a) => a.status === 'attributed' && a.source === undefined)) return out;
  const doc = readDocument(input, reading);
  const speakers: string[] = [];
  assertions.forEach((a, ai) => {
    if (a.status !== 'attributed') return;
    if (a.source) {
      noteSpeaker(speakers, a.source);
      return;
    }
    const cands = candidatesFor(doc, a, speakers);
    if (cands) out.set(ai, cands);
  });
  return out;
}

/** A PERSON/ORG mention with its canonical name and type. */
interface Mention {
  e: Entity;
  name: string;
  type: string;
}

/** What the candidates of every unnamed assertion read about the document, found once. */
interface DocumentParties {
  text: string;
  sentences: Sentence[];
  /** The quotes, by start. */
  quotes: Quote[];
  /** Every PERSON/ORG mention, in document order. */
  mentions: Mention[];
  /** Mentions per name (by key). */
  count: Map<string, number>;
  firstPerson: string | undefined;
  /** The most mentioned person. */
  topPerson: string | undefined;
  voice: Voice | undefined;
  antecedents: Antecedents;
  firstPersonDocument: boolean;
  /** The first mention that may still be near an assertion (assertions come in document order). */
  nextMention: number;
}

function readDocument(input: RankerInput, reading?: DocumentReading): DocumentParties {
  const { text, sentences } = input;
  const resolver = reading?.resolver ?? new NameResolver(text, input.entities);
  const voice = reading ? reading.voice : documentVoice(text, input.paragraphs, input.entities, resolver);
  const antecedents = new Antecedents(text, input.entities, (n) => resolver.fullName(n));
  const quotes = [...input.quotes].sort((a, b) => a.start - b.start);
  const { mentions, count, firstPerson, topPerson } = mentionsOf(input, resolver);
  return {
    text,
    sentences,
    quotes,
    mentions,
    count,
    firstPerson,
    topPerson,
    voice,
    antecedents,
    firstPersonDocument: isFirstPersonDocument(text, sentences, quotes),
    nextMention: 0,
  };
}

/** Every PERSON/ORG mention with its canonical name, how often each name is mentioned, the first person named and
 * the most mentioned one. */
function mentionsOf(
  input: RankerInput,
  resolver: NameResolver,
): Pick<DocumentParties, 'mentions' | 'count' | 'firstPerson' | 'topPerson'> {
  const mentions: Mention[] = [];
  const count = new Map<string, number>();
  let firstPerson: string | undefined;
  for (const e of [...input.entities].sort((a, b) => a.start - b.start)) {
    if (e.type !== 'PERSON' && e.type !== 'ORG') continue;
    const r = resolver.resolve(e.start, e.end);
    if (!r || !/\p{L}/u.test(r.name)) continue;
    const type = r.type === 'PERSON' || r.type === 'ORG' ? r.type : e.type;
    mentions.push({ e, name: r.name, type });
    count.set(key(r.name), (count.get(key(r.name)) ?? 0) + 1);
    if (!firstPerson && type === 'PERSON') firstPerson = r.name;
  }
  let topPerson: string | undefined;
  let topN = 0;
  for (const m of mentions)
    if (m.type === 'PERSON' && (count.get(key(m.name)) ?? 0) > topN) {
      topN = count.get(key(m.name))!;
      topPerson = m.name;
    }
  return { mentions, count, firstPerson, topPerson };
}

/** The document is written in the first person (see FIRST_PERSON_DOCUMENT). */
function isFirstPersonDocument(text: string, sentences: Sentence[], quotes: Quote[]): boolean {
  let body = 0;
  let firstPersonSentences = 0;
  for (const s of sentences) {
    if (s.furniture) continue;
    body++;
    if (FIRST_PERSON.test(outsideQuotes(text, s, quotes))) firstPersonSentences++;
  }
  return body >= FIRST_PERSON_MIN_SENTENCES && firstPersonSentences >= FIRST_PERSON_DOCUMENT * body;
}

/** The index of the sentence that holds `offset`. */
const sentenceAt = (sentences: Sentence[], offset: number): number =>
  partitionPoint(0, sentences.length, (i) => sentences[i]!.end <= offset);

/** A source the rules named becomes the latest of the recent speakers (SPEAKERS_KEPT, latest first). */
function noteSpeaker(speakers: string[], source: string): void {
  const i = speakers.indexOf(source);
  if (i >= 0) speakers.splice(i, 1);
  speakers.unshift(source);
  if (speakers.length > SPEAKERS_KEPT) speakers.pop();
}

/**
 * The parties an unnamed assertion may be credited to, with their features: names near it, the recent speakers, the
 * document's voice, its most mentioned and its first person, and "none". Undefined when its sentence says who speaks
 * and names nobody, or speaks in the first person outside a first-person document.
 */
function candidatesFor(doc: DocumentParties, a: Assertion, speakers: readonly string[]): SourceCandidate[] | undefined {
  const { text, sentences, quotes } = doc;
  const si = sentenceAt(sentences, a.start);
  const s = sentences[si];
  if (!s) return undefined;
  const own = outsideQuotes(text, s, quotes);
  const cls = FIRST_PERSON.test(own) ? 'I' : HE_SHE.test(own) ? 'he' : THEY.test(own) ? 'they' : 'x';
  const pron = /\bshe\b|\bher\b/i.test(own) ? 'f' : /\bhe\b|\bhis\b|\bhim\b/i.test(own) ? 'm' : '';
  const cueAt = a.cue ? text.slice(s.start, s.end).indexOf(a.cue) : -1;
  if (cueAt > 0 && COMMON_SUBJECT.test(text.slice(s.start, s.start + cueAt))) return undefined;
  if (COMMON_CLOSING.test(own)) return undefined;
  if (cls === 'I' && !doc.firstPersonDocument) return undefined;
  const byKey = new Map<string, SourceCandidate>();
  namesNear(doc, si, cueAt, byKey);
  speakers.forEach((n, r) => addParty(byKey, n, `spk=${bucket(r, [0, 1, 2])}`));
  const voice = doc.voice;
  if (voice) {
    addParty(byKey, voice.name, 'voice', voice.interview ? 'voice=interview' : 'voice=head');
    if (voice.interviewer) addParty(byKey, voice.interviewer, 'interviewer');
  }
  addParty(byKey, doc.topPerson, 'top');
  addParty(byKey, doc.firstPerson, 'first');
  const cands = [...byKey.values()];
  cands.push({ name: undefined, feats: ['none'] });
  for (const c of cands) c.feats = rankerFeatures(doc, c, cls, pron);
  return cands;
}

/** A party (by its key) with features, each once; an undefined name adds nothing. */
function addParty(byKey: Map<string, SourceCandidate>, name: string | undefined, ...feats: string[]): void {
  if (!name) return;
  const k = key(name);
  let c = byKey.get(k);
  if (!c) {
    c = { name, feats: [] };
    byKey.set(k, c);
  }
  for (const f of feats) if (!c.feats.includes(f)) c.feats.push(f);
}

/** Names in sentence si and the few before it, with how far back, where against the cue (at cueAt), and quoted. */
function namesNear(doc: DocumentParties, si: number, cueAt: number, byKey: Map<string, SourceCandidate>): void {
  const { sentences, mentions, quotes } = doc;
  const s = sentences[si]!;
  const from = sentences[Math.max(0, si - LOOK_BACK)]!.start;
  let mi = doc.nextMention;
  while (mi < mentions.length && mentions[mi]!.e.end <= from) mi++;
  doc.nextMention = mi;
  for (let k = mi; k < mentions.length && mentions[k]!.e.start < s.end; k++) {
    const m = mentions[k]!;
    const d = si - sentenceAt(sentences, m.e.start);
    if (d < 0 || d > LOOK_BACK) continue;
    const feats = [`t=${m.type}`, `d=${bucket(d, [0, 1, 2, 4])}`];
    if (sentences[sentenceAt(sentences, m.e.start)]!.paragraph === s.paragraph) feats.push('samePara');
    if (d === 0) {
      const rel = m.e.start - s.start;
      feats.push(cueAt < 0 ? 'pos=nocue' : rel < cueAt ? 'pos=before' : 'pos=after');
      if (rel < 3) feats.push('opens');
    }
    if (quotes.some((q) => q.start <= m.e.start && m.e.start < q.end)) feats.push(d === 0 ? 'quoted0' : 'quoted');
    addParty(byKey, m.name, ...feats);
  }
}

/**
 * A party's features as the ranker reads them: where it was found, how often its name is mentioned, whether its
 * gender agrees with the sentence's pronoun (pron), each alone and with the sentence's pronoun class (cls).
 */
function rankerFeatures(doc: DocumentParties, c: SourceCandidate, cls: string, pron: string): string[] {
  const base = c.feats;
  const n = c.name ? (doc.count.get(key(c.name)) ?? 0) : -1;
  const extra: string[] = [];
  if (c.name) {
    extra.push(`n=${bucket(n, [0, 1, 3])}`);
    if (!base.some((f) => f.startsWith('t='))) extra.push('t=?');
    if (pron) {
      const g = doc.antecedents.gender(c.name);
      extra.push(g ? (g === pron ? 'sex=agree' : 'sex=clash') : 'sex=?');
    }
    extra.push('named');
  }
  const all = [...base, ...extra];
  // Each feature alone and with the sentence's pronoun class.
  const feats = all.flatMap((f) => [f, `${f}|${cls}`]);
  feats.push('bias');
  return feats;
}

export function scoreCandidate(w: RankerWeights, c: SourceCandidate): number {
  let z = 0;
  for (const f of c.feats) z += w.get(f) ?? 0;
  return z;
}

/** The candidate the ranker prefers (no source on ties). */
export function bestCandidate(cs: SourceCandidate[], w: RankerWeights): SourceCandidate {
  let best = cs[cs.length - 1]!;
  let top = scoreCandidate(w, best);
  for (const c of cs) {
    const z = scoreCandidate(w, c);
    if (z > top) {
      top = z;
      best = c;
    }
  }
  return best;
}

/** The assertions with a source chosen by the ranker wherever the rules named none. */
export function rerankSources(
  input: RankerInput,
  assertions: Assertion[],
  w: RankerWeights,
  reading?: DocumentReading,
): Assertion[] {
  if (!w.size) return assertions;
  const cands = sourceCandidates(input, assertions, reading);
  if (!cands.size) return assertions;
  return assertions.map((a, i) => {
    const cs = cands.get(i);
    const name = cs && cs.length > 1 ? bestCandidate(cs, w).name : undefined;
    return name === undefined ? a : { ...a, source: name };
  });
}
