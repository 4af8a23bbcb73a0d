// Quotes and attribution: who says each sentence, or why it needs a source.
import type { Assertion, Entity, Paragraph, Quantity, Quote, Sentence } from '../types';
import { findQuotes, continuedQuotes } from './quotes';
import type { Cue } from './cues';
import { NameResolver } from './sources';
import { Antecedents } from './antecedents';
import { worthReasons } from './checkworthy';
import { NO_REPEAT, REPEAT_MIN_LETTERS, repeatLetters, sentenceKernel, type SentenceKernel } from './kernel';
import { ANONYMOUS_HEADS, STATEMENT_NOUNS } from './lexicon';
import { documentVoice, type Voice } from './voice';
import { partitionPoint } from '../text/spans';
import { fillSources } from './ranker';

export { findQuotes };

/** Documents shorter than this are always read as news (too few sentences to tell). */
const NARRATIVE_MIN_SENTENCES = 15;
/** Third-person reports per body sentence below which a document is narrative, not reporting. */
const NARRATIVE_MAX_REPORTS = 0.08;

/** A shared empty list (never pushed to): most sentences overlap no quote and hold no quantity. */
const NONE: readonly never[] = [];

export interface AttributionInput {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  quantities: Quantity[];
  quotes: Quote[];
}

interface Own {
  status: 'attributed' | 'vague';
  source?: string;
  cue: string;
  person?: boolean;
}

interface Info {
  s: Sentence;
  /** Why the sentence is check-worthy, computed while its tokens are at hand (tokens are not kept: memory). */
  reasons: string[];
  /** Speaks in the first person outside quotes ("we", "I") and has no attribution of its own: a candidate pull quote. */
  firstPerson: boolean;
  /** Speaks in the first person outside quotes, attributed or not. */
  fp: boolean;
  own: Own | null;
  /** Quotes overlapping the sentence (indices into the quote list). */
  quotes: readonly number[];
  /** SentenceKernel.repeatKey. */
  repeatKey: number;
}

/**
 * One assertion per body sentence that is attributed, vaguely attributed, or unattributed and check-worthy.
 * Fills Quote.speaker on the quotes it is given.
 *
 * The pipeline, in order:
 * 1. readBody: each body sentence's own words (tokens, cue, vague cue, check-worthiness), cached per sentence;
 * 2. attributeInOrder: each sentence's own attribution, read in document order with what came before (the
 *    antecedent of "he said", the last speaker, the last organisation, the document's voice);
 * 3. assignSpeakers: each quote's speaker, from its sentence, its paragraph or the paragraphs around it;
 * 4. speakForTheVoice: a transcript's or a paper's body is its speaker's or authors';
 * 5. creditedParagraphs: a paragraph above a credit line (an embedded post, a pull quote) is the credited person's;
 * 6. toAssertions: one assertion per sentence, a quote's speaker for a sentence inside it, check-worthy claims last;
 * 7. fillSources: the learned source ranker names the source of an attributed sentence the rules left unnamed.
 */
export function classifyAssertions(input: AttributionInput): Assertion[] {
  const { text, paragraphs } = input;
  let quotes = [...input.quotes].sort((a, b) => a.start - b.start);
  const continued = continuedQuotes(text, paragraphs, quotes);
  if (continued.length) quotes = [...quotes, ...continued].sort((a, b) => a.start - b.start);
  const resolver = new NameResolver(text, input.entities);
  const voice = documentVoice(text, paragraphs, input.entities, resolver);
  // The source ranker's reading: the same voice, and the resolver as a new one stands after finding it.
  const reading = { resolver: resolver.fork(), voice };
  const body = readBody(text, input.sentences, quotes, captionParagraphs(text, paragraphs));
  const infos = attributeInOrder(input, body, resolver, voice);
  const furniturePara = new Set<number>();
  for (const s of input.sentences) if (s.furniture) furniturePara.add(s.paragraph);
  assignSpeakers(infos, quotes, text, paragraphs, furniturePara, resolver);
  introducedParagraphs(infos, text);
  if (voice?.body) speakForTheVoice(infos, quotes, paragraphs, voice);
  creditedParagraphs(infos, quotes, text, paragraphs, furniturePara, resolver);
  return fillSources(input, toAssertions(pullQuotesOut(infos, text, resolver), quotes, text), reading);
}

/**
 * A pull quote repeats, in a paragraph of its own, words the article gives in its body ("… in mind." said in the body,
 * then set off in large type, often closed by the speaker's name and title; before or after the body's copy): page
 * furniture, not a second assertion. A paragraph made only of sentences the document has twice (punctuation and case
 * aside) and closed by a credit line is dropped, unless it holds the only copy left. One key per sentence: linear.
 */
function pullQuotesOut(infos: Info[], text: string, resolver: NameResolver): Info[] {
  const groupOf = repeatedSentences(infos, text);
  if (!groupOf.size) return infos;
  const dropped = new Set<Info>();
  for (let i = 0; i < infos.length;) {
    let j = i;
    while (j < infos.length && infos[j]!.s.paragraph === infos[i]!.s.paragraph) j++;
    // infos[i, j) is one paragraph: copies only, or copies and a closing credit line.
    const last = infos[j - 1]!;
    const end = !groupOf.has(last) && j - 1 > i && isCreditLine(text, last.s, resolver) ? j - 1 : j;
    // A credit line marks the box: a repeat without one may be the writer's own (a finding to report again).
    let box = end < j;
    for (let k = i; k < end && box; k++) box = groupOf.has(infos[k]!);
    if (box) {
      const own = infos.slice(i, j);
      // Keep a copy when every other copy of it is being dropped too.
      if (own.every((x) => !groupOf.has(x) || groupOf.get(x)!.some((c) => c !== x && !dropped.has(c)))) {
        for (const x of own) dropped.add(x);
        // The box's credit names whoever said the words: the body's copy, with no source of its own, is theirs.
        const speaker = end < j ? creditedPerson(text, last.s, resolver) : undefined;
        if (speaker)
          for (const x of own)
            for (const c of groupOf.get(x) ?? NONE)
              if (!dropped.has(c) && c.own?.source === undefined && c.own?.status !== 'vague' && !c.quotes.length)
                c.own = { status: 'attributed', source: speaker, cue: 'credit', person: true };
      }
    }
    i = j;
  }
  return dropped.size ? infos.filter((info) => !dropped.has(info)) : infos;
}

/**
 * The sentences the document has twice, punctuation and case aside, each with all its copies. Only the sentences whose
 * repeat key another shares are read again for their letters.
 */
