// What the in-process typing benchmarks (bench-edit.ts, bench-edit-phases.ts) share: bench-lsp.mjs's 5,000-word
// article, the example references indexed, and the process's CPU time.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ReferenceIndex } from '../../core/index';
import { articleOf, newsParagraphs, ownParagraphs, ROOT } from './bench-article.mjs';

/** The article (distinct GUM news when ../shared is beside the repository, else the project's own drafts repeated). */
export function benchArticle(): { article: string; words: number; source: string } {
  const news = newsParagraphs();
  const { text, words } = articleOf(news.length ? news : ownParagraphs().paras);
  return {
    article: text,
    words,
    source: news.length ? 'distinct GUM news' : 'the project\u2019s own drafts, repeated',
  };
}

export function exampleReferences(): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const f of readdirSync(join(ROOT, 'examples/references')))
    index.set(f, readFileSync(join(ROOT, 'examples/references', f), 'utf8'));
  return index;
}

/** CPU time of this process (all threads), in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
