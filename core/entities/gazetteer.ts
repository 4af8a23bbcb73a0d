// Name lists as lookups over tokens: multi-word entries ("Saudi Arabia", "Associated Press") match by longest run.
import { tokenize } from '../text/tokenize';
import { EXTRA_PLACES, KNOWN_ORGS } from './lists';

/** The lists a trained model carries (built by scripts/train-ner.ts from general-purpose data packages). */
export interface GazetteerData {
  /** Place name -> class: C country, S US state / province, R region, P1/P2/P3 city by size. */
  places: Record<string, string>;
  /** Common given names. */
  first: string[];
  /** Lower-case English words -> frequency band (1 most common). */
  lex: Record<string, number>;
}

export type GazClass = string; // 'C' | 'S' | 'R' | 'P1' | 'P2' | 'P3' | 'O'

export class Gazetteer {
  private readonly names = new Map<string, GazClass>();
  private maxLen = 1;
  readonly first: Set<string>;
  readonly lex: Map<string, number>;
  /** Country, state and region names (and their last words), for recognising "Ukrainian" or "Korean" as adjectives. */
  readonly nationStems: string[] = [];

  constructor(data: GazetteerData) {
    for (const [name, cls] of Object.entries(data.places)) this.add(name, cls);
    for (const name of EXTRA_PLACES) this.add(name, 'R');
    for (const name of KNOWN_ORGS) this.add(name, 'O');
    this.first = new Set(data.first);
    const stems = new Set<string>();
    for (const [name, cls] of Object.entries(data.places)) {
      if (cls !== 'C' && cls !== 'S') continue;
      stems.add(name);
      const parts = name.split(' ');
      if (parts.length > 1) stems.add(parts[parts.length - 1]!);
    }
    for (const name of EXTRA_PLACES) if (!name.includes('.') && name.length > 3) stems.add(name.split(' ').pop()!);
    this.nationStems = [...stems];
    this.lex = new Map(Object.entries(data.lex));
  }

  private add(name: string, cls: GazClass): void {
    const toks = tokenize(name).map((t) => t.text.toLowerCase());
    if (!toks.length) return;
    const key = toks.join(' ');
    // A later, more specific list wins (a known organisation over a town of the same name).
    this.names.set(key, cls);
    if (toks.length > this.maxLen) this.maxLen = toks.length;
  }

  /** Longest entry starting at token i of `lower` (within [i, end)); returns its length and class, or null. */
  match(lower: string[], i: number, end: number): { len: number; cls: GazClass } | null {
    let key = '';
    let best: { len: number; cls: GazClass } | null = null;
    const last = Math.min(end, i + this.maxLen);
    for (let j = i; j < last; j++) {
      key = j === i ? lower[j]! : `${key} ${lower[j]}`;
      const cls = this.names.get(key);
      if (cls !== undefined) best = { len: j - i + 1, cls };
    }
    return best;
  }

  classOf(name: string): GazClass | undefined {
    return this.names.get(tokenize(name).map((t) => t.text.toLowerCase()).join(' '));
  }
}
