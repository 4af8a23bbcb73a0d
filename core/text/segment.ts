// Paragraphs (blank-line or single-line breaks) and sentences with offsets; page furniture is flagged, not dropped.
import type { Paragraph, Sentence } from '../types';
import { furnitureOfParagraphs, isFurnitureSentence, paragraphVerdict } from './furniture';
import { KernelCache, textKey } from './memo';
import { isSpaceCode } from './tokenize';
import { COMPANY_ABBREVIATIONS, MONTH_ABBREVIATIONS, RANK_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon';

// Abbreviations after which a period does not end a sentence (compared lower-case, without the final period): the
// shared title, rank, company and month abbreviations, and the others a news page has.
const ABBREV = new Set([
  ...TITLE_ABBREVIATIONS,
  ...RANK_ABBREVIATIONS,
  ...COMPANY_ABBREVIATIONS,
  ...(
    'sens reps st jr sr no nos vs v etc ' +
    'mt ft pres supt atty dept est approx fig figs gov’t govt u.s u.k u.n e.g i.e a.m p.m cmdr maj brig hon messrs mme mlle ave blvd rd ' +
    'vol pp op cf al univ assn bros dist'
  ).split(' '),
  ...Object.keys(MONTH_ABBREVIATIONS),
]);
// Abbreviations that often end a sentence too ("… in the U.S. The next day"): split before a capitalised function word.
const SENTENCE_FINAL_ABBREV = new Set(['u.s', 'u.k', 'u.n', 'etc', ...COMPANY_ABBREVIATIONS, 'jr', 'sr', 'a.m', 'p.m']);
const SENTENCE_OPENERS =
  /^(The|This|That|These|Those|It|Its|He|She|They|We|I|But|And|In|On|At|A|An|As|After|Before|When|While|If|There|His|Her|Their|Our)\b/;

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 0xa0 ||
  c === 0x2009 ||
  c === 0x202f ||
  c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200a);

/** Paragraphs are non-empty lines: a single line break inside a scraped page still separates headline from body. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  const fm = frontMatterLength(text);
  // The next line feed and carriage return, each found by indexOf (far faster than a loop over the characters, which
  // ran over the whole article at every keystroke) and searched again only once passed.
  let lf = -1;
  let cr = -1;
  let i = 0;
  while (i < n) {
    if (lf < i) lf = indexOrEnd(text, '\n', i);
    if (cr < i) cr = indexOrEnd(text, '\r', i);
    const e = Math.min(lf, cr);
    let start = i;
    let end = e;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const prev = out[out.length - 1];
      // Hard-wrapped prose (Markdown, e-mail): a line that opens in lower case, right after a line that stopped
      // mid-sentence, continues that paragraph. A headline is never followed by a lower-case line.
      if (prev && prev.start >= fm && lineBreaksOnly(text, prev.end, start) && continues(text, prev.end, start))
        prev.end = end;
      else out.push({ start, end, index: out.length });
    }
    i = e + 1;
  }
  return out;
}

/** The offset of the next `c` from `from`, or the text's length when there is none. */
function indexOrEnd(text: string, c: string, from: number): number {
  const k = text.indexOf(c, from);
  return k < 0 ? text.length : k;
}

/** Only one line break (no blank line) between two offsets. */
function lineBreaksOnly(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) breaks++;
    else if (c === 13 && text.charCodeAt(k + 1) !== 10) breaks++;
    if (breaks > 1) return false;
  }
  return true;
}

