// The second stage: a capitalised word the tagger left out, after a noun that says what kind of organisation follows
// ("the carmaker Volvex"), or in apposition ("Oyelaran, a lawyer, said").
import type { DocTokens } from '../features';
import { ORG_KIND_NOUNS, PLAYERS } from '../lists';
import { kindAfter, personAfter } from './appositions';
import type { RawSpan } from './spans';
import { CAPITALISED } from './words';

/** "the Saudi carrier Flynas", "the carmaker Volvex": a capitalised word no list knows right after a lower-case
 * noun saying what kind of organisation follows is one, though the tagger left it out (a tagged name is left to the
 * organisation-context rules); so is one opening a sentence before such a noun in apposition, and one before a
 * player's position and name (the club). */
export function namedByKind(d: DocTokens, raw: RawSpan[]): RawSpan[] {
  const cues = new Set<number>();
  for (let i = 1; i + 1 < d.n; i++) {
    // Both cues are a lower-case word before a capital, tested first: the pass runs at every keystroke.
    if (!(d.flags[i + 1]! & 1) || d.flags[i]! & 1) continue;
    const sent = d.sentOf(i);
    if (ORG_KIND_NOUNS.has(d.lower[i]!)) {
      if (d.sentOf(i + 1) === sent) cues.add(i + 1);
    } else if (PLAYERS.has(d.lower[i]!)) {
      // "Kasimpasa midfielder Yusuf Erdem": before a player's position and name, the club.
      if (d.sentOf(i - 1) === sent && d.sentOf(i + 1) === sent) cues.add(i - 1);
    }
  }
  // "Volvex, the country's largest carmaker, said …": opening a sentence, in apposition with such a noun phrase; and
  // "Oyelaran, a lawyer, said …", a person.
  const people = new Set<number>();
  for (const [a, b] of d.sents) {
    if (b - a < 5 || d.words[a + 1] !== ',') continue;
    const at = (j: number) => (j < b ? d.lower[j]! : '');
    if (kindAfter(d, at, a + 1)) cues.add(a);
    else if (personAfter(d, at, a + 1)) people.add(a);
  }
  if (cues.size === 0 && people.size === 0) return raw;
  const covered = new Uint8Array(d.n);
  for (const s of raw) covered.fill(1, s.a, s.b);
  const added = [...cues, ...people].filter((j) => !covered[j] && unlistedName(d, j));
  if (added.length === 0) return raw;
  const out = raw.concat(
    added.map((j): RawSpan => ({ a: j, b: j + 1, type: people.has(j) ? 'PERSON' : 'ORG', conf: 0.5 })),
  );
  return out.sort((x, y) => x.a - y.a);
}

/** A capitalised word at j that no list knows: no common word, listed name or given name. */
function unlistedName(d: DocTokens, j: number): boolean {
  if (!(d.flags[j]! & 1) || d.shout[j] || !CAPITALISED.test(d.words[j]!)) return false;
  const lw = d.lower[j]!;
  return !d.gazetteer.lex.has(lw) && !d.gazetteer.classOfKey(lw) && !d.gazetteer.first.has(d.words[j]!);
}