function repeatedSentences(infos: Info[], text: string): Map<Info, Info[]> {
  const groupOf = new Map<Info, Info[]>();
  const keys = new Map<number, number>();
  for (let i = 0; i < infos.length; i++) {
    const k = infos[i]!.repeatKey;
    if (k !== NO_REPEAT) keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  // Keyed by the first letters: the body's copy may run on into the next sentence ("… decision.“ However, …" where a
  // misturned quote mark hid the sentence end), so one copy must start with the other.
  const first = new Map<string, { letters: string; copies: Info[] }>();
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.repeatKey === NO_REPEAT || keys.get(info.repeatKey)! < 2) continue;
    const letters = repeatLetters(text.slice(info.s.start, info.s.end));
    const key = letters.slice(0, REPEAT_MIN_LETTERS);
    const g = first.get(key);
    if (!g) first.set(key, { letters, copies: [info] });
    else if (g.letters.startsWith(letters) || letters.startsWith(g.letters)) {
      g.copies.push(info);
      for (const c of g.copies) groupOf.set(c, g.copies);
    }
  }
  return groupOf;
}

/** A body sentence with the quotes overlapping it (indices into the sorted quote list) and its own words' reading. */
interface BodySentence {
  s: Sentence;
  over: readonly number[];
  kernel: SentenceKernel;
}

/**
 * Stage 1: the sentences' own words (cached across analyses, never mutated here), and whether the document reports
 * speech, which decides how speech acts without content are read.
 */
function readBody(
  text: string,
  sentences: Sentence[],
  quotes: Quote[],
  captions: ReadonlySet<number>,
): { sentences: BodySentence[]; speechActs: boolean } {
  const body: BodySentence[] = [];
  let qi = 0;
  let reports = 0;
  for (const s of sentences) {
    if (s.furniture || captions.has(s.paragraph)) continue;
    while (qi < quotes.length && quotes[qi]!.end <= s.start) qi++;
    let overlapping: number[] | undefined;
    for (let k = qi; k < quotes.length && quotes[k]!.start < s.end; k++)
      if (quotes[k]!.end > s.start) (overlapping ??= []).push(k);
    const over: readonly number[] = overlapping ?? NONE;
    const kernel = sentenceKernel(text, s.start, s.end, quotes, over);
    if (kernel.report) reports++;
    body.push({ s, over, kernel });
  }
  // "Brook praised the plan", "Ek declined to comment": news counts a speech act as attribution whatever follows it;
  // narrative prose (a biography, a travel guide) tells of refusals and agreements without reporting anyone's words.
  // A long document that hardly ever reports speech in the third person is read the second way.
  const speechActs = body.length < NARRATIVE_MIN_SENTENCES || reports >= NARRATIVE_MAX_REPORTS * body.length;
  return { sentences: body, speechActs };
}

// "… lifts off from Pad 39A. Image: NASA.": a picture's credit closing its paragraph.
const CAPTION_CREDIT = /\b(?:Image|Photo|Photograph|Picture|Illustration)s?:\s*[^.:!?\n]{1,60}\.?\s*$/;

/**
 * Paragraphs that caption a picture, by the credit that closes them (page furniture the layer below may have read as
 * body text: a caption of a post's screenshot reads like a sentence). One look at each paragraph's tail.
 */
function captionParagraphs(text: string, paragraphs: Paragraph[]): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (const p of paragraphs) {
    if (p.end - p.start > 400) continue;
    const tail = text.slice(Math.max(p.start, p.end - 80), p.end);
    if (tail.includes(':') && CAPTION_CREDIT.test(tail)) (out ??= new Set()).add(p.index);
  }
  return out ?? NO_CAPTIONS;
}
const NO_CAPTIONS: ReadonlySet<number> = new Set();

/** What the reading in document order remembers of the sentences before: who was speaking, who was named. */
class Discourse {
  lastPerson: string | undefined;
  prevSubject: { name: string; para: number } | undefined;
  /** Recently named people (most recent first) and the gender their own sentences show. */
  readonly recent: string[] = [];
  readonly genderOf = new Map<string, 'm' | 'f'>();
  lastSpeaker: Own | undefined;
  lastOrg: string | undefined;

  constructor(private readonly antecedents: Antecedents) {}

  remember(name: string): void {
    const i = this.recent.indexOf(name);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.unshift(name);
    if (this.recent.length > 6) this.recent.pop();
  }

  sexOf(name: string): 'm' | 'f' | undefined {
    return this.genderOf.get(name) ?? this.antecedents.gender(name);
  }

  /** The antecedent of "he said"/"she said" in paragraph `para`, the last person named before it being `lastNamed`. */
  heOrShe(word: 'he' | 'she', para: number, lastNamed: string | undefined): string | undefined {
    const candidates = [
      this.prevSubject && this.prevSubject.para === para ? this.prevSubject.name : undefined,
      this.lastPerson,
      ...this.recent,
      lastNamed,
    ];
    // "she said" skips candidates the document has already shown to be "he" (and the other way round).
    const unwanted = word === 'she' ? 'm' : 'f';
    return (
      candidates.find((c) => c !== undefined && this.sexOf(c) !== unwanted) ?? candidates.find((c) => c !== undefined)
    );
  }

  /** A sentence attributed to a named source makes it the last speaker (and the last person or organisation). */
  spoke(own: Own | null): void {
    if (own?.status !== 'attributed' || !own.source) return;
    this.lastSpeaker = own;
    if (own.person) {
      this.lastPerson = own.source;
      this.remember(own.source);
    } else this.lastOrg = own.source;
  }
}

