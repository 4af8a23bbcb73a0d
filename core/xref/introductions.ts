// Where an article first names each person or organisation, looked up by surname: the fixes that name someone write
// them as the article introduces them. Built once per check (per entity list), not once per fix.
import type { Entity } from '../types';
import { nameWords, translitKey } from './names';

const bySurname = new WeakMap<readonly Entity[], Map<string, Entity>>();

function surnameKey(name: string): string | undefined {
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last ? translitKey(last) : undefined;
}

/** The article's first mention of the person (or organisation) `name` denotes, transliteration aside. */
export function firstMention(
  entities: readonly Entity[],
  name: string,
  types: ReadonlyArray<Entity['type']> = ['PERSON', 'ORG', 'MISC'],
): Entity | undefined {
  let map = bySurname.get(entities);
  if (!map) {
    map = new Map();
    for (const e of entities) {
      const k = surnameKey(e.canonical || e.text);
      if (!k) continue;
      const seen = map.get(`${e.type}:${k}`);
      if (!seen || e.start < seen.start) map.set(`${e.type}:${k}`, e);
    }
    bySurname.set(entities, map);
  }
  const k = surnameKey(name);
  if (!k) return undefined;
  let best: Entity | undefined;
  for (const t of types) {
    const e = map.get(`${t}:${k}`);
    if (e && (!best || e.start < best.start)) best = e;
  }
  return best;
}
