// The article's own date, for resolving "on Tuesday": front matter "date:", else a dateline near the top.
import { frontMatterLength } from './text/segment';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function findArticleDate(text: string): string | undefined {
  const fm = text.slice(0, frontMatterLength(text));
  const fmDate = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(fm);
  if (fmDate) return fmDate[1];
  // A dateline or "Published"/"Updated" line within the first lines of the body.
  const head = text.slice(fm.length, fm.length + 600);
  const iso = /^(?:published|updated|posted|date)?:?\s*(\d{4}-\d{2}-\d{2})\b/im.exec(head);
  if (iso) return iso[1];
  const written = /^(?:published|updated|posted)?:?\s*(?:[A-Z][a-z]+day,?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/im.exec(head);
  if (written) {
    const month = MONTHS.indexOf(written[1]!.slice(0, 3).toLowerCase()) + 1;
    return `${written[3]}-${String(month).padStart(2, '0')}-${written[2]!.padStart(2, '0')}`;
  }
  return undefined;
}
