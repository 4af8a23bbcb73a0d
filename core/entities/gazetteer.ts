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
  /** Other names of a country -> its usual name ("US" -> "United States"). */
  canon?: Record<string, string>;
}

export type GazClass = string; // 'C' | 'S' | 'R' | 'P1' | 'P2' | 'P3' | 'O'

export class Gazetteer {
  private readonly names = new Map<string, GazClass>();
  private maxLen = 1;
  readonly first: Set<string>;
  readonly lex: Map<string, number>;
  private readonly canon = new Map<string, string>();

  /** The usual name of a country given one of its other names, if the lists know one. */
  canonicalOf(name: string): string | undefined {
    return this.canon.get(splitName(name).join(' '));
  }
  /** Country, state and region names (and their last words), for recognising "Ukrainian" or "Korean" as adjectives. */
  readonly nationStems: string[] = [];
  private readonly stemSet = new Set<string>();

  /** True when some country or state name starts with `stem` and is at most three letters longer ("Ukrain"). */
  isNationStem(stem: string): boolean {
    return this.stemSet.has(stem);
  }

  /** `lex`, when given, replaces `data.lex`: the model loader builds the map directly, as copying a 38k-key object
   * into a Map took a third of the gazetteer's start-up. */
  constructor(data: GazetteerData, lex?: Map<string, number>) {
    const places = Object.entries(data.places);
    for (const [name, cls] of places) this.add(name, cls);
    for (const name of EXTRA_PLACES) this.add(name, 'R');
    for (const name of KNOWN_ORGS) this.add(name, 'O');
    this.first = new Set(data.first);
    for (const [alias, name] of Object.entries(data.canon ?? {})) this.canon.set(splitName(alias).join(' '), name);
    const stems = new Set<string>();
    for (const [name, cls] of places) {
      if (cls !== 'C' && cls !== 'S') continue;
      stems.add(name);
      const parts = name.split(' ');
      if (parts.length > 1) stems.add(parts[parts.length - 1]!);
    }
    for (const name of EXTRA_PLACES) if (!name.includes('.') && name.length > 3) stems.add(name.split(' ').pop()!);
    this.nationStems = [...stems];
    for (const n of this.nationStems) for (let k = Math.max(3, n.length - 3); k <= n.length; k++) this.stemSet.add(n.slice(0, k));
    this.lex = lex ?? new Map(Object.entries(data.lex));
  }

  private readonly heads = new Set<string>();
  /** Proper prefixes of multi-word entries: matching stops as soon as no entry can continue. */
  private readonly prefixes = new Set<string>();
  /** Entries written in capitals ("WHO", "AP"): they match only capitals, never "Who" or "Ap". */
  private readonly capsOnly = new Set<string>();

  private add(name: string, cls: GazClass): void {
    const toks = splitName(name);
    if (!toks.length) return;
    const key = toks.join(' ');
    // A later, more specific list wins (a known organisation over a town of the same name).
    this.names.set(key, cls);
    this.heads.add(toks[0]!);
    for (let k = 1; k < toks.length; k++) this.prefixes.add(toks.slice(0, k).join(' '));
    if (/^[\p{Lu}.&]+$/u.test(name)) this.capsOnly.add(key);
    if (toks.length > this.maxLen) this.maxLen = toks.length;
  }

  /** Longest entry starting at token i of `lower` (within [i, end)); returns its length and class, or null. */
  match(lower: string[], i: number, end: number, upper?: (j: number) => boolean): { len: number; cls: GazClass } | null {
    if (!this.heads.has(lower[i]!)) return null;
    let key = '';
    let best: { len: number; cls: GazClass } | null = null;
    const last = Math.min(end, i + this.maxLen);
    for (let j = i; j < last; j++) {
      key = j === i ? lower[j]! : `${key} ${lower[j]}`;
      const cls = this.names.get(key);
      if (cls !== undefined && !(upper && this.capsOnly.has(key) && !upper(i))) best = { len: j - i + 1, cls };
      if (!this.prefixes.has(key)) break;
    }
    return best;
  }

  classOf(name: string): GazClass | undefined {
    return this.names.get(splitName(name).join(' '));
  }

  /** Class of an entry given as lower-case tokens joined by spaces. */
  classOfKey(key: string): GazClass | undefined {
    return this.names.get(key);
  }
}

/** Lower-case tokens of a name, as the tagger's tokenizer gives them (plain names skip the tokenizer: faster load). */
function splitName(name: string): string[] {
  const low = name.toLowerCase();
  if (/^[\p{L} ]+$/u.test(low)) return low.split(' ').filter(Boolean);
  return tokenize(low).map((t) => t.text);
}