/** Stage 2: each body sentence's own attribution and check-worthiness, read in document order. */
function attributeInOrder(
  input: AttributionInput,
  body: { sentences: BodySentence[]; speechActs: boolean },
  resolver: NameResolver,
  voice: Voice | undefined,
): Info[] {
  const { text } = input;
  const people = personTracker(input.entities);
  const orgs = personTracker(input.entities, 'ORG');
  const claims = claimsOutsideQuotes(input.quantities);
  const actors = actorsOutsideQuotes(text, input.entities, resolver);
  const antecedents = new Antecedents(text, input.entities, (n) => resolver.fullName(n));
  const discourse = new Discourse(antecedents);
  const infos: Info[] = [];
  for (const { s, over, kernel } of body.sentences) {
    const lastNamed = people.before(s.start);
    // In reporting (news), a cue with no subject at all ("not mentioned on the site", "a unique light show") is read
    // out of a noun or a participle far more often than it attributes; elsewhere ("Recall that …", "Imagine that …")
    // the reader or the author is the subject.
    const asking = voice?.interview === true && isQuestionParagraph(text, input.paragraphs, s.paragraph);
    const cue =
      (kernel.cue?.weak && !body.speechActs) ||
      (kernel.cue?.source.kind === 'none' &&
        body.speechActs &&
        !(asking && SECOND_PERSON.test(sentenceText(text, s)))) ||
      (kernel.cue?.asked && !voice?.interview)
        ? null
        : kernel.cue;
    const actor = actors.of(s, kernel);
    const own = sentenceAttribution(cue, kernel, s, text, resolver, {
      discourse,
      lastNamed,
      subject: actor.subjectPerson !== undefined ? { name: actor.subjectPerson, at: actor.at } : undefined,
      lastOrg: orgs,
      voice,
      antecedents,
      asking,
    });
    discourse.spoke(own);
    const inside = claims.of(s, kernel);
    const reasons =
      own?.source !== undefined || own?.status === 'vague'
        ? []
        : worthReasons(kernel.worth, inside ?? NONE, actor.at >= 0 ? actor.at - s.start : null);
    const firstPerson = !own && kernel.firstPerson;
    infos.push({ s, own, quotes: over, reasons, firstPerson, fp: kernel.firstPerson, repeatKey: kernel.repeatKey });
    followSubject(discourse, own, cue, s, kernel, actor, resolver);
  }
  return infos;
}

/** A sentence's own attribution: its cue's source, else its vague cue ("experts say"), else none. */
function sentenceAttribution(
  cue: Cue | null,
  kernel: SentenceKernel,
  s: Sentence,
  text: string,
  resolver: NameResolver,
  ctx: {
    discourse: Discourse;
    lastNamed: string | undefined;
    /** The person who opens the sentence (its subject) and where. */
    subject: { name: string; at: number } | undefined;
    lastOrg: { before(offset: number): string | undefined };
    voice: Voice | undefined;
    antecedents: Antecedents;
    asking: boolean;
  },
): Own | null {
  let own: Own | null = null;
  const d = ctx.discourse;
  // The antecedent of "he said"/"she said" (the only cues that read it).
  // "Holm has conceded the point; she was quoted by the Gazette …": the sentence's own subject, named before the
  // pronoun, comes first (unless the document shows it is of the other sex).
  const word = cue?.source.kind === 'pronoun' ? cue.source.word : '';
  const sameSentence =
    (word === 'he' || word === 'she') &&
    ctx.subject &&
    ctx.subject.at < s.start + kernel.starts[cue!.at]! &&
    d.sexOf(resolver.expand(ctx.subject.name)) !== (word === 'she' ? 'm' : 'f')
      ? resolver.expand(ctx.subject.name)
      : undefined;
  const antecedent =
    sameSentence ?? (word === 'he' || word === 'she' ? d.heOrShe(word, s.paragraph, ctx.lastNamed) : undefined);
  // A cue that names nobody ("It is widely expected that …") gives way to the vague reading of the sentence.
  if (
    cue &&
    !((cue.source.kind === 'none' || (cue.source.kind === 'pronoun' && cue.source.word === 'it')) && kernel.vague)
  )
    own = ownAttribution(cue, kernel, s.start, text, resolver, {
      lastPerson: antecedent,
      lastSpeaker: d.lastSpeaker,
      lastOrg: d.lastOrg ?? ctx.lastOrg.before(s.start),
      voice: ctx.voice,
      antecedents: ctx.antecedents,
      speaker: ctx.voice && speakerAt(ctx.voice, s.start),
      asking: ctx.asking,
    });
  // "What was your reaction on learning …?": an interview's question about the interviewee's view names them as "you".
  if (
    own?.status === 'attributed' &&
    own.source === undefined &&
    cue?.source.kind === 'none' &&
    ctx.asking &&
    ctx.voice?.interview &&
    SECOND_PERSON.test(sentenceText(text, s))
  )
    own = { ...own, source: ctx.voice.name, person: true };
  if (!own) {
    const vague = kernel.vague;
    if (vague) own = { status: 'vague', cue: vague };
  }
  return own;
}

const SECOND_PERSON = /\byour?\b/i;
const sentenceText = (text: string, s: Sentence): string => text.slice(s.start, s.end);

/** Quantities outside quotes, per sentence (a figure inside a quote is the speaker's, not the sentence's claim). */
function claimsOutsideQuotes(quantities: Quantity[]) {
  const qs = [...quantities].sort((a, b) => a.start - b.start);
  let qtyIdx = 0;
  return {
    /** Called for sentences in text order: two pointers keep it linear. */
    of(s: Sentence, kernel: SentenceKernel): Quantity[] | undefined {
      const { n, starts, ends, quoted } = kernel;
      while (qtyIdx < qs.length && qs[qtyIdx]!.end <= s.start) qtyIdx++;
      let inside: Quantity[] | undefined;
      let ti = 0;
      for (let k = qtyIdx; k < qs.length && qs[k]!.start < s.end; k++) {
        const at = qs[k]!.start - s.start;
        while (ti < n && ends[ti]! <= at) ti++;
        if (!(ti < n && starts[ti]! <= at && quoted[ti])) (inside ??= []).push(qs[k]!);
      }
      return inside;
    },
  };
}

/** The named actors of a sentence outside quotes: the first one's offset, its subject, and whom it names. */
interface Actors {
  /** Offset of the first named person or organisation (or subject place) outside quotes, or -1. */
  at: number;
  /** A person named at the start of the sentence: its subject. */
  subjectPerson: string | undefined;
  /** The one person the sentence names outside quotes (unset: none), and whether it names more than one. */
  onlyPerson: string | undefined;
  morePeople: boolean;
}

function actorsOutsideQuotes(text: string, entities: Entity[], resolver: NameResolver) {
  // Places act too when they are a sentence's subject ("Norway faced Chile"): a place is an actor only where a
  // sentence, or its first clause after an opening phrase, starts with it.
  const actors = entities
    .filter((e) => e.type === 'PERSON' || e.type === 'ORG' || (e.type === 'PLACE' && opensClause(text, e.start)))
    .sort((a, b) => a.start - b.start);
  let ai = 0;
  return {
    /** Called for sentences in text order. */
    of(s: Sentence, kernel: SentenceKernel): Actors {
      const { n, starts, ends, quoted } = kernel;
      while (ai < actors.length && actors[ai]!.end <= s.start) ai++;
      const out: Actors = { at: -1, subjectPerson: undefined, onlyPerson: undefined, morePeople: false };
      let tj = 0;
      for (let k = ai; k < actors.length && actors[k]!.start < s.end; k++) {
        const at = actors[k]!.start;
        const rel = at - s.start;
        while (tj < n && ends[tj]! <= rel) tj++;
        if (tj < n && starts[tj]! <= rel && quoted[tj]) continue;
        // A place is an actor only at the start of its own sentence (opensClause looked at the text before it only).
        if (actors[k]!.type === 'PLACE' && !placeStartsSentence(text, s.start, at)) continue;
        if (actors[k]!.type === 'PERSON') {
          const name = resolver.expand(actors[k]!.canonical);
          if (out.onlyPerson === undefined) out.onlyPerson = name;
          else if (name !== out.onlyPerson) out.morePeople = true;
        }
        if (out.at >= 0) continue;
        out.at = at;
        // A person named at the start of the sentence is its subject: the antecedent of "he"/"she" in the next one.
        if (actors[k]!.type === 'PERSON' && at - s.start < 60) out.subjectPerson = actors[k]!.canonical;
      }
      return out;
    },
  };
}

