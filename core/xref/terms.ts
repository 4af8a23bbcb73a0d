// Index terms: the words two passages must share to be "about the same thing".
// Terms are folded hard (case, diacritics, y/i/j, doubled letters, plural -s) so that a misspelt or
// transliterated name still retrieves the passage it was copied from; spelling is judged later, on surfaces.
import { flatCopy, memoiseString, Scoped } from '../text/memo';

const STOP = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about after before between during ' +
    'as than then that this these those there here it its he she they them his her their him we us our you your i me my ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'not no also just only very more most much many some any all each other such own same too up out off again once ' +
    'said says say told tell wrote write according who whom whose which what when where why how while if because ' +
    'one new like well still even already'
  ).split(' '),
);

const WORD_RE = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+|,\d{3}(?!\d))*/gu;

// Corpus vocabularies are small next to their word counts: folding each distinct spelling once pays off.

/** Lower case, no diacritics, y/i/j runs as "i", doubled letters single, no plural or possessive ending. */
export const foldTerm = memoiseString((word: string): string => fold(word), 500_000);

function fold(word: string): string {
  let w = word.toLowerCase();
  if (/[^\x00-\x7f]/.test(w))
    w = w
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/’/g, "'");
  w = w.replace(/'s$/, '').replace(/[.']/g, '');
  if (/^\d/.test(w)) return w;
  w = w.replace(/[yij]+/g, 'i').replace(/(\p{L})\1+/gu, '$1');
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

export function isStopWord(lowerWord: string): boolean {
  return STOP.has(lowerWord);
}

/**
 * Distinct index terms of text[from, to): content words and numbers. Numbers drop their
 * thousands separators ("1,200" -> "1200") so figures written differently still meet. `table` is whose memory of
 * judged spellings to use: by default the running analyser's (outside one, nothing is kept).
 */
export function termsOf(
  text: string,
  from: number,
  to: number,
  out: Set<string> = new Set(),
  table: TermTable = analyserTerms.get(),
): Set<string> {
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null && m.index < to) {
    const term = table.termOf(m[0]);
    if (term) out.add(term);
  }
  return out;
}

/**
 * Index terms by spelling, each spelling judged once: indexing 50 MB meets the same few hundred thousand words again
 * and again. Whoever reads many texts owns one: a ReferenceIndex, the host's index cache, an analyser.
 */
export class TermTable {
  private readonly terms = new Map<string, string>();

  termOf(raw: string): string {
    let term = this.terms.get(raw);
    if (term === undefined) {
      if (this.terms.size > 500_000) this.terms.clear();
      // The key is copied: a long word sliced from an article would keep that version of the article alive.
      const word = flatCopy(raw);
      term = termOf(word);
      this.terms.set(word, term);
    }
    return term;
  }
}

const analyserTerms = new Scoped(() => new TermTable());

/** The index term of one word, or '' for words that carry no subject (stop words, single letters). */
function termOf(raw: string): string {
  if (raw.length < 2 && !/\d/.test(raw)) return '';
  const lower = raw.toLowerCase();
  if (STOP.has(lower)) return '';
  if (/^\d/.test(raw)) return raw.replace(/,/g, '');
  if (raw.length < 3) return '';
  return foldTerm(raw);
}