function continues(text: string, prevEnd: number, start: number): boolean {
  const last = text[prevEnd - 1]!;
  if (/[.!?:”"’)\]]/.test(last)) return false;
  if (LINE_MARKER.test(text.slice(start, start + 4)) || text.startsWith('<!--', start) || text[start] === '#')
    return false;
  return /\p{Ll}/u.test(text[start]!) || /[,;–—]/.test(last);
}

// A Markdown list bullet or blockquote marker at the start of a line is not part of the sentence.
const LINE_MARKER = /^(?:[-*+•]\s+|\d{1,3}[.)]\s+|>\s*)/;

/** Splits one paragraph into sentences. */
export function splitSentences(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const marker = LINE_MARKER.exec(text.slice(from, Math.min(to, from + 8)));
  let start = marker && from + marker[0].length < to ? from + marker[0].length : from;
  for (let i = start; i < to; i++) {
    const ch = text[i]!;
    // An HTML comment (a copydesk directive) is a sentence of its own.
    if (ch === '<' && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const cend = close < 0 || close + 3 > to ? to : close + 3;
      if (i > start && text.slice(start, i).trim()) out.push(trimmed(text, start, i));
      out.push({ start: i, end: cend });
      i = cend - 1;
      start = cend;
      while (start < to && isSpace(text.charCodeAt(start))) start++;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < to && CLOSERS.has(text[j]!)) j++;
    if (j < to && !isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    if (k >= to) break;
    const next = text[k]!;
    if (ch === '.' && j === i + 1) {
      // The word before the period: an abbreviation or an initial does not end the sentence.
      let w = i;
      while (w > start && i - w < 24 && /[\p{L}.’']/u.test(text[w - 1]!)) w--;
      const word = text.slice(w, i).toLowerCase();
      if (ABBREV.has(word) || /^\p{Lu}$/u.test(text.slice(w, i))) {
        const opener = SENTENCE_OPENERS.test(text.slice(k, k + 8));
        if (!(SENTENCE_FINAL_ABBREV.has(word) && opener)) continue;
      }
    }
    // A lower-case continuation ("…,” he said), a digit or punctuation does not open a new sentence.
    if (/[\p{Ll},;:)\]]/u.test(next)) continue;
    // ".” Trump said." keeps the attribution with its quote.
    if (CLOSERS.has(text[j - 1]!) && (text[j - 1] === '”' || text[j - 1] === '"') && attributionFollows(text, k, to))
      continue;
    out.push({ start, end: j });
    start = k;
  }
  if (start < to) out.push(trimmed(text, start, to));
  return out.filter((s) => s.end > s.start);
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

const SAY_AFTER =
  /^(?:[\p{Lu}][\p{L}’'.-]*\s+){1,4}(?:said|says|wrote|writes|told|added|asked|explained|noted|continued|insisted|replied)\b|^(?:said|says|wrote|added|asked|continued)\s+(?:[\p{Lu}]|the\b)|^(?:The|A|An|Our|His|Her|Their)\s+(?:\p{Ll}+\s+){1,3}(?:said|says|wrote|told|added|noted|explained)\b/u;

/** True when the words after a closing quote are a short attribution ("Trump said", "said Mr. Smith"). */
function attributionFollows(text: string, k: number, to: number): boolean {
  return SAY_AFTER.test(text.slice(k, Math.min(to, k + 60)));
}

/** What a paragraph's own text says: its sentences and their furniture flags, and its furniture verdict bits. */
interface ParagraphKernel {
  /** Flat [start, end, furniture (0/1), …], offsets relative to the paragraph start. Shared: never mutate. */
  readonly sentences: readonly number[];
  readonly verdict: number;
}

const paragraphCache = new KernelCache<string, ParagraphKernel>(2000);

/**
 * The kernel of paragraph p, cached by its text. Why the key is complete: splitSentences reads text[p.start, p.end)
 * only, except that two tests can look a few characters past the end (a sentence opener's \b, "<!--"); when the
 * paragraph is followed by white space or the end of the text, as every paragraph of paragraphs() is, neither can
 * tell what comes after. Other paragraphs are computed without the cache. isFurnitureSentence and paragraphVerdict
 * read the sentence or paragraph text only.
 */
function paragraphKernel(text: string, p: Paragraph): ParagraphKernel {
  if (p.end < text.length && !isSpaceCode(text.charCodeAt(p.end))) return computeParagraphKernel(text, p);
  return paragraphCache.get(textKey(text, p.start, p.end), () => computeParagraphKernel(text, p));
}

function computeParagraphKernel(text: string, p: Paragraph): ParagraphKernel {
  const sentences: number[] = [];
  for (const s of splitSentences(text, p.start, p.end))
    sentences.push(s.start - p.start, s.end - p.start, isFurnitureSentence(text, s) ? 1 : 0);
  return { sentences, verdict: paragraphVerdict(text.slice(p.start, p.end)) };
}

export function segment(text: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paras = paragraphs(text);
  const frontMatterEnd = frontMatterLength(text);
  const kernels = paras.map((p) => paragraphKernel(text, p));
  const paraFurniture = furnitureOfParagraphs(
    text,
    paras,
    frontMatterEnd,
    kernels.map((k) => k.verdict),
  );
  const sentences: Sentence[] = [];
  for (const p of paras) {
    const whole = paraFurniture[p.index]!;
    const spans = kernels[p.index]!.sentences;
    for (let i = 0; i < spans.length; i += 3) {
      sentences.push({
        start: p.start + spans[i]!,
        end: p.start + spans[i + 1]!,
        paragraph: p.index,
        furniture: whole || spans[i + 2] === 1,
      });
    }
  }
  return { paragraphs: paras, sentences };
}

/** Length of a leading YAML front matter block ("---" ... "---"), or 0. */
export function frontMatterLength(text: string): number {
  if (!/^\uFEFF?---\r?\n/.test(text)) return 0;
  // Searching line by line keeps this linear on a document that opens with "---" and never closes it.
  const re = /\r?\n---[ \t]*(?:\r?\n|$)/g;
  re.lastIndex = text.charCodeAt(0) === 0xfeff ? 4 : 3;
  const m = re.exec(text);
  return m ? m.index + m[0].length : 0;
}