/** After a sentence: its subject becomes the antecedent of "he"/"she" in the next, and shows its gender. */
function followSubject(
  d: Discourse,
  own: Own | null,
  cue: Cue | null,
  s: Sentence,
  kernel: SentenceKernel,
  actor: Actors,
  resolver: NameResolver,
): void {
  const { subjectPerson, onlyPerson, morePeople } = actor;
  // The speaker of a reporting sentence is its subject ("On board the ship, Holm claims …"), before any person
  // named ahead of it.
  d.prevSubject =
    own?.status === 'attributed' && own.person && own.source && cue?.source.kind === 'name'
      ? { name: own.source, para: s.paragraph }
      : subjectPerson
        ? { name: resolver.expand(subjectPerson), para: s.paragraph }
        : undefined;
  const prevSubject = d.prevSubject;
  if (subjectPerson && prevSubject) d.remember(prevSubject.name);
  if (subjectPerson && prevSubject && onlyPerson !== undefined && !morePeople) {
    // In a sentence that names one person only, its subject pronouns are that person's ("Ek said he …").
    const m = kernel.he;
    const f = kernel.she;
    if (m > 0 !== f > 0 && !d.genderOf.has(prevSubject.name)) d.genderOf.set(prevSubject.name, m > 0 ? 'm' : 'f');
  }
}

/**
 * "In its statement the ministry wrote:" closing a paragraph, then the words set as a paragraph of their own without
 * quote marks: the next paragraph's sentences that name no source are the introduced speaker's. One paragraph only.
 */
function introducedParagraphs(infos: Info[], text: string): void {
  for (let i = 0; i + 1 < infos.length; i++) {
    const info = infos[i]!;
    const next = infos[i + 1]!;
    if (next.s.paragraph === info.s.paragraph || info.own?.status !== 'attributed' || !info.own.source) continue;
    if (!/:\s*$/.test(text.slice(info.s.start, info.s.end))) continue;
    const { source, person } = info.own;
    for (let k = i + 1; k < infos.length && infos[k]!.s.paragraph === next.s.paragraph; k++) {
      const x = infos[k]!;
      if (x.own?.source !== undefined || x.own?.status === 'vague' || x.quotes.length) continue;
      x.own = { status: 'attributed', source, cue: x.own?.cue ?? 'colon', person };
    }
  }
}

/** Stage 5: a sentence with no source and no quote, above an embedded post's credit or (first person) a pull quote's. */
function creditedParagraphs(
  infos: Info[],
  quotes: Quote[],
  text: string,
  paragraphs: Paragraph[],
  furniturePara: Set<number>,
  resolver: NameResolver,
): void {
  for (const info of infos) {
    if (info.own || info.quotes.length) continue;
    const speaker =
      postCreditAfter(text, paragraphs, info.s.paragraph, resolver) ??
      pullQuoteSpeaker(info, text, paragraphs, furniturePara, resolver);
    if (speaker) info.own = { status: 'attributed', source: speaker, cue: 'credit' };
  }
  // A pull quote, its paragraph closed by the speaker's name and title ("… in mind. Lena Moss, Harbour Authority chief
  // executive") or by a dash and the name ("… — Lena Moss, on the tolls."): the credit and every sentence before it in
  // the paragraph with no source of its own are that person's.
  for (let i = infos.length - 1; i >= 0; i--) {
    const last = infos[i]!;
    const closesParagraph = i === infos.length - 1 || infos[i + 1]!.s.paragraph !== last.s.paragraph;
    if (!closesParagraph || i === 0 || infos[i - 1]!.s.paragraph !== last.s.paragraph) continue;
    const speaker = nameFirstCredit(text, last.s, resolver);
    if (!speaker) continue;
    for (let k = i; k >= 0 && infos[k]!.s.paragraph === last.s.paragraph; k--) {
      const info = infos[k]!;
      if (info.own?.source !== undefined || info.own?.status === 'vague') continue;
      if (info.quotes.some((q) => quotes[q]!.speaker !== undefined)) continue;
      info.own = { status: 'attributed', source: speaker, cue: 'credit', person: true };
    }
  }
}

// "Lena Moss, Harbour Authority chief executive", "Ola Berg, Senator (Nordland)": a name, a comma and a short title,
// with no verb and no closing punctuation.
const NAME_FIRST_CREDIT = /^(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}),\s+[^,;:!?“”"]*[^\s,;:.!?“”"]$/u;

const DASH_NAME_CREDIT = /^[—–]\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}),\s/u;

/** A bare name on a line of its own ("Lena Moss"): a credit. */
const BARE_NAME = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3}$/u;

/** A line crediting what stands above it: a name-first credit, or a name alone. */
function isCreditLine(text: string, s: Sentence, resolver: NameResolver): boolean {
  return BARE_NAME.test(text.slice(s.start, s.end).trim()) || nameFirstCredit(text, s, resolver) !== undefined;
}

/** The person a credit line names. */
function creditedPerson(text: string, s: Sentence, resolver: NameResolver): string | undefined {
  const credit = nameFirstCredit(text, s, resolver) ?? resolver.personIn(s.start, s.end);
  if (credit) return credit;
  // A bare name under the words is their speaker whatever the tagger made of it (a person or a body, not a place).
  const r = BARE_NAME.test(text.slice(s.start, s.end).trim()) ? resolver.resolve(s.start, s.end) : null;
  return r && r.type !== 'PLACE' ? r.name : undefined;
}

