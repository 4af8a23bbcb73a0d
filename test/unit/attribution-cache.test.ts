// Segmentation, quotes and attribution with their kernel caches warm give exactly what they give with caches off,
// edit after random edit; and what they return can be mutated without changing the next result.
import { test } from 'node:test';
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { segment } from '../../core/text/segment';
import { findQuotes, classifyAssertions } from '../../core/attribution/index';
import { annotateText } from '../../core/pipeline';
import { KernelCache, flatCopy } from '../../core/text/memo';
import { createAnalyzer } from '../../core/analyzer';

const ROOT = resolve(import.meta.dirname, '../..');

const SYNTHETIC = [
  '---\ntitle: Harbour\n---\nHarbour works delayed again\nBy Jane Doe and John Roe\nUpdated: 3 March 2025\n',
  '“We will not wait,” said harbour master Piotr Ek. He said the council had ignored three warnings.',
  'The ministry said on Monday that 40% of berths were closed. It is widely expected that the work will slip to 2026.',
  '"It is a long game." — Jane Doe\n\nAccording to the Centre for Economic Strategy (CES), costs rose 12%. CES said it would publish the data.',
  'Image caption\nA crane on the quay in Gdańsk on Jan. 16. Jane Doe/The Daily Planet\n',
  '<!-- copydesk-disable unattributed -->\nThe largest port in the region reportedly lost $3.2 billion.\n<!-- copydesk-enable -->',
  '“This is the first part of a quote that runs on\n\n“and reopens in the next paragraph,” Ek said. Officials familiar with the matter said the U.S. The next day was calm.',
  'She said: “We expect more.” Sources told Reuters the deal was off. Mr. Smith, the mayor, said the plan failed. ‘Scare quotes’ stay.',
  '- Revenue rose 12% in 2024 at the port\n- Contact us\n> Quoted block said so.\n\nJane Doe is a reporter for the Daily Planet.\nFollow me on X',
  // Misspelt surnames (a slip stands for the person named before it): edits that add or remove a use of either.
  'Kim Maurer chairs the harbour board. The pier will close, Mauer said. Lydia Buchtmann disagreed, said Bauchtman.',
  'Zelensky’s office said the talks would resume. Volodymyr Zelensky met Donald Trump. Trump said he would call. Ek added that it was “serious”.',
];

function corpus(): string[] {
  const out = [...SYNTHETIC];
  for (const f of [
    'examples/draft.article',
    'test/fixtures/articles/harbour.article',
    'test/editors/fixtures/draft.article',
  ]) {
    if (existsSync(join(ROOT, f))) out.push(readFileSync(join(ROOT, f), 'utf8'));
  }
  out.push(SYNTHETIC.join('\n\n'));
  return out;
}

const INSERTS = [
  'a',
  'X',
  ' ',
  '.',
  '. ',
  '\n',
  '\n\n',
  '"',
  '“',
  '”',
  '’',
  "'s",
  ' said ',
  ' he said.',
  ' She said: ',
  ', according to the ministry,',
  'U.S. ',
  ' Mr. Smith ',
  '(CES)',
  ' reportedly ',
  '2024',
  ' 12%',
  '—',
  ' Photo: Getty Images',
  '<!-- x -->',
  '\nBy Jane Doe\n',
  'Jane Doe said',
  '\uD83D\uDE00',
  ' « ',
  ' » ',
  '‘',
  '---\n',
  '\nUpdated: 3 March 2025\n',
  ' Mauer',
  'Maurer ',
  ' said Bauchtman.',
  'Kim Maurer said',
];

function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function edit(t: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (t.length + 1));
  if (rnd() < 0.3 && t.length > 0) return t.slice(0, at) + t.slice(Math.min(t.length, at + 1 + Math.floor(rnd() * 25)));
  return t.slice(0, at) + INSERTS[Math.floor(rnd() * INSERTS.length)] + t.slice(at);
}

/** Segments, quotes (with the speakers attribution fills in) and assertions, from given entities and quantities. */
function analyse(text: string, ann: ReturnType<typeof annotateText>) {
  const seg = segment(text);
  const quotes = findQuotes(text, seg.paragraphs);
  const assertions = classifyAssertions({
    text,
    paragraphs: seg.paragraphs,
    sentences: seg.sentences,
    entities: ann.entities,
    quantities: ann.quantities,
    quotes,
  });
  return { seg, quotes, assertions };
}

function fresh(text: string, ann: ReturnType<typeof annotateText>) {
  return createAnalyzer({ caches: false }).run(() => analyse(text, ann));
}

test('segment, findQuotes and classifyAssertions: cached equals uncached over random edits', () =>
  createAnalyzer().run(() => {
    const texts = corpus();
    let checked = 0;
    texts.forEach((original, i) => {
      const rnd = rng(1000 + i);
      let text = original;
      const rounds = original.length > 5000 ? 25 : 60;
      for (let e = 0; e <= rounds; e++) {
        if (e > 0) text = edit(text, rnd);
        const ann = annotateText(text);
        const warm = analyse(text, ann);
        deepStrictEqual(warm, fresh(text, ann), `text ${i}, edit ${e}`);
        checked++;
      }
    });
    strictEqual(checked > 400, true);
  }));

