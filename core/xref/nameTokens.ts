// "Is this person named in this stretch of text?" asked once per quote of one long sentence or paragraph would read
// the stretch once per quote: quadratic in a paragraph of short quotes. The capitalised words of a text are read once
// instead, keyed by the surname key samePerson compares, and each question is a few binary searches.
import { nameWords, samePerson, translitKey } from './names';
import { lowerBound, partitionPoint } from '../text/spans';

/** A capitalised word, as the quote checks read names around a quote. */
const NAME_TOKEN = /\p{Lu}[\p{L}’'-]+/gu;

/**
 * The key under which a one-word name meets samePerson: samePerson(person, word) holds exactly when the word's key is
 * one of the person's keys (personKeys). Undefined for a word that names nobody (a title, nothing left of it).
 */
function wordKey(word: string): string | undefined {
  const w = nameWords(word);
  return w.length === 1 ? translitKey(w[0]!) : undefined;
}

/** The keys a one-word name must have to be the same person as `person` (see wordKey). */
export function personKeys(person: string): string[] {
  return nameWords(person).map(translitKey);
}

export class NameTokens {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** key -> indices of the tokens with that key, ascending. */
  private readonly byKey = new Map<string, number[]>();

  /** The capitalised words of text[from, to), as NAME_TOKEN reads that stretch on its own. */
  constructor(text: string, from = 0, to = text.length) {
    const re = new RegExp(NAME_TOKEN.source, 'gu');
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && m.index < to) {
      // A word running past `to` is read as far as `to` (as a slice ending there reads it).
      const end = Math.min(to, m.index + m[0].length);
      if (end - m.index < 2) break;
      const k = wordKey(text.slice(m.index, end));
      const i = this.starts.length;
      this.starts.push(m.index);
      this.ends.push(end);
      if (k === undefined) continue;
      const list = this.byKey.get(k);
      if (list) list.push(i);
      else this.byKey.set(k, [i]);
      if (end < m.index + m[0].length) break;
    }
  }

  /**
   * Whether text[a, b), read on its own, holds a capitalised word that samePerson relates to one of `people`: the
   * same as scanning text.slice(a, b) with NAME_TOKEN and asking samePerson of every word, for a, b inside the span
   * the tokens were read from (`text` is that same text).
   */
  names(text: string, a: number, b: number, people: readonly string[]): boolean {
    if (a >= b || !people.length) return false;
    const keys = new Set<string>();
    for (const p of people) for (const k of personKeys(p)) keys.add(k);
    if (!keys.size) return false;
    const { starts, ends } = this;
    // Tokens wholly inside [a, b) read the same in the slice; a token cut by either end is read again from the slice.
    const first = lowerBound(starts, a);
    const last = lowerBound(ends, b + 1); // tokens [first, last) end at or before b (ends ascend: tokens do not overlap)
    const cutAtStart = first > 0 && ends[first - 1]! > a ? first - 1 : -1;
    const cutAtEnd = last < starts.length && starts[last]! < b && last !== cutAtStart ? last : -1;
    const rescan = (from: number, to: number) => {
      const piece = text.slice(from, to);
      for (const m of piece.matchAll(NAME_TOKEN)) if (people.some((p) => samePerson(p, m[0]))) return true;
      return false;
    };
    if (cutAtStart >= 0 && rescan(a, Math.min(ends[cutAtStart]!, b))) return true;
    if (cutAtEnd >= 0 && rescan(starts[cutAtEnd]!, b)) return true;
    if (first >= last) return false;
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (!list) continue;
      const i = lowerBound(list, first);
      if (i < list.length && list[i]! < last) return true;
    }
    return false;
  }
}

interface Mention {
  start: number;
  end: number;
  canonical?: string;
  text: string;
}

/**
 * An article's entities by the keys samePerson compares, for "the first entity in [from, to), outside [x, y), that is
 * this person" without walking every entity of the article per question.
 */
export class PersonMentions<E extends Mention> {
  private readonly byKey = new Map<string, number[]>();
  /** Entities sorted by start and not overlapping (as the pipeline gives them); otherwise questions walk them all. */
  private readonly ordered: boolean;

  constructor(private readonly entities: readonly E[]) {
    this.ordered = entities.every((e, i) => i === 0 || entities[i - 1]!.end <= e.start);
    if (!this.ordered) return;
    entities.forEach((e, i) => {
      const ka = personKeys(e.canonical || e.text);
      if (!ka.length) return;
      const keys = new Set([`L${ka[ka.length - 1]}`, `J${ka.join(' ')}`, ...ka.map((k) => `W${k}`)]);
      if (ka.length === 1) keys.add(`S${ka[0]}`);
      for (const k of keys) {
        const list = this.byKey.get(k);
        if (list) list.push(i);
        else this.byKey.set(k, [i]);
      }
    });
  }

  /** The first entity (in the article's order) inside [from, to), not overlapping [x, y), that samePerson ties to person. */
  first(from: number, to: number, person: string, exclude?: { start: number; end: number }): E | undefined {
    const fits = (e: E) =>
      e.start >= from && e.end <= to && (!exclude || e.end <= exclude.start || e.start >= exclude.end);
    if (!this.ordered) return this.entities.find((e) => fits(e) && samePerson(e.canonical || e.text, person));
    const kb = personKeys(person);
    if (!kb.length) return undefined;
    // samePerson(a, b): same last key, same keys, a one-word a among b's keys, or a one-word b among a's keys.
    const keys = new Set([`L${kb[kb.length - 1]}`, `J${kb.join(' ')}`, ...kb.map((k) => `S${k}`)]);
    if (kb.length === 1) keys.add(`W${kb[0]}`);
    let best = -1;
    for (const k of keys) {
      const list = this.byKey.get(k);
      if (!list) continue;
      // Sorted, non-overlapping entities: the first one starting at `from` fits unless it reaches into the excluded
      // stretch; then the first one starting after that stretch is the only other chance.
      for (const at of [from, exclude ? Math.max(from, exclude.end) : from]) {
        const i = lowerBoundBy(list, at, (j) => this.entities[j]!.start);
        const j = list[i];
        if (j !== undefined && fits(this.entities[j]!)) {
          if (best < 0 || j < best) best = j;
          break;
        }
      }
    }
    const e = best >= 0 ? this.entities[best] : undefined;
    return e && samePerson(e.canonical || e.text, person) ? e : undefined;
  }
}

function lowerBoundBy(list: readonly number[], x: number, value: (i: number) => number): number {
  return partitionPoint(0, list.length, (k) => value(list[k]!) < x);
}
