// A wire service's press digest ("PRESS DIGEST - Norway - Dec 2") lists the day's stories paper by paper, each
// paper's name set in capitals on a line of its own ("AFTENPOSTEN", "DAGENS NAERINGSLIV"). Those lines are
// organisations; the tagger, reading capitals without context, leaves them out or calls them places or people.
import type { Entity, Sentence } from '../types';
import type { Gazetteer } from './gazetteer';
import { PAPER_WORDS } from './lists';

/** The opening words of a press digest's first line. */
const DIGEST = /^[^\n]{0,40}\bpress digest\b/i;

/** A paper's name as a digest sets it: one to five words in capitals (with their apostrophes, hyphens, dots). */
const PAPER_LINE = /^\p{Lu}[\p{Lu}'’.&-]*(?: \p{Lu}[\p{Lu}'’.&-]*){0,4}$/u;

/** The entities of a press digest with each paper's line an organisation; any other text's entities as they are. */
export function digestPapers(text: string, sentences: Sentence[], entities: Entity[], gazetteer: Gazetteer): Entity[] {
  if (!DIGEST.test(text.slice(0, 120))) return entities;
  let out = entities;
  for (let k = 1; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (text[s.start - 1] !== '\n' || (s.end < text.length && text[s.end] !== '\n' && text[s.end] !== '\r')) continue;
    const line = text.slice(s.start, s.end).replace(/[.:]$/, '');
    if (!PAPER_LINE.test(line)) continue;
    // A section label in common words ("FRONT PAGE", "BUSINESS") is no paper; "FINANCIAL TIMES" is.
    const words = line.toLowerCase().split(' ');
    if (!PAPER_WORDS.has(words[words.length - 1]!) && words.every((w) => gazetteer.lex.has(w))) continue;
    const end = s.start + line.length;
    const kept = out.filter((e) => e.end <= s.start || e.start >= end);
    let at = 0;
    while (at < kept.length && kept[at]!.start < s.start) at++;
    kept.splice(at, 0, { start: s.start, end, text: line, type: 'ORG', canonical: line });
    out = kept;
  }
  return out;
}
