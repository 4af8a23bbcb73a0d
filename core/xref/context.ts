// What every check of one article shares: the article, its annotations, the index, and the passages
// each of its sentences aligns with (retrieved once per sentence).
import type { Annotations, Claim, Evidence, Finding, Sentence } from '../types';
import type { CopydeskConfig } from '../config';
import type { Candidate, ReferenceIndex } from './referenceIndex';
import { termsOf } from './terms';
import { indexOfSpanAt } from '../text/spans';
import { perIndex, sealed } from './cache';
import { KernelCache, textKey } from '../text/memo';
import { NameTokens, PersonMentions } from './nameTokens';
import { isHeadingLine } from '../text/furniture';
import { frontMatterLength } from '../text/segment';

/** A sentence's passages depend only on its terms, read from its own text when it is sealed (see cache.ts). */
const sentenceCandidates = perIndex(() => new KernelCache<string, Candidate[]>(4000));

/** Whether a line reads as a heading depends on its text alone (its regular expressions run at every check else). */
const headingLines = new KernelCache<string, boolean>(4000);

export type RawFinding = Omit<Finding, 'severity'>;

/** A fresh copy of cached evidence (results are the caller's to mutate). */
export function copyEvidence(e: Evidence): Evidence {
  return { ref: e.ref, title: e.title, start: e.start, end: e.end, excerpt: e.excerpt, line: e.line };
}

/**
 * Similarity thresholds (IDF-weighted cosine of shared terms). A passage can corroborate a value when it is
 * loosely about the same thing; it can contradict one only when it is clearly about the same thing.
 */
export const SIM_CORROBORATE = 0.2;
export const SIM_CONTRADICT = 0.35;

export class CheckContext {
  readonly findings: RawFinding[] = [];
  readonly claims: Claim[] = [];
  private readonly cands = new Map<number, Candidate[]>();
  private readonly keys = new Map<number, string | null>();
  private names?: NameTokens;
  private people?: PersonMentions<Annotations['entities'][number]>;
  private readonly headings = new Map<number, boolean>();
  /** Where the text after any front matter begins. */
  private readonly bodyStart: number;

  constructor(
    readonly text: string,
    readonly ann: Annotations,
    readonly index: ReferenceIndex,
    readonly config: CopydeskConfig,
  ) {
    this.bodyStart = frontMatterLength(text);
  }

  /** The article's capitalised words, read once per check (only checks that ask who is named around a quote need them). */
  get nameTokens(): NameTokens {
    return (this.names ??= new NameTokens(this.text));
  }

  /** The article's entities by person, for finding where a speaker is named without walking every entity. */
  get mentions(): PersonMentions<Annotations['entities'][number]> {
    return (this.people ??= new PersonMentions(this.ann.entities));
  }

  /**
   * The sentence holding an offset when it is checked: body sentences, headlines and subheads (undefined for other
   * furniture: captions, bylines and page chrome are not the article's claims).
   */
  sentenceAt(offset: number): Sentence | undefined {
    const s = this.ann.sentences[indexOfSpanAt(this.ann.sentences, offset)];
    return s && (!s.furniture || this.isHeading(s)) ? s : undefined;
  }

  /** A headline or subhead: a furniture line of its own that reads as a heading. */
  isHeading(s: Sentence): boolean {
    let h = this.headings.get(s.start);
    if (h === undefined) {
      const line = lineAround(this.text, s);
      // The line is then the sentence's text: its own key (a sentence's, when it is one), read once per analyser.
      h =
        s.furniture &&
        s.start >= this.bodyStart &&
        !!line &&
        headingLines.get(this.sentenceKey(s) ?? textKey(this.text, s.start, s.end), isHeadingLine);
      this.headings.set(s.start, h);
    }
    return h;
  }

  /** Reference sentences aligned with an article sentence, best first (shared: never mutate). */
  candidatesFor(s: Sentence): Candidate[] {
    let c = this.cands.get(s.start);
    if (!c) {
      const search = () => this.index.candidates(termsOf(this.text, s.start, s.end), 12, 0.1);
      const key = this.sentenceKey(s);
      c = key === undefined ? search() : sentenceCandidates(this.index).get(key, search);
      this.cands.set(s.start, c);
    }
    return c;
  }

  /**
   * The text of a sentence when it reads the same on its own (a cache key), else undefined: the analyser's one key for
   * that sentence (textKey), which every stage shares.
   */
  sentenceKey(s: Sentence): string | undefined {
    let k = this.keys.get(s.start);
    if (k === undefined) {
      k = sealed(this.text, s.end) ? textKey(this.text, s.start, s.end) : null;
      this.keys.set(s.start, k);
    }
    return k ?? undefined;
  }
}

/** The line a sentence fills on its own, or undefined when the line holds more than the sentence. */
function lineAround(text: string, s: Sentence): string | undefined {
  // Only white space may stand between the sentence and the line breaks around it (walked, not searched: a megabyte
  // on one line must not be scanned once per sentence).
  let a = s.start;
  while (a > 0 && text[a - 1] !== '\n') {
    if (!/\s/.test(text[a - 1]!)) return undefined;
    a--;
  }
  let b = s.end;
  while (b < text.length && text[b] !== '\n') {
    if (!/\s/.test(text[b]!)) return undefined;
    b++;
  }
  return text.slice(s.start, s.end);
}
