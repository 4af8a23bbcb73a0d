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
  if (namedProduct(d, s) || designation(d, s) || loneModel(d, s) || benchmarkCrude(d, s) || modelAfter(d, s)) return [];
  const maker = makerOfModel(d, s);
  if (maker) return [maker];
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

/** A model's number: digits with letters ("A320neo", "S24", "G650") or three digits or more ("737"); not a channel's or
 * a station's one digit ("Radio 4"), nor a year ("YouTube Rewind 2013" is an edition). */
const MODEL = /^(?!(?:19|20)\d\d$)(?=[\p{L}\d-]*\d)(?:\p{Lu}{1,3}-?\d[\p{L}\d-]*|\d{3,}[\p{L}\d-]*)$/u;

/** "Airbus A320neo", "Samsung Galaxy" + "S24": a maker the lists know, then its product's name or model number, is the
 * maker (its product is no name). */
function makerOfModel(d: DocTokens, s: RawSpan): RawSpan | undefined {
  let m = -1;
  for (let k = s.a + 1; k < s.b && m < 0; k++) if (MODEL.test(d.words[k]!)) m = k;
  if (m < 0 && s.b < d.n && d.sentOf(s.b) === d.sentOf(s.a) && MODEL.test(d.words[s.b]!)) m = s.b;
  if (m < 0) return undefined;
  for (let k = Math.min(m, s.b - 1); k > s.a; k--)
    if (listedOrganisation(d, s.a, k)) return { ...s, b: k, type: 'ORG' };
  return undefined;
}

/** A military aircraft's designation and name ("F-86 Sabre", "CH-53 Sea Stallion"): a product, no organisation. The
 * Group of Seven ("G-7") is no aircraft. */
const DESIGNATION = /^(?!G-)\p{Lu}{1,3}-\d{1,3}\p{Lu}?$/u;

function designation(d: DocTokens, s: RawSpan): boolean {
  return s.b - s.a >= 2 && DESIGNATION.test(d.words[s.a]!) && (d.flags[s.a + 1]! & 1) !== 0;
}

/** A model's number alone after its owner or a count ("its A220", "20 A321s"): a product, no name, unless a list knows
 * it ("G7"); a road's number after "the" is a place ("the M1", "the A64"). */
function loneModel(d: DocTokens, s: RawSpan): boolean {
  if (s.b - s.a !== 1 || s.a === 0 || d.sentOf(s.a - 1) !== d.sentOf(s.a)) return false;
  const before = d.lower[s.a - 1]!;
  if (before === 'the' || (!OWNER_OR_COUNT.has(before) && !NUMBER.test(before))) return false;
  const w = d.words[s.a]!;
  return /\p{L}/u.test(w) && MODEL.test(w) && !d.gazetteer.classOfKey(d.lower[s.a]!);
}

/** "Brent crude", "WTI futures": an oil price's benchmark is no name (the tagger reads "Brent" as a company). */
function benchmarkCrude(d: DocTokens, s: RawSpan): boolean {
  return (
    s.b - s.a === 1 &&
    s.b < d.n &&
    BENCHMARKS.has(d.lower[s.a]!) &&
    CRUDE.has(d.lower[s.b]!) &&
    d.sentOf(s.b) === d.sentOf(s.a)
  );
}

const BENCHMARKS = new Set(['brent', 'wti']);
const CRUDE = new Set(['crude', 'oil', 'futures', 'prices']);

/** "the Falcon 900", "its Skylark 700", "the Daytona 500": one word after "the" or an owner and before a model's or a
 * race's number (not a year: "the London 2012 Games") is a product's or an event's name (a listed maker there is the
 * maker: "the Airbus 320", makerOfModel, read first). */
function modelAfter(d: DocTokens, s: RawSpan): boolean {
  if (s.b - s.a !== 1 || s.a === 0 || s.b >= d.n || d.sentOf(s.b) !== d.sentOf(s.a)) return false;
  const before = d.lower[s.a - 1]!;
  if (before !== 'the' && !OWNER_OR_COUNT.has(before)) return false;
  return /^\d{3,}$/.test(d.words[s.b]!) && !/^(?:19|20)\d\d$/.test(d.words[s.b]!);
}
