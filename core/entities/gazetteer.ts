// Name lists as lookups over tokens: multi-word entries ("Saudi Arabia", "Associated Press") match by longest run.
// The large lists come precomputed in the model file as sorted line tables (table.ts) and are searched in place, so
// loading them allocates almost nothing; the small lists of lists.ts are added on top at load.
import { tokenize } from '../text/tokenize';
import { EXTRA_PLACES, KNOWN_ORGS } from './lists';
import { DecodedTable, NumberTable, SortedTable, hasKeyWithPrefix, packLines } from './table';

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
  /** Word form -> its distributional classes, "left right" (scripts/lib/ner-clusters.ts). */
  clusters?: Record<string, string>;
  /** Lower-case word -> its class among clustered pre-trained word vectors (scripts/lib/ner-embeddings.ts). */
  emb?: Record<string, number>;
  /** Coarse class of each fine embedding class (the classes nest). */
  embParent?: number[];
}

/** The same lists as the model file stores them: what the Gazetteer would build from `places`, precomputed. */
export interface PackedGazetteer {
  /** "key\tclass" lines: a place's lower-case tokens joined by spaces, sorted (a later place of the same key wins). */
  names: string;
  /** Keys of places written in capitals ("USA"): they match only capitals. */
  caps: string;
  /** Most tokens in one place name. */
  maxLen: number;
  /** Every string `isNationStem` accepts because of a country or state in `places`. */
  stems: string;
  /** Given names, one a line. */
  first: string;
  /** "word\tband" lines. */
  lex: string;
  /** "alias\tname" lines, in the order the aliases are applied. */
  canon: string;
  /** "word\tleft right" lines: the word form's distributional classes (absent in older models). */
  clusters?: string;
  /** "word\tclass" lines (class in base 36): lower-case words' embedding classes (absent in older models). */
  emb?: string;
  /** Coarse class of each fine embedding class, comma-separated, base 36. */
  embParent?: string;
}

export type GazClass = string; // 'C' | 'S' | 'R' | 'P1' | 'P2' | 'P3' | 'O'

const CAPS_NAME = /^[\p{Lu}.&]+$/u;
const PLAIN_NAME = /^[\p{L} ]+$/u;

/** Stems of a country or state name: itself and, for "South Korea", its last word. */
function stemsOf(name: string, out: Set<string>): void {
  out.add(name);
  const parts = name.split(' ');
  if (parts.length > 1) out.add(parts[parts.length - 1]!);
}
function stemPrefixes(stems: Iterable<string>, out: Set<string>): void {
  for (const n of stems) for (let k = Math.max(3, n.length - 3); k <= n.length; k++) out.add(n.slice(0, k));
}

/** Precomputes the lookups over `data.places` (training and encoding time). */
export function packGazetteer(data: GazetteerData): PackedGazetteer {
  const names = new Map<string, GazClass>();
  const caps = new Set<string>();
  let maxLen = 1;
  const places = Object.entries(data.places);
  for (const [name, cls] of places) {
    const toks = splitName(name);
    if (!toks.length) continue;
    const key = toks.join(' ');
    names.set(key, cls);
    if (CAPS_NAME.test(name)) caps.add(key);
    if (toks.length > maxLen) maxLen = toks.length;
  }
  const stems = new Set<string>();
  for (const [name, cls] of places) if (cls === 'C' || cls === 'S') stemsOf(name, stems);
  const stemSet = new Set<string>();
  stemPrefixes(stems, stemSet);
  const canon = Object.entries(data.canon ?? {}).filter(([k, v]) => k && v && !/[\t\n]/.test(k + v));
  return {
    names: packLines(names),
    caps: packLines([...caps].map((k) => [k, undefined])),
    maxLen,
    stems: packLines([...stemSet].map((k) => [k, undefined])),
    first: packLines([...new Set(data.first)].filter(Boolean).map((k) => [k, undefined])),
    lex: packLines(
      Object.entries(data.lex)
        .filter(([k]) => k !== '__proto__')
        .map(([k, v]) => [k, String(v)]),
    ),
    canon: canon.map(([k, v]) => `${k}\t${v}`).join('\n'),
    ...(data.clusters
      ? { clusters: packLines(Object.entries(data.clusters).filter(([k]) => k && !/[\t\n]/.test(k))) }
      : {}),
    ...(data.emb
      ? {
          emb: packLines(
            Object.entries(data.emb)
              .filter(([k]) => k && !/[\t\n]/.test(k))
              .map(([k, v]) => [k, v.toString(36)]),
          ),
          embParent: (data.embParent ?? []).map((x) => x.toString(36)).join(','),
        }
      : {}),
  };
}

