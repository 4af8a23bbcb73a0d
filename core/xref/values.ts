// Whether two extracted quantities state the same value, different values, or cannot be compared.
import type { DateValue, Quantity } from '../types';

export type Comparison = 'equal' | 'differ' | 'incomparable';

/** Figures are rounded in copy ("roughly $500 billion", "1.2 million" for 1,230,000): 2.5% apart is the same figure. */
const TOLERANCE = 0.025;
/** "About", "roughly", "nearly" announce a rounded figure: 10% either way still agrees. */
const HEDGED_TOLERANCE = 0.1;
const HEDGE = /\b(?:about|around|roughly|nearly|almost|approximately|some|close to|up to|an estimated|estimated)\b|~/i;

export function compareQuantities(a: Quantity, b: Quantity): Comparison {
  if (a.kind !== b.kind) return 'incomparable';
  if (a.kind === 'DATE') return compareDates(a.date, b.date);
  if (a.value === undefined || b.value === undefined || !Number.isFinite(a.value) || !Number.isFinite(b.value))
    return 'incomparable';
  if (a.kind === 'MONEY' && a.unit && b.unit && a.unit !== b.unit && !(bareDollar(a.text) && bareDollar(b.text)))
    return 'incomparable';
  if (a.kind === 'COUNT' && a.unit && b.unit && !sameNoun(a.unit, b.unit)) return 'incomparable';
  // A bare count ("groups of three", "Varga, 19,") says nothing about what is counted: it may agree, not clash.
  const countedApart = a.kind === 'COUNT' && (!a.unit || !b.unit);
  // "hundreds of billions" neither contradicts nor corroborates "$500 billion": it is not a precise figure.
  // Two orders of magnitude that agree ("billions" and "billions") corroborate each other.
  if (a.vague || b.vague)
    return a.vague && b.vague && Math.abs(Math.log10(Math.abs(a.value) + 1) - Math.log10(Math.abs(b.value) + 1)) < 0.5
      ? 'equal'
      : 'incomparable';
  const big = Math.max(Math.abs(a.value), Math.abs(b.value));
  const diff = Math.abs(a.value - b.value);
  if (big === 0 || diff <= big * TOLERANCE) return 'equal';
  if (diff <= big * HEDGED_TOLERANCE && (HEDGE.test(a.text) || HEDGE.test(b.text))) return 'equal';
  return countedApart ? 'incomparable' : 'differ';
}

/**
 * A bare "$" names no particular dollar: extractors guess the currency from context, and two guesses may differ
 * for the same figure. Prefixed forms (US$, A$, C$) and words ("Canadian dollars") keep their currency.
 */
function bareDollar(text: string): boolean {
  return /(?<![A-Za-z])\$/.test(text);
}

/** Two counted nouns are the same noun, singular or plural ("element" / "elements"). */
export function sameNoun(a: string, b: string): boolean {
  const s = (w: string) => w.toLowerCase().replace(/(ies|es|s)$/, '');
  return s(a) === s(b);
}

/** Dates compare on what both state: full ISO dates at their common precision, else month and day, else weekday. */
export function compareDates(a: DateValue | undefined, b: DateValue | undefined): Comparison {
  if (!a || !b) return 'incomparable';
  if (a.granularity === 'relative' || b.granularity === 'relative') return 'incomparable';
  if (a.iso && b.iso && a.resolved && b.resolved) {
    const n = Math.min(a.iso.length, b.iso.length);
    return a.iso.slice(0, n) === b.iso.slice(0, n) ? 'equal' : 'differ';
  }
  const ma = a.month ?? monthOf(a.iso);
  const mb = b.month ?? monthOf(b.iso);
  const da = a.day ?? dayOf(a.iso);
  const db = b.day ?? dayOf(b.iso);
  if (ma && mb) {
    if (ma !== mb) return 'differ';
    if (da && db) return da === db ? 'equal' : 'differ';
    return 'equal';
  }
  // Weekday against weekday ("on Monday" / "on Tuesday"), whether or not one side resolved it to a date.
  if (
    a.weekday !== undefined &&
    b.weekday !== undefined &&
    (a.granularity === 'weekday' || b.granularity === 'weekday')
  ) {
    return a.weekday === b.weekday ? 'equal' : 'differ';
  }
  return 'incomparable';
}

const monthOf = (iso?: string) => (iso && iso.length >= 7 ? Number(iso.slice(5, 7)) : undefined);
const dayOf = (iso?: string) => (iso && iso.length >= 10 ? Number(iso.slice(8, 10)) : undefined);

/** How a value reads in a message. */
export function describe(q: Quantity): string {
  const text = q.text.replace(/^(?:a|an|the)\s+/i, '');
  if (q.kind === 'DATE' && q.date?.iso) return `${text} (${q.date.iso})`;
  return text;
}