test('a document with the same sentences in other places reuses kernels and keeps exact offsets', () =>
  createAnalyzer().run(() => {
    const a = SYNTHETIC.join('\n\n');
    const b = SYNTHETIC.slice().reverse().join('\n\n\n');
    for (const text of [a, b, `Intro line.\n${a}`, b.replace(/\n/g, '\r\n')]) {
      const ann = annotateText(text);
      deepStrictEqual(analyse(text, ann), fresh(text, ann));
    }
  }));

test('mutating what segment and classifyAssertions return does not change the next result', () =>
  createAnalyzer().run(() => {
    const text = SYNTHETIC.join('\n\n');
    const ann = annotateText(text);
    const first = analyse(text, ann);
    for (const s of first.seg.sentences) {
      s.start += 1;
      s.furniture = !s.furniture;
    }
    for (const p of first.seg.paragraphs) p.end = 0;
    for (const q of first.quotes) q.speaker = 'Nobody';
    for (const x of first.assertions) {
      x.reasons?.push('mutated');
      x.source = 'Someone';
    }
    deepStrictEqual(analyse(text, ann), fresh(text, ann));
  }));

test('KernelCache: computes on a copy of the key, is bounded, and is off with the other caches', () => {
  const cache = new KernelCache<string, string>(2);
  const analyzer = createAnalyzer();
  let calls = 0;
  const doc = 'The harbour master said the berth was closed. '.repeat(20);
  const key = doc.slice(4, 40);
  const got = analyzer.run(() =>
    cache.get(key, (own) => {
      calls++;
      strictEqual(own, key);
      return own.toUpperCase();
    }),
  );
  strictEqual(got, key.toUpperCase());
  strictEqual(
    analyzer.run(() => cache.get(doc.slice(4, 40), () => 'recomputed')),
    got,
  );
  strictEqual(calls, 1);
  // Another analyser, an analyser with caches off, and no analyser at all see none of this one's entries.
  strictEqual(
    createAnalyzer().run(() => cache.get(key, () => 'other')),
    'other',
  );
  strictEqual(
    createAnalyzer({ caches: false }).run(() => cache.get(key, () => 'off')),
    'off',
  );
  strictEqual(
    cache.get(key, () => 'outside'),
    'outside',
  );
  analyzer.run(() => {
    for (const k of ['a', 'b', 'c', 'd', 'e']) cache.get(k, (own) => own);
    strictEqual(
      cache.get(key, () => 'recomputed'),
      'recomputed',
    );
  });
  strictEqual(flatCopy(key), key);
});

test('cached kernels do not keep old versions of the document alive', () =>
  createAnalyzer().run(() => {
    setFlagsFromString('--expose_gc');
    const gc = runInNewContext('gc') as () => void;
    const body =
      'The harbour master said the berth was closed. “We will not wait,” Jane Doe said. Ek added that costs rose 12%.\n\n';
    const run = (i: number): void => {
      // About 1 MB per version; one sentence, paragraph and line are new in each (new cache keys), the rest repeat.
      const text = `Version ${i} of the story, said Anna Marek${i}.\n\n` + body.repeat(9000) + `x${i}`;
      const { paragraphs, sentences } = segment(text);
      const quotes = findQuotes(text, paragraphs);
      classifyAssertions({ text, paragraphs, sentences, entities: [], quantities: [], quotes });
    };
    run(0);
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 1; i <= 20; i++) run(i);
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Twenty versions pinned by their keys would be 20 MB and more.
    strictEqual(grown < 8e6, true, `heap grew by ${(grown / 1e6).toFixed(1)} MB`);
  }));

test('a description read back to the mention its words stand beside: role words edited, or the text around shifted', () =>
  createAnalyzer().run(() => {
    const base =
      'Harbour Authority director Ana Lund opened the meeting on Monday. Officials argued about the berths for an hour. ' +
      'The director said the berths would reopen in May.';
    const versions = [
      base,
      base.replace('director Ana', 'engineer Ana'),
      'Rain fell on the quay.\n\n' + base.replace('director Ana', 'engineer Ana'),
      'Rain fell on the quay.\n\n' + base,
      'Rain fell on the quay.\n\n' + base + ' Ships waited.',
      base + ' Ships waited.',
    ];
    const sources: Array<string | undefined> = [];
    for (const text of versions) {
      const ann = annotateText(text);
      const warm = analyse(text, ann);
      deepStrictEqual(warm, fresh(text, ann), text);
      sources.push(warm.assertions.find((a) => text.slice(a.start, a.end).startsWith('The director'))?.source);
    }
    // The role word is what the description is read by: without it, "the director" is no longer Ana Lund.
    strictEqual(sources[0], 'Ana Lund');
    strictEqual(sources[1] === 'Ana Lund', false);
    strictEqual(sources[2] === 'Ana Lund', false);
    strictEqual(sources[3], 'Ana Lund');
    strictEqual(sources[5], 'Ana Lund');
  }));
