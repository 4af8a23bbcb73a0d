// Whose voice a document speaks in, when it says so: the person a Q&A interview is with ("Interview with the
// founder Jane Doe", "… spoke with Jane Doe"), the speaker of a speech or remarks named in the headline (and the
// speakers of a transcript's turns: "THE MAYOR:"), the authors of a paper listed under its title, or someone who
// introduces themselves ("My name is Jane Doe"). Their "I think" is attributed to them; a transcript's or a paper's
// whole body is theirs when its sentences show it (index.ts decides, from how many speak in the first person).
// Read from the document's first paragraphs only: cheap, once per analysis.
import type { Entity, Paragraph } from '../types';
import type { NameResolver } from './sources';
import { TITLES } from './lexicon';

export interface Voice {
  name: string;
  /** A Q&A interview: "you" in the questions is the interviewee; "I" in a question is the interviewer. */
  interview: boolean;
  /** The interviewer, when the introduction names a person ("sat down with Jane Doe for an interview"). */
  interviewer?: string;
  /**
   * Remarks or a paper whose body may be in this voice throughout: the body starts after paragraph `after` (an index
   * into the paragraph list). `turns` are a transcript's speaker labels, in text order: who speaks from each offset on.
   */
  body?: { kind: 'speech' | 'paper'; after: number; turns: Array<{ at: number; name: string }> };
  /**
   * A hearing's or a panel's turns given by the chair ("Mr. Sova, please proceed."): who has the floor from each
   * offset on. The invited speaker answers the questions that follow until the floor goes to someone else.
   */
  floor?: Array<{ at: number; name: string }>;
}

// A chair handing over the floor: a paragraph's last sentence addresses someone by title and surname (a vocative comma,
// or "you" later on) and closes with the invitation ("Ms. Lund, you may proceed.", "Mr. Berg I see you want to answer,
// so go ahead."), or the invitation followed by the address ("Please proceed, Dr. Holm."). "Mr. Berg said the work
// would go ahead." addresses nobody.
const FLOOR_TITLE = String.raw`(?:Mr|Ms|Mrs|Miss|Dr|Professor|Counsel(?:or)?|Senator|Representative|Commissioner|Congress(?:wo)?man)\.?`;
const FLOOR_INVITE = String.raw`(?:please\s+)?(?:proceed|go\s+ahead|begin|continue)|you\s+(?:may|can)\s+(?:proceed|begin|go\s+ahead)|the\s+floor\s+is\s+yours|you\s+have\s+the\s+floor`;
const FLOOR_ADDRESS_FIRST = new RegExp(
  String.raw`(?:^|[.!]\s+)(?:(?:Alright|All\s+right|Okay|OK|Thank\s+you|Very\s+well|Well|Now),?\s+)?${FLOOR_TITLE}\s+(\p{Lu}[\p{L}'’-]+)(?:,|\s[^?]{0,200}?\byou\b)[^?]{0,200}?\b(?:${FLOOR_INVITE})\s*[.!]?\s*$`,
  'iu',
);
const FLOOR_INVITE_FIRST = new RegExp(
  String.raw`^(?:${FLOOR_INVITE}),?\s+${FLOOR_TITLE}\s+(\p{Lu}[\p{L}'’-]+)\s*[.!]?\s*$`,
  'iu',
);
const FLOOR_MAX = 260;
const REPORTED = /\b(?:said|says|told|tells|added|adds|according|stated|explained|announced)\b/i;

/** The floor turns of a hearing: each paragraph that invites a named person to speak, in text order. Linear. */
export function floorTurns(
  text: string,
  paragraphs: Paragraph[],
  resolver: NameResolver,
): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  for (const p of paragraphs) {
    if (p.end - p.start > FLOOR_MAX) continue;
    const para = text.slice(p.start, p.end);
    // Cheap gate before the patterns: the invitation's words.
    if (!/proceed|ahead|begin|continue|floor/i.test(para)) continue;
    const m = FLOOR_ADDRESS_FIRST.exec(para) ?? FLOOR_INVITE_FIRST.exec(para);
    // The surname must be capitalised as a name (the patterns ignore case for the titles and the invitation).
    if (!m || !/^\p{Lu}/u.test(m[1]!)) continue;
    // Reported words are no invitation: "Mr. Lund said that if you hold a permit you can continue." is news copy.
    if (REPORTED.test(m[0])) continue;
    out.push({ at: p.end, name: resolver.expand(m[1]!) });
  }
  return out;
}

