// Where an article first names each person or organisation, looked up by surname: the fixes that name someone write
// them as the article introduces them. Built once per check (per entity list), not once per fix.
import type { Entity } from '../types';
import { nameWords, translitKey } from './names';
import { memoiseString } from '../text/memo';

/** Per entity list: type -> surname key -> the first entity of that type with that surname. */
const bySurname = new WeakMap<readonly Entity[], Map<Entity['type'], Map<string, Entity>>>();

// The same names come back at every check (an edit changes a sentence or two); null: a name without words.
const surnameKeyOf = memoiseString((name: string): string | null => {
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last ? translitKey(last) : null;
}, 8000);
const surnameKey = (name: string): string | undefined => surnameKeyOf(name) ?? undefined;

/** The article's first mention of the person (or organisation) `name` denotes, transliteration aside. */
export function firstMention(
  entities: readonly Entity[],
  name: string,
  types: ReadonlyArray<Entity['type']> = ['PERSON', 'ORG', 'MISC'],
): Entity | undefined {
  let map = bySurname.get(entities);
  if (!map) {
    map = new Map();
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i]!;
      const k = surnameKey(e.canonical || e.text);
      if (!k) continue;
      let ofType = map.get(e.type);
      if (!ofType) map.set(e.type, (ofType = new Map()));
      const seen = ofType.get(k);
      if (!seen || e.start < seen.start) ofType.set(k, e);
    }
    bySurname.set(entities, map);
  }
  const k = surnameKey(name);
  if (!k) return undefined;
  let best: Entity | undefined;
  for (const t of types) {
    const e = map.get(t)?.get(k);
    if (e && (!best || e.start < best.start)) best = e;
  }
  return best;
}
