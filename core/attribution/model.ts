// The attribution model: a cue lexicon drawn from WordNet and averaged-perceptron weights that score each cue
// candidate of a sentence (scripts/train-attribution.ts writes models/attribution-model.json; esbuild bundles it).
// It is opened once per process on first use, like the entity model; nothing is downloaded.
import packed from '../../models/attribution-model.json';
import { lazily, Scoped } from '../text/memo';
import { LexiconTable, packLexiconTable } from './lexiconTable';

export const ATTRIBUTION_MODEL_VERSION = 1;

export interface PackedAttributionModel {
  version: number;
  /** Lines "lemma|CLASSES|s|d|n|g" (verbs) or "lemma|N<class>" (nouns): see scripts/attribution-lexicon.ts. */
  lexicon: string;
  /** Lines "feature\tweight", weights as integers over `scale`. */
  weights: string;
  scale: number;
  /** Given names that are one sex's only: a line of women's names, then a line of men's, space-separated. */
  given?: string;
  /** The lexicon decoded into sorted lines (lexiconTable.ts): added by the build to the bundled model only, where it
   * replaces `lexicon`. Never written by training. */
  lexiconTable?: string;
}

/** What the lexicon says about a word form: its lemma and feature tags (verb classes, form, noun class). */
export interface LexInfo {
  readonly lemma: string;
  /** "v" a verb form, "n" a noun form, "vn" both ("claims", "reports"). */
  readonly pos: string;
  /** Verb classes ("C", "G", "E", "P", "T"), the most frequent sense's class ("1C"), noun class ("NC"). */
  readonly classes: readonly string[];
  /** Verb forms this spelling can be: "b" base, "s" third person, "d" past, "n" participle, "g" gerund; "1"/"2" noun. */
  readonly forms: string;
}

export interface AttributionModel {
  lookup(word: string): LexInfo | undefined;
  weight(feature: string): number;
  /** The summed weights of a word's own features (`key` names the word), computed once per word. */
  wordScore(key: string, features: () => string[]): number;
  /** 'f' or 'm' for a given name that the name lists give to one sex only ("Maria", "Peter"). */
  givenGender(name: string): 'f' | 'm' | undefined;
}

/** The model the running analyser was given (createAnalyzer({ attributionModel })); undefined: the bundled one. */
export const ATTRIBUTION_MODEL = new Scoped<AttributionModel | undefined>(() => undefined);

/** The bundled model, opened once per process on first use; read-only but for its per-word score memo. */
const bundled = lazily(() => openModel(packed as PackedAttributionModel));

/** The running analyser's model. */
export function attributionModel(): AttributionModel {
  return ATTRIBUTION_MODEL.get() ?? bundled();
}

/**
 * Training and cross-validation only: annotate with another model (undefined: back to the bundled one), in the running
 * analyser. Kernel caches hold cues found with the previous model, so that analyser is made with caches off.
 */
export function useAttributionModel(p: PackedAttributionModel | undefined): void {
  ATTRIBUTION_MODEL.set(p ? openModel(p) : undefined);
}

const pluralOf = (n: string): string =>
  /(s|x|z|ch|sh)$/.test(n) ? n + 'es' : /[^aeiou]y$/.test(n) ? n.slice(0, -1) + 'ies' : n + 's';

export function openModel(p: PackedAttributionModel): AttributionModel {
  if (p.version !== ATTRIBUTION_MODEL_VERSION)
    throw new Error(
      `attribution model version ${p.version}, expected ${ATTRIBUTION_MODEL_VERSION}: run npm run train:attribution`,
    );
  let lex: { get(word: string): LexInfo | undefined } | undefined;
  let forms: WordFilter | undefined;
  let weights: Map<string, number> | undefined;
  let given: Map<string, 'f' | 'm'> | undefined;
  // Bounded by the lexicon's size: one entry per word form ever scored.
  const words = new Map<string, number>();
  return {
    wordScore(key: string, features: () => string[]): number {
      let s = words.get(key);
      if (s === undefined) {
        s = 0;
        for (const f of features()) s += this.weight(f);
        words.set(key, s);
      }
      return s;
    },
    givenGender(name: string): 'f' | 'm' | undefined {
      return (given ??= readGiven(p.given ?? '')).get(name);
    },
    lookup(word: string): LexInfo | undefined {
      if (!lex) {
        const decoded = p.lexiconTable === undefined ? readLexicon(p.lexicon) : undefined;
        lex = decoded ?? new LexiconTable(p.lexiconTable!);
        forms = new WordFilter(decoded ? decoded.keys() : tableKeys(p.lexiconTable!));
      }
      return forms!.mayHave(word) ? lex.get(word) : undefined;
    },
    weight(feature: string): number {
      return (weights ??= readWeights(p.weights, p.scale)).get(feature) ?? 0;
    },
  };
}

