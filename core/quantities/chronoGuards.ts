// chrono's casual parser runs each of its 18 parsers' patterns over the whole window it is given, and the time-unit
// patterns ("3 days ago", "within two weeks") are long alternations that cost the most per call and, the first time
// they run in a process, hundreds of milliseconds to compile. Most windows lack the words such a pattern needs: a
// parser whose pattern cannot match there is left out of that call. A parser that finds nothing adds nothing to the
// results chrono's refiners see, so the readings are chrono's own; scripts/check-chrono-guards.ts proves it on every
// window of the fixtures and ../shared, and test/unit/chrono-guards.test.ts on our own sentences.
//
// Two of those patterns ("3 days ago", "two weeks later") cost V8 about 50 ms each to compile to machine code (on
// their second run in a process, or their first with --no-regexp-tier-up as the server runs) because of their
// case-insensitive flag: the same pattern in lower case without the flag, run over the text with its ASCII capitals
// in lower case, finds the same match (below) and compiles in a fifth of the time; three more gain a little the
// same way. The time-unit patterns' guards are the end of the pattern itself (a number, a unit, the word): "without" or
// "Chicago" no longer bring them in, so a text that has no such phrase never compiles them.
import * as chrono from 'chrono-node/en';

type Parser = chrono.Chrono['parsers'][number];

/**
 * What a time-unit pattern's match ends with: its last number ("two", "3", "a", "few", "the", "couple of": every
 * way chrono's number alternatives can end, here without the word boundary before them), its last unit (chrono's
 * list, from "quarters" to "y"), and the word. chrono allows \s{0,3} between number and unit, and "couple" may be
 * followed by \s{0,2}, "of" and \s{0,3} more: \s{0,5} here covers both.
 */
function timeUnitEnd(words: string): RegExp {
  return new RegExp(
    '(?:eleven|twelve|three|seven|eight|four|five|nine|one|two|six|ten|[0-9]|half|an?|few|several|the|couple|of)\\s{0,5}' +
      '(?:quarters|seconds|minutes|quarter|second|minute|months|hours|weeks|month|years|mins|hour|days|week|year|sec|min|hrs|day|mon|mos|qtr|hr|mo|yr|s|m|h|d|w|y)' +
      `\\s{0,5}(?:${words})`,
    'i',
  );
}

/**
 * A word each parser's pattern cannot match without, found by the pattern's source (class names do not survive
 * minification). Case-insensitive like the patterns (no `u` flag on either, so the same case folding).
 */
