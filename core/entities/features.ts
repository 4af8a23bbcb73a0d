// Token features for the name tagger. Training (scripts/train-ner.ts) and tagging call exactly these functions,
// so a change here needs a retrain (`npm run train`).
import type { Span } from '../types';
import { tokenize, type Token } from '../text/tokenize';
import type { Gazetteer } from './gazetteer';
import { CONNECTORS, FACILITY_SUFFIXES, ORG_SUFFIXES, PLACE_SUFFIXES, TITLE_WORDS } from './lists';

export interface DocTokens {
  text: string;
  toks: Token[];
  lower: string[];
  shapes: string[];
  /** Sentence ranges as token indexes [start, end). */
  sents: Array<[number, number]>;
  /** Capitalised tokens the tagger must look at; any other token after an O is O without scoring. */
  cand: Uint8Array;
  /** Shouted all-caps words ("WHEN AMERICA IS STRONG"): typed by the gazetteer only. */
  shout: Uint8Array;
  /** Gazetteer match: class of the entry covering the token, with B/I position ("B:C", "I:P1"). */
  gaz: Array<string | undefined>;
  /** Token index range of the capitalised run the token belongs to. */
  runStart: Int32Array;
  runEnd: Int32Array;
  headline: Uint8Array;
  docLower: Set<string>;
  docMidCap: Set<string>;
  gazetteer: Gazetteer;
}

const UPPER = /\p{Lu}/u;
const CAP0 = /^\p{Lu}/u;
const ALLCAPS = /^\p{Lu}{2,}$/u;
const WORD = /\p{L}/u;
const POSSESSIVE = /^\p{L}[\p{L}\p{M}\p{N}.-]*['’][sS]$/u;

export function shape(w: string): string {
  let out = '';
  let prev = '';
  let n = 0;
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c === prev) {
      if (++n >= 2) continue;
    } else {
      prev = c;
      n = 0;
    }
    out += c;
  }
  return out;
}

export function prepare(text: string, sentences: Span[], gazetteer: Gazetteer): DocTokens {
  const toks: Token[] = [];
  const sents: Array<[number, number]> = [];
  for (const s of sentences) {
    const a = toks.length;
    for (const t of tokenize(text, s.start, s.end)) {
      // The shared tokenizer keeps "Trump's" whole; a name must not carry its possessive.
      const m = POSSESSIVE.exec(t.text);
      if (m) {
        const cut = t.end - 2;
        toks.push({ text: t.text.slice(0, -2), start: t.start, end: cut }, { text: t.text.slice(-2), start: cut, end: t.end });
      } else toks.push(t);
    }
    if (toks.length > a) sents.push([a, toks.length]);
  }
  const n = toks.length;
  const lower = new Array<string>(n);
  const shapes = new Array<string>(n);
  const cand = new Uint8Array(n);
  const shout = new Uint8Array(n);
  const gaz = new Array<string | undefined>(n);
  const runStart = new Int32Array(n).fill(-1);
  const runEnd = new Int32Array(n).fill(-1);
  const headline = new Uint8Array(n);
  const docLower = new Set<string>();
  const docMidCap = new Set<string>();
  for (let i = 0; i < n; i++) {
    const w = toks[i]!.text;
    lower[i] = w.toLowerCase();
    shapes[i] = shape(w);
    if (UPPER.test(w)) cand[i] = 1;
    else if (WORD.test(w)) docLower.add(lower[i]!);
  }
  for (const [s, e] of sents) {
    let caps = 0;
    let words = 0;
    for (let i = s; i < e; i++) {
      const w = toks[i]!.text;
      if (i > s && CAP0.test(w) && !(i === s + 1 && !WORD.test(toks[s]!.text))) docMidCap.add(w);
      if (w.length > 3 && WORD.test(w) && !CONNECTORS.has(w)) {
        words++;
        if (CAP0.test(w)) caps++;
      }
    }
    const isHeadline = words >= 3 && caps / words >= 0.7;
    for (let i = s; i < e; i++) {
      if (isHeadline) headline[i] = 1;
      const w = toks[i]!.text;
      if (!ALLCAPS.test(w)) continue;
      const nb = (j: number) => j >= s && j < e && ALLCAPS.test(toks[j]!.text) && (w.length >= 4 || toks[j]!.text.length >= 4);
      if ((w.length >= 4 && gazetteer.lex.has(lower[i]!)) || nb(i - 1) || nb(i + 1)) shout[i] = 1;
    }
    for (let i = s; i < e; i++) if (shout[i]) cand[i] = 0;
    // Capitalised runs, joined through lower-case connectors ("Council on American-Islamic Relations").
    let i = s;
    while (i < e) {
      if (!cand[i] || !CAP0.test(toks[i]!.text)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < e) {
        if (cand[j + 1] && CAP0.test(toks[j + 1]!.text)) j++;
        else if (j + 2 < e && CONNECTORS.has(toks[j + 1]!.text) && cand[j + 2] && CAP0.test(toks[j + 2]!.text)) j += 2;
        else break;
      }
      for (let k = i; k <= j; k++) {
        runStart[k] = i;
        runEnd[k] = j + 1;
      }
      i = j + 1;
    }
    // Gazetteer entries, only over capitalised words (and connectors inside them).
    for (let k = s; k < e; k++) {
      const capOk = CAP0.test(toks[k]!.text) || (shout[k] === 1);
      if (!capOk) continue;
      const m = gazetteer.match(lower, k, e);
      if (!m) continue;
      let ok = true;
      for (let q = k; q < k + m.len; q++) if (!(CAP0.test(toks[q]!.text) || CONNECTORS.has(toks[q]!.text) || !WORD.test(toks[q]!.text))) ok = false;
      if (!ok) continue;
      for (let q = k; q < k + m.len; q++) gaz[q] = `${q === k ? 'B' : 'I'}:${m.cls}`;
      k += m.len - 1;
    }
  }
  return { text, toks, lower, shapes, sents, cand, shout, gaz, runStart, runEnd, headline, docLower, docMidCap, gazetteer };
}

