// Word lists for attribution. Lower-case; looked up per token, so matching stays linear in the text.

import {
  COMPANY_ABBREVIATIONS,
  OBJECT_PRONOUNS as SHARED_OBJECT_PRONOUNS,
  ORGANISATION_WORDS,
  PERSON_PRONOUNS as SHARED_PERSON_PRONOUNS,
  PLURAL_PRONOUNS as SHARED_PLURAL_PRONOUNS,
  RANK_ABBREVIATIONS,
  ROLE_TITLES,
  TITLE_ABBREVIATIONS,
  TITLES as SHARED_TITLES,
  WEEKDAYS,
} from '../lexicon';

const inflect = (stems: string): string[] => stems.split(/\s+/).filter(Boolean);

// Reporting, belief and evidence verbs, and the nouns made from them, are not listed here: they come from WordNet
// through the attribution model's lexicon (scripts/attribution-lexicon.ts, core/attribution/model.ts).

/** Evidential phrases followed by their source. */
export const ACCORDING = /^(according to|citing|as reported by|as stated by|as told to|in the words of|per)$/;

/** Heads of noun phrases that name nobody in particular. */
export const VAGUE_HEADS = new Set(
  inflect(`
  experts expert analysts analyst observers observer critics critic sources insiders insider commentators commentator
  people some many others most several pundits watchers scientists researchers economists officials diplomats
  reports studies polls surveys rumours rumors supporters opponents skeptics sceptics historians lawmakers residents
  estimates individuals users commenters witnesses investors traders forecasters pollsters
  `),
);

/** Heads of anonymous but specific sources: "a source with direct knowledge", "a person familiar with". */
export const ANONYMOUS_HEADS = new Set(
  inflect(
    `source official person spokesperson spokesman spokeswoman representative aide adviser advisor insider diplomat`,
  ),
);

/** Nouns that stand for a document or statement: "a ministry statement", "the company's report". */
export const STATEMENT_NOUNS = new Set(
  inflect(`statement statements report reports release press announcement filing post tweet letter memo briefing interview data
  figures estimate estimates survey study analysis assessment notice bulletin communique communiqué transcript
  statistics numbers documents records photos images footage video findings study studies research paper results`),
);

/** Titles and descriptors that precede a name and are not part of it: the shared titles (abbreviations without their
 * full stop: the tokens here are words), and attribution's own descriptors, nationalities and the small words inside a
 * title ("Secretary of State", "first lady"). */
export const TITLES = new Set([
  ...SHARED_TITLES,
  ...ROLE_TITLES,
  ...TITLE_ABBREVIATIONS,
  ...RANK_ABBREVIATIONS,
  ...inflect(`
  home first house senate emir crown us u.s uk u.k eu un ukrainian russian american british french german chinese
  israeli palestinian iranian indian japanese european of the for and
  `),
]);

/** Pronouns that stand for the last named speaker. */
export const PERSON_PRONOUNS = new Set(SHARED_PERSON_PRONOUNS);
export const PLURAL_PRONOUNS = new Set(SHARED_PLURAL_PRONOUNS);
/** Pronouns in the object case: a reporting verb's object, never its source ("Ek told them"). */
export const OBJECT_PRONOUNS = new Set(SHARED_OBJECT_PRONOUNS);

/** Words that may sit between a subject and its reporting verb: "Varga quickly said". */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  ...inflect(`
  has have had was were is are will would also later then previously earlier again once recently separately meanwhile
  further repeatedly publicly privately initially subsequently last this on in at during week month year
  yesterday today tonight did does
  had already just only even still quickly swiftly openly directly explicitly
  `),
  ...WEEKDAYS,
]);

/** Words that mark a source as an organisation: the shared organisation words and company forms (not "co", which was
 * never in this list; adding it is untested against the attribution figures), and sources attribution meets often
 * (wire services, a study, a survey). */
export const ORG_WORDS = new Set([
  ...ORGANISATION_WORDS,
  ...COMPANY_ABBREVIATIONS.filter((w) => w !== 'co'),
  ...inflect(`center centre reuters afp ap associated study survey`),
]);

/**
 * Verbs WordNet files under communication whose object is a decision, not a statement ("the council approved a $83
 * million terminal", "parliament passed the bill"): the sentence reports an act, and its figures still need a source.
 * With a named subject the rules do not override the cue model for them (the model may still score them as cues).
 */
export const DECISION_VERBS = new Set(
  inflect(`approve authorize authorise ratify sanction pass adopt enact veto sign endorse okay order commission`),
);

/**
 * Adjectives of belief and attitude that take a clause after a copula: "Ek is confident that …", "I'm sure the pier
 * will hold". Their subject holds the view, as with a verb of belief.
 */
export const ATTITUDE_ADJECTIVES = new Set(
  inflect(`sure certain confident convinced hopeful optimistic pessimistic worried concerned afraid fearful aware
  adamant doubtful skeptical sceptical persuaded satisfied`),
);

/**
 * Verbs WordNet files under communication that report making contact, not what was said ("Ek contacted the union",
 * "the teams faced off"): with a named subject the rules do not count them as speech acts (the model still may).
 */
export const CONTACT_VERBS = new Set(
  inflect(`contact phone telephone email e-mail radio fax page summon greet face meet visit wave nod beckon`),
);

/** Verbs by which a document or a finding reports ("the figures show", "polls suggest", "the study found that"). */
export const EVIDENCE_VERBS = new Set(
  inflect(`show suggest indicate reveal find confirm demonstrate conclude estimate predict project forecast`),
);
