// Small, general word lists (general knowledge, not names from any evaluated article). The large lists
// (places, first names, the English lexicon) are built by scripts/train-ner.ts into the model file.
import {
  CALENDAR_NAMES,
  COMPANY_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  ORGANISATION_WORDS,
  RANK_ABBREVIATIONS,
  ROLE_TITLES,
  TITLE_ABBREVIATIONS,
  TITLES,
  withPeriods,
} from '../lexicon';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words that make a capitalised run a title or office, never part of a person's name: the shared titles (abbreviations
 * also with their full stop, as a token may keep it), and the tagger's own longer list of offices, trades and ranks.
 * The tagger's features read this set: a change to it needs a retrain (`npm run train`). */
export const TITLE_WORDS = new Set([
  ...TITLES,
  ...ROLE_TITLES,
  ...withPeriods([...TITLE_ABBREVIATIONS, ...RANK_ABBREVIATIONS]),
  ...set(`
vice-president congressman congresswoman doctor emeritus major maj. lieutenant sergeant commander cmdr
bishop archbishop cardinal father undersecretary under-secretary chairperson administrator detective superintendent
constable agent assistant councillor councilman councilwoman councilor attorney-general treasurer emperor empress
ayatollah imam rabbi co-founder editor sheriff marshal brigadier corporal private mp mep mla correspondent reporter anchor
columnist analyst economist strategist lawmaker legislator delegate candidate nominee president-elect chief-of-staff
commissioner-general ministerial interim energy health education labor labour commerce homeland trade agriculture
transport transportation culture environment economy economic general-secretary pastor
`),
]);

/** Common nouns/adjectives that a newsroom capitalises in titles but that end an office, not a name. */
export const OFFICE_HEADS = set(`
president minister secretary senator governor mayor ambassador envoy chancellor adviser advisor director chairman spokesman
spokeswoman spokesperson commissioner chief speaker leader judge justice king queen prince princess pope general admiral
correspondent reporter editor high deputy vice assistant
`);

/** Last words that end a company's name and hardly ever a person's: the legal forms of companies abroad ("Faber GmbH",
 * "Vestra N.V."), the trades that close a company's name ("Marlow Capital", "Quill Therapeutics") and newspapers'
 * words ("Florence Courier"). Read by the document rules only (resolve.ts), not by the tagger's features. */
export const COMPANY_ENDINGS = set(`
gmbh ag sa s.a. nv n.v. bv b.v. pty llp lp spa s.p.a. ab asa oyj kg
capital futures securities investments financial bancorp insurance pharmaceuticals pharma therapeutics biosciences biotech
semiconductor semiconductors robotics aerospace automotive logistics petroleum chemicals resources brands foods solutions
software networks electronics realty properties hotels restaurants stores shipping mining minerals
chronicle sentinel courier inquirer enquirer examiner statesman dispatch bulletin
`);

/** Last words that make a capitalised run an organisation: the shared organisation words and company forms (with
 * their full stop too), and the tagger's own longer list (media, sports, business, military). The tagger's features
 * read this set: a change to it needs a retrain. */
export const ORG_SUFFIXES = new Set([
  ...ORGANISATION_WORDS,
  ...withPeriods(COMPANY_ABBREVIATIONS),
  ...set(`
municipality llc plc college institution force forces school church club team league airlines airways channel television
radio magazine gazette telegraph observer daily weekly review society academy alliance coalition front movement assembly
cabinet guard corps brigade regiment squad federal reserve exchange industries holdings partners ventures labs
laboratories systems technologies motors entertainment studios records publishing media communications clinic library
orchestra cooperative trust conference
`),
]);

/** Last words of buildings and facilities, which news gold (GUM) types as places: "Kennedy Space Center". */
export const FACILITY_SUFFIXES = set(`
museum stadium airport hall base planetarium arena memorial palace cathedral mosque temple tower towers center centre complex
facility hospital prison campus plaza
`);

/** Common all-caps abbreviations that are not organisations. */
export const NOT_ORG_ACRONYMS = set(`
CEO CFO COO CTO GDP TV PM AM HIV AIDS DNA RNA VR AR PC ID OK USD EUR GBP UTC GMT EST PST CCTV SUV PR IT AI CD DVD MP MPS NGO NGOS
COVID LGBT LGBTQ PDF SMS URL HQ VIP FAQ IQ IVF BMI ATM GPS USB LED LCD PS MR MRS MS DR ST RE FYI CV MBA PHD BA MA BC AD CE BCE
OMG LOL TBA TBD ETA ASAP DIY FAQ NB PS QC KM KG MPH CO2 UV IP VPN API OS IOS APP
CET CEST BST EDT PDT CDT CST MST MDT JST IST AEST AEDT HKT SGT MSK WET EET NZST AST HST AKST
`);

