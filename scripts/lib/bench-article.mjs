// The 5,000-word article the LSP benchmarks type into, built in one place: bench-lsp.mjs types into distinct real
// news (issue 14: typing figures must not rest on repeated text); bench-lsp-memory.mjs keeps the article its memory
// figures were measured on, the project's own drafts repeated to length.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const WORDS = 5000;

export function* walk(dir) {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

/** Paragraphs of the project's own drafts (examples first), with titles and datelines dropped. */
export function ownParagraphs() {
  const drafts = [...walk(join(ROOT, 'examples'))].filter(
    (p) => /\.(article|story)$/.test(p) && !p.includes('/references/'),
  );
  drafts.push(
    ...[...walk(join(ROOT, 'test/fixtures/articles'))].filter((p) => p.endsWith('.article')),
    join(ROOT, 'test/editors/fixtures/draft.article'),
  );
  const paras = [];
  for (const f of drafts) {
    const body = readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const p of body.split(/\n\s*\n/).map((s) => s.trim())) if (p.split(/\s+/).length >= 8) paras.push(p);
  }
  return { drafts, paras };
}

/** The kit's GUM Wikinews paragraphs, each once, when ../shared is beside the repository; else none. */
export function newsParagraphs() {
  const news = join(ROOT, '../shared/eval/gum-news/docs');
  if (!existsSync(news)) return [];
  const paras = readdirSync(news)
    .sort()
    .flatMap((f) =>
      readFileSync(join(news, f), 'utf8')
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim()),
    )
    .filter((p) => p.split(' ').length >= 8);
  return [...new Set(paras)];
}

/** A headline, then paragraphs in order (from the first again if they run out) up to WORDS words. */
export function articleOf(paras) {
  const out = ['Bench desk: a long day of council, court and market news', ''];
  let words = 0;
  let used = 0;
  for (let i = 0; words < WORDS; i++, used++) {
    const p = paras[i % paras.length];
    out.push(p, '');
    words += p.split(/\s+/).length;
  }
  return { text: out.join('\n'), words, used };
}
