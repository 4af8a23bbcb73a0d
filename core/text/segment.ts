// Paragraphs (blank-line or single-line breaks) and sentences with offsets; page furniture is flagged, not dropped.
import type { Paragraph, Sentence } from '../types';
import { isFurniture } from './furniture';

// Abbreviations after which a period does not end a sentence.
const ABBREV = new Set(
  ('mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc corp co ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mt ft pres supt atty dept est approx fig gov’t u.s u.k u.n e.g i.e a.m p.m adm cmdr maj brig').split(' '),
);

/** Paragraphs are runs of non-empty lines; a line break inside a paragraph does not join headline and body. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end, index: out.length });
  }
  return out;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/** Splits one paragraph into sentences. */
export function splitSentences(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < to && CLOSERS.has(text[j]!)) j++;
    if (j < to && !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < to && /\s/.test(text[k]!)) k++;
    if (k >= to) break;
    const next = text[k]!;
    if (ch === '.') {
      // Word before the period: an abbreviation or an initial does not end the sentence.
      let w = i;
      while (w > start && /[\p{L}.’]/u.test(text[w - 1]!)) w--;
      const word = text.slice(w, i).toLowerCase();
      if (ABBREV.has(word) || /^\p{L}$/u.test(word)) {
        if (!(/^(u\.s|u\.k|u\.n)$/.test(word) && /[\p{Lu}“"]/u.test(next) && /^(The|This|It|He|She|They|We|But|In|A)\b/.test(text.slice(k, k + 5)))) continue;
      }
    }
    // A lower-case continuation ("…,” he said) or a digit after "No." is not a new sentence.
    if (/\p{Ll}/u.test(next)) continue;
    out.push({ start, end: j });
    start = k;
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

export function segment(text: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paras = paragraphs(text);
  const frontMatterEnd = frontMatterLength(text);
  const sentences: Sentence[] = [];
  for (const p of paras) {
    const inFrontMatter = p.start < frontMatterEnd;
    for (const s of splitSentences(text, p.start, p.end)) {
      sentences.push({ ...s, paragraph: p.index, furniture: inFrontMatter || isFurniture(text, s, p, p.index === firstBodyParagraph(paras, frontMatterEnd)) });
    }
  }
  return { paragraphs: paras, sentences };
}

function firstBodyParagraph(paras: Paragraph[], frontMatterEnd: number): number {
  return paras.find((p) => p.start >= frontMatterEnd)?.index ?? 0;
}

/** Length of a leading YAML front matter block ("---" ... "---"), or 0. */
export function frontMatterLength(text: string): number {
  const m = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}