function suffixClass(w: string): string {
  if (FACILITY_SUFFIXES.has(w)) return 'fac';
  if (ORG_SUFFIXES.has(w)) return 'org';
  if (PLACE_SUFFIXES.has(w)) return 'place';
  if (TITLE_WORDS.has(w)) return 'title';
  return '-';
}

/** Features of token i that do not depend on the tags chosen before it. */
export function staticFeatures(d: DocTokens, i: number, s: number, e: number): string[] {
  const w = d.toks[i]!.text;
  const lw = d.lower[i]!;
  const sh = d.shapes[i]!;
  const f = ['b', `w=${lw}`, `s=${sh}`, `s2=${lw.slice(-2)}`];
  if (lw.length > 3) f.push(`p3=${lw.slice(0, 3)}`, `s3=${lw.slice(-3)}`, `s4=${lw.slice(-4)}`);
  const ini = i === s || (i === s + 1 && !WORD.test(d.toks[s]!.text));
  const cap = CAP0.test(w);
  if (ini) f.push('ini');
  if (cap) {
    const band = d.gazetteer.lex.get(lw) ?? 0;
    f.push(`lx=${band}`);
    if (ini) f.push(`ini,lx=${band}`, `ini,w=${lw}`);
    if (d.docLower.has(lw)) f.push(ini ? 'ini,dl' : 'dl');
    if (ini && d.docMidCap.has(w)) f.push('dmc');
    if (d.gazetteer.first.has(w)) f.push('fn');
    if (d.headline[i]) f.push('hl', `hl,lx=${band}`);
    const rs = d.runStart[i]!;
    const re = d.runEnd[i]!;
    if (rs >= 0) {
      const len = re - rs;
      const pos = len === 1 ? 'u' : i === rs ? 'b' : i === re - 1 ? 'l' : 'm';
      f.push(`rl=${Math.min(len, 4)}${pos}`, `re=${suffixClass(d.lower[re - 1]!)}`);
      if (d.gazetteer.first.has(d.toks[rs]!.text)) f.push(`rf=${pos}`);
      if (rs > s) f.push(`rp=${d.lower[rs - 1]}`);
    }
  }
  const g = d.gaz[i];
  if (g) f.push(`g=${g}`);
  const pw = i > s ? d.lower[i - 1]! : '<s>';
  const pw2 = i > s + 1 ? d.lower[i - 2]! : '<s>';
  const nw = i + 1 < e ? d.lower[i + 1]! : '</s>';
  const nw2 = i + 2 < e ? d.lower[i + 2]! : '</s>';
  f.push(`pw=${pw}`, `pw2=${pw2}`, `nw=${nw}`, `nw2=${nw2}`, `pw,w=${pw},${lw}`, `w,nw=${lw},${nw}`);
  f.push(`ps=${i > s ? d.shapes[i - 1] : '<s>'}`, `ns=${i + 1 < e ? d.shapes[i + 1] : '</s>'}`);
  if (i > s && TITLE_WORDS.has(pw)) f.push('ptitle');
  if (i + 1 < e && d.gaz[i + 1]) f.push(`ng=${d.gaz[i + 1]}`);
  if (i > s && d.gaz[i - 1]) f.push(`pg=${d.gaz[i - 1]}`);
  return f;
}

export function dynamicFeatures(prev: string, prev2: string, sh: string): string[] {
  return [`t=${prev}`, `t2=${prev2},${prev}`, `t,s=${prev},${sh}`];
}
