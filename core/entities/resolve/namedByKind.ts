// The second stage: a capitalised word the tagger left out, after a noun that says what kind of organisation follows
// ("the carmaker Volvex"), or in apposition ("Oyelaran, a lawyer, said").
import { KernelCache } from '../../text/memo';
import type { DocTokens } from '../features';
import type { Gazetteer } from '../gazetteer';
import { ORG_KIND_NOUNS, PLAYERS } from '../lists';
import { afterThe, kindAfter, kindAfterName, personAfter } from './appositions';
import type { RawSpan } from './spans';
import { CAPITALISED } from './words';

/** "the Saudi carrier Flynas", "the carmaker Volvex": a capitalised word no list knows right after a lower-case
 * noun saying what kind of organisation follows is one, though the tagger left it out (a tagged name is left to the
 * organisation-context rules); so is one opening a sentence before such a noun in apposition, and one before a
 * player's position and name (the club). */
export function namedByKind(d: DocTokens, raw: RawSpan[]): RawSpan[] {
  let cache = cueCaches.get(d.gazetteer);
  if (!cache) cueCaches.set(d.gazetteer, (cache = new KernelCache(4000)));
  const cues = new Set<number>();
  const people = new Set<number>();
  // Index loops, no destructuring: this runs over every sentence at every keystroke, mostly unoptimised.
  for (let k = 0; k < d.sents.length; k++) {
    const sent = d.sents[k]!;
    const s = sent[0];
    const c = cache.get(d.sentText[k]!, () => sentenceCues(d, s, sent[1]));
    // The document's first token is never read as a cue's noun.
    if (c.afterFirst && s > 0) cues.add(s + 1);
    for (let i = 0; i < c.cues.length; i++) cues.add(s + c.cues[i]!);
    for (let i = 0; i < c.people.length; i++) people.add(s + c.people[i]!);
  }
  if (cues.size === 0 && people.size === 0) return raw;
  const covered = new Uint8Array(d.n);
  for (const s of raw) covered.fill(1, s.a, s.b);
  const added = [...cues, ...people].filter((j) => !covered[j] && unlistedName(d, j, !people.has(j)));
  if (added.length === 0) return raw;
  const out = raw.concat(
    added.map((j): RawSpan => ({ a: j, b: j + 1, type: people.has(j) ? 'PERSON' : 'ORG', conf: 0.5 })),
  );
  return out.sort((x, y) => x.a - y.a);
}

/** Where one sentence's cues are, relative to its first token: the organisations' (`afterFirst`: the word after its
 * first, which is a kind of organisation) and the people's. Read from the sentence alone, so cached by its text. */
interface SentenceCues {
  afterFirst: boolean;
  cues: readonly number[];
  people: readonly number[];
}
const NO_CUES: SentenceCues = { afterFirst: false, cues: [], people: [] };

/** Per name list (the sentence's tokens depend on it): sentence text -> its cues. */
const cueCaches = new WeakMap<Gazetteer, KernelCache<string, SentenceCues>>();

function sentenceCues(d: DocTokens, s: number, e: number): SentenceCues {
  let afterFirst = false;
  const cues = new Set<number>();
  for (let i = s; i + 1 < e; i++) {
    // "the Handelsblatt daily", "the Ifo institute": between "the" and such a noun that no name follows.
    if (i >= s + 2 && d.flags[i - 1]! & 1 && kindAfterName(d, i, e) && afterThe(d, i - 1, s)) cues.add(i - 1 - s);
    // "Dravik CEO Tomas Lind", "Bundesbank President Hans Keller": before a capitalised office and a name, the body.
    if (i > s && d.flags[i]! & 1 && d.flags[i + 1]! & 1 && OFFICES_CAPITALISED.has(d.words[i]!)) cues.add(i - 1 - s);
    // Both cues are a lower-case word before a capital, tested first: the pass runs at every keystroke.
    if (!(d.flags[i + 1]! & 1) || d.flags[i]! & 1) continue;
    if (ORG_KIND_NOUNS.has(d.lower[i]!)) {
      if (i === s) afterFirst = true;
      else cues.add(i + 1 - s);
    } else if (PLAYERS.has(d.lower[i]!)) {
      // "Kasimpasa midfielder Yusuf Erdem": before a player's position and name, the club.
      if (i > s) cues.add(i - 1 - s);
    } else if (i > s && COMPANY_HEADS.has(d.lower[i]!)) {
      // "Pellworth chairman Anders Rehn", "Vantrelix chief executive Mark Dunne": before its officer and a name.
      const j = d.lower[i] === 'executive' ? i - 1 : i;
      if (j > s && (j === i || d.lower[j] === 'chief')) cues.add(j - 1 - s);
    }
  }
  // "Volvex, the country's largest carmaker, said …": opening a sentence, in apposition with such a noun phrase; and
  // "Oyelaran, a lawyer, said …", a person.
  let person = false;
  if (e - s >= 5 && d.words[s + 1] === ',') {
    const at = (j: number) => (j < e ? d.lower[j]! : '');
    if (kindAfter(d, at, s + 1)) cues.add(0);
    else if (personAfter(d, at, s + 1)) person = true;
  }
  if (!afterFirst && !cues.size && !person) return NO_CUES;
  return { afterFirst, cues: [...cues], people: person ? [0] : [] };
}

/** A company's officers named by their office before their name, after the company's ("Pellworth chairman Anders
 * Rehn"): not a spokesman or a manager, whom a person has too ("Trump spokesman …"). */
const COMPANY_HEADS = new Set(['chairman', 'chairwoman', 'executive']);
const OFFICES_CAPITALISED = new Set(['CEO', 'CFO', 'President', 'Chairman', 'Chairwoman']);

/** A capitalised word at j that no list knows: no common word, listed name or given name (a company the lists know is
 * one too where an organisation's cue names it: "Petrobras, Brazil's state-run oil company,"). */
function unlistedName(d: DocTokens, j: number, org: boolean): boolean {
  if (!(d.flags[j]! & 1) || d.shout[j] || !CAPITALISED.test(d.words[j]!)) return false;
  const lw = d.lower[j]!;
  const cls = d.gazetteer.classOfKey(lw);
  return !d.gazetteer.lex.has(lw) && (!cls || (org && cls === 'K')) && !d.gazetteer.first.has(d.words[j]!);
}
