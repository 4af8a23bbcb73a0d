// Making entities: "Oslo-based", "Texas-born" — a name joined by a hyphen to a participle is cut at the hyphen.
import type { Entity, EntityType } from '../../types';
import type { DocTokens } from '../features';
import { covers, type RawSpan, textOf } from './spans';

/** "Oslo-based", "Texas-born", "London-listed": a name joined by a hyphen to a participle or "area" that says how
 * something stands to it. */
const COMPOUND =
  /^(\p{Lu}[\p{L}\p{M}.]*)[-‐](based|born|bred|raised|area|headquartered|registered|listed|owned|backed|led|made|built|run|funded)$/iu;

/** Participles after which the name before the hyphen is a place, whatever the tagger made of the compound. */
const PLACE_COMPOUNDS = new Set(['based', 'born', 'bred', 'raised', 'area', 'headquartered', 'registered']);

/** The type of the name before the hyphen of a compound: a listed place or organisation's own, none for a common
 * word, a place before "-based" and its like, else the type given for the whole compound (none when a name follows
 * it). */
function compoundPrefixType(
  d: DocTokens,
  name: string,
  tail: string,
  whole: EntityType | undefined,
): EntityType | undefined {
  const cls = d.gazetteer.classOfKey(name.toLowerCase());
  if (cls === 'O' || cls === 'K') return 'ORG';
  if (cls !== undefined) return 'PLACE';
  // "Mutation-based testing": a common word, capitalised as a sentence's first, names nothing.
  if (d.gazetteer.lex.has(name.toLowerCase())) return undefined;
  return PLACE_COMPOUNDS.has(tail) ? 'PLACE' : whole;
}

/** "Oslo-based", "New York-born", "Toronto-based Norvik": a span holding a compound is cut at its hyphen — the name
 * before it is its own entity, and so is a name after the compound — the way a possessive's "'s" is no part of a
 * name. Adds to `out`; false when the span holds no compound. */
export function splitCompound(d: DocTokens, s: RawSpan, type: EntityType, out: Entity[]): boolean {
  let j = s.a;
  let m: RegExpExecArray | null = null;
  for (; j < s.b && !m; j++) m = hyphenated(d.words[j]!) ? COMPOUND.exec(d.words[j]!) : null;
  if (!m) return false;
  const c = j - 1;
  const tail = m[2]!.toLowerCase();
  const name = (c > s.a ? `${textOf(d, s.a, c)} ` : '') + m[1]!;
  const whole = c + 1 < s.b ? undefined : type;
  const prefixType = compoundPrefixType(d, name, tail, whole);
  const start = d.starts[s.a]!;
  if (prefixType) out.push(entityAt(d, start, d.starts[c]! + m[1]!.length, prefixType));
  if (c + 1 < s.b) out.push(entityAt(d, d.starts[c + 1]!, d.ends[s.b - 1]!, NAMED_AFTER[tail] ?? type));
  return true;
}

const hyphenated = (w: string): boolean => w.length > 5 && (w.includes('-') || w.includes('‐'));

/** What is named after a compound: a company is based or listed somewhere, a person born there. */
const NAMED_AFTER: Partial<Record<string, EntityType>> = {
  based: 'ORG',
  headquartered: 'ORG',
  registered: 'ORG',
  listed: 'ORG',
  born: 'PERSON',
  bred: 'PERSON',
  raised: 'PERSON',
};

/** "a Texas-born executive", "a London-listed miner": a listed place's compound the tagger left out names the place.
 * Adds to `out` the compounds of the tokens [from, to), where `named` are the names, and sorts it by start if it added
 * any (whether it did is returned). */
export function compoundPlaces(d: DocTokens, named: readonly RawSpan[], out: Entity[], from = 0, to = d.n): boolean {
  let k = 0;
  let added = false;
  for (let i = from; i < to; i++) {
    while (k < named.length && named[k]!.b <= i) k++;
    if (!(d.flags[i]! & 1) || (k < named.length && named[k]!.a <= i) || d.headline[i]) continue;
    const w = d.words[i]!;
    const m = hyphenated(w) ? COMPOUND.exec(w) : null;
    if (!m) continue;
    // "New York-born": the capitalised word before may open the place's name.
    const prev = i > 0 && d.flags[i - 1]! & 1 && d.sentOf(i - 1) === d.sentOf(i) && !covers(named, i - 1);
    const longer = prev ? placeClass(d, `${d.lower[i - 1]} ${m[1]!.toLowerCase()}`) : undefined;
    if (!longer && !placeClass(d, m[1]!.toLowerCase())) continue;
    const start = d.starts[longer ? i - 1 : i]!;
    out.push(entityAt(d, start, d.starts[i]! + m[1]!.length, 'PLACE'));
    added = true;
  }
  if (added) out.sort((x, y) => x.start - y.start);
  return added;
}

/** The list class of a place's name (a country, state, region or town), or undefined. */
function placeClass(d: DocTokens, key: string): string | undefined {
  const cls = d.gazetteer.classOfKey(key);
  return cls === 'O' || cls === 'K' ? undefined : cls;
}

function entityAt(d: DocTokens, start: number, end: number, type: EntityType): Entity {
  return { start, end, text: d.text.slice(start, end), type, canonical: '' };
}
