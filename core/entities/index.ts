// Named entities: PERSON / ORG / PLACE. (First version: capitalised runs; replaced by the trained tagger.)
import type { Entity, Sentence } from '../types';
import { tokenize, isCapitalised } from '../text/tokenize';

export function findEntities(text: string, sentences: Sentence[]): Entity[] {
  const out: Entity[] = [];
  for (const s of sentences) {
    const toks = tokenize(text, s.start, s.end);
    for (let i = 1; i < toks.length; i++) {
      if (!isCapitalised(toks[i]!.text)) continue;
      let j = i;
      while (j + 1 < toks.length && isCapitalised(toks[j + 1]!.text)) j++;
      const start = toks[i]!.start;
      const end = toks[j]!.end;
      const t = text.slice(start, end);
      out.push({ start, end, text: t, type: j > i ? 'PERSON' : 'PLACE', canonical: t });
      i = j;
    }
  }
  return out;
}