/** The person a name-first credit line names, when the sentence is one. */
function nameFirstCredit(text: string, s: Sentence, resolver: NameResolver): string | undefined {
  const line = text.slice(s.start, s.end).replace(/\s+$/, '');
  // "— Ola Berg, on the new tolls": a dash, a name and a comma close a quote with what it was about.
  const dashed = DASH_NAME_CREDIT.exec(line);
  if (dashed) {
    const at = s.start + line.indexOf(dashed[1]!);
    return resolver.personIn(at, at + dashed[1]!.length);
  }
  if (s.end - s.start > 90) return undefined;
  const m = NAME_FIRST_CREDIT.exec(line);
  if (!m) return undefined;
  // The title is a handful of words, none of them a verb of the kind a sentence would have ("said", "is").
  const title = line
    .slice(m[0].indexOf(',') + 1)
    .trim()
    .split(/\s+/);
  if (title.length > 7 || title.some((w) => /^(?:is|was|are|were|has|had|said|says|will|would)$/i.test(w)))
    return undefined;
  return resolver.personIn(s.start, s.start + m[1]!.length);
}

/** The text right before `at` ends a sentence, a line or an opening phrase's comma (a place there is a subject). */
function opensClause(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || /[.!?\n,“"]/.test(text[k]!);
}

/** The place at `at` opens its sentence, or follows the comma of a short opening phrase ("In the first game, Belgium"). */
function placeStartsSentence(text: string, start: number, at: number): boolean {
  if (at - start < 2) return true;
  const before = text.slice(start, at);
  return before.length < 70 && /^[^,]*,\s*$/.test(before);
}

/** Who speaks at an offset in the document's voice: the last transcript turn before it, else the voice itself. */
function speakerAt(voice: Voice, at: number): string {
  const turns = voice.floor && voice.floor[0]!.at <= at ? voice.floor : voice.body?.turns;
  if (!turns?.length || turns[0]!.at > at) return voice.name;
  // Binary search: the last turn at or before the offset (a long transcript has many turns).
  return turns[partitionPoint(0, turns.length, (k) => turns[k]!.at <= at) - 1]!.name;
}

/** An interviewer's question: a paragraph that ends with a question mark and is short (answers run longer). */
function isQuestionParagraph(text: string, paragraphs: Paragraph[], index: number): boolean {
  const p = paragraphs[index]?.index === index ? paragraphs[index] : paragraphs.find((x) => x.index === index);
  if (!p || p.end - p.start > 400) return false;
  let e = p.end;
  while (e > p.start && /\s/.test(text[e - 1]!)) e--;
  return text[e - 1] === '?';
}

/** First-person sentences a transcript's body must have for all of it to be read as the speaker's. */
const TRANSCRIPT_FIRST_PERSON = 0.3;

/**
 * A transcript of remarks, or a paper under its authors: every body sentence that names no source of its own is the
 * voice's (the speaker of its turn). A speech is only read so when a good share of its sentences speak in the first
 * person: an article that reports a speech in the third person stays an article.
 */
function speakForTheVoice(infos: Info[], quotes: Quote[], paragraphs: Paragraph[], voice: Voice): void {
  const body = voice.body!;
  const after = paragraphs[body.after];
  if (!after) return;
  let from = infos.findIndex((x) => x.s.start >= after.end && (body.kind === 'paper' || x.fp));
  if (from < 0) return;
  // The body starts with the paragraph of its first first-person sentence, and the speaker label above it.
  while (from > 0 && infos[from - 1]!.s.paragraph === infos[from]!.s.paragraph) from--;
  const above = from > 0 ? infos[from - 1]!.s.start : -9;
  if (body.turns.some((t) => Math.abs(t.at - above) <= 2)) from--;
  if (body.kind === 'speech') {
    let fp = 0;
    for (let i = from; i < infos.length; i++) if (infos[i]!.fp) fp++;
    if (fp < TRANSCRIPT_FIRST_PERSON * (infos.length - from)) return;
  }
  for (let i = from; i < infos.length; i++) {
    const info = infos[i]!;
    if (info.own && (info.own.status === 'vague' || info.own.source !== undefined)) continue;
    // A quote whose speaker is known keeps its speaker.
    if (info.quotes.some((k) => quotes[k]!.speaker !== undefined)) continue;
    info.own = {
      status: 'attributed',
      source: speakerAt(voice, info.s.start),
      cue: info.own?.cue ?? body.kind,
      person: true,
    };
  }
}

/** What the sentences before this one tell about who "he", "it", "I" or "the company" is. */
interface OwnContext {
  lastPerson?: string;
  lastSpeaker?: Own;
  lastOrg?: string;
  voice?: Voice;
  antecedents?: Antecedents;
  speaker?: string;
  asking?: boolean;
}

/** `k` holds the sentence's tokens, with offsets relative to `base`. */
function ownAttribution(
  cue: Cue,
  k: SentenceKernel,
  base: number,
  text: string,
  resolver: NameResolver,
  ctx: OwnContext,
): Own | null {
  const src = cue.source;
  switch (src.kind) {
    case 'name':
      return namedOwn(cue, src, k, base, text, resolver);
    case 'pronoun':
      return pronounOwn(cue.cue, src.word, ctx);
    case 'phrase':
      return phraseOwn(cue.cue, src, k, base, text, ctx);
    case 'none':
      return { status: 'attributed', cue: cue.cue };
    case 'vague': {
      const phrase = text.slice(base + k.starts[src.from]!, base + k.ends[src.to]!);
      return { status: 'vague', cue: cue.at > src.to ? `${phrase} ${cue.cue}` : `${cue.cue} ${phrase}` };
    }
  }
}

type NameSource = Extract<Cue['source'], { kind: 'name' }>;
type PhraseSource = Extract<Cue['source'], { kind: 'phrase' }>;

/** A named source: a person named inside an "according to" phrase, else the name (its first conjunct) as resolved. */
function namedOwn(
  cue: Cue,
  src: NameSource,
  k: SentenceKernel,
  base: number,
  text: string,
  resolver: NameResolver,
): Own | null {
  const cueText = cue.cue;
  // "According to Harbour Authority chief executive Lena Moss": a person named in the phrase is the source.
  const person = src.within
    ? resolver.personIn(base + k.starts[src.within.from]!, base + k.ends[src.within.to]!)
    : undefined;
  if (person) return { status: 'attributed', source: person, cue: cueText, person: true };
  const whole = resolver.resolve(base + k.starts[src.from]!, base + k.ends[src.to]!);
  const first = firstConjunct(text, base, k, src);
  // "Marks and Spencer said": a name the tagger read across the "and" stays whole.
  const r =
    first === src.to || whole?.name.includes(' and ')
      ? whole
      : resolver.resolve(base + k.starts[src.from]!, base + k.ends[first]!);
  if (!r) return null;
  // "Member states want …": one capitalised word opening the sentence that no entity makes a name, right before a
  // cue that can be a plural noun, is that noun's modifier, not a speaker.
  if (r.type === 'UNKNOWN' && src.from === 0 && src.to === 0 && cue.at === 1 && /s$/.test(cueText)) return null;
  return { status: 'attributed', source: r.name, cue: cueText, person: r.type === 'PERSON' };
}

/** A pronoun stands for the last person, organisation or speaker before it, or for the document's own voice. */
function pronounOwn(cueText: string, word: string, ctx: OwnContext): Own {
  if (word === 'he' || word === 'she')
    return { status: 'attributed', source: ctx.lastPerson, cue: cueText, person: true };
  // "I think": the document's own voice when it names one (an interviewee, a speaker); otherwise the sentence is
  // still attributed (to its unnamed author), so it is not flagged as a claim without a source.
  // In an interview's questions "I" is the interviewer.
  if (word === 'i')
    return {
      status: 'attributed',
      source: ctx.asking ? ctx.voice?.interviewer : ctx.speaker,
      cue: cueText,
      person: true,
    };
  // "Do you think …?" asks the interviewee.
  if (word === 'you')
    return {
      status: 'attributed',
      source: ctx.voice?.interview ? ctx.voice.name : undefined,
      cue: cueText,
      person: true,
    };
  if (word === 'we' && ctx.voice)
    return {
      status: 'attributed',
      source: ctx.asking ? ctx.voice.interviewer : ctx.speaker,
      cue: cueText,
      person: true,
    };
  if (word === 'it') return { status: 'attributed', source: ctx.lastOrg ?? ctx.lastSpeaker?.source, cue: cueText };
  return { status: 'attributed', source: ctx.lastSpeaker?.source, cue: cueText, person: ctx.lastSpeaker?.person };
}

/** Heads that speak for whoever owns them: "the company’s board", "the ministry’s spokesman". */
const OWNERS_VOICE = new Set(['board', 'office', 'spokesman', 'spokeswoman', 'spokesperson', 'management', 'lawyers']);

/** A common-noun source: the party a definite description points back to, else the description's own words. */
function phraseOwn(
  cueText: string,
  src: PhraseSource,
  k: SentenceKernel,
  base: number,
  text: string,
  ctx: OwnContext,
): Own {
  const phrase = text.slice(base + k.starts[src.from]!, base + k.ends[src.to]!);
  const anonymous = ANONYMOUS_HEADS.has(src.head);
  // "the company said", "the minister added", "the report says": a definite description stands for the party the
  // document last described so.
  // Only a description that names nobody: "the New Zealand government" is named already.
  // "the company’s filing shows", "the snack maker’s board said", "the company’s spokesman said": a document, or a
  // voice that speaks for its owner, is the owner's, and the owner is the description to resolve.
  const owner = /^\S+\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)['’]s\s+\S+$/u.exec(phrase);
  const owned = owner !== null && (STATEMENT_NOUNS.has(src.head) || OWNERS_VOICE.has(src.head));
  if ((!anonymous || owned) && /^(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose)\s+[^\p{Lu}]*$/u.test(phrase)) {
    const head = owned ? owner[1]! : src.head;
    const a = ctx.antecedents?.describe(head, base + k.starts[src.from]!);
    if (a) return { status: 'attributed', source: a.name, cue: cueText, person: a.person };
  }
  // Otherwise an organisation mentioned by a common noun stays attributed; the words are the source.
  return {
    status: 'attributed',
    source: anonymous ? phrase : phrase.replace(/^(the|its|his|her|their)\s+/i, ''),
    cue: cueText,
  };
}

/**
 * "George Holm and Ada Lund said", "Both the port authority and the county council said": the subject span ends with
 * its first conjunct (the first party named speaks for both; the scorer, like a reader, wants one name). The index of
 * the span's last token to resolve.
 */
function firstConjunct(text: string, base: number, k: SentenceKernel, src: { from: number; to: number }): number {
  for (let i = src.from + 1; i < src.to; i++) {
    if (k.quoted[i]) continue;
    if (text.slice(base + k.starts[i]!, base + k.ends[i]!) !== 'and') continue;
    const next = text.slice(base + k.starts[i + 1]!, base + k.ends[i + 1]!);
    const after = next === 'the' && i + 2 <= src.to ? text.slice(base + k.starts[i + 2]!, base + k.ends[i + 2]!) : next;
    const before = text.slice(base + k.starts[i - 1]!, base + k.ends[i - 1]!);
    // A full name before it ("George Holm", not "Marks and Spencer").
    if (/^\p{Lu}/u.test(after) && /^\p{Lu}/u.test(before) && i - 1 > src.from) return i - 1;
  }
  return src.to;
}

/** The last entity of a type mentioned before an offset: the fallback antecedent of "he said" (PERSON), "it said" (ORG). */
function personTracker(entities: Entity[], type: Entity['type'] = 'PERSON') {
  const persons = entities.filter((e) => e.type === type).sort((a, b) => a.start - b.start);
  let i = 0;
  let last: string | undefined;
  return {
    before(offset: number): string | undefined {
      while (i < persons.length && persons[i]!.end <= offset) last = persons[i++]!.canonical;
      return last;
    },
  };
}

/**
 * Speaker of each quote: the attribution of the sentence it ends in (", Varga wrote") or starts in ("Varga said: “…"),
 * else the speaker of an earlier quote or attributed sentence in the same paragraph (a continuation), else the speaker of
 * a quote left open at the end of the previous paragraph, else a credit line right after its paragraph (a pull quote).
 */
function assignSpeakers(
  infos: Info[],
  quotes: Quote[],
  text: string,
  paragraphs: Paragraph[],
  furniturePara: Set<number>,
  resolver: NameResolver,
): void {
  speakersInReadingOrder(infos, quotes, text, paragraphs, furniturePara, resolver);
  // The passes below look at the paragraphs after a quote, so they run once every quote has its speaker from above.
  speakersNamedInNextParagraph(infos, quotes, paragraphs);
  voiceCarriedIntoNextParagraph(quotes, paragraphs, furniturePara);
  openQuotesRunOn(quotes, text, paragraphs);
}

/** The last paragraph starting at or before the offset (the first when none does). */
function paragraphAt(paragraphs: Paragraph[], offset: number): number {
  return Math.max(0, partitionPoint(0, paragraphs.length, (k) => paragraphs[k]!.start <= offset) - 1);
}

/** The last attributed sentence before a quote, as the reading-order pass keeps it. */
interface LastAttributed {
  idx: number;
  para: number;
  source: string;
}

/**
 * Quotes in reading order: the speaker of the sentence holding the quote, of an earlier quote in its paragraph, of the
 * attributed sentence just before it, of a quote left open above it, or a credit (a dash line, a line below).
 */
function speakersInReadingOrder(
  infos: Info[],
  quotes: Quote[],
  text: string,
  paragraphs: Paragraph[],
  furniturePara: Set<number>,
  resolver: NameResolver,
): void {
  const sentenceOf = new Map<number, Info[]>();
  // Index loops over the sentences (most hold no quote): this runs at every keystroke, mostly unoptimised.
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    for (let j = 0; j < info.quotes.length; j++) {
      const k = info.quotes[j]!;
      (sentenceOf.get(k) ?? sentenceOf.set(k, []).get(k)!).push(info);
    }
  }
  // The last attributed sentence before the quote: a quote opening in the very next sentence continues its speaker.
  let lastAttributed: LastAttributed | undefined;
  // The speaker of the last quote, per paragraph: a second quote in the same paragraph has the same speaker.
  const paraSpeaker = new Map<number, string>();
  let infoIdx = 0;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k]!;
    const para = paragraphAt(paragraphs, q.start);
    // Attributed sentences that precede this quote in its paragraph establish a speaker for continuations.
    while (infoIdx < infos.length && infos[infoIdx]!.s.start < q.start) {
      const info = infos[infoIdx]!;
      if (info.own?.status === 'attributed' && info.own.source)
        lastAttributed = { idx: infoIdx, para: info.s.paragraph, source: info.own.source };
      infoIdx++;
    }
    const holders = sentenceOf.get(k) ?? [];
    let speaker: string | undefined;
    for (const h of [...holders].reverse()) {
      if (h.own?.status === 'attributed' && h.own.source) {
        speaker = h.own.source;
        break;
      }
    }
    if (!speaker) speaker = paraSpeaker.get(paragraphs[para]!.index);
    if (!speaker && lastAttributed && holders.length)
      speaker = continuedSpeaker(infos, q, holders, infoIndex(infos, holders[0]!), lastAttributed, text);
    if (!speaker && para > 0 && q.start === paragraphs[para]!.start)
      speaker = runOnSpeaker(quotes, k, para, text, paragraphs);
    if (!speaker) speaker = dashCredit(text, q, paragraphs[para]!, resolver);
    if (!speaker) speaker = creditAfter(text, paragraphs, para, furniturePara, resolver);
    if (speaker) {
      q.speaker = speaker;
      paraSpeaker.set(paragraphs[para]!.index, speaker);
    }
  }
}

