// A sentence stage: a name whose kin are named after it ("Suharto's son Hutomo") is a person's.
import type { DocTokens } from '../features';
import type { RawSpan } from './spans';
import { ORG_KIND_NOUNS } from '../lists';
import { POSSESSIVE_S } from './words';

/** "Suharto's son", "Mandela's widow": only a person has a son, a widow or a brother after the possessive (the
 * tagger may read a lone surname as a company); not an organisation's "sister company". Edits `spans` in place. */
export function peopleByKin(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.type === 'PERSON' || s.type === 'MISC' || s.b + 1 >= d.n) continue;
    if (!POSSESSIVE_S.test(d.words[s.b]!) || !KIN.has(d.lower[s.b + 1]!) || d.sentOf(s.b + 1) !== d.sentOf(s.a))
      continue;
    // "Volvex's sister company", "the paper's sister publication": kin of a kind of organisation.
    if (SISTER_OF.has(d.lower[s.b + 2] ?? '')) continue;
    spans[k] = { ...s, type: 'PERSON', conf: 2 };
  }
}

/** Kin only a person has. */
const KIN = new Set(
  `son sons daughter daughters wife husband widow widower father mother brother brothers sister sisters grandson
   granddaughter nephew niece`.split(/\s+/),
);

/** What an organisation's "sister" or "parent" is. */
const SISTER_OF = new Set([...ORG_KIND_NOUNS, 'ship', 'paper', 'publication', 'station', 'plant', 'brand', 'title']);
