// Words every stage reads the same way, listed once: the names of months and weekdays, personal pronouns, the titles
// written before a name, the words of organisations' names, and reporting verbs. A stage that needs a variant (a regular expression, capitalised forms,
// a list without "may", a longer list of its own) derives it from these lists, saying why.

/**
 * A word list as an object without a prototype: word lists are indexed with whatever word the text holds, and a plain
 * object answers "constructor", "toString" or "valueOf" with Object.prototype's functions ("one constructor said"
 * was read as a count of NaN constructors).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Month names, lower case, in calendar order (index + 1 is the month's number). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Abbreviated month names, lower case and without their period, to the month's number ("may" is not abbreviated). */
export const MONTH_ABBREVIATIONS = wordTable<number>({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

/** Every month word, full or abbreviated, lower case, to the month's number: "sept" 9, "march" 3. */
export const MONTH_NUMBERS = wordTable<number>({
  ...Object.fromEntries(MONTHS.map((m, i) => [m, i + 1])),
  ...MONTH_ABBREVIATIONS,
});

/** Weekday names, lower case, Monday first. */
export const WEEKDAYS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Month and weekday names in full, lower case: capitalised, but they name nobody. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** Third-person pronouns for one person, lower case: they stand for a named person of their sex. */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she'];

/** Plural personal pronouns in the subject case, lower case. */
export const PLURAL_PRONOUNS: readonly string[] = ['we', 'they'];

/** Personal pronouns in the subject case, lower case. */
export const SUBJECT_PRONOUNS: readonly string[] = ['i', 'you', ...PERSON_PRONOUNS, 'it', ...PLURAL_PRONOUNS];

/** Personal pronouns in the object case, lower case: "him", "them". */
export const OBJECT_PRONOUNS: readonly string[] = ['me', 'you', 'him', 'her', 'it', 'us', 'them'];

/** "Monday" → "Monday", "jan" → "Jan": the capitalised form a name-like word has in running text. */
export const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Titles written in full before a person's name, lower case: "President Lula", "Judge Ito", "Sir Keir". Every stage
 * that reads names knows them (the tagger, attribution's sources, the cross-check's name comparison). */
export const TITLES: readonly string[] = [
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'chancellor',
  'senator',
  'governor',
  'general',
  'chief',
  'judge',
  'justice',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sir',
  'lord',
  'lady',
];

/** More titles, ranks, offices and their qualifiers written before a name, lower case: "Professor", "Colonel",
 * "Foreign Minister", "acting director", "CEO". The tagger and attribution's sources treat them as titles; the
 * cross-check's name comparison strips only TITLES, as several of these are surnames too (Head, Chair, Speaker, Coach). */
export const ROLE_TITLES: readonly string[] = `
premier representative mayor miss professor colonel captain admiral dame reverend ambassador envoy speaker chairman
chairwoman chair director commissioner inspector officer deputy ceo cfo coo spokesman spokeswoman spokesperson coach
leader attorney sheikh founder manager executive adviser advisor head presidential national special acting former
foreign defense defence treasury finance interior security state staff
`
  .trim()
  .split(/\s+/);

/** Courtesy and office titles abbreviated before a name, lower case, without their period: "Mr.", "Sen.", "Gov.". */
export const TITLE_ABBREVIATIONS: readonly string[] = ['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen'];

/** Ranks and the clergy's "Rev." abbreviated before a name, lower case, without their period: "Lt.", "Capt.". */
export const RANK_ABBREVIATIONS: readonly string[] = ['lt', 'col', 'capt', 'sgt', 'adm', 'rev'];

/** Company forms abbreviated after a name, lower case, without their period: "Acme Inc.", "Smith & Co.". */
export const COMPANY_ABBREVIATIONS: readonly string[] = ['inc', 'corp', 'co', 'ltd'];

/** Words that make a name an organisation's, or stand for one, lower case: "Finance Ministry", "the council". */
export const ORGANISATION_WORDS: readonly string[] = `
ministry department agency office council committee commission institute university bank fund press news times post
journal herald tribune guardian service services party government administration company corporation group
association union federation organization organisation board authority bureau court parliament congress senate army
navy police foundation network project programme program initiative
`
  .trim()
  .split(/\s+/);

/** The word and the word with its full stop: "sen", "sen.". */
export const withPeriods = (words: readonly string[]): string[] => words.flatMap((w) => [w, `${w}.`]);

/** The commonest verbs of saying, as news copy writes them straight after a speaker's name: "Novak said", "she told". */
export const SAYS: readonly string[] = ['said', 'says', 'told'];

/** Verbs that report what someone said, wrote or thinks, in their usual forms, lower case: where a speaker's name stands
 * beside a figure, and whether a dated clause is a statement ("Trump announced on Feb. 11"). The cross-check and the
 * attribution fixes read this list; attribution's own cues come from WordNet (core/attribution/model.ts), so the
 * cross-check does not lean on how the attribution layer happens to find its cues. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  `say says said saying tell tells told telling write writes wrote written writing add adds added adding
announce announces announced announcing claim claims claimed claiming confirm confirms confirmed confirming
state states stated stating note notes noted noting warn warns warned warning insist insists insisted insisting
argue argues argued arguing report reports reported reporting declare declares declared declaring
explain explains explained explaining tweet tweets tweeted tweeting post posts posted posting
reveal reveals revealed revealing acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
deny denies denied denying suggest suggests suggested suggesting predict predicts predicted predicting
estimate estimates estimated estimating testify testifies testified testifying hint hints hinted hinting
stress stresses stressed stressing emphasize emphasizes emphasized emphasise emphasises emphasised
maintain maintains maintained allege alleges alleged alleging recall recalls recalled recalling
remark remarks remarked disclose discloses disclosed contend contends contended assert asserts asserted
believe believes believed think thinks thought expect expects expected fear fears feared`.split(/\s+/),
);
