// Runs of capitalised words that make a name ("Center for Economic Strategy", "Rep. Jane Okafor").
import { TITLES } from '../lexicon';
import type { Tok } from '../tokens';
import { capitalised, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../../lexicon';

const NAME_JOINERS = new Set([
  'of',
  'for',
  'and',
  'de',
  'del',
  'da',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'la',
  'le',
  '&',
  'on',
]);
export const isNameTok = (t: Tok | undefined): boolean =>
  t !== undefined && !t.quoted && t.cap && /^[\p{L}]/u.test(t.text);
export const isPossessive = (t: Tok | undefined): boolean => t !== undefined && (t.lower === '’s' || t.lower === "'s");
// Capitalised, as a name's words are, and with or without an abbreviation's period: "Monday", "Sept.".
export const CALENDAR = new RegExp(
  `^(${[...WEEKDAYS, ...MONTHS, ...Object.keys(MONTH_ABBREVIATIONS)].map(capitalised).join('|')})\\.?$`,
);

// Names are never longer than this many tokens; the cap keeps repeated walks over a run of capitals linear.
const MAX_NAME_TOKENS = 12;

/** Capitalised run ending at token `end` (inclusive), with joiners ("Center for Economic Strategy"); returns its first token. */
export function nameStart(toks: Tok[], end: number, floor: number): number {
  let i = end;
  while (i - 1 >= floor && end - i < MAX_NAME_TOKENS) {
    const p = toks[i - 1]!;
    if (isNameTok(p)) i--;
    else if (NAME_JOINERS.has(p.lower) && !p.quoted && isNameTok(toks[i - 2]) && i - 2 >= floor) i -= 2;
    else break;
  }
  return i;
}

/** Capitalised run starting at token `start`, returns its last token. */
export function nameEnd(toks: Tok[], start: number): number {
  let i = start;
  while (i + 1 < toks.length && i - start < MAX_NAME_TOKENS) {
    const n = toks[i + 1]!;
    if (isNameTok(n)) i++;
    else if (
      NAME_JOINERS.has(n.lower) &&
      isNameTok(toks[i + 2]) &&
      n.lower !== 'and' &&
      !CALENDAR.test(toks[i + 2]!.text)
    )
      i += 2;
    // "Rep. Jane Okafor", "Mrs. Quist": an abbreviated title and its full stop do not end the name.
    else if (n.text === '.' && TITLES.has(toks[i]!.lower) && n.start === toks[i]!.end && isNameTok(toks[i + 2])) i += 2;
    else break;
  }
  return i;
}
