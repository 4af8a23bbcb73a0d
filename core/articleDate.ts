// The article's own date, for resolving "on Tuesday": front matter "date:", else a dateline or a
// "Published"/"Updated" line near the top of the body.
import { frontMatterLength } from './text/segment';
import { MONTH_NUMBERS } from './lexicon';

const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
// Each pattern is anchored to one short line and has no nested quantifiers, so it runs in linear time.
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');
const LABEL = /^\s*(?:published|updated|posted|last updated|first published|date|dated|modified)\b/i;
const HEAD_LINES = 12;
const SHORT_LINE = 80;

export function findArticleDate(text: string): string | undefined {
  const fmLen = frontMatterLength(text);
  const fm = text.slice(0, fmLen);
  const fmDate = /^(?:date|published|pubdate|publishDate|created):\s*["']?(\d{4}-\d{2}-\d{2})/im.exec(fm);
  if (fmDate && valid(fmDate[1]!)) return fmDate[1];
  // Lines near the top: a labelled line ("Published: Feb. 12, 2025") or a short line that is mostly a date
  // (a dateline). A date inside a long sentence of the body is an event, not the article's date.
  const head = text
    .slice(fmLen, fmLen + 2000)
    .split(/\r?\n/)
    .slice(0, HEAD_LINES);
  let fallback: string | undefined;
  for (const line of head) {
    if (!line.trim()) continue;
    const labelled = LABEL.test(line);
    if (!labelled && line.length > SHORT_LINE) continue;
    const d = dateIn(line);
    if (!d) continue;
    if (labelled) return d;
    // A short line whose words are mostly the date itself: "Wednesday, February 12, 2025" or "12 Feb 2025 10:14 GMT".
    const rest = line
      .replace(ISO, '')
      .replace(MDY, '')
      .replace(DMY, '')
      .replace(
        /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*\b|\b\d{1,2}[:.]\d{2}\b|\b(?:am|pm|a\.m\.|p\.m\.|gmt|utc|bst|cet|et|est|edt|pt|pst|pdt|at|by|on)\b|[\s,|•·—–\-:.()]/gi,
        '',
      );
    if (rest.length <= 12 && !fallback) fallback = d;
  }
  return fallback;
}

function dateIn(line: string): string | undefined {
  const iso = ISO.exec(line);
  if (iso && valid(iso[0])) return iso[0];
  const mdy = MDY.exec(line);
  if (mdy) return build(+mdy[3]!, MONTH_NUMBERS[mdy[1]!.toLowerCase()]!, +mdy[2]!);
  const dmy = DMY.exec(line);
  if (dmy) return build(+dmy[3]!, MONTH_NUMBERS[dmy[2]!.toLowerCase()]!, +dmy[1]!);
  return undefined;
}

function build(y: number, m: number, d: number): string | undefined {
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return valid(iso) ? iso : undefined;
}

function valid(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d!));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m! - 1 && t.getUTCDate() === d && y! >= 1900 && y! <= 2200;
}