export class Gazetteer {
  /** Places from the model; `extra` (the lists of lists.ts) is looked at first, as it was added last. */
  private readonly names: SortedTable;
  private readonly caps: SortedTable;
  private readonly stems: SortedTable;
  private readonly extra = new Map<string, GazClass>();
  private readonly extraHeads = new Set<string>();
  private readonly extraPrefixes = new Set<string>();
  private readonly extraCaps = new Set<string>();
  private readonly extraStems = new Set<string>();
  private maxLen: number;
  /** Head word / proper-prefix answers for the places table, memoised (bounded). */
  private readonly heads = new Map<string, boolean>();
  private readonly prefixes = new Map<string, boolean>();
  readonly first: SortedTable;
  readonly lex: NumberTable;
  private readonly canon = new Map<string, string>();
  private readonly clusterTable: SortedTable | undefined;
  private readonly clusterMemo = new Map<string, readonly [string, string] | null>();
  /** Lower-case word -> its embedding classes, fine and coarse ("f1a", "c3"). */
  private readonly embTable: DecodedTable<readonly [string, string] | null> | undefined;

  /** The lists given as data (training): packed first, so training and the shipped model look up the same way. */
  static fromData(data: GazetteerData): Gazetteer {
    return new Gazetteer(packGazetteer(data));
  }

  constructor(p: PackedGazetteer) {
    this.names = new SortedTable(p.names);
    this.caps = new SortedTable(p.caps, 1000);
    this.stems = new SortedTable(p.stems, 2000);
    this.first = new SortedTable(p.first);
    this.lex = new NumberTable(p.lex);
    this.maxLen = p.maxLen;
    this.clusterTable = p.clusters ? new SortedTable(p.clusters) : undefined;
    // Kept as the packed string, searched in place: opening the model decodes none of it.
    const embParent = p.embParent ? p.embParent.split(',').map((x) => `c${x}`) : [];
    this.embTable = p.emb
      ? new DecodedTable(p.emb, (s) => (s ? ([`f${s}`, embParent[parseInt(s, 36)] ?? 'c-'] as const) : null))
      : undefined;
    for (const name of EXTRA_PLACES) this.add(name, 'R');
    for (const name of KNOWN_ORGS) this.add(name, 'O');
    const stems = new Set<string>();
    for (const name of EXTRA_PLACES) if (!name.includes('.') && name.length > 3) stems.add(name.split(' ').pop()!);
    stemPrefixes(stems, this.extraStems);
    const c = p.canon;
    for (let pos = 0; pos < c.length;) {
      let nl = c.indexOf('\n', pos);
      if (nl < 0) nl = c.length;
      const tab = c.indexOf('\t', pos);
      if (tab > pos && tab < nl) this.canon.set(splitName(c.slice(pos, tab)).join(' '), c.slice(tab + 1, nl));
      pos = nl + 1;
    }
  }

  /** The word form's distributional classes (left and right context), its lower-case form's if it has none. */
  clustersOf(w: string): readonly [string, string] | null {
    const t = this.clusterTable;
    if (!t) return null;
    let v = this.clusterMemo.get(w);
    if (v === undefined) {
      const s = t.value(w) ?? t.value(w.toLowerCase());
      const sp = s ? s.indexOf(' ') : -1;
      v = s && sp > 0 ? [s.slice(0, sp), s.slice(sp + 1)] : null;
      if (this.clusterMemo.size >= 50_000) this.clusterMemo.clear();
      this.clusterMemo.set(w, v);
    }
    return v;
  }

