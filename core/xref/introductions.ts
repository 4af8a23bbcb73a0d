// Where an article first names each person or organisation, looked up by surname: the fixes that name someone write
// them as the article introduces them. Built once per check (per entity list), not once per fix.
import type { Entity } from '../types';
import { nameWords, translitKey } from './names';
import { flatCopy, memoEnabled, memoiseString, Scoped } from '../text/memo';

/** Per entity list: type -> surname key -> the first entity of that type with that surname. */
const bySurname = new WeakMap<readonly Entity[], Map<Entity['type'], Map<string, Entity>>>();

// The same names come back at every check (an edit changes a sentence or two); null: a name without words.
const surnameKeyOf = memoiseString((name: string): string | null => {
  const words = nameWords(name);
  const last = words[words.length - 1];
  return last ? translitKey(last) : null;
}, 8000);
const surnameKey = (name: string): string | undefined => surnameKeyOf(name) ?? undefined;

/** The last entity list's names and their surname keys, kept by each analyser: an edit changes a sentence's entities,
 * and the names before and after it are the last list's, whose keys are known without a lookup each. */
const lastKeys = new Scoped<{ names: string[]; keys: Array<string | undefined> }>(() => ({ names: [], keys: [] }));

/** The surname key of each entity's name (its usual name, else its text). */
function surnameKeys(entities: readonly Entity[]): Array<string | undefined> {
  const n = entities.length;
  const nameAt = (i: number) => entities[i]!.canonical || entities[i]!.text;
  if (!memoEnabled()) return entities.map((_, i) => surnameKey(nameAt(i)));
  const last = lastKeys.get();
  const before = last.names;
  const b = before.length;
  let head = 0;
  while (head < n && head < b && nameAt(head) === before[head]) head++;
  let tail = 0;
  while (tail < n - head && tail < b - head && nameAt(n - 1 - tail) === before[b - 1 - tail]) tail++;
  const names: string[] = new Array<string>(n);
  const keys: Array<string | undefined> = new Array<string | undefined>(n);
  for (let i = 0; i < head; i++) {
    names[i] = before[i]!;
    keys[i] = last.keys[i];
  }
  for (let i = head; i < n - tail; i++) {
    const name = nameAt(i);
    // A copy: the name may be a slice of this version of the article.
    names[i] = flatCopy(name);
    keys[i] = surnameKey(name);
  }
  for (let t = 0; t < tail; t++) {
    names[n - 1 - t] = before[b - 1 - t]!;
    keys[n - 1 - t] = last.keys[b - 1 - t];
  }
  lastKeys.set({ names, keys });
  return keys;
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
    const keys = surnameKeys(entities);
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i]!;
      const k = keys[i];
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
