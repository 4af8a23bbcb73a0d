// Adversarial article and reference shapes for the cross-check, written from our own templates and made-up words
// (seeded, so a failure replays). Nothing repeats: every sentence draws fresh numbers and words, so no kernel cache can
// hide a stage that grows faster than the text. The vocabulary is shared between articles and references, so
// retrieval finds candidates and every stage of the cross-check runs.
import { ReferenceIndex } from '../../core/xref/index';
import { rng } from './edits';
import { MONTHS as LEXICON_MONTHS, capitalised } from '../../core/lexicon';

const SYL = [
  'bra',
  'ven',
  'dol',
  'mir',
  'kas',
  'tel',
  'oru',
  'fen',
  'gal',
  'pim',
  'sor',
  'lun',
  'dak',
  'ver',
  'nos',
  'tam',
  'quil',
  'rho',
  'zen',
  'bal',
];
const MONTHS = LEXICON_MONTHS.map(capitalised);
const UNITS = ['million', 'billion'];

export interface Gen {
  word(): string;
  name(): string;
  num(max: number): number;
  pick<T>(a: readonly T[]): T;
}

/** A generator over a vocabulary of `vocab` made-up words and `names` made-up surnames. */
export function gen(seed: number, vocab = 3000, names = 400): Gen {
  const r = rng(seed);
  const make = (k: number, syllables: number) => {
    let w = '';
    for (let s = 0; s < syllables; s++) w += SYL[(k * 7 + s * 13 + Math.floor(k / (s + 1))) % SYL.length];
    return w + (k % 97).toString(36).replace(/\d/g, (d) => 'aeiouyxwqz'[Number(d)]!);
  };
  const words = Array.from({ length: vocab }, (_, k) => make(k, 2 + (k % 2)));
  const surnames = Array.from({ length: names }, (_, k) => {
    const w = make(k * 31 + 5, 2 + (k % 2));
    return w[0]!.toUpperCase() + w.slice(1);
  });
  const gen: Gen = {
    num: (max) => 1 + Math.floor(r() * max),
    pick: (a) => a[Math.floor(r() * a.length)]!,
    word: () => gen.pick(words),
    name: () => gen.pick(surnames),
  };
  return gen;
}

// No clause break (";", ":", dashes, ", and", " (") anywhere: a search for the next one runs to the end of the text.
const sentenceOfFigures = (g: Gen) =>
  `The ${g.word()} ${g.word()} paid $${g.num(900)}.${g.num(9)} ${g.pick(UNITS)} for ${g.num(500)} ${g.word()} in ${g.name()} on ${g.pick(MONTHS)} ${g.num(28)} or ${g.num(90)}% more than the ${g.num(800)} ${g.word()} it bought in ${1990 + g.num(35)} and ${g.name()} said ${g.num(300)} of them were ${g.word()}.`;
const sentenceOfClauses = (g: Gen) =>
  `The ${g.word()} ${g.word()} paid $${g.num(900)}.${g.num(9)} ${g.pick(UNITS)} for ${g.num(500)} ${g.word()} in ${g.name()} on ${g.pick(MONTHS)} ${g.num(28)}, ${g.num(90)}% more than the ${g.num(800)} ${g.word()} it bought in ${1990 + g.num(35)}; ${g.name()} said ${g.num(300)} of them were ${g.word()} (${g.word()}).`;
// Many figures to a sentence and no clause break anywhere: each figure once searched the rest of the text for one.
const sentenceOfBareFigures = (g: Gen) =>
  `Shares of ${g.name()} rose ${Array.from({ length: 40 }, () => `${g.num(90)}%`).join(', ')} in ${g.pick(MONTHS)} ${g.num(28)}.`;
const shortQuote = (g: Gen) => `“${g.word()} ${g.word()} ${g.word()} ${g.word()},” ${g.name()} said.`;
const sentenceOfNames = (g: Gen) =>
  `${g.name()} ${g.name()} met ${g.name()} and ${g.name()} ${g.name()} with ${g.name()} near ${g.word()} ${g.name()}.`;

