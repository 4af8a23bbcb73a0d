// A sentence stage (inside repairTaggerSpans): a product and its model number is no name; its maker may be.
import type { DocTokens } from '../features';
import { OWNER_OR_COUNT, PRODUCT_NOUNS } from '../lists';
import { keyOf, type RawSpan } from './spans';
import { listedOrganisation } from './words';

const MODEL_NUMBER = /^\p{Lu}{0,3}-?\d[\p{L}\p{N}-]*$/u;

const NUMBER = /^\d[\d,.]*$/;

/** A product and its model ("Skylark 700 jet", "Corvana X5 phone") is no name; a maker the lists know keeps its name
 * as an organisation ("Airbus" in "Airbus A320 jets"). */
export function productName(d: DocTokens, s: RawSpan): RawSpan[] {
  if (namedProduct(d, s)) return [];
  let m = s.b; // first token of the model number
  if (s.b - s.a >= 2 && MODEL_NUMBER.test(d.words[s.b - 1]!)) m = s.b - 1;
  const after = m < s.b ? s.b : s.b + 1;
  if (
    m >= d.n ||
    after >= d.n ||
    !MODEL_NUMBER.test(d.words[m]!) ||
    !PRODUCT_NOUNS.has(d.words[after]!) ||
    d.sentOf(after) !== d.sentOf(s.a)
  )
    return [s];
  // The longest listed company or organisation the span starts with ("Airbus", "Lockheed Martin") is the maker.
  for (let k = m; k > s.a; k--) if (listedOrganisation(d, s.a, k)) return [{ ...s, b: k, type: 'ORG' }];
  return [];
}

/** A product named without its model number, between its owner or a count and what it is ("its Stratus sedans",
 * "40 Pelican jets"), is no place or person, when no list knows its words: the tagger has only the capital to go on.
 * A company the lists know stays ("its Airbus jets"), and so does whatever the tagger called an organisation. */
function namedProduct(d: DocTokens, s: RawSpan): boolean {
  if (s.type === 'ORG' || s.b - s.a > 2 || s.a === 0 || s.b >= d.n) return false;
  const before = d.lower[s.a - 1]!;
  if (!OWNER_OR_COUNT.has(before) && !NUMBER.test(before)) return false;
  if (!PRODUCT_NOUNS.has(d.words[s.b]!) || d.sentOf(s.b) !== d.sentOf(s.a) || d.sentOf(s.a - 1) !== d.sentOf(s.a))
    return false;
  for (let k = s.a; k < s.b; k++)
    if (d.gazetteer.classOfKey(d.lower[k]!) || d.gazetteer.first.has(d.words[k]!) || !(d.flags[k]! & 1)) return false;
  return !d.gazetteer.classOfKey(keyOf(d, s.a, s.b));
}