/**
 * A Bloom filter of the lexicon's word forms: most words of a text are in no lexicon entry (78% of the lookups on
 * news), and telling them so from two bits of a small array is several times cheaper than a probe of the lexicon's
 * table. A word it lets through is looked up; one it turns away is surely absent.
 */
class WordFilter {
  private readonly bits = new Int32Array(WORD_FILTER_BITS >>> 5);
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = wordHash(w);
      this.set(h);
      this.set(h >>> 14);
    }
  }
  mayHave(w: string): boolean {
    const h = wordHash(w);
    return this.has(h) && this.has(h >>> 14);
  }
  private set(h: number): void {
    const b = h & (WORD_FILTER_BITS - 1);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }
  private has(h: number): boolean {
    const b = h & (WORD_FILTER_BITS - 1);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}
/** 2^18 bits (32 KB) for the 12,000 forms: about 1% of absent words get through to the table. */
const WORD_FILTER_BITS = 1 << 18;

/** FNV-1a of the word's char codes, with its high bits mixed in (the filter reads bits 0-17 and 14-31). */
function wordHash(w: string): number {
  let h = 2166136261;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 16777619);
  h ^= h >>> 13;
  return Math.imul(h, 0x5bd1e995) >>> 0;
}

/** The keys of a table's lines ("key\tvalue"). */
function* tableKeys(lines: string): Iterable<string> {
  for (let at = 0; at < lines.length;) {
    let nl = lines.indexOf('\n', at);
    if (nl < 0) nl = lines.length;
    const line = lines.slice(at, nl);
    const tab = line.indexOf('\t');
    yield tab >= 0 ? line.slice(0, tab) : line;
    at = nl + 1;
  }
}

function readGiven(s: string): Map<string, 'f' | 'm'> {
  const m = new Map<string, 'f' | 'm'>();
  const [women = '', men = ''] = s.split('\n');
  for (const n of women.split(' ')) if (n) m.set(n, 'f');
  for (const n of men.split(' ')) if (n) m.set(n, 'm');
  return m;
}

function readWeights(s: string, scale: number): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of s.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) m.set(line.slice(0, tab), Number(line.slice(tab + 1)) / scale);
  }
  return m;
}

/** The packed lexicon as the table the build adds to the bundled model (esbuild.mjs), or undefined if it cannot be one. */
export function lexiconTableOf(lexicon: string): string | undefined {
  return packLexiconTable(readLexicon(lexicon));
}

export function readLexicon(s: string): Map<string, LexInfo> {
  const m = new Map<string, { lemma: string; pos: string; classes: string[]; forms: string }>();
  const add = (form: string, lemma: string, pos: string, classes: string[], f: string): void => {
    const e = m.get(form);
    if (!e) {
      m.set(form, { lemma, pos, classes, forms: f });
      return;
    }
    // One spelling, two readings ("claims": a verb and a plural noun): the verb's lemma and classes lead.
    if (!e.forms.includes(f)) e.forms += f;
    if (!e.pos.includes(pos)) {
      e.pos += pos;
      for (const c of classes) if (!e.classes.includes(c)) e.classes.push(c);
    }
  };
  for (const line of s.split('\n')) {
    const parts = line.split('|');
    const lemma = parts[0]!;
    const cls = parts[1] ?? '';
    if (cls.startsWith('N')) {
      const classes = [cls];
      add(lemma, lemma, 'n', classes, '1');
      add(pluralOf(lemma), lemma, 'n', classes, '2');
      continue;
    }
    const one = cls.indexOf('1');
    const classes = [...cls.slice(0, one < 0 ? cls.length : one)];
    if (one >= 0) classes.push(cls.slice(one));
    add(lemma, lemma, 'v', classes, 'b');
    const slots = ['s', 'd', 'n', 'g'];
    for (let k = 0; k < 4; k++) {
      const list = parts[2 + k] || (k === 2 ? parts[3] : '') || '';
      for (const form of list.split(',')) if (form) add(form, lemma, 'v', classes, slots[k]!);
    }
  }
  return m as Map<string, LexInfo>;
}