export const GUARDS: ReadonlyArray<{ pattern: RegExp; guard: RegExp }> = [
  // "(number)\s{0,3}(unit)(… more numbers and units …)\s{0,5}(?:ago|before|earlier)": the last number and unit
  // stand right before the word (timeUnitEnd).
  { pattern: /\(\?:ago\|before\|earlier\)/, guard: timeUnitEnd('ago|before|earlier') },
  // "(number)\s{0,3}(unit)(… more numbers and units …)\s{0,5}(?:later|after|from now|henceforth|forward|out)"
  {
    pattern: /\(\?:later\|after\|from now\|henceforth\|forward\|out\)/,
    guard: timeUnitEnd('later|after|from now|henceforth|forward|out'),
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

/** What chrono asks of a parser's pattern: its first match in a string. */
export interface Reader {
  exec(text: string): RegExpExecArray | null;
}

/**
 * A reader that finds what a case-insensitive pattern finds, with a case-sensitive one run over the text with its ASCII
 * capitals in lower case: each ASCII letter of the pattern in lower case, no `i` flag, and the match's groups taken
 * from the text as written (by their indices, the `d` flag). Without the `u` flag, `i` lets an ASCII letter match only
 * its own two cases (no character outside ASCII folds onto an ASCII one), and lowering ASCII capitals changes the
 * length of nothing and what \s \w \W \b \d or a class without letters matches: the same match, at the same place,
 * with the same groups. V8 compiles such a pattern several times faster. undefined: a pattern this does not rewrite
 * (other flags, a class or an escape holding letters, a named group, a character outside ASCII that has cases).
 */
export function lowerCaseReader(re: RegExp): Reader | undefined {
  if (re.flags !== 'i') return undefined;
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      // Escapes that stand for a set or a position (\s \W \b \d) or a punctuation mark are copied; an escape that
      // holds letters of its own (\u00e9, \x41, \cJ, \p{L}, \k<name>) is not rewritten.
      if (!/[sSwWbBdD\\/.\-–()[\]{}|?*+^$,:]/.test(next)) return undefined;
      if (inClass && /[sSwWdD]/.test(next)) return undefined;
      out += ch + next;
      i++;
    } else if (inClass) {
      if (/[A-Za-z]/.test(ch)) return undefined;
      if (ch === ']') inClass = false;
      out += ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(' && src.startsWith('(?<', i) && !src.startsWith('(?<=', i) && !src.startsWith('(?<!', i))
      return undefined;
    else if (/[A-Z]/.test(ch)) out += ch.toLowerCase();
    else if (ch > '\u007f' && ch.toLowerCase() + ch.toUpperCase() !== ch + ch) return undefined;
    else out += ch;
  }
  const lower = new RegExp(out, 'd');
  return {
    exec(text: string): RegExpExecArray | null {
      const m = lower.exec(/[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (w) => w.toLowerCase()) : text);
      if (!m) return null;
      const found: Array<string | undefined> = [];
      for (const span of m.indices!) found.push(span ? text.slice(span[0], span[1]) : undefined);
      return Object.assign(found, { index: m.index, input: text, groups: undefined }) as RegExpExecArray;
    },
  };
}

/**
 * The patterns read by lowerCaseReader (compiling with the flag / without, in a fresh process): the time-unit
 * patterns "… ago" (~52 / 11 ms) and "… later" (~55 / 12 ms), "within two weeks" (~8 / 6), and the two
 * day-and-month patterns that list the ordinals, "3rd of March" (~10 / 6) and "March 3rd" (~4 / 3).
 */
const LOWERED = [
  /\(\?:ago\|before\|earlier\)/,
  /\(\?:later\|after\|from now\|henceforth\|forward\|out\)/,
  /^\(\\W\|\^\)\(\?:within\|in\|for\)/,
  /twenty seventh\|twenty-seventh/, // both day-and-month patterns
];

/** The parser with its pattern read by lowerCaseReader (chrono asks for the pattern on each call). */
function lowered(p: Parser): Parser {
  let from: RegExp | undefined;
  let to: Reader | undefined;
  const wrapped = {
    pattern(context: unknown): Reader {
      const re = (p as unknown as { pattern(c: unknown): RegExp }).pattern(context);
      if (re !== from) {
        from = re;
        to = lowerCaseReader(re) ?? re;
      }
      return to!;
    },
    extract: (context: unknown, match: RegExpMatchArray): unknown =>
      (p as unknown as { extract(c: unknown, m: RegExpMatchArray): unknown }).extract(context, match),
  };
  return wrapped as unknown as Parser;
}

const parsers = chrono.casual.parsers;
const guards = parsers.map(guardOf);
const sourceOf = (p: Parser): string => (p as { pattern(c: unknown): RegExp }).pattern({ option: {} }).source;
// chrono.casual with those patterns read in lower case: the same parsers, refiners and readings.
const cheaper = parsers.map((p) => (LOWERED.some((c) => c.test(sourceOf(p))) ? lowered(p) : p));
const casual = chrono.casual.clone();
casual.parsers = cheaper;
const byMask = new Map<number, chrono.Chrono>();

/** chrono.casual with the parsers that cannot match `text` left out. */
export function casualFor(text: string): chrono.Chrono {
  let mask = 0;
  for (let k = 0; k < guards.length; k++) {
    const g = guards[k];
    if (g && !g.test(text)) mask |= 1 << k;
  }
  if (mask === 0) return casual;
  let c = byMask.get(mask);
  if (!c) {
    c = chrono.casual.clone();
    c.parsers = cheaper.filter((_, k) => !(mask & (1 << k)));
    byMask.set(mask, c);
  }
  return c;
}

/** For the proofs: each of chrono.casual's parsers (with chrono's own pattern) with its guard (undefined: always run). */
export function guardedParsers(): Array<{ parser: Parser; guard: RegExp | undefined }> {
  return parsers.map((parser, k) => ({ parser, guard: guards[k] }));
}

/** For the proofs: the parsers whose pattern casualFor reads in lower case, with chrono's pattern and the reader. */
export function rewrittenPatterns(): Array<{ name: string; original: RegExp; rewritten: Reader }> {
  const out: Array<{ name: string; original: RegExp; rewritten: Reader }> = [];
  for (let k = 0; k < parsers.length; k++) {
    if (cheaper[k] === parsers[k]) continue;
    const original = (parsers[k] as { pattern(c: unknown): RegExp }).pattern({ option: {} });
    const rewritten = (cheaper[k] as unknown as { pattern(c: unknown): Reader }).pattern({ option: {} });
    out.push({ name: parsers[k]!.constructor.name, original, rewritten });
  }
  return out;
}
