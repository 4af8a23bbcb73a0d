// What every check of one article shares: the article, its annotations, the index, and the passages
// each of its sentences aligns with (retrieved once per sentence).
import type { Annotations, Claim, Evidence, Finding, Sentence } from '../types';
import type { CopydeskConfig } from '../config';
import type { Candidate, ReferenceIndex } from './referenceIndex';
import { termsOf } from './terms';
import { indexOfSpanAt } from '../text/spans';
import { perIndex, sealed } from './cache';
import { KernelCache } from '../text/memo';
import { NameTokens, PersonMentions } from './nameTokens';

/** A sentence's passages depend only on its terms, read from its own text when it is sealed (see cache.ts). */
const sentenceCandidates = perIndex(() => new KernelCache<string, Candidate[]>(4000));

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

  constructor(
    readonly text: string,
    readonly ann: Annotations,
    readonly index: ReferenceIndex,
    readonly config: CopydeskConfig,
  ) {}

  /** The article's capitalised words, read once per check (only checks that ask who is named around a quote need them). */
  get nameTokens(): NameTokens {
    return (this.names ??= new NameTokens(this.text));
  }

  /** The article's entities by person, for finding where a speaker is named without walking every entity. */
  get mentions(): PersonMentions<Annotations['entities'][number]> {
    return (this.people ??= new PersonMentions(this.ann.entities));
  }

  /** The body sentence holding an offset (undefined for furniture: headlines and captions are not checked). */
  sentenceAt(offset: number): Sentence | undefined {
    const s = this.ann.sentences[indexOfSpanAt(this.ann.sentences, offset)];
    return s && !s.furniture ? s : undefined;
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
   * The text of a sentence when it reads the same on its own (a cache key), else undefined. One string per sentence
   * and check, so that the caches keyed on it hash it once.
   */
  sentenceKey(s: Sentence): string | undefined {
    let k = this.keys.get(s.start);
    if (k === undefined) {
      k = sealed(this.text, s.end) ? this.text.slice(s.start, s.end) : null;
      this.keys.set(s.start, k);
    }
    return k ?? undefined;
  }
}