/** The speaker of the attributed sentence just before the quote's, when the quote goes on in that voice. */
function continuedSpeaker(
  infos: Info[],
  q: Quote,
  holders: Info[],
  first: number,
  lastAttributed: LastAttributed,
  text: string,
): string | undefined {
  // "Ek stated:" / "Ek wrote," closing a paragraph introduces the quote that opens the next one.
  const introducedByColon = /[:,;]\s*$/.test(
    text.slice(infos[lastAttributed.idx]!.s.start, infos[lastAttributed.idx]!.s.end),
  );
  const sameParagraph = holders[0]!.s.paragraph === lastAttributed.para;
  if (first === lastAttributed.idx + 1 && (sameParagraph || introducedByColon)) return lastAttributed.source;
  // "Ek, a second-year student, admitted she nearly stayed home. Why go? “It is the last show.”": a quote that
  // opens a sentence goes on in the voice of the paragraph, one sentence on, when that sentence is nobody's.
  if (
    sameParagraph &&
    first === lastAttributed.idx + 2 &&
    !holders[0]!.own &&
    !infos[first - 1]!.own &&
    !infos[first - 1]!.quotes.length &&
    q.start - holders[0]!.s.start <= 1
  )
    return lastAttributed.source;
  return undefined;
}

/** A quote opening paragraph `para` that runs on from an unclosed quote at the end of the previous paragraph. */
function runOnSpeaker(
  quotes: Quote[],
  k: number,
  para: number,
  text: string,
  paragraphs: Paragraph[],
): string | undefined {
  const prev = quotes[k - 1];
  if (
    prev &&
    prev.speaker &&
    paragraphAt(paragraphs, prev.start) === para - 1 &&
    prev.end === paragraphs[para - 1]!.end &&
    !/[”"]$/.test(text.slice(prev.end - 1, prev.end))
  )
    return prev.speaker;
  return undefined;
}

/**
 * A paragraph that is nothing but a quote, followed by a paragraph that opens with a named speaker ("Varga said this
 * in her weekly address"): the speaker is named in the next paragraph.
 */
/** Where `info` is in `infos` (in reading order: by bisection on its sentence's start, no map of all of them). */
function infoIndex(infos: readonly Info[], info: Info): number {
  const lo = partitionPoint(0, infos.length, (i) => infos[i]!.s.start < info.s.start);
  return infos[lo] === info ? lo : infos.indexOf(info);
}

function speakersNamedInNextParagraph(infos: Info[], quotes: Quote[], paragraphs: Paragraph[]): void {
  const firstOwnOfPara = new Map<number, Own>();
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i]!;
    if (!firstOwnOfPara.has(info.s.paragraph))
      firstOwnOfPara.set(info.s.paragraph, info.own ?? { status: 'vague', cue: '' });
  }
  for (let k = quotes.length - 1; k >= 0; k--) {
    const q = quotes[k]!;
    if (q.speaker) continue;
    const para = paragraphAt(paragraphs, q.start);
    const p = paragraphs[para]!;
    if ((q.end - q.start) / Math.max(1, p.end - p.start) < 0.8) continue;
    // Right after a paragraph that ends in an attributed quote, the quote goes on in that voice (below).
    const prev = quotes[k - 1];
    if (
      prev?.speaker &&
      para > 0 &&
      paragraphAt(paragraphs, prev.start) === para - 1 &&
      paragraphs[para - 1]!.end - prev.end <= 80
    )
      continue;
    const next = firstOwnOfPara.get(p.index + 1);
    if (next?.status === 'attributed' && next.source) q.speaker = next.source;
  }
}