  /** A lower-case word's embedding classes, fine and coarse ("f1a", "c3"), or null when the vectors lacked it. */
  embOf(lw: string): readonly [string, string] | null {
    return this.embTable?.get(lw) ?? null;
  }

  /** The usual name of a country given one of its other names, if the lists know one. */
  canonicalOf(name: string): string | undefined {
    return this.canon.get(splitName(name).join(' '));
  }

  /** True when some country or state name starts with `stem` and is at most three letters longer ("Ukrain"). */
  isNationStem(stem: string): boolean {
    return this.extraStems.has(stem) || this.stems.has(stem);
  }

  private add(name: string, cls: GazClass): void {
    const toks = splitName(name);
    if (!toks.length) return;
    const key = toks.join(' ');
    // A later, more specific list wins (a known organisation over a town of the same name).
    this.extra.set(key, cls);
    this.extraHeads.add(toks[0]!);
    for (let k = 1; k < toks.length; k++) this.extraPrefixes.add(toks.slice(0, k).join(' '));
    if (CAPS_NAME.test(name)) this.extraCaps.add(key);
    if (toks.length > this.maxLen) this.maxLen = toks.length;
  }

  /** True when some entry's first token is `w`. */
  private isHead(w: string): boolean {
    if (this.extraHeads.has(w)) return true;
    if (w.includes(' ')) return false; // tokens hold no spaces
    let v = this.heads.get(w);
    if (v === undefined) {
      v = this.names.has(w) || hasKeyWithPrefix(this.names.lines, w, ' ', this.names.lineStarts());
      if (this.heads.size >= 20_000) this.heads.clear();
      this.heads.set(w, v);
    }
    return v;
  }

  /** True when `key` is a proper prefix (whole tokens) of some multi-word entry. */
  private isPrefix(key: string): boolean {
    if (this.extraPrefixes.has(key)) return true;
    let v = this.prefixes.get(key);
    if (v === undefined) {
      v = hasKeyWithPrefix(this.names.lines, key, ' ', this.names.lineStarts());
      if (this.prefixes.size >= 20_000) this.prefixes.clear();
      this.prefixes.set(key, v);
    }
    return v;
  }

  private isCapsOnly(key: string): boolean {
    return this.extraCaps.has(key) || this.caps.has(key);
  }

  /** Longest entry starting at token i of `lower` (within [i, end)); returns its length and class, or null. */
  match(
    lower: string[],
    i: number,
    end: number,
    upper?: (j: number) => boolean,
  ): { len: number; cls: GazClass } | null {
    if (!this.isHead(lower[i]!)) return null;
    let key = '';
    let best: { len: number; cls: GazClass } | null = null;
    const last = Math.min(end, i + this.maxLen);
    for (let j = i; j < last; j++) {
      key = j === i ? lower[j]! : `${key} ${lower[j]}`;
      const cls = this.classOfKey(key);
      if (cls !== undefined && !(upper && this.isCapsOnly(key) && !upper(i))) best = { len: j - i + 1, cls };
      if (!this.isPrefix(key)) break;
    }
    return best;
  }

  classOf(name: string): GazClass | undefined {
    return this.classOfKey(splitName(name).join(' '));
  }

  /** Class of an entry given as lower-case tokens joined by spaces. */
  classOfKey(key: string): GazClass | undefined {
    return this.extra.get(key) ?? this.names.value(key);
  }
}

/** Lower-case tokens of a name, as the tagger's tokenizer gives them (plain names skip the tokenizer: faster load). */
function splitName(name: string): string[] {
  const low = name.toLowerCase();
  if (PLAIN_NAME.test(low)) return low.split(' ').filter(Boolean);
  return tokenize(low).map((t) => t.text);
}
