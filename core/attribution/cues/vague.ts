// Attribution to nobody: "reportedly", "it is widely expected", "is said to".
import type { Tok } from '../tokens';

const VAGUE_PASSIVE = new Set([
  'expected',
  'believed',
  'said',
  'reported',
  'understood',
  'thought',
  'rumored',
  'rumoured',
  'claimed',
  'alleged',
  'considered',
  'seen',
  'regarded',
  'viewed',
  'anticipated',
  'feared',
  'estimated',
  'known',
  'acknowledged',
  'accepted',
  'agreed',
]);

/** "it is widely expected", "reportedly", "is said to": attribution to nobody. Returns the cue words. */
export function findVagueCue(toks: Tok[]): string | null {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.quoted) continue;
    const l = t.lower;
    if (l === 'reportedly' || l === 'allegedly' || l === 'purportedly' || l === 'supposedly' || l === 'rumoredly')
      return t.text;
    if (l === 'widely' && VAGUE_PASSIVE.has(toks[i + 1]?.lower ?? '')) return `${t.text} ${toks[i + 1]!.text}`;
    if (l === 'it' && /^(is|was|has|had)$/.test(toks[i + 1]?.lower ?? '')) {
      let k = i + 2;
      if (toks[k]?.lower === 'been') k++;
      if (toks[k]?.lower === 'widely' || toks[k]?.lower === 'generally' || toks[k]?.lower === 'commonly') k++;
      if (VAGUE_PASSIVE.has(toks[k]?.lower ?? '') && (toks[k + 1]?.lower === 'that' || toks[k + 1]?.lower === 'to'))
        return toks
          .slice(i, k + 1)
          .map((x) => x.text)
          .join(' ');
    }
    if (
      (l === 'is' || l === 'are' || l === 'was' || l === 'were') &&
      /^(said|believed|thought|rumou?red)$/.test(toks[i + 1]?.lower ?? '') &&
      toks[i + 2]?.lower === 'to'
    )
      return `${t.text} ${toks[i + 1]!.text} to`;
    // "There are fears that …", "There is growing speculation that …"
    if (l === 'there' && /^(is|are|was|were|have|has)$/.test(toks[i + 1]?.lower ?? '')) {
      let k = i + 2;
      if (toks[k]?.lower === 'been') k++;
      while (
        k < toks.length &&
        k < i + 5 &&
        /^(growing|widespread|increasing|mounting|some|many|also|now|renewed)$/.test(toks[k]!.lower)
      )
        k++;
      if (
        /^(fears|concerns|worries|speculation|suggestions|reports|rumou?rs|claims|hopes|indications|signs)$/.test(
          toks[k]?.lower ?? '',
        ) &&
        toks[k + 1]?.lower === 'that'
      )
        return toks
          .slice(i, k + 1)
          .map((x) => x.text)
          .join(' ');
    }
    if (
      (l === 'reports' || l === 'studies' || l === 'polls' || l === 'surveys') &&
      /^(say|suggest|show|indicate|claim)$/.test(toks[i + 1]?.lower ?? '')
    )
      return `${t.text} ${toks[i + 1]!.text}`;
  }
  return null;
}