// "Interview with", "the Gazette spoke with": the interviewee is named right after (titles between); "Jane Doe tells
// the Gazette", "… interviewed by the Gazette": right before.
const INTERVIEW_AFTER =
  /\b(?:interview(?:s|ed)?(?:\s+with)?|(?:spoke|spoken|speaks?|talk(?:s|ed)?|sat down)\s+with|in conversation with|q ?& ?a with)\b/gi;
const INTERVIEW_BEFORE = /\b(?:tells|told|talks to|talked to|speaks to|spoke to|interviewed by|answers questions)\b/gi;
const INTERVIEW = /\b(?:interview|q ?& ?a\b)/i;
const SPEECH = /\b(?:speech|remarks|address|testimony|lecture|sermon|eulogy|keynote)\b/i;
const SELF =
  /\b(?:[Mm]y name is|[Ii]t['’]s|[Tt]his is|I['’]m|I am)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u;
// A transcript's speaker label closing a line: "THE DEPUTY MAYOR:", "MS. OKAFOR:".
const TURN_LABEL = /(?:^|\s)((?:[A-Z][A-Z.'’-]*\s+){0,4}[A-Z][A-Z.'’-]+):$/;
// An author's affiliation or address under a paper's title.
const AFFILIATION =
  /\b(?:Universit(?:y|ies|é|ät|à)|Universidad|Universidade|Institute|Instituto|Institut|Department|Departamento|Laborator(?:y|io|ies)|College|Faculty|Facultad|CNRS|School of|Centre for|Center for)\b|[\w.+-]+@[\w-]+\.[\w.-]+/;
const HEAD_PARAGRAPHS = 6;

/** The document's first-person voice, read from its first paragraphs, or undefined. */
export function documentVoice(
  text: string,
  paragraphs: Paragraph[],
  entities: Entity[],
  resolver: NameResolver,
): Voice | undefined {
  const voice = headVoice(text, paragraphs, entities, resolver);
  const floor = floorTurns(text, paragraphs, resolver);
  if (!floor.length) return voice;
  return voice ? { ...voice, floor } : { name: floor[0]!.name, interview: true, floor };
}

function headVoice(
  text: string,
  paragraphs: Paragraph[],
  entities: Entity[],
  resolver: NameResolver,
): Voice | undefined {
  const head = paragraphs.slice(0, HEAD_PARAGRAPHS);
  if (!head.length) return undefined;
  const end = head[head.length - 1]!.end;
  const people = entities.filter((e) => e.type === 'PERSON' && e.start < end);
  const paper = authorBlock(text, paragraphs, entities, resolver);
  if (paper) return paper;
  let marked = false;
  for (let j = 0; j < head.length; j++) {
    const p = head[j]!;
    const para = text.slice(p.start, p.end);
    // A question ends the introduction: what follows is the interview itself.
    if (j > 0 && /\?\s*$/.test(para)) break;
    const inPara = people.filter((e) => e.start >= p.start && e.end <= p.end);
    const interviewee = intervieweeIn(text, p, para, inPara);
    if (interviewee)
      return {
        name: resolver.expand(interviewee.canonical),
        interview: true,
        interviewer: interviewerIn(text, head, people, interviewee),
      };
    if (INTERVIEW.test(para)) marked = true;
    // "Remarks by the Mayor", "Jane Doe's Inaugural Address", "Below are the Speaker's remarks:": a headline-like
    // line (or one that introduces what follows) naming a speech and its speaker.
    if ((para.length <= 200 || /:\s*$/.test(para)) && SPEECH.test(para) && !/\?\s*$/.test(para)) {
      const e = inPara[0];
      if (e)
        return {
          name: resolver.expand(e.canonical),
          interview: false,
          body: { kind: 'speech', after: j, turns: turnsOf(text, paragraphs, entities, resolver) },
        };
    }
    const self = SELF.exec(para);
    if (self) {
      const at = p.start + self.index + self[0].length - self[1]!.length;
      const e = people.find((x) => x.start <= at && at < x.end);
      if (e || /^[Mm]y name/.test(self[0]))
        return { name: e ? resolver.expand(e.canonical) : self[1]!, interview: false };
    }
  }
  // An interview that names no interviewee in its introduction ("interviews one of the owners") is not guessed at.
  return marked ? undefined : qaInterview(text, paragraphs, people, resolver);
}

/**
 * The person an interview paragraph says it is with: named right after "interview with" / "spoke with" (titles and
 * descriptions between: "the Danish chemist and poet Ida Holm"), before "an interview" in a headline ("Jane
 * Doe: an interview with …"), or the person the paragraph is about when it says "interviewed him".
 */
function intervieweeIn(text: string, p: Paragraph, para: string, inPara: Entity[]): Entity | undefined {
  // "Jane Doe: An Interview with the 'Harbour Poet'": the name the headline opens with.
  const first = inPara[0];
  if (first && first.start === p.start && /^\s*:/.test(text.slice(first.end, first.end + 2)) && INTERVIEW.test(para))
    return first;
  let m: RegExpExecArray | null;
  INTERVIEW_BEFORE.lastIndex = 0;
  while ((m = INTERVIEW_BEFORE.exec(para)) !== null) {
    const at = p.start + m.index;
    const prev = inPara.filter((e) => e.end <= at).pop();
    if (prev && describesOnly(text.slice(prev.end, at))) return prev;
  }
  INTERVIEW_AFTER.lastIndex = 0;
  while ((m = INTERVIEW_AFTER.exec(para)) !== null) {
    const after = p.start + m.index + m[0].length;
    const next = inPara.find((e) => e.start >= after);
    if (next && describesOnly(text.slice(after, next.start))) return next;
    // "the Gazette interviewed him": the person the paragraph is about.
    if (/^\s+(?:him|her)\b/.test(para.slice(m.index + m[0].length)) && first && first.start < after) return first;
  }
  return undefined;
}

/** Words between an interview cue and a name that only describe the person ("the Danish chemist and poet"). */
function describesOnly(between: string): boolean {
  if (between.length > 90 || /[.;:!?()"“”'‘’]/.test(between)) return false;
  const words = between.split(/[\s,]+/).filter(Boolean);
  return (
    words.length <= 10 && words.every((w) => !/^(on|about|at|in|for|from|to|over|after|before|by|into|with)$/i.test(w))
  );
}

/** A person the introduction says the interviewee sat down or spoke with: the interviewer. */
function interviewerIn(text: string, head: Paragraph[], people: Entity[], interviewee: Entity): string | undefined {
  for (const e of people) {
    if (e.canonical === interviewee.canonical || e.start < head[0]!.start) continue;
    const before = text.slice(Math.max(0, e.start - 30), e.start);
    if (/\b(?:sat down with|spoke with|talked with|interviewed by|questions? from|asked by)\s+$/i.test(before))
      return e.canonical;
  }
  return undefined;
}

/**
 * A Q&A with no introduction that says so: at least three paragraphs that are a question each followed by an answer,
 * and the person named before the first question (the headline or the photo credit) is the interviewee.
 */
function qaInterview(
  text: string,
  paragraphs: Paragraph[],
  people: Entity[],
  resolver: NameResolver,
): Voice | undefined {
  let pairs = 0;
  let firstQuestion = -1;
  for (let j = 0; j + 1 < paragraphs.length && j < 40; j++) {
    const p = paragraphs[j]!;
    const q = /\?\s*$/.test(text.slice(Math.max(p.start, p.end - 3), p.end));
    const n = paragraphs[j + 1]!;
    if (q && !/\?\s*$/.test(text.slice(Math.max(n.start, n.end - 3), n.end))) {
      pairs++;
      if (firstQuestion < 0) firstQuestion = j;
    }
  }
  if (pairs < 3 || firstQuestion < 1) return undefined;
  const before = paragraphs[firstQuestion]!.start;
  const e = people.find((x) => x.end <= before);
  return e ? { name: resolver.expand(e.canonical), interview: true } : undefined;
}

/**
 * A paper's author block: short paragraphs after the title that open with a name and give an affiliation or an
 * e-mail address. The first author stands for the authors.
 */
function authorBlock(
  text: string,
  paragraphs: Paragraph[],
  entities: Entity[],
  resolver: NameResolver,
): Voice | undefined {
  let first: string | undefined;
  let last = -1;
  for (let j = 1; j < Math.min(paragraphs.length, 14); j++) {
    const p = paragraphs[j]!;
    const para = text.slice(p.start, p.end);
    if (para.length > 260) break;
    const affiliation = AFFILIATION.test(para);
    if (first === undefined) {
      // The authors come right under the title (and a subtitle).
      if (j > 2) break;
      const name = leadingName(p, para, entities);
      if (!name) continue;
      // The name's own paragraph, or the next one, gives the affiliation.
      const next = paragraphs[j + 1];
      if (!affiliation && !(next && next.end - next.start <= 260 && AFFILIATION.test(text.slice(next.start, next.end))))
        continue;
      first = name;
      last = j;
      continue;
    }
    if (affiliation || leadingName(p, para, entities)) last = j;
    else break;
  }
  if (first === undefined) return undefined;
  return { name: resolver.expand(first), interview: false, body: { kind: 'paper', after: last, turns: [] } };
}

/** The personal name a paragraph opens with: a PERSON entity there, else its leading capitalised words ("N S Andres"). */
function leadingName(p: Paragraph, para: string, entities: Entity[]): string | undefined {
  // A photo caption or credit names no author.
  if (/\b(?:Image|Photo|Picture|Credit|Source)s?:/i.test(para)) return undefined;
  const e = entities.find((x) => x.start === p.start && x.type === 'PERSON');
  if (e) {
    // "Jane Doe Laboratorio de …": a tagger may run the name into the affiliation after it.
    const cut = AFFILIATION.exec(e.canonical);
    const name = (cut ? e.canonical.slice(0, cut.index) : e.canonical).trim();
    return /\s/.test(name) ? name : undefined;
  }
  const m = /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)(?=\s+(?:and\s|[\w.+-]+@)|\s*[,;]|\s*$)/u.exec(para);
  if (!m || AFFILIATION.test(m[1]!)) return undefined;
  return m[1]!;
}

/**
 * A transcript's speaker labels ("THE DEPUTY MAYOR:") and whom they name: a title is resolved to the person the
 * document gives that exact title ("Deputy Mayor Lund"; "Mayor" is not "Deputy Mayor"), a name to its
 * fullest form. Labels nobody can be found for are left out.
 */
function turnsOf(
  text: string,
  paragraphs: Paragraph[],
  entities: Entity[],
  resolver: NameResolver,
): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  const cache = new Map<string, string | null>();
  for (const p of paragraphs) {
    // A label ends its line: only short paragraphs, or the end of one, are looked at.
    if (text.charCodeAt(p.end - 1) !== 58) continue;
    const m = TURN_LABEL.exec(text.slice(Math.max(p.start, p.end - 60), p.end));
    if (!m) continue;
    // "9:02 A.M. THE DEPUTY MAYOR:": the longest tail of the capitals that names someone.
    const words = m[1]!.split(/\s+/);
    let name = cache.get(m[1]!);
    if (name === undefined) {
      name = null;
      for (let k = 0; k < words.length && !name; k++)
        if (words[k] !== 'THE') name = titledPerson(text, entities, words.slice(k).join(' ')) ?? null;
      cache.set(m[1]!, name);
    }
    // The label line is the turn's own (its speaker's).
    if (!name) continue;
    // "… Joe Biden. (Applause.) THE PRESIDENT:": the turn starts at the label (at the paragraph's start when only a
    // time stamp comes before it).
    const label = p.end - m[1]!.length - 1;
    out.push({ at: label - p.start <= 20 ? p.start : label, name: resolver.expand(name) });
  }
  return out;
}

/** The person the document names right after this title (or the person this capitalised label names). */
function titledPerson(text: string, entities: Entity[], label: string): string | undefined {
  const words = label.toLowerCase().split(/\s+/).filter(Boolean);
  const isTitle = words.every((w) => TITLES.has(w.replace(/\.$/, '')));
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    if (!isTitle) {
      if (e.canonical.toLowerCase().endsWith(words[words.length - 1]!)) return e.canonical;
      continue;
    }
    const before = text
      .slice(Math.max(0, e.start - 60), e.start)
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean);
    if (before.length < words.length) continue;
    const tail = before.slice(before.length - words.length);
    // The exact title: "Deputy Mayor Lund" is not "Mayor …".
    const prev = before[before.length - words.length - 1];
    if (
      tail.join(' ') === words.join(' ') &&
      !(prev && TITLES.has(prev) && prev !== 'the' && prev !== 'and' && prev !== 'of')
    )
      return e.canonical;
  }
  return undefined;
}
