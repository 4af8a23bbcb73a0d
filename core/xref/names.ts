// Name comparison: when two spellings are one name written two ways (transliteration), when one is a
// misspelling of the other, and when two mentions denote the same person.
import { KernelCache, memoiseString } from '../text/memo';
import { TITLE_ABBREVIATIONS, TITLES } from '../lexicon';

/**
 * A key under which transliteration variants of a name meet: Zelensky / Zelenskyy / Zelenskiy, Andrii / Andriy,
 * Volodymyr / Wolodymyr, Mikhail / Mihail. Doubled consonants are kept apart on purpose: "Besent" for "Bessent"
 * is a typo, not a romanisation choice.
 */
export const translitKey = memoiseString((name: string): string => computeTranslitKey(name), 100_000);

// Spelling checks compare every name of the article with every name of the references, on every edit: the same few
// hundred words are keyed over and over, and a dozen regex passes each cost ~7 ms per check of a 5,000-word article.

function computeTranslitKey(name: string): string {
  let w = name.toLowerCase();
  if (/[^\x00-\x7f]/.test(w)) w = w.normalize('NFD').replace(/\p{M}+/gu, '');
  return (
    w
      .replace(/[’'.\-\s]/g, '')
      .replace(/kh/g, 'h')
      .replace(/ph/g, 'f')
      .replace(/q/g, 'k')
      .replace(/w/g, 'v')
      .replace(/ou/g, 'u')
      // A doubled i or y before a consonant is a slip ("Mexiico", "Syyria"); at the end or before a vowel it is how
      // Ukrainian is romanised ("Andrii", "Yuliia", "Zelenskyy") and folds like any other run of y/i/j.
      .replace(/[yij]{2,}(?=[^aeiouyij])/g, (run) => 'ı'.repeat(run.length))
      .replace(/[yij]+/g, 'i')
      .replace(/i$/, '')
      // British and American spellings of one name: Centre / Center, Harbour / Harbor, Defence / Defense.
      .replace(/tre$/, 'ter')
      .replace(/our/g, 'or')
      .replace(/ence$/, 'ense')
  );
}

/** Optimal-string-alignment edit distance (a transposition counts one), abandoned above max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

/** Longer names tolerate more slips: one edit up to 6 letters, two beyond. */
export function spellingBudget(len: number): number {
  return len < 5 ? 0 : len <= 6 ? 1 : 2;
}

/**
 * True when `a` reads as a slip of `b` (both capitalised single words): close by edit distance, not the
 * same transliteration, and not a derived form (Russia / Russian, Trump / Trumps).
 */
export function looksLikeMisspelling(a: string, b: string): boolean {
  if (a === b) return false;
  // The cheap refusals first (the name checks compare every pair of the article's spellings): too short to judge,
  // or lengths further apart than the edits allowed.
  let budget = Math.min(spellingBudget(a.length), spellingBudget(b.length));
  // A letter dropped or doubled is the commonest slip, and reads as one even in a short name ("Trum", "Mikke"):
  // from four letters, one insertion or deletion is allowed where a changed letter would not be.
  if (budget === 0 && Math.min(a.length, b.length) >= 4 && Math.abs(a.length - b.length) === 1) budget = 1;
  if (budget === 0) return false;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la === lb || Math.abs(la.length - lb.length) > budget) return false;
  if (translitKey(a) === translitKey(b)) return false;
  if (derivedForm(la, lb) || derivedForm(lb, la)) return false;
  const d = editDistance(la, lb, budget);
  if (d > budget) return false;
  // Two edits must leave most of the word intact (Austria / Australia is two words, not a typo).
  return d === 1 || 1 - d / Math.max(a.length, b.length) >= 0.8;
}

/** One spelling is the other with one letter doubled ("Halvorsen" / "Halvorssen"): one name, typed twice. */
export function oneLetterDoubled(a: string, b: string): boolean {
  const [s, l] = a.length < b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  if (l.length !== s.length + 1 || s.length < 4) return false;
  for (let i = 1; i < l.length; i++) if (l[i] === l[i - 1] && l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}

// Plural, demonym and derivation endings, and Slavic gendered surname endings (Zelensky / Zelenska, Ivanov / Ivanova).
const ENDING = /(?:ians?|ans?|ns?|s|es|ese|is|ish|ites?|isms?|ists?|ions?|ors?|ers?|ing|ed|ive|a|i|y)$/;

/**
 * Russia / Russian, Texas / Texans, India / Indiana, Administration / Administrator: the two words are one stem
 * with usual endings, not a slip of the pen.
 */
function derivedForm(a: string, b: string): boolean {
  // A doubled last letter is a slip, not an ending ("Presss", "Strategyy").
  if (b === a + a[a.length - 1]) return false;
  if (b.startsWith(a) && ENDING.test(b.slice(a.length)) && b.slice(a.length).replace(ENDING, '') === '') return true;
  const sa = a.replace(ENDING, '');
  const sb = b.replace(ENDING, '');
  return sa.length >= 4 && sa === sb;
}

// Only the shared titles: the longer role lists (ROLE_TITLES) hold words that are surnames too (Head, Chair, Speaker).
const TITLE_WORDS = new Set([...TITLES, ...TITLE_ABBREVIATIONS]);
const isTitle = (w: string): boolean => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, ''));

/** The words of a personal name without titles or possessive endings. */
export function nameWords(name: string): string[] {
  return name
    .replace(/['’]s\b/g, '')
    .split(/[\s\u00a0]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w && !isTitle(w));
}

/** Two mentions of a person agree when their surnames (last words) are the same name, transliteration aside. */
export function samePerson(a: string, b: string): boolean {
  return samePersonCache.get(`${a}\u0000${b}`, () => computeSamePerson(a, b));
}

// The quote and paraphrase checks compare the same few names with each other on every edit.
const samePersonCache = new KernelCache<string, boolean>(20_000);

function computeSamePerson(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (!wa.length || !wb.length) return false;
  const ka = wa.map(translitKey);
  const kb = wb.map(translitKey);
  if (ka[ka.length - 1] === kb[kb.length - 1]) return true;
  // "Trump" vs "Donald Trump" is covered above; an organisation named in full vs its short form also counts.
  return (
    ka.join(' ') === kb.join(' ') ||
    (ka.length === 1 && kb.includes(ka[0]!)) ||
    (kb.length === 1 && ka.includes(kb[0]!))
  );
}