/**
 * A paragraph that is all quote, right after a paragraph whose quote had a speaker, goes on in the same voice (news
 * style: "“…,” said Varga.\n\n“…”"), unless it names someone else.
 */
function voiceCarriedIntoNextParagraph(quotes: Quote[], paragraphs: Paragraph[], furniturePara: Set<number>): void {
  for (let k = 1; k < quotes.length; k++) {
    const q = quotes[k]!;
    const prev = quotes[k - 1]!;
    if (q.speaker || !prev.speaker) continue;
    const para = paragraphAt(paragraphs, q.start);
    const p = paragraphs[para]!;
    // A caption between the two paragraphs does not interrupt the voice.
    let above = para - 1;
    while (above > 0 && furniturePara.has(paragraphs[above]!.index)) above--;
    if (
      para === 0 ||
      paragraphAt(paragraphs, prev.start) !== above ||
      q.start > p.start + 1 ||
      (q.end - q.start) / Math.max(1, p.end - p.start) < 0.9
    )
      continue;
    const before = paragraphs[above]!;
    // The earlier quote must be in the last part of its paragraph (its speaker is the last voice heard).
    if (before.end - prev.end > 80 || !/^\p{Lu}\S*\s+\p{Lu}/u.test(prev.speaker)) continue;
    q.speaker = prev.speaker;
  }
}

