// Whether a reporting word is used as a verb here ("Varga said", not "the said contract", "the reports"), as a weak
// verb that takes a clause, or with its agent after "by".
import { STATEMENT_NOUNS, BETWEEN_SUBJECT_AND_VERB, VAGUE_HEADS } from '../lexicon';
import { isQuoteMark, type Tok } from '../tokens';
import { MONTH_ABBREVIATIONS } from '../../lexicon';
import { AUXILIARIES } from './words';

/** True when a weak verb is used as a reporting verb here: it closes a quote, or takes a clause, a colon or a quote. */
export function weakOk(toks: Tok[], v: number): boolean {
  const prev = toks[v - 1];
  if (prev && isQuoteMark(prev)) return true;
  if (prev && prev.text === ',' && toks[v - 2] && isQuoteMark(toks[v - 2]!)) return true;
  let k = v + 1;
  // Skip time and manner words: "reported earlier that", "added on Monday that".
  while (k < toks.length && k < v + 6 && isFiller(toks[k]!)) k++;
  const next = toks[k];
  if (!next) return true;
  if (next.lower === 'that' || next.text === ':' || isQuoteMark(next) || next.text === '.' || next.text === ';')
    return true;
  if (next.lower === 'out' && toks[k + 1]?.lower === 'that') return true;
  // "…, the board denied the claims:" introduces the quote that follows.
  if (toks[toks.length - 1]!.text === ':' && toks.length - v < 8) return true;
  return next.text === ',' && k + 1 >= toks.length - 1;
}

/** "Jan.", "Sept": an abbreviated month between a subject and its verb ("Ek on Jan. 5 said"). Not "jun" or "jul",
 * which this test never had: both are given names too ("Li Jun said"). */
const isMonthAbbreviation = (w: string): boolean => {
  const m = w.endsWith('.') ? w.slice(0, -1) : w;
  return MONTH_ABBREVIATIONS[m] !== undefined && m !== 'jun' && m !== 'jul';
};

const isFiller = (t: Tok): boolean =>
  (BETWEEN_SUBJECT_AND_VERB.has(t.lower) && (!t.cap || /day$/.test(t.lower))) ||
  /^\p{Ll}+ly$/u.test(t.text) ||
  /^\d/.test(t.text) ||
  isMonthAbbreviation(t.lower) ||
  t.lower === 'a' ||
  t.lower === 'an';

/** Is token v a reporting verb used as one (not "the said contract", not a noun "reports")? */
export function verbUsage(toks: Tok[], v: number): boolean {
  const t = toks[v]!;
  if (t.quoted) return false;
  if (t.cap && v > 0) return false;
  const prev = toks[v - 1]?.lower;
  // Passives ("she was told", "they were asked") report what someone heard, not what they said.
  let b = v - 1;
  while (b >= 0 && /^\p{Ll}+ly$/u.test(toks[b]!.text)) b--;
  if (
    b >= 0 &&
    /^(was|were|is|are|be|been|being|get|got|gets)$/.test(toks[b]!.lower) &&
    /(ed|told|said|written|thought|shown)$/.test(t.lower)
  )
    return false;
  // Nouns and infinitives: "the reports", "to say", "a claim".
  if (
    prev === 'the' ||
    prev === 'a' ||
    prev === 'an' ||
    prev === 'to' ||
    prev === 'his' ||
    prev === 'her' ||
    prev === 'their' ||
    prev === 'its'
  )
    return false;
  const l = t.lower;
  const next = toks[v + 1]?.lower ?? '';
  // "a blog written by X", "figures released by Y": a passive; the agent after "by" is handled as agentive.
  if (next === 'by') return false;
  const past = /ed$/.test(l) || IRREGULAR_PAST.has(l);
  if (/ing$/.test(l)) return prev === ',' || prev === 'by';
  if (!past) {
    // Present forms double as nouns: "asylum claims were", "reports of", "a claim against".
    if (NOUN_FOLLOWERS.has(next)) return false;
    // "40,000 replies", "new claims": a number or adjective-like word before a present form makes it a noun.
    if (prev !== undefined && /^\d/.test(prev)) return false;
    const third = /s$/.test(l) && !/ss$/.test(l);
    if (!third) {
      // A base form needs a plural or pronoun subject, or an auxiliary: "experts say", "they claim", "did say".
      if (!pluralSubjectBefore(toks, b)) return false;
    }
  }
  return true;
}

/** A plural subject, pronoun or auxiliary shortly before a base-form verb ("critics of the plan argue", "they say"). */
function pluralSubjectBefore(toks: Tok[], b: number): boolean {
  for (let k = b; k >= 0 && k > b - 7; k--) {
    const t = toks[k]!;
    if (t.quoted || t.text === ',' || isQuoteMark(t)) return false;
    const pl = t.lower;
    if (PLURAL_SUBJECT.has(pl) || VAGUE_HEADS.has(pl) || (k === b && AUX_BEFORE_BASE.has(pl))) return true;
    if (/s$/.test(pl) && !/(ss|us|is)$/.test(pl) && pl.length > 3 && !/^\p{Lu}/u.test(t.text.slice(1))) return true;
  }
  return false;
}

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'written', 'thought', 'found', 'forecast', 'showed', 'shown']);
const NOUN_FOLLOWERS = new Set([
  'were',
  'was',
  'are',
  'is',
  'have',
  'had',
  'has',
  'of',
  'from',
  'against',
  'by',
  'and',
  'or',
  'for',
  'to',
  'about',
  'over',
  'will',
  'would',
  'can',
  'could',
  'should',
  'which',
  'such',
  'made',
  'filed',
  'been',
]);
const PLURAL_SUBJECT = new Set([
  'they',
  'we',
  'i',
  'you',
  'who',
  'people',
  'police',
  'staff',
  'children',
  'men',
  'women',
  'media',
  'public',
  'some',
  'many',
  'others',
  'most',
  'few',
  'both',
  'all',
]);
const AUX_BEFORE_BASE = new Set([
  'will',
  'would',
  'could',
  'may',
  'might',
  'can',
  'should',
  'must',
  'did',
  'do',
  'does',
  "didn't",
  'also',
  'often',
  'still',
]);

export function agentiveUsage(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^\p{Ll}+ly$/u.test(toks[k]!.text)) k--;
  const prev = toks[k];
  if (!prev) return true;
  // "The data, released by the ministry on Monday, show …"
  if (prev.text === ',' && k > 0 && STATEMENT_NOUNS.has(toks[k - 1]!.lower)) return true;
  return AUXILIARIES.has(prev.lower) || STATEMENT_NOUNS.has(prev.lower) || prev.lower === 'as';
}
