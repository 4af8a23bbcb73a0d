// Whose voice a document speaks in, when it says so: the person a Q&A interview is with ("Interview with the
// founder Jane Doe", "… tells the Gazette"), the speaker of a speech or remarks named in the headline, or someone who
// introduces themselves ("My name is Jane Doe"). Their "I think" is attributed to them.
import type { Entity, Paragraph } from '../types';
import type { NameResolver } from './sources';

export interface Voice {
  name: string;
  /** A Q&A interview: "you" in the questions is the interviewee too. */
  interview: boolean;
}

const INTERVIEW = /\b(?:interview(?:s|ed)?|tells|talks to|speaks to|in conversation with|q ?& ?a)\b/i;
const SPEECH = /\b(?:speech|remarks|address|testimony|statement|lecture|sermon|eulogy|keynote)\b/i;
const SELF = /\b(?:[Mm]y name is|[Ii]t['’]s|[Tt]his is|I['’]m|I am)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;

/** The document's first-person voice, read from its first three paragraphs, or undefined. */
export function documentVoice(text: string, paragraphs: Paragraph[], entities: Entity[], resolver: NameResolver): Voice | undefined {
  const head = paragraphs.slice(0, 3);
  if (!head.length) return undefined;
  const end = head[head.length - 1]!.end;
  const people = entities.filter((e) => e.type === 'PERSON' && e.start < end);
  for (const p of head) {
    const para = text.slice(p.start, p.end);
    const m = INTERVIEW.exec(para);
    const speech = !m && p === head[0] ? SPEECH.exec(para) : null;
    if (m || speech) {
      // The person named in the same paragraph (after "interview with", or anywhere in a headline).
      const inPara = people.filter((e) => e.start >= p.start && e.end <= p.end);
      const after = m ? inPara.find((e) => e.start >= p.start + m.index) : undefined;
      const e = after ?? inPara[0];
      if (e) return { name: resolver.expand(e.canonical), interview: m !== null };
    }
    const self = SELF.exec(para);
    if (self) {
      const at = p.start + self.index + self[0].length - self[1]!.length;
      const e = people.find((x) => x.start <= at && at < x.end);
      if (e || /^[Mm]y name/.test(self[0])) return { name: e ? resolver.expand(e.canonical) : self[1]!, interview: false };
    }
  }
  return undefined;
}