function fill(chars: number, next: () => string, sep: (k: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let k = 0; size < chars; k++) {
    const s = (k ? sep(k) : '') + next();
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}

const paragraphs = (every: number) => (k: number) => (k % every === 0 ? '\n\n' : ' ');

/** Article shapes that once made the cross-check grow faster than the text: name -> (seed, chars) -> text. */
export const ARTICLE_SHAPES: Record<string, (seed: number, chars: number, refs: Corpus) => string> = {
  'figure-dense prose': (seed, n) => {
    const g = gen(seed);
    return fill(n, () => sentenceOfFigures(g), paragraphs(3));
  },
  'bare figures without clause breaks': (seed, n) => {
    const g = gen(seed);
    return fill(n, () => sentenceOfBareFigures(g), paragraphs(3));
  },
  'figure-dense prose with clause breaks': (seed, n) => {
    const g = gen(seed);
    return fill(n, () => sentenceOfClauses(g), paragraphs(3));
  },
  'short quotes': (seed, n) => {
    const g = gen(seed);
    return fill(n, () => shortQuote(g), paragraphs(4));
  },
  'short quotes in one paragraph': (seed, n) => {
    const g = gen(seed);
    return fill(
      n,
      () => shortQuote(g),
      () => ' ',
    );
  },
  'one giant paragraph of figures': (seed, n) => {
    const g = gen(seed);
    return fill(
      n,
      () => sentenceOfFigures(g),
      () => ' ',
    );
  },
  'one giant sentence without punctuation': (seed, n) => {
    const g = gen(seed);
    return (
      fill(
        n - 1,
        () =>
          `${g.word()} ${g.num(900)} ${g.word()} ${g.name()} ${g.num(90)} percent ${g.word()} ${g.pick(MONTHS)} ${g.num(28)}`,
        () => ' ',
      ) + '.'
    );
  },
  'many names': (seed, n) => {
    const g = gen(seed);
    return fill(n, () => sentenceOfNames(g), paragraphs(3));
  },
  // Tens of thousands of distinct names, a few of them in the references and many a letter or two from another.
  'many distinct names': (seed, n) => {
    const g = gen(seed, 3000, 60_000);
    return fill(n, () => sentenceOfNames(g), paragraphs(3));
  },
  // Blanket disables and enables of made-up codes between sentences that are reported.
  'suppression comments': (seed, n) => {
    const g = gen(seed);
    let k = 0;
    return fill(
      n,
      () =>
        k++ % 2
          ? `<!-- copydesk-enable x${k} --> Experts say the ${g.word()} rose ${g.num(90)}%.`
          : '<!-- copydesk-disable -->',
      () => '\n',
    );
  },
  // The references' own sentences with another speaker and other figures: every quote is found, every figure compared.
  'references retold': (seed, n, refs) => {
    const g = gen(seed);
    const retell = (s: string) =>
      s.replace(/\d+/g, () => String(g.num(900))).replace(/(”,? )\p{Lu}\p{L}+/u, `$1${g.name()}`);
    return fill(n, () => retell(g.pick(refs.sentences)), paragraphs(3));
  },
  // The references' quotes in one paragraph, given to "he": who speaks is resolved from the context.
  'retold quotes in one paragraph': (seed, n, refs) => {
    const g = gen(seed);
    const quotes = refs.sentences.filter((s) => s.startsWith('“'));
    return (
      `${g.name()} ${g.name()} spoke first. ` +
      fill(
        n,
        () => g.pick(quotes).replace(/(”,? )\p{Lu}\p{L}+/u, '$1he'),
        () => ' ',
      )
    );
  },
  // The references' quotes with no full stop between them: one sentence, aligned with the references' run-on one.
  'run-on sentence of reference quotes': (seed, n, refs) => {
    const g = gen(seed);
    const quotes = refs.sentences.filter((s) => s.startsWith('“'));
    return (
      fill(
        n - 1,
        () => g.pick(quotes).replace(/\.$/, ''),
        () => ' ',
      ) + '.'
    );
  },
};

export interface Corpus {
  index: ReferenceIndex;
  /** Every sentence written into the references. */
  sentences: string[];
}

/**
 * `docs` reference documents of about `chars` each, mixing every shape, sharing the articles' vocabulary; with
 * `runOn`, one more document of that size is a single sentence without punctuation (a scraped table).
 */
export function referenceCorpus(seed: number, docs: number, chars: number, runOn = 0): Corpus {
  const index = new ReferenceIndex();
  const sentences: string[] = [];
  const g = gen(seed);
  const kinds = [sentenceOfFigures, sentenceOfClauses, shortQuote, sentenceOfNames];
  for (let d = 0; d < docs; d++) {
    const title = `${g.name()} ${g.word()} report ${d}\n\n`;
    const next = () => {
      const s = kinds[g.num(kinds.length) - 1]!(g);
      sentences.push(s);
      return s;
    };
    index.set(`ref-${d}.txt`, title + fill(chars, next, paragraphs(3)));
  }
  if (runOn > 0) {
    const quotes = sentences.filter((s) => s.startsWith('“'));
    const body = fill(
      runOn,
      () =>
        `${g.word()} ${g.num(900)} ${g.name()} ${g.pick(MONTHS)} ${g.num(28)} ${g.num(90)} percent ${g.pick(quotes).replace(/\.$/, '')}`,
      () => ' ',
    );
    index.set('run-on.txt', `Table\n\n${sentences[0]} ${body} ${sentences[1]}`);
  }
  return { index, sentences };
}