/** Last words that make a capitalised run a place. */
export const PLACE_SUFFIXES = set(`
city county province state region oblast district island islands river lake mountain mountains mount sea ocean bay gulf
valley hill hills street avenue road square park bridge airport station peninsula coast desert strait canal heights
village town borough harbour harbor beach falls forest plaza boulevard highway territory republic kingdom
`);

/** Lower-case words that join capitalised words inside one name ("University of Texas", "Ludwig van Beethoven"). */
export const CONNECTORS = set(`of for and & the de du da del della der den van von la le bin bint ibn al el y upon on`);
export const PERSON_PARTICLES = set(`de du da del della der den van von la le bin bint ibn al el`);

/** Organisations every newsroom names: wire services, broadcasters, papers, international bodies. */
export const KNOWN_ORGS = [
  'Reuters',
  'Associated Press',
  'AP',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'Xinhua',
  'TASS',
  'Interfax',
  'Kyodo',
  'Yonhap',
  'Anadolu',
  'UPI',
  'BBC',
  'CNN',
  'NPR',
  'PBS',
  'NBC',
  'CBS',
  'ABC',
  'MSNBC',
  'Fox News',
  'Sky News',
  'Al Jazeera',
  'CNBC',
  'New York Times',
  'Washington Post',
  'Wall Street Journal',
  'Financial Times',
  'Guardian',
  'Economist',
  'Los Angeles Times',
  'USA Today',
  'Politico',
  'Axios',
  'Le Monde',
  'Der Spiegel',
  'Kyiv Independent',
  'Wikinews',
  'United Nations',
  'UN',
  'U.N.',
  'NATO',
  'European Union',
  'EU',
  'European Commission',
  'European Parliament',
  'World Bank',
  'IMF',
  'International Monetary Fund',
  'World Health Organization',
  'WHO',
  'WTO',
  'OPEC',
  'UNESCO',
  'UNICEF',
  'Red Cross',
  'Interpol',
  'FBI',
  'CIA',
  'NSA',
  'NASA',
  'Congress',
  'Senate',
  'House of Representatives',
  'Supreme Court',
  'Federal Reserve',
  'Parliament',
  'Google',
  'Facebook',
  'Twitter',
  'Microsoft',
  'Apple',
  'Amazon',
  'Meta',
  'Tesla',
  'YouTube',
  'Instagram',
  'Wikipedia',
  'Greenpeace',
  'Amnesty International',
  'Human Rights Watch',
  'Hamas',
  'Hezbollah',
  'Taliban',
  'al-Qaeda',
  'Democratic Party',
  'Republican Party',
  'Labour Party',
  'Conservative Party',
];

/** Geographic names a general gazetteer of countries and cities leaves out. */
export const EXTRA_PLACES = [
  'Europe',
  'Asia',
  'Africa',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Antarctica',
  'Oceania',
  'Middle East',
  'Eastern Europe',
  'Western Europe',
  'Southeast Asia',
  'South East Asia',
  'Central Asia',
  'East Asia',
  'Balkans',
  'Caucasus',
  'Scandinavia',
  'Arctic',
  'Siberia',
  'Crimea',
  'Donbas',
  'Gaza',
  'Gaza Strip',
  'West Bank',
  'Kashmir',
  'Tibet',
  'White House',
  'Capitol Hill',
  'Wall Street',
  'Silicon Valley',
  'Hollywood',
  'Manhattan',
  'Brooklyn',
  'Downing Street',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Britain',
  'Great Britain',
  'Kyiv',
  'Kiev',
  'Washington D.C.',
  'Washington, D.C.',
  'America',
  'U.S.',
  'US',
  'USA',
  'U.S.A.',
  'UK',
  'U.K.',
  'UAE',
  'Holland',
  'Persian Gulf',
  'Mediterranean',
  'Pacific',
  'Atlantic',
  'Indian Ocean',
  'Black Sea',
  'Red Sea',
  'Baltic',
  'Korean Peninsula',
];

/** Capitalised words that are never a name on their own in news copy (page furniture, weekdays, months...). */
export const NEVER_ALONE = new Set([
  ...set(`
advertisement advertisements updated photo photos image images video handout getty file reuters/ caption credit
i mr mrs ms dr st read more share god ctrl alt enter shift esc
`),
  ...CALENDAR_NAMES,
  ...Object.keys(MONTH_ABBREVIATIONS),
]);
