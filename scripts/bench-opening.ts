// What publishing a long article's opening first costs and changes (server/src/opening.ts, checks.ts), in process, no
// LSP. Cost: each case in a fresh process (the cold start an opened article meets), the runs interleaved, CPU of the
// checks only: bench-lsp.mjs's 5,000-word article (or its first 1,500 words) checked whole at once, against its opening
// checked first and then the whole. Flicker: one analyser checks openings cut at 200, 300, … words, and their findings
// are compared with the whole article's on the opening's text (the bench article without references; three articles
// of the generated newsroom, test/support/newsCorpus.ts, with its references).
// Usage: node --import tsx scripts/bench-opening.ts [runs]
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { createAnalyzer, ReferenceIndex, type Finding } from '../core/index';
import { OPENING_WORDS, openingOf } from '../server/src/opening';
import { tuneCompilerForEditing } from '../server/src/jit';
import { newsCorpus } from '../test/support/newsCorpus';
import { articleOf, newsParagraphs, ownParagraphs } from './lib/bench-article.mjs';

const news = newsParagraphs();
const { text: ARTICLE } = articleOf(news.length ? news : ownParagraphs().paras);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** The article up to the first paragraph end after `words` words. */
const upTo = (text: string, words: number) => text.slice(0, openingOf(text, words, 0)?.end ?? text.length);

if (process.argv[2] === '--child') {
  // One case, cold: [total words, opening words (0: whole at once)].
  tuneCompilerForEditing();
  const [total, opening] = process.argv.slice(3).map(Number) as [number, number];
  const text = total ? upTo(ARTICLE, total) : ARTICLE;
  const analyzer = createAnalyzer();
  const t0 = cpuMs();
  const cut = opening ? openingOf(text, opening, 0)! : undefined;
  if (cut) analyzer.check(text.slice(0, cut.end));
  const t1 = cpuMs();
  analyzer.check(text);
  const t2 = cpuMs();
  console.log(JSON.stringify({ opening: t1 - t0, whole: t2 - t1, openingWords: cut?.words ?? 0 }));
} else {
  const runs = Number(process.argv[2] ?? 4);
  const cases: Array<[string, number, number]> = [
    ['5,000 words, whole at once', 0, 0],
    [`5,000 words, opening (${OPENING_WORDS}) first`, 0, OPENING_WORDS],
    ['5,000 words, opening (150) first', 0, 150],
    ['1,500 words, whole at once', 1500, 0],
    [`1,500 words, opening (${OPENING_WORDS}) first`, 1500, OPENING_WORDS],
  ];
  const load0 = loadavg()[0]!;
  const got = cases.map(() => [] as Array<{ opening: number; whole: number; openingWords: number }>);
  for (let r = 0; r < runs; r++)
    cases.forEach(([, total, opening], i) => {
      const p = spawnSync(
        process.execPath,
        ['--import', 'tsx', process.argv[1]!, '--child', String(total), String(opening)],
        { encoding: 'utf8' },
      );
      got[i]!.push(JSON.parse(p.stdout));
    });
  const span = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${Math.round(s[0]!)}–${Math.round(s.at(-1)!)} (median ${Math.round(s[Math.floor(s.length / 2)]!)})`;
  };
  console.log(
    `Cost, CPU ms of the checks, ${runs} interleaved runs, load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  );
  cases.forEach(([name], i) => {
    const g = got[i]!;
    const words = g[0]!.openingWords ? ` [opening ${g[0]!.openingWords} words]` : '';
    console.log(
      `  ${name}${words}: first publish ${span(g.map((x) => (x.openingWords ? x.opening : x.whole)))}, ` +
        `whole done ${span(g.map((x) => x.opening + x.whole))}`,
    );
  });

  const key = (f: Finding) => `${f.start}-${f.end} ${f.code} ${f.message}`;
  const analyzer = createAnalyzer();
  const flicker = (name: string, text: string, refs: ReferenceIndex | undefined, cuts: number[]) => {
    const config = { articleDate: '2025-06-30' };
    const whole = analyzer.check(text, config, refs).findings;
    const n = { cuts: 0, opening: 0, gone: 0, changed: 0, added: 0 };
    const codes = new Map<string, number>();
    for (const words of cuts) {
      const cut = openingOf(text, words, 0);
      if (!cut) continue;
      n.cuts++;
      const o = analyzer
        .check(text.slice(0, cut.end), config, refs)
        .findings.filter((f) => f.code !== 'unused-suppression');
      const w = whole.filter((f) => f.start < cut.end);
      const inWhole = new Set(w.map(key));
      const inOpening = new Set(o.map(key));
      const at = (f: Finding) => `${f.start}-${f.end} ${f.code}`;
      const wholeAt = new Set(w.map(at));
      const openingAt = new Set(o.map(at));
      n.opening += o.length;
      const count = (what: string) => codes.set(what, (codes.get(what) ?? 0) + 1);
      for (const f of o.filter((f) => !inWhole.has(key(f)))) {
        const how = wholeAt.has(at(f)) ? 'changed' : 'gone';
        n[how]++;
        count(`${f.code} ${how}`);
      }
      for (const f of w.filter((f) => !inOpening.has(key(f)) && !openingAt.has(at(f)))) {
        n.added++;
        count(`${f.code} added`);
      }
    }
    const which = [...codes].map(([c, k]) => `${c} ${k}`).join(', ');
    console.log(
      `  ${name}: ${n.cuts} cuts, ${n.opening} findings in the openings: ${n.gone} gone, ${n.changed} changed, ` +
        `${n.added} added by the whole${which ? ` (${which})` : ''}`,
    );
  };
  console.log('Flicker: the openings’ findings against the whole’s on the same text');
  const steps = (from: number, to: number) => Array.from({ length: (to - from) / 100 + 1 }, (_, i) => from + i * 100);
  flicker('bench:lsp article, no references', ARTICLE, undefined, steps(200, 2000));
  const corpus = newsCorpus(14, 40, 40);
  const refs = new ReferenceIndex();
  for (const r of corpus.references) refs.set(r.name, r.text);
  for (const from of [0, 10, 20]) {
    const parts: string[] = [];
    for (let i = from; parts.join('\n').split(/\s+/).length < 3000; i++) parts.push(corpus.drafts[i]!.text);
    flicker(`newsroom article from draft ${from}, with references`, parts.join('\n'), refs, steps(200, 1500));
  }
}