/** A quote left open at the end of its paragraph runs on into the next one, whose speaker it shares. */
function openQuotesRunOn(quotes: Quote[], text: string, paragraphs: Paragraph[]): void {
  for (let k = quotes.length - 2; k >= 0; k--) {
    const q = quotes[k]!;
    const next = quotes[k + 1]!;
    if (q.speaker || !next.speaker) continue;
    const para = paragraphAt(paragraphs, q.start);
    const p = paragraphs[para]!;
    const n = paragraphs[para + 1];
    if (n && q.end === p.end && !/[”"]/.test(text[p.end - 1]!) && next.start === n.start) q.speaker = next.speaker;
  }
}

const DASH_CREDIT = /^\s*[—–-]{1,2}\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s*$/u;

/** "“It is a long game.” — Jane Doe" at the end of the quote's paragraph. */
function dashCredit(text: string, q: Quote, para: Paragraph, resolver: NameResolver): string | undefined {
  if (para.end - q.end > 60 || para.end <= q.end) return undefined;
  const m = DASH_CREDIT.exec(text.slice(q.end, para.end));
  if (!m) return undefined;
  return resolver.resolve(
    para.end - m[1]!.length - (text.slice(q.end, para.end).length - m[0].trimEnd().length),
    para.end,
  )?.name;
}

// "Harbour Authority chief executive, Lena Moss" or "— Jane Doe": a short credit line under a pull quote.
const CREDIT_LINE =
  /^[—–-]?\s*(?:[\p{L}.’'-]+\s+){0,8}?(?:[\p{L}.’'-]+,\s*)?((?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{L}.’'-]*)$/u;

// "— Jane Doe (@janedoe) March 3, 2025": the credit line under an embedded post.
const POST_CREDIT = /^[—–-]\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s*\(@\w+\)/u;

/** The author named on the line under an embedded social-media post, if that is what follows the paragraph. */
function postCreditAfter(
  text: string,
  paragraphs: Paragraph[],
  para: number,
  resolver: NameResolver,
): string | undefined {
  const next = paragraphs[para + 1];
  if (!next || next.end - next.start > 160) return undefined;
  const m = POST_CREDIT.exec(text.slice(next.start, next.end));
  if (!m) return undefined;
  const start = next.start + m[0].indexOf(m[1]!);
  return resolver.resolve(start, start + m[1]!.length)?.name;
}

function creditAfter(
  text: string,
  paragraphs: Paragraph[],
  para: number,
  furniturePara: Set<number>,
  resolver: NameResolver,
): string | undefined {
  const next = paragraphs[para + 1];
  if (!next || next.end - next.start > 120) return undefined;
  const post = postCreditAfter(text, paragraphs, para, resolver);
  if (post) return post;
  const line = text.slice(next.start, next.end);
  if (/[.!?”"]$/.test(line)) return undefined;
  // Only a line that is furniture (a credit, not the next body sentence).
  if (!furniturePara.has(next.index)) return undefined;
  const m = CREDIT_LINE.exec(line);
  if (!m || !/[,—–-]/.test(line)) return undefined;
  const nameStart = next.start + line.length - m[1]!.length;
  return resolver.resolve(nameStart, next.end)?.name;
}

/** A pull quote without quote marks: a first-person paragraph directly above a credit line. */
function pullQuoteSpeaker(
  info: Info,
  text: string,
  paragraphs: Paragraph[],
  furniturePara: Set<number>,
  resolver: NameResolver,
): string | undefined {
  if (!info.firstPerson) return undefined;
  return creditAfter(text, paragraphs, info.s.paragraph, furniturePara, resolver);
}

function toAssertions(infos: Info[], quotes: Quote[], text: string): Assertion[] {
  const out: Assertion[] = [];
  for (const info of infos) {
    const { s } = info;
    const share = quotedShare(info, quotes);
    if (info.own && (info.own.status === 'vague' || info.own.source !== undefined || !share)) {
      out.push(assertion(s, text, info.own.status, info.own.source, info.own.cue));
      continue;
    }
    // Inside (or continuing) a quote whose speaker is known.
    if (share) {
      if (share.speaker) out.push(assertion(s, text, 'attributed', share.speaker, info.own?.cue ?? 'quote'));
      else if (info.own) out.push(assertion(s, text, 'attributed', undefined, info.own.cue));
      // An unattributed direct quote is left alone: its source is almost always nearby.
      if (share.speaker || info.own || share.ratio > 0.5) continue;
    }
    const reasons = info.reasons;
    if (reasons.length) out.push(assertion(s, text, 'unattributed', undefined, undefined, reasons));
  }
  return out;
}

// Objects built whole (no spreads): this runs once per sentence of megabyte inputs.
function assertion(
  s: Sentence,
  text: string,
  status: Assertion['status'],
  source: string | undefined,
  cue: string | undefined,
  reasons?: string[],
): Assertion {
  const a: Assertion = { start: s.start, end: s.end, text: text.slice(s.start, s.end), status };
  if (source) a.source = source;
  if (cue) a.cue = cue;
  if (reasons) a.reasons = reasons;
  return a;
}

/** The share of the sentence inside quotes, and the speaker of the largest of them. */
function quotedShare(info: Info, quotes: Quote[]): { ratio: number; speaker?: string } | null {
  if (!info.quotes.length) return null;
  const { s } = info;
  let covered = 0;
  let speaker: string | undefined;
  let best = 0;
  for (const k of info.quotes) {
    const q = quotes[k]!;
    const len = Math.min(q.end, s.end) - Math.max(q.start, s.start);
    covered += len;
    if (len > best && q.speaker) {
      best = len;
      speaker = q.speaker;
    }
  }
  const ratio = covered / Math.max(1, s.end - s.start);
  // Short scare quotes ("serious people") do not make a sentence a quotation.
  if (ratio < 0.3) return null;
  return { ratio, speaker };
}
