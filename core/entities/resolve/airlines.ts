// A sentence stage: "Air" + a listed place is an airline.
import type { DocTokens } from '../features';
import type { RawSpan } from './spans';

/** "Air Malta", "Air Tarvania": an airline is named "Air" + a country or town; the tagger, meeting a listed place,
 * may leave "Air" out (most often at a sentence start, where a capital says nothing). */
export function addAirlines(d: DocTokens, spans: RawSpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    const a = s.a - 1;
    if (a < 0 || s.type === 'PERSON' || d.words[a] !== 'Air' || d.runStart[a] !== d.runStart[s.a] || d.runStart[a]! < 0)
      continue;
    if (k > 0 && spans[k - 1]!.b > a) continue;
    spans[k] = { a, b: s.b, type: 'ORG', conf: 5 };
  }
}
