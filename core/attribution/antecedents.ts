// Who a description or a pronoun points back to: "the company said" -> the company named last, "the minister said"
// -> the person last introduced as minister, "the report says" -> the study named last, "she said" -> a woman by her
// given name. Document-level and cheap: built once per analysis from the entity list and a few words around each
// mention, and consulted only for the sentences whose source is a description or a pronoun.
import type { Entity } from '../types';
import { TITLES } from './lexicon';
import { COMPANY_ABBREVIATIONS } from '../lexicon';
import { attributionModel } from './model';
import { KernelCache, memoEnabled, Scoped, unchangedEnds } from '../text/memo';
import { lowerBound, partitionPoint } from '../text/spans';

interface Mention {
  start: number;
  name: string;
  type: 'PERSON' | 'ORG' | 'MISC';
  /** Words that describe it, singular and lower-case: its titles and appositions ("minister", "coach", "firm") and,
   *  for an organisation, the words of its own name ("ministry", "police", "study"). */
  roles: readonly string[];
}

export interface Antecedent {
  name: string;
  person: boolean;
}

/** Heads that stand for any company named shortly before ("the company said", "the firm added"). */
const COMPANY_HEADS = new Set([
  'company',
  'firm',
  'corporation',
  'business',
  'group',
  'maker',
  'manufacturer',
  'retailer',
  'carrier',
  'airline',
  'lender',
  'insurer',
  'operator',
  'developer',
  'startup',
  'conglomerate',
  'giant',
  'chain',
  'brand',
  'publisher',
]);
/** Words of a company's own name that make it one: the shared company abbreviations, and attribution's own list. */
const COMPANY_WORDS = new Set([
  ...COMPANY_ABBREVIATIONS,
  'corporation',
  'llc',
  'plc',
  'ag',
  'sa',
  'gmbh',
  'holding',
  'holdings',
  'group',
  'company',
  'bank',
  'airline',
  'airway',
  'motor',
  'technology',
  'system',
  'industry',
  'partner',
  'capital',
]);
/** News outlets are quoted sources' carriers, not what "the company" means. */
const OUTLET_WORDS = new Set([
  'news',
  'times',
  'post',
  'journal',
  'herald',
  'tribune',
  'guardian',
  'telegraph',
  'gazette',
  'reuters',
  'afp',
  'ap',
  'press',
  'newspaper',
  'magazine',
  'radio',
  'television',
  'tv',
  'broadcaster',
  'channel',
  'bbc',
  'cnn',
  'bloomberg',
  'wikinews',
]);
/** Documents: "the report says" points back to the study or survey named last. */
const DOCUMENT_HEADS = new Set([
  'report',
  'study',
  'survey',
  'paper',
  'analysis',
  'research',
  'finding',
  'data',
  'result',
  'review',
  'poll',
  'audit',
  'assessment',
  'census',
  'index',
]);
/** Heads that stand for a political or civic body named shortly before ("the party said", "the union added"). */
const BODY_HEADS = new Set(['party', 'coalition', 'union', 'alliance', 'league', 'movement', 'bloc']);
/** The words before a mention when it opens a sentence, maybe after "The". */
const SUBJECT_OPENING = /(?:^|[.!?]["”’]?\s+|\n)(?:The\s+)?$/;
/** How far back (UTF-16 units, a few sentences) an organisation may be for a generic description to stand for it. */
const NEAR_ORG = 600;
/** People behind a document: "the researchers found", "the authors say". */
const RESEARCH_HEADS = new Set(['researcher', 'scientist', 'author', 'team', 'investigator', 'scholar', 'academic']);
const RESEARCH_ROLES = new Set([
  ...DOCUMENT_HEADS,
  'journal',
  'researcher',
  'scientist',
  'author',
  'coauthor',
  'co-author',
  'professor',
  'university',
  'institute',
  'laboratory',
  'lab',
]);
/** Words that are no role: determiners and other function words inside a description. */
const NOT_ROLES = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'for',
  'at',
  'in',
  'on',
  'by',
  'to',
  'its',
  'his',
  'her',
  'their',
  'our',
  'former',
  'then',
  'new',
  'current',
  'acting',
  'deputy',
  'also',
  'who',
  'which',
  'that',
  'with',
  'from',
  'as',
]);
const FEMININE_TITLES = new Set([
  'mrs',
  'ms',
  'miss',
  'madam',
  'madame',
  'lady',
  'dame',
  'queen',
  'princess',
  'congresswoman',
  'chairwoman',
  'spokeswoman',
  'businesswoman',
  'actress',
  'sister',
  'mother',
  'wife',
  'daughter',
  'grandmother',
  'duchess',
  'baroness',
]);
const MASCULINE_TITLES = new Set([
  'mr',
  'sir',
  'lord',
  'king',
  'prince',
  'congressman',
  'chairman',
  'spokesman',
  'businessman',
  'actor',
  'brother',
  'father',
  'husband',
  'son',
  'grandfather',
  'duke',
  'baron',
]);

