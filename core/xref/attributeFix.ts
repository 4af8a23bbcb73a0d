// "Attribute to X": the fix for a quote or paraphrase given to the wrong person. The replacement is written the way
// the article itself names that person: in full where the article has not introduced them yet, by surname once it has.
import type { Entity, Fix } from '../types';
import type { CheckContext } from './context';
import { nameWords, samePerson } from './names';
import { fullNameInReferences } from './refSentence';
import { firstMention } from './introductions';
import { clipText } from './excerpt';

export function attributeFix(ctx: CheckContext, mention: Entity, who: string): Fix {
  const intro = firstMention(ctx.ann.entities, who);
  // The name as the article first gives it ("Mike Waltz"), or as the references give it when the article never does.
  const full = intro ? fullest(intro) : nameWords(fullNameInReferences(ctx.index, who, samePerson)).join(' ') || who;
  const words = nameWords(full);
  const surname = words[words.length - 1] ?? full;
  const introduced = !!intro && intro.start < mention.start && nameWords(intro.text).length > 1;
  const newText = introduced ? surname : full;
  return { title: `Attribute to ${clipText(full)}`, start: mention.start, end: mention.end, newText };
}

/** The mention's own words when they are a full name, else the document's fullest form of it. */
function fullest(e: Entity): string {
  const own = nameWords(e.text);
  return own.length > 1 ? own.join(' ') : nameWords(e.canonical || e.text).join(' ') || e.text;
}
