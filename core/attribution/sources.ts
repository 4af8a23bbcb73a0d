// Turns the words that name a source into the canonical name: entities first, then the document's own fuller forms.
import type { Entity, EntityType } from '../types';
import { ORG_WORDS, TITLES } from './lexicon';
import { flatCopy, KernelCache, LastCall, memoEnabled, PartsTally, Scoped } from '../text/memo';
import { EditWindow } from '../text/editWindow';
import { KeyedBest, type RankedEntry } from '../text/keyedBest';
import { partitionPoint } from '../text/spans';

export interface ResolvedName {
  name: string;
  type: EntityType | 'UNKNOWN';
}

const TYPE_RANK: Record<string, number> = { PERSON: 0, ORG: 1, MISC: 2, PLACE: 3 };
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.’'&-]*/gu;
const wordsOf = (s: string): string[] => s.match(WORD) ?? [];
const stripPossessive = (w: string): string => w.replace(/['’]s$/u, '');

/** Drops leading titles ("US President", "Presidential Chief of Staff") unless the phrase names an organisation. */
export const stripTitles = (name: string): string => titlesCache.get(name, stripTitlesOnce);
const titlesCache = new KernelCache<string, string>(4000);

function stripTitlesOnce(name: string): string {
  const words = wordsOf(name);
  const lastOrg = findLastIndex(words, (w) => ORG_WORDS.has(w.toLowerCase()));
  if (lastOrg >= 0) {
    // "Harbour Council Lena Moss": a personal name after the organisation is the person.
    const tail = words.slice(lastOrg + 1);
    if (
      tail.length >= 2 &&
      tail.length <= 3 &&
      tail.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !TITLES.has(w.toLowerCase()))
    )
      return tail.join(' ');
    return name.replace(/^(the|a|an)\s+/i, '');
  }
  let i = 0;
  while (i < words.length - 1 && (TITLES.has(words[i]!.toLowerCase()) || /^\p{Ll}/u.test(words[i]!))) i++;
  // Keep a trailing lower-case-free name of at least one capitalised word.
  const rest = words.slice(i);
  return rest.length ? rest.join(' ') : name;
}

/**
 * The entity's canonical name when it plausibly names the same thing as the mention: it ends with the mention's last
 * word ("Varga" -> "Ines Varga") or spells out its acronym ("CRC"). Otherwise the mention itself.
 */
function trustedCanonical(e: Entity): string {
  const c = e.canonical;
  if (!c || c === e.text) return e.text;
  const mention = wordsOf(e.text).map(stripPossessive);
  const canon = wordsOf(c);
  const last = mention[mention.length - 1]?.toLowerCase();
  if (last && canon.length && stripPossessive(canon[canon.length - 1]!).toLowerCase() === last) return c;
  if (mention.length === 1 && /^\p{Lu}{2,}$/u.test(mention[0]!)) {
    const initials = canon
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('');
    if (isSubsequence(mention[0]!, initials)) return c;
  }
  return e.text;
}

function findLastIndex<T>(a: T[], f: (x: T) => boolean): number {
  for (let i = a.length - 1; i >= 0; i--) if (f(a[i]!)) return i;
  return -1;
}

/** What a resolver reads off the whole document (each map built on first use): shared with its forks. */
class DocumentNames {
  byLastWord: ReadonlyMap<string, string> | null = null;
  acronyms: Map<string, string> | null = null;
  entityByLast: ReadonlyMap<string, string> | null = null;
  personNames: ReadonlyMap<string, number> | null = null;
  slipTargetsByInitial: Map<string, Array<[string, string, boolean]>> | null = null;
  /** Words looked at as slips of a surname, and the name each is a slip of (undefined: none). */
  slips: SlipLooks | null = null;
}

/**
 * One look for the surname a word is a slip of: what it found, the strings whose uses in the text it read, and (when
 * it got that far) the targets of the word's initial it went through and what isKnownPerson said of the tagged ones.
 */
interface SlipLook {
  found: string | undefined;
  read: readonly string[];
  targets?: ReadonlyArray<readonly [string, string, boolean]>;
  known?: readonly boolean[];
  /** The maps the targets were read from. */
  maps?: readonly [ReadonlyMap<string, string>, ReadonlyMap<string, string>];
}

/** An analysis's slip looks by word, over its text; with the analysis before's, kept to reuse. */
interface SlipLooks {
  text: string;
  found: Map<string, SlipLook>;
  last?: SlipLooks;
  window?: EditWindow;
}

/** How many edits a word may be from the surname it is a slip of. */
const slipBudget = (w: string): number => (w.length >= 7 ? 2 : 1);

/** A surname `last` that the word w may be a slip of, by their lengths (and not w itself). */
const withinReach = (last: string, w: string): boolean =>
  last !== w && Math.abs(last.length - w.length) <= slipBudget(w);

/** Some key starts with the character c. */
function startsWith(keys: ReadonlySet<string>, c: string): boolean {
  for (const k of keys) if (k[0] === c) return true;
  return false;
}

function sameTargets(
  a: ReadonlyArray<readonly [string, string, boolean]>,
  b: ReadonlyArray<readonly [string, string, boolean]>,
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x[0] !== y[0] || x[1] !== y[1] || x[2] !== y[2]) return false;
  }
  return true;
}

