// chrono's casual parser runs each of its 18 parsers' patterns over the whole window it is given, and the time-unit
// patterns ("3 days ago", "within two weeks") are long alternations that cost the most per call and, the first time
// they run in a process, hundreds of milliseconds to compile. Most windows lack the words such a pattern needs: a
// parser whose pattern cannot match there is left out of that call. A parser that finds nothing adds nothing to the
// results chrono's refiners see, so the readings are chrono's own; scripts/check-chrono-guards.ts proves it on every
// window of the fixtures and ../shared, and test/unit/chrono-guards.test.ts on our own sentences.
import * as chrono from 'chrono-node/en';

type Parser = chrono.Chrono['parsers'][number];

/**
 * A word each parser's pattern cannot match without, found by the pattern's source (class names do not survive
 * minification). Case-insensitive like the patterns (no `u` flag on either, so the same case folding).
 */
export const GUARDS: ReadonlyArray<{ pattern: RegExp; guard: RegExp }> = [
  // "(… time units …)\s{0,5}(?:ago|before|earlier)"
  { pattern: /\(\?:ago\|before\|earlier\)/, guard: /ago|before|earlier/i },
  // "(… time units …)\s{0,5}(?:later|after|from now|henceforth|forward|out)"
  {
    pattern: /\(\?:later\|after\|from now\|henceforth\|forward\|out\)/,
    guard: /later|after|from now|henceforth|forward|out/i,
  },
  // "(this|last|past|next|after|\+|-)\s*(… time units …)" and "(this|last|past|next|after\s*this)\s*(unit)"
  { pattern: /^\(\\W\|\^\)\(this\|last\|past\|next\|after/, guard: /this|last|past|next|after|\+|-/i },
  // "(?:within|in|for)\s*(… time units …)": the word starts after a non-word character or at the start.
  { pattern: /^\(\\W\|\^\)\(\?:within\|in\|for\)/, guard: /\b(?:within|in|for)/i },
  // Month names (every spelling chrono knows starts with one of these).
  { pattern: /\(\?:september\|february\|/, guard: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i },
  // Weekday names, "weekend", "weekday".
  { pattern: /\(\?:wednesday\|thursday\|/, guard: /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i },
  // "(now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)"
  { pattern: /\(now\|today\|tonight\|/, guard: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i },
  // "(morning|afternoon|evening|night|midnight|midday|noon)"
  {
    pattern: /\(morning\|afternoon\|evening\|night\|midnight\|midday\|noon\)/,
    guard: /morning|afternoon|evening|night|midnight|midday|noon/i,
  },
  // "(?:last\s+day|end)\s+of\s+(?:the\s+)?month"
  { pattern: /\\s\+of\\s\+\(\?:the\\s\+\)\?month/, guard: /month/i },
];

/** The guard of a parser (by its pattern for chrono's default, not forward-dated, options), or undefined. */
function guardOf(p: Parser): RegExp | undefined {
  const source = (p as { pattern(c: unknown): RegExp }).pattern({ option: {} }).source;
  // The month guard must not go to parsers that only may hold a month ("2024-03-05" or "2024 March").
  for (const g of GUARDS) {
    if (!g.pattern.test(source)) continue;
    if (g.guard.source.startsWith('jan') && !monthRequired(source)) return undefined;
    return g.guard;
  }
  return undefined;
}

/** True when the pattern cannot match without a month name: it does not offer digits in the month's place. */
function monthRequired(source: string): boolean {
  // ENYearMonthDayParser: "([0-9]{4})[-./\s](?:(months)|([0-9]{1,2}))": the month name is one branch.
  return !/\(\?:\(\(\?:september[^)]*\)\)\|\(\[0-9\]\{1,2\}\)\)/.test(source);
}

const parsers = chrono.casual.parsers;
const guards = parsers.map(guardOf);
const byMask = new Map<number, chrono.Chrono>();

/** chrono.casual with the parsers that cannot match `text` left out. */
export function casualFor(text: string): chrono.Chrono {
  let mask = 0;
  for (let k = 0; k < guards.length; k++) {
    const g = guards[k];
    if (g && !g.test(text)) mask |= 1 << k;
  }
  if (mask === 0) return chrono.casual;
  let c = byMask.get(mask);
  if (!c) {
    c = chrono.casual.clone();
    c.parsers = parsers.filter((_, k) => !(mask & (1 << k)));
    byMask.set(mask, c);
  }
  return c;
}

/** For the proofs: each of chrono.casual's parsers with its guard (undefined: always run). */
export function guardedParsers(): Array<{ parser: Parser; guard: RegExp | undefined }> {
  return parsers.map((parser, k) => ({ parser, guard: guards[k] }));
}