const singular = (w: string): string =>
  w.length > 4 && w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.length > 3 && /[^su]s$/.test(w) ? w.slice(0, -1) : w;
const WORD = /[\p{L}][\p{L}'’-]*/gu;

export class Antecedents {
  private mentions: Mention[] | null = null;

  constructor(
    private readonly text: string,
    private readonly entities: readonly Entity[],
    private readonly expand: (name: string) => string,
  ) {}

  /**
   * The named party a definite description made of `head` stands for at offset `at`: the last mention before it that
   * the document described with that word (or, for "the company", "the report", the last company or study).
   */
  describe(head: string, at: number): Antecedent | undefined {
    const h = singular(head.toLowerCase());
    const ms = this.all();
    let i = this.lastBefore(at);
    const company = COMPANY_HEADS.has(h);
    const document = DOCUMENT_HEADS.has(h);
    const research = RESEARCH_HEADS.has(h);
    for (let seen = 0; i >= 0 && seen < 400; i--, seen++) {
      const m = ms[i]!;
      if (m.roles.includes(h)) return { name: m.name, person: m.type === 'PERSON' };
      // Generic heads look back a few paragraphs only (a study the whole article is about, further): further away,
      // "the company" may be another one.
      if (at - m.start > (company ? 2500 : 8000)) continue;
      if (
        company &&
        m.type === 'ORG' &&
        m.roles.some((r) => COMPANY_WORDS.has(r)) &&
        !m.roles.some((r) => OUTLET_WORDS.has(r))
      )
        return { name: m.name, person: false };
      if (
        (document || research) &&
        m.type !== 'PERSON' &&
        m.roles.some((r) => DOCUMENT_HEADS.has(r) || r === 'journal')
      )
        return { name: m.name, person: false };
      if (research && m.roles.some((r) => RESEARCH_ROLES.has(r))) return { name: m.name, person: m.type === 'PERSON' };
    }
    // "Halbrook Foods reported … The company said", "The Reform League said … the party said", "The council released its
    // review … The report says": with no mention described by the word, a company, a party or an unnamed document
    // stands for the organisation named just before (in the same or the previous few sentences), not a news outlet.
    if (company || document || BODY_HEADS.has(h)) {
      for (let j = this.lastBefore(at), seen = 0; j >= 0 && seen < 12; j--, seen++) {
        const m = ms[j]!;
        if (at - m.start > NEAR_ORG) break;
        if (m.type !== 'ORG' || m.roles.some((r) => OUTLET_WORDS.has(r))) continue;
        // A document or a body is its publisher's or its own when that organisation was a sentence's subject ("The
        // council released its review"); any company named will do for "the company".
        if (company || SUBJECT_OPENING.test(this.text.slice(Math.max(0, m.start - 8), m.start)))
          return { name: m.name, person: false };
      }
    }
    return undefined;
  }

  /** 'f' or 'm' when a person's given name or title says so (the given-name lists ship with the model). */
  gender(name: string): 'm' | 'f' | undefined {
    const first = /^[\p{L}'’-]+/u.exec(name)?.[0];
    const byName = first ? attributionModel().givenGender(first) : undefined;
    if (byName) return byName;
    for (const m of this.all()) {
      if (m.type !== 'PERSON' || m.name !== name) continue;
      for (const r of m.roles) {
        if (FEMININE_TITLES.has(r)) return 'f';
        if (MASCULINE_TITLES.has(r)) return 'm';
      }
    }
    return undefined;
  }

  private lastBefore(at: number): number {
    const ms = this.all();
    return partitionPoint(0, ms.length, (k) => ms[k]!.start < at) - 1;
  }

  private all(): Mention[] {
    if (this.mentions) return this.mentions;
    const out: Mention[] = [];
    const sorted = [...this.entities].sort((a, b) => a.start - b.start);
    const text = this.text;
    // A mention whose words around it lie where the last analysis's text was the same (before or after the edit) has
    // the roles it had then; the others are looked up by those words.
    const last = memoEnabled() ? lastRoles.get() : undefined;
    const kept: KeptRoles | undefined = memoEnabled()
      ? { text, starts: [], ends: [], types: [], owns: [], roles: [] }
      : undefined;
    const { head, tail } = last ? unchangedEnds(last.text, text) : { head: 0, tail: 0 };
    const shift = last ? last.text.length - text.length : 0;
    // An article names the same few parties hundreds of times: each name is expanded once here.
    const expanded = new Map<string, string>();
    for (const e of sorted) {
      if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'MISC') continue;
      const own = e.canonical || e.text;
      let roles: readonly string[] | undefined;
      if (last) {
        const was =
          e.end + AFTER_WINDOW <= head ? e.start : e.start - BEFORE_WINDOW >= text.length - tail ? e.start + shift : -1;
        const k = was >= 0 ? keptAt(last, was) : -1;
        if (k >= 0 && last.ends[k] === e.end + (was - e.start) && last.types[k] === e.type && last.owns[k] === own)
          roles = last.roles[k];
      }
      roles ??= rolesAround(text, e, own);
      if (kept) {
        kept.starts.push(e.start);
        kept.ends.push(e.end);
        kept.types.push(e.type);
        kept.owns.push(own);
        kept.roles.push(roles);
      }
      let name = expanded.get(own);
      if (name === undefined) expanded.set(own, (name = this.expand(own)));
      out.push({ start: e.start, name, type: e.type, roles });
    }
    if (kept) lastRoles.set(kept);
    // Named studies, reports and journals the entity layer may not know ("the National Tide Study"), line by line.
    let from = 0;
    let added = false;
    while (from < text.length) {
      let nl = text.indexOf('\n', from);
      if (nl < 0) nl = text.length;
      if (nl - from > 8) {
        const found = documentNamesCache.span(text, from, nl, documentNames);
        for (let k = 0; k < found.length; k += 2) {
          const name = found[k + 1] as string;
          const words = (name.match(WORD) ?? []).map((w) => singular(w.toLowerCase()));
          out.push({
            start: from + (found[k] as number),
            name,
            type: 'MISC',
            roles: words.filter((w) => !NOT_ROLES.has(w)),
          });
          added = true;
        }
      }
      from = nl + 1;
    }
    if (added) out.sort((a, b) => a.start - b.start);
    this.mentions = out;
    return out;
  }
}

/** How much of the text before and after a mention its roles read (rolesBefore, rolesAfter). */
const BEFORE_WINDOW = 60;
const AFTER_WINDOW = 80;
const rolesCache = new KernelCache<string, readonly string[]>(20_000);

/**
 * The roles of each mention of the last analysis, in the order of their offsets (`starts`, ascending), with what they
 * were read from besides the text: lists side by side rather than a map of records, since they are made at every
 * keystroke and live until the next one.
 */
interface KeptRoles {
  text: string;
  starts: number[];
  ends: number[];
  types: Entity['type'][];
  owns: string[];
  roles: (readonly string[])[];
}
const lastRoles = new Scoped<KeptRoles | undefined>(() => undefined);

/** The last kept mention starting at `start` (by bisection), or -1. */
function keptAt(kept: KeptRoles, start: number): number {
  const { starts } = kept;
  // Offsets are integers: the first start above `start` is the first at or above start + 1.
  const lo = lowerBound(starts, start + 1);
  return lo > 0 && starts[lo - 1] === start ? lo - 1 : -1;
}

/** The roles of the mention e named `own`: they read the words just around it and its name, and are cached by those
 *  (typing elsewhere leaves them as they were, and the mention's offset is not part of them). */
function rolesAround(text: string, e: Entity, own: string): readonly string[] {
  const before = text.slice(Math.max(0, e.start - BEFORE_WINDOW), e.start);
  const after = text.slice(e.end, e.end + AFTER_WINDOW);
  // The lengths make the key say where each part ends; the roles are read from the cache's own copy of the key, so
  // that no word kept refers to this version of the article.
  const key = `${e.type}:${own.length}:${before.length}:${own}${before}${after}`;
  const head = key.length - own.length - before.length - after.length;
  return rolesCache.get(key, (k) => {
    const b = head + own.length;
    const a = b + before.length;
    return mentionRoles(e.type, k.slice(head, b), k.slice(b, a), k.slice(a));
  });
}

/** A mention's roles, from the words before and after it (BEFORE_WINDOW, AFTER_WINDOW) and its own name. */
function mentionRoles(type: Entity['type'], own: string, before: string, after: string): readonly string[] {
  const roles = new Set<string>();
  for (const w of rolesBefore(before, before.length)) roles.add(w);
  for (const w of rolesAfter(after, 0)) roles.add(w);
  if (type !== 'PERSON')
    for (const w of own.match(WORD) ?? [])
      if (!NOT_ROLES.has(w.toLowerCase())) roles.add(singular(w.toLowerCase().replace(/['’]s$/, '')));
  return [...roles];
}

const DOCUMENT_NAME = /\b(?:Study|Survey|Report|Review|Index|Census|Poll|Journal|Audit)\b/g;
const documentNamesCache = new KernelCache<string, readonly (string | number)[]>(2000);

/**
 * Capitalised names that end in, or are headed by, a document word: "National Tide Gauge Study", "Medical Journal
 * of Lakeland". Flat [offset, name, …] over one line; a bounded walk from each document word (no regex backtracking).
 */
function documentNames(line: string): readonly (string | number)[] {
  const out: (string | number)[] = [];
  DOCUMENT_NAME.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastEnd = -1;
  while ((m = DOCUMENT_NAME.exec(line)) !== null) {
    if (m.index < lastEnd) continue;
    // Back over capitalised words (and "of", "for", "on", "and" between them), at most eight.
    let start = m.index;
    let words = 0;
    for (;;) {
      const before = /(?:^|\s)([\p{Lu}][\p{L}'’-]*|of|for|on|and)\s+$/u.exec(
        line.slice(Math.max(0, start - 40), start),
      );
      if (!before || words >= 8) break;
      start -= before[0].length - (before[0].startsWith(' ') || before[0].startsWith('\t') ? 1 : 0);
      words++;
    }
    while (/^(?:of|for|on|and)\s/.test(line.slice(start, start + 4))) start = line.indexOf(' ', start) + 1;
    let end = m.index + m[0].length;
    const after = /^\s+(?:of|on|for)\s+((?:[\p{Lu}][\p{L}'’-]*\s?){1,4})/u.exec(line.slice(end, end + 60));
    if (after) end += after[0].trimEnd().length;
    const name = line.slice(start, end).trim();
    if ((name.match(/(?:^|\s)\p{Lu}/gu) ?? []).length >= 2 && !/^(?:The|A|An)\s/.test(name)) out.push(start, name);
    lastEnd = end;
  }
  return out;
}

/**
 * Descriptor words right before a mention: "Harbour Authority director Ana Lund" (director), "Mayor Ines Varga"
 * (mayor), "the team's coach, Ali Reza" (coach), "the website “Tidewatch”" (website).
 */
function rolesBefore(text: string, at: number): string[] {
  const window = text.slice(Math.max(0, at - BEFORE_WINDOW), at);
  const words = window.match(/[\p{L}][\p{L}.'’-]*|[,;:.!?()“”"—–]/gu) ?? [];
  const out: string[] = [];
  let k = words.length - 1;
  // A quote mark or comma between the description and the name: "the website “X”", "the coach, X".
  while (k >= 0 && /^[“”"]$/.test(words[k]!)) k--;
  if (words[k] === ',') k--;
  for (let n = 0; k >= 0 && n < 5; k--, n++) {
    const w = words[k]!;
    const l = w.toLowerCase().replace(/\.$/, '');
    if (/^[\p{Ll}][\p{Ll}-]*$/u.test(w) || TITLES.has(l) || FEMININE_TITLES.has(l) || MASCULINE_TITLES.has(l)) {
      if (/['’]s$/.test(w)) break;
      if (!NOT_ROLES.has(l)) out.push(singular(l));
      // "a letter to Jane Doe": a preposition or determiner ends the description ("writer and poet Jane Doe" does not).
      else if (
        l !== 'and' &&
        l !== 'former' &&
        l !== 'then' &&
        l !== 'new' &&
        l !== 'current' &&
        l !== 'acting' &&
        l !== 'deputy'
      )
        break;
      continue;
    }
    break;
  }
  return out;
}

/** An apposition after a mention: "Kathryn Doe, director of the gallery," (director), "Lintel, a security firm". */
function rolesAfter(text: string, at: number): string[] {
  const m =
    /^,\s+(?:(?:the|a|an|its|his|her)\s+)?((?:[\p{L}.-]+\s+){0,4}?[\p{L}.-]+)(?=\s+(?:of|at|for|in|from|with|on|who|which)\b|\s*[,.;)])/u.exec(
      text.slice(at, at + AFTER_WINDOW),
    );
  if (!m) return [];
  const out: string[] = [];
  for (const w of m[1]!.split(/\s+/)) {
    const l = w.toLowerCase().replace(/\.$/, '');
    if (!(/^[\p{Ll}][\p{Ll}-]*$/u.test(w) || TITLES.has(l))) continue;
    if (!NOT_ROLES.has(l)) out.push(singular(l));
  }
  return out;
}