// The document maps of the resolver are functions of the entity names and of each line's names, kept between analyses:
// typing changes a name or two, and the maps are then updated for the last words those name (the same objects when
// none changed, and then so are the slip targets built from them).
const entityByLast = new KeyedBest<string>((name) => lastWordCache.get(name, lastWordEntry));
const byLastWord = new KeyedBest<readonly RankedEntry[]>((names) => names);
// The PERSON names' words and last words, counted by name: an edit recounts the names it changed. The map is shared
// with a fork (the same analysis); a resolver over other entities in the same analysis would change it, which no caller
// does (classifyAssertions' ranker reads a fork of its resolver).
const personNames = new PartsTally<string>((name, visit) => {
  const k = personKeysCache.get(name, personKeys);
  visit(k.joined, 0);
  if (k.last !== undefined) visit(k.last, 0);
});
const lastSlipTargets = new LastCall<Map<string, Array<[string, string, boolean]>>>();
const keptSlips = new Scoped<SlipLooks | undefined>(() => undefined);

export class NameResolver {
  private readonly sorted: Entity[];
  private readonly doc: DocumentNames;

  constructor(
    private readonly text: string,
    entities: Entity[],
    shared?: { sorted: Entity[]; doc: DocumentNames },
  ) {
    this.sorted = shared?.sorted ?? [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
    this.doc = shared?.doc ?? new DocumentNames();
  }

  /**
   * A copy of this resolver as it stands: from here on it answers the questions asked of it exactly as this one would
   * (its memo and its budget of slip looks, which make answers depend on the questions asked before, are copied), and
   * it shares the document's maps, functions of the text and the entities only, instead of building them again.
   */
  fork(): NameResolver {
    const copy = new NameResolver(this.text, this.sorted, { sorted: this.sorted, doc: this.doc });
    for (const [name, out] of this.expanded) copy.expanded.set(name, out);
    copy.slipLooks = this.slipLooks;
    return copy;
  }

  /** Entities overlapping [start, end), by binary search. */
  private overlapping(start: number, end: number): Entity[] {
    const a = this.sorted;
    const lo = partitionPoint(0, a.length, (k) => a[k]!.start < start - 200);
    const out: Entity[] = [];
    for (let i = lo; i < a.length && a[i]!.start < end; i++) if (a[i]!.end > start) out.push(a[i]!);
    return out;
  }

  /** The canonical name of the first PERSON entity inside text[start, end), if any. */
  personIn(start: number, end: number): string | undefined {
    const e = this.overlapping(start, end).find((x) => x.type === 'PERSON' && x.start >= start && x.end <= end);
    return e ? this.fullName(trustedCanonical(e)) : undefined;
  }

  /** The canonical name for the source words text[start, end). */
  resolve(start: number, end: number): ResolvedName | null {
    const ents = this.overlapping(start, end).filter((e) => e.type !== 'PLACE' || e.end >= end - 1);
    if (ents.length) {
      ents.sort((x, y) => (TYPE_RANK[x.type] ?? 4) - (TYPE_RANK[y.type] ?? 4) || y.end - x.end);
      const e = ents[0]!;
      const name = this.fullName(trustedCanonical(e));
      // A tagger that caught only part of an organisation's name ("Authority" of "Northern Harbour Authority"): the
      // capitalised words around it are the better name.
      const chunk = stripTitles(this.text.slice(start, end).trim());
      if (chunk.length > name.length && chunk.includes(e.text)) {
        const cw = wordsOf(chunk);
        if (cw.some((w) => ORG_WORDS.has(w.toLowerCase()))) return { name: chunk, type: 'ORG' };
        // "Dora Berlin" read as the place "Berlin": a two- or three-word capitalised name around it is a person.
        if (e.type === 'PLACE' && cw.length >= 2 && cw.length <= 3 && cw.every((w) => /^\p{Lu}\p{Ll}/u.test(w)))
          return { name: chunk, type: 'PERSON' };
      }
      // "Berlin" tagged as a place but expanded to "Dora Berlin", a person named elsewhere in the document.
      if (e.type !== 'PERSON' && name !== e.text && this.isKnownPerson(name)) return { name, type: 'PERSON' };
      return { name, type: e.type };
    }
    const raw = this.text.slice(start, end).trim();
    if (!raw) return null;
    const name = this.fullName(raw);
    const isOrg = wordsOf(name).some((w) => ORG_WORDS.has(w.toLowerCase()));
    return { name, type: isOrg ? 'ORG' : this.looksLikePerson(name) ? 'PERSON' : 'UNKNOWN' };
  }

  private looksLikePerson(name: string): boolean {
    const words = wordsOf(name);
    if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return true;
    return this.isKnownPerson(name);
  }

  /** A name (or surname) of a PERSON entity of this document. */
  private isKnownPerson(name: string): boolean {
    return this.personNameSet().has(personKeysCache.get(name, personKeys).joined);
  }

  /** The words of each PERSON name, and its last word (kept between analyses as counts: see personNames). */
  private personNameSet(): ReadonlyMap<string, number> {
    if (this.doc.personNames) return this.doc.personNames;
    const names: string[] = [];
    const sorted = this.sorted;
    for (let i = 0; i < sorted.length; i++) {
      const e = sorted[i]!;
      if (e.type === 'PERSON') names.push(e.canonical || e.text);
    }
    this.doc.personNames = personNames.of(names);
    return this.doc.personNames;
  }

  private readonly expanded = new Map<string, string>();

  /** A name as a source is named: its titles off, expanded ("Dr. Varga" -> "Ines Varga"). */
  fullName(name: string): string {
    return this.expand(stripTitles(name));
  }

  /** "Varga" -> "Ines Varga", "CRC" -> "Coastal Research Centre" (memoised: names repeat). */
  expand(name: string): string {
    let out = this.expanded.get(name);
    if (out === undefined) {
      out = this.expandOnce(name);
      if (this.expanded.size > 50_000) this.expanded.clear();
      this.expanded.set(name, out);
    }
    return out;
  }

  private expandOnce(name: string): string {
    const single = singleWordCache.get(name, singleWord);
    if (single) {
      const w = single.word;
      if (single.acronym) {
        const long = this.acronymMap().get(w);
        if (long) return long;
      }
      // The fullest entity that ends with this word.
      const best = this.entityLastWords().get(w);
      if (best && best !== w) return best;
      const own = this.lastWordIndex().get(w);
      if (own) return own;
      return this.misspeltSurname(w) ?? w;
    }
    return name;
  }

  /**
   * "said Bauchtman" after "Lydia Buchtmann", "Mauer" after "Kim Maurer": a capitalised word the text uses once, that
   * is no name's last word but a slip of exactly one surname named before it (same initial; one edit, two for long
   * names), stands for that person: a person the tagger found, or a personal name of two or more words.
   */
  private misspeltSurname(w: string): string | undefined {
    if (w.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
    // Each look reads the text and the names once: a bounded number of them per document keeps a page of thousands
    // of names linear (a real article has a handful of unresolved surnames).
    if (this.slipLooks++ >= MAX_SLIP_LOOKS) return undefined;
    // What the look finds depends on the document only: a fork asking again (the source ranker's) reads the answer.
    const slips = (this.doc.slips ??= this.slipsKept());
    const had = slips.found.get(w);
    if (had) return had.found;
    // The last analysis's answer stands when it read the same names and the edit was nowhere near a use of any word
    // it read (the order of the uses, which is all it compares, is then the same).
    const last = slips.last?.found.get(w);
    if (last && this.sameLook(w, last, slips.window!)) {
      // Now read from this analysis's maps (what the next analysis compares its maps with).
      slips.found.set(w, last.maps ? { ...last, maps: [this.entityLastWords(), this.lastWordIndex()] } : last);
      return last.found;
    }
    const look = this.slipOf(w);
    slips.found.set(w, look);
    return look.found;
  }

  /** This analysis's slip looks, with the last analysis's to reuse (memo on only). */
  private slipsKept(): SlipLooks {
    const out: SlipLooks = { text: this.text, found: new Map() };
    if (!memoEnabled()) return out;
    const last = keptSlips.get();
    if (last) {
      out.last = last;
      out.window = new EditWindow(last.text, this.text);
      // Only one analysis back: the kept looks never refer to an older one.
      last.last = undefined;
      last.window = undefined;
    }
    keptSlips.set(out);
    return out;
  }

  /** The surname w is a slip of, if any (see misspeltSurname), with what the look read. */
  private slipOf(w: string): SlipLook {
    // A slip is a one-off, after the name it misspells: a spelling the text uses twice is a name of its own.
    // Kept for the next analysis: a copy of the word, which refers to no version of the article (the targets' names
    // are the caches' own copies).
    const read = [memoEnabled() ? flatCopy(w) : w];
    const first = onlyWordUse(this.text, w);
    if (first < 0) return { found: undefined, read };
    const budget = slipBudget(w);
    const targets = this.slipTargets().get(w[0]!) ?? NO_TARGETS;
    const known: boolean[] = [];
    const maps = [this.entityLastWords(), this.lastWordIndex()] as const;
    const look = (found: string | undefined): SlipLook => ({ found, read, targets, known, maps });
    let found: string | undefined;
    for (const [last, full, tagged] of targets) {
      if (!withinReach(last, w)) continue;
      // A tagged person ("Maurer"), or a personal name of two or more words the text spells out.
      if (tagged) known.push(this.isKnownPerson(full));
      if (tagged ? !known[known.length - 1] : !/\s/.test(full)) continue;
      if (editDistance(last, w, budget) > budget) continue;
      read.push(last);
      const at = this.text.indexOf(last);
      if (at < 0 || at > first) continue;
      if (found !== undefined && found !== full) return look(undefined);
      found = full;
    }
    return look(found);
  }

  /** Whether a look of the last analysis reads the same here: the same targets, persons and uses of its words. */
  private sameLook(w: string, look: SlipLook, window: EditWindow): boolean {
    if (look.targets) {
      // The targets of the initial are the look's when the maps changed in no last word with that initial since
      // (the usual case: one builds the targets only otherwise).
      const initial = w[0]!;
      const byEntity = entityByLast.touchedBetween(look.maps![0], this.entityLastWords());
      const byLine = byLastWord.touchedBetween(look.maps![1], this.lastWordIndex());
      const same =
        byEntity !== undefined &&
        byLine !== undefined &&
        !startsWith(byEntity, initial) &&
        !startsWith(byLine, initial);
      const targets = same ? look.targets : (this.slipTargets().get(initial) ?? NO_TARGETS);
      if (!same && !sameTargets(targets, look.targets)) return false;
      // The persons slipOf asked about, in its order.
      let k = 0;
      // An index loop without destructuring: this runs for many words at every keystroke, mostly unoptimised.
      for (let i = 0; i < targets.length; i++) {
        const t = targets[i]!;
        if (t[2] && withinReach(t[0], w) && this.isKnownPerson(t[1]) !== look.known![k++]) return false;
      }
    }
    return look.read.every((x) => window.untouched(x));
  }

  /**
   * The last words a slip may stand for, by their first character (a slip keeps its initial), each with its full name
   * and whether it is an entity's (else a name the text spells out); in the order of the entity names, then the
   * text's. Built once per analysis for all the words misspeltSurname looks at.
   */
  private slipTargets(): Map<string, Array<[string, string, boolean]>> {
    if (this.doc.slipTargetsByInitial) return this.doc.slipTargetsByInitial;
    const out = new Map<string, Array<[string, string, boolean]>>();
    const add = (last: string, full: string, tagged: boolean): void => {
      let list = out.get(last[0]!);
      if (!list) out.set(last[0]!, (list = []));
      list.push([last, full, tagged]);
    };
    const byEntity = this.entityLastWords();
    const byLine = this.lastWordIndex();
    this.doc.slipTargetsByInitial = lastSlipTargets.get([byEntity, byLine], () => {
      byEntity.forEach((full, last) => add(last, full, true));
      byLine.forEach((full, last) => add(last, full, false));
      return out;
    });
    return this.doc.slipTargetsByInitial;
  }

  private slipLooks = 0;

  /** Last word -> the fullest entity name ending with it (built once: lookups stay O(1) per source). */
  private entityLastWords(): ReadonlyMap<string, string> {
    if (this.doc.entityByLast) return this.doc.entityByLast;
    this.doc.entityByLast = entityByLast.of(this.sorted.map((e) => e.canonical || e.text));
    return this.doc.entityByLast;
  }

  /**
   * Last word -> the document's fullest personal name ending with it: the first name with the most words, in text
   * order. Names never run across a line break, so each line's names are found on their own (and cached by its text).
   */
  private lastWordIndex(): ReadonlyMap<string, string> {
    if (this.doc.byLastWord) return this.doc.byLastWord;
    const text = this.text;
    const lines: (readonly RankedEntry[])[] = [];
    let from = 0;
    for (;;) {
      let nl = text.indexOf('\n', from);
      if (nl < 0) nl = text.length;
      // A line of fewer than three characters holds no two-word name.
      // Keyed by textKey: the line is cut and hashed once per analysis for every stage that reads it.
      lines.push(nl - from < 3 ? NO_NAMES : lineNamesCache.span(text, from, nl, lineNames));
      if (nl >= text.length) break;
      from = nl + 1;
    }
    this.doc.byLastWord = byLastWord.of(lines);
    return this.doc.byLastWord;
  }

  private acronymMap(): Map<string, string> {
    if (this.doc.acronyms) return this.doc.acronyms;
    const map = new Map<string, string>();
    const re = /\(([\p{Lu}]{2,6})\)/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) !== null) {
      const acr = m[1]!;
      const before = this.text.slice(Math.max(0, m.index - 120), m.index).trimEnd();
      const run =
        /((?:\p{Lu}[\p{L}’'-]*|of|for|and|the|on|de)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|for|and|the|on|de))*)$/u.exec(before);
      if (!run) continue;
      const words = run[1]!.split(/\s+/).filter(Boolean);
      while (words.length && /^\p{Ll}/u.test(words[0]!)) words.shift();
      const initials = words
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
      if (words.length && isSubsequence(acr, initials) && !map.has(acr)) map.set(acr, words.join(' '));
    }
    this.doc.acronyms = map;
    return map;
  }
}

/** Characters that end a word for the name scan: spaces, line breaks and punctuation. */
function isBreak(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 44 ||
    c === 46 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 34 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 63 ||
    c === 33
  );
}

const MAX_SLIP_LOOKS = 64;
const NO_TARGETS: ReadonlyArray<[string, string, boolean]> = [];

const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;

/**
 * Where the text uses the word w (letters only) as a word of its own, not inside a longer run of letters, when it does
 * so exactly once; else -1. The same occurrences as the regex (?<!\p{L})w(?!\p{L}), found by indexOf: a regex made
 * afresh for each word runs uncompiled over the whole text, dozens of times per analysis.
 */
function onlyWordUse(text: string, w: string): number {
  let found = -1;
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (i > 0 && LETTER_BEFORE.test(text.slice(Math.max(0, i - 2), i))) continue;
    const end = i + w.length;
    if (end < text.length && LETTER_AFTER.test(text.slice(end, end + 2))) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

/** Levenshtein distance of a and b, or any number above `max` once it is sure to exceed it. */
function editDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

const NO_NAMES: readonly RankedEntry[] = [];
const lineNamesCache = new KernelCache<string, readonly RankedEntry[]>(2000);

/**
 * The personal names of one line, in order, each by its last word and ranked by its word count: runs of two to seven capitalised
 * words (after titles). A hand-written scan, not a regex: a regex over runs of capitals backtracks quadratically on
 * "AAAA…" or "Ab Ab Ab …". Reads the line only (a line break ends every run), so it is cached by the line's text.
 */
function lineNames(text: string): readonly RankedEntry[] {
  const out: RankedEntry[] = [];
  const add = (run: string[]): void => {
    if (run.length < 2 || run.length > 7) return;
    const name = stripTitles(run.join(' '));
    const ws = wordsOf(name);
    if (
      ws.length < 2 ||
      ws.length > 3 ||
      ws.some((w) => ORG_WORDS.has(w.toLowerCase()) || TITLES.has(w.toLowerCase()) || /’s$|'s$/.test(w))
    )
      return;
    out.push({ key: ws[ws.length - 1]!, value: ws.join(' '), rank: ws.length });
  };
  let run: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && !isBreak(text.charCodeAt(j))) j++;
    // Most words start with an ASCII character other than a capital, which no name does: those are not cut out.
    const c0 = text.charCodeAt(i);
    const word = c0 < 128 && (c0 < 65 || c0 > 90) ? '' : text.slice(i, Math.min(j, i + 40));
    const clean = word !== '' && /^\p{Lu}[\p{L}’'-]*$/u.test(word);
    if (clean && run.length < 8) run.push(word);
    else {
      add(run);
      // A new array only when the run held words (most words are in none).
      if (run.length) run = [];
      if (clean) run.push(word);
    }
    // A word that ends a phrase (punctuation right after it, or a line break) closes the run.
    if (!clean || j >= text.length || text.charCodeAt(j) !== 32) {
      add(run);
      if (run.length) run = [];
    }
    i = j;
    if (i < text.length && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++;
  }
  add(run);
  return out;
}

/** A name of one word: the word without a possessive, and whether it is shaped as an acronym ("CRC"); else null. */
function singleWord(name: string): { word: string; acronym: boolean } | null {
  const words = wordsOf(name);
  if (words.length !== 1) return null;
  const word = stripPossessive(words[0]!);
  return { word, acronym: /^[\p{Lu}]{2,6}$/u.test(word) };
}
// A function of the name alone: most names are expanded again at every keystroke (each analysis has its own resolver).
const singleWordCache = new KernelCache<string, { word: string; acronym: boolean } | null>(4000);

// What one entity name contributes to the resolver's document-wide maps, cached by the name (entities repeat edit
// after edit; the maps themselves depend on the whole entity list and are rebuilt per analysis).

/** A PERSON name's words joined by spaces, and its last word (undefined for a name without words). */
function personKeys(name: string): { joined: string; last: string | undefined } {
  const ws = wordsOf(name);
  return { joined: ws.join(' '), last: ws.length ? ws[ws.length - 1]! : undefined };
}
const personKeysCache = new KernelCache<string, { joined: string; last: string | undefined }>(2000);

/** The name without titles by its last word (possessive dropped), ranked by its length; none when it has no words or
 * more than four. */
function lastWordEntry(name: string): readonly RankedEntry[] {
  const c = stripTitles(name);
  const ws = wordsOf(c);
  if (ws.length === 0 || ws.length > 4) return NO_NAMES;
  return [{ key: stripPossessive(ws[ws.length - 1]!), value: c, rank: c.length }];
}
const lastWordCache = new KernelCache<string, readonly RankedEntry[]>(2000);
