// Small, general word lists (general knowledge, not names from any evaluated article). The large lists
// (places, first names, the English lexicon) are built by scripts/train-ner.ts into the model file.
import {
  CALENDAR_NAMES,
  COMPANY_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  OBJECT_PRONOUNS,
  ORGANISATION_WORDS,
  RANK_ABBREVIATIONS,
  ROLE_TITLES,
  SAYS,
  SUBJECT_PRONOUNS,
  TITLE_ABBREVIATIONS,
  TITLES,
  WEEKDAYS,
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

/** Last words of newspapers' names ("Florence Courier") that both COMPANY_ENDINGS and PAPER_WORDS list. */
const NEWSPAPER_WORDS = ['chronicle', 'sentinel', 'courier', 'inquirer', 'examiner'];

/** Last words that end a company's name and hardly ever a person's: the legal forms of companies abroad ("Faber GmbH",
 * "Vestra N.V."), the trades that close a company's name ("Marlow Capital", "Quill Therapeutics") and newspapers'
 * words ("Florence Courier"). Read by the rules after the tagger only (resolve/), not by the tagger's features. */
export const COMPANY_ENDINGS = new Set([
  ...set(`
gmbh ag sa s.a. nv n.v. bv b.v. pty llp lp spa s.p.a. ab asa oyj kg
capital futures securities investments financial bancorp insurance pharmaceuticals pharma therapeutics biosciences biotech
semiconductor semiconductors robotics aerospace automotive logistics petroleum chemicals resources brands foods solutions
software networks electronics realty properties hotels restaurants stores shipping mining minerals aircraft aviation
instruments metals brothers bros bros. computer computers
enquirer statesman dispatch bulletin
`),
  ...NEWSPAPER_WORDS,
]);

/** Words that follow a company's own word in its full name ("Nortek Systems Inc", "Kestrel Mining Corp", "Halvard
 * Group"): with them gone the word alone still names the company. */
export const COMPANY_TAILS = new Set([
  ...COMPANY_ENDINGS,
  ...withPeriods(COMPANY_ABBREVIATIONS),
  ...set(`llc plc corporation company group holdings systems technologies industries motors airlines airways partners
ventures labs laboratories communications entertainment media energy international`),
]);

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

// --- Read by the rules after the tagger only (core/entities/resolve), not by its features: a change needs no retrain.

/** "Hong Kong-based": common second halves of a hyphenated word, which no given name has. */
export const NOT_GIVEN = new Set([
  'based',
  'born',
  'led',
  'run',
  'made',
  'era',
  'area',
  'wide',
  'style',
  'type',
  'like',
  'free',
  'held',
  'owned',
  'class',
  'level',
  'bound',
  'city',
  'state',
]);

/** Place words that also end the names of clubs and universities ("Manchester City", "Ohio State"). */
export const CLUB_PLACE_WORDS = new Set(['city', 'state', 'town', 'county', 'island', 'islands']);

/** Last words of club names ("Riverton Rovers"). */
export const CLUB_WORDS = new Set([
  'rovers',
  'united',
  'city',
  'athletic',
  'wanderers',
  'town',
  'fc',
  'albion',
  'sporting',
  'rangers',
  'dynamo',
  'olympic',
  'olympique',
  'athletico',
  'hotspur',
  'county',
]);

/** Words that stand between two sides of a result ("beat", "drew with", "v"). */
export const RESULT_WORDS = new Set([
  'beat',
  'beats',
  'drew',
  'draw',
  'lost',
  'lose',
  'defeated',
  'defeat',
  'held',
  'hold',
  'edged',
  'thrashed',
  'routed',
  'crushed',
  'overcame',
  'v',
  'vs',
  'hammered',
  'stunned',
  'downed',
  'trounced',
  'eliminated',
  'ousted',
  'outclassed',
  'whitewashed',
]);

/** Words that join a headline's clauses, never a name's words ("… Heads To Lisbon As …"). */
export const HEADLINE_GLUE = new Set([
  'to',
  'as',
  'at',
  'in',
  'with',
  'over',
  'after',
  'by',
  'from',
  'into',
  'amid',
  'against',
  'says',
  'said',
  'vs',
  'versus',
  'before',
  'is',
  'are',
  'was',
  'were',
  'will',
  'not',
]);

/** Nouns before "of" and a place's name: "the city of Dnipro", "the outskirts of Kharkiv". */
export const PLACE_OF = new Set([
  'city',
  'town',
  'village',
  'region',
  'province',
  'port',
  'district',
  'island',
  'capital',
  'outskirts',
  'suburb',
  'suburbs',
  'county',
]);

/** Nationality and group words: "Ukrainian", "Afghans", "Muslims" are not names of an entity. */
export const GROUP_WORDS = new Set(
  `french dutch swiss greek greeks thai welsh scottish irish english spanish danish finnish swedish polish turkish
filipino filipinos arab arabs muslim muslims christian christians jewish jew jews hindu hindus sikh sikhs buddhist buddhists catholic
catholics protestant protestants sunni sunnis shia shiite shiites kurd kurds kurdish pashtun pashtuns latino latinos hispanic hispanics
western eastern northern southern soviet communist communists afghan afghans islamic islamist islamists yemeni saudi saudis
democrats republicans conservatives liberals islam christianity judaism hinduism buddhism hajj ramadan easter christmas eid
internet web norwegian norwegians swede swedes dane danes finn finns briton britons brit brits scot scots kiwi kiwis peruvian
peruvians argentine argentines argentinian argentinians malagasy monegasque cypriot cypriots maltese portuguese somali somalis
omani omanis qatari qataris kuwaiti kuwaitis emirati emiratis bahraini bahrainis`.split(/\s+/),
);

/** Compass words, "new" and "central" opening a nationality's or a region's name ("South African", "Western Australia"). */
export const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'new', 'central']);

/** Prepositions, conjunctions and "is"/"was", which no name or noun phrase runs on over; NOT_COMPANY_WORDS and
 * NOT_IN_PHRASE add their own. */
const FUNCTION_WORDS = `and as at but by for from in is of on or that to was with`.split(' ');

/** Words a title-case line capitalises after a country's name that never make it a company's: function words, and
 * events named after a country ("Iraq War"). */
export const NOT_COMPANY_WORDS = new Set([
  ...FUNCTION_WORDS,
  ...`a an if so the then this were when while will war wars crisis election elections cup games championship
   championships summit conflict campaign revolution invasion open`.split(/\s+/),
]);

/** Personal pronouns: a name called out before one is no company ("Hershey it's your turn"). */
export const PRONOUNS = new Set([...SUBJECT_PRONOUNS, ...OBJECT_PRONOUNS]);

/** Compass adjectives after a country's name make a company's name ("China Southern"), not a region. */
export const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western']);

/** Words that make a name an organisation's wherever they stand in it ("Council for Water Safety"), never a person's. */
export const ORG_HEADS = new Set(
  'council ministry university committee commission agency department institute foundation association party union corporation authority federation'.split(
    ' ',
  ),
);

/** Last words of newspapers' names ("Toronto Star", "New Zealand Herald") and of a news agency's desks, as its stories
 * sign off ("-- Oslo Newsroom +47 …"): the name is a paper or a desk, not a place or a person. */
export const PAPER_WORDS = new Set([
  ...NEWSPAPER_WORDS,
  ...`star sun mail mirror express globe gazette herald tribune times post journal telegraph newsroom newsdesk`.split(
    ' ',
  ),
]);

/** Facility words that make a name a place; a "centre" is as often an organisation ("… Research Centre"). */
export const PLACE_FACILITIES = new Set([...FACILITY_SUFFIXES].filter((w) => w !== 'center' && w !== 'centre'));

/** A centre before "for" and a remit is an organisation ("Centre for Coastal Studies"), not a building. */
export const CENTRES = new Set(['center', 'centre']);

/** Lower-case nouns that say a name before them, with a model number, is a product: "the Corvana X5 phone". */
export const PRODUCT_NOUNS = new Set(
  'line phone phones smartphone smartphones handset handsets jet jets aircraft airliner airliners plane planes helicopter helicopters car cars sedan sedans truck trucks tablet tablets laptop laptops console consoles camera cameras chip chips processor processors engine engines drone drones rifle rifles missile missiles satellite satellites rocket rockets'.split(
    ' ',
  ),
);

/** Words before a product's name with no model number: whose it is, how many, or which ("its Stratus sedans", "40
 * Pelican jets", "the Pixel phone"). */
export const OWNER_OR_COUNT = new Set(
  'its their his her our dozen hundred thousand million billion the new latest'.split(' '),
);

/** Verbs of saying straight after a sentence's first word: that word is a speaker ("Novak said …"). */
export const SPEAKS = new Set(SAYS);

/** Words that may stand between a result word and the other side: "drew 1-1 with", "lost 2-0 to", "beat the". */
export const RESULT_LINKS = new Set(['with', 'to', 'at', 'against', 'the', '-', '–']);

/** Football positions that only a club's player holds, which the lists below share. */
const FOOTBALL_POSITIONS = `goalkeeper striker midfielder defender winger`.split(' ');

/** Players' positions, which precede a player's name like a title. */
export const POSITIONS = new Set([
  ...FOOTBALL_POSITIONS,
  ...`keeper fullback full-back centre-back center-back playmaker forward quarterback pitcher catcher
   shortstop`.split(/\s+/),
]);

/** A club's players: no person has a striker ("Tarvik striker Oskar Lind", "a midfielder for Tarvik"). Without the
 * rest of POSITIONS ("forward" is an adverb too): widening it is untested, as the evaluation kit has no case of it. */
export const PLAYERS = new Set([...FOOTBALL_POSITIONS, 'strikers', 'forwards']);

/** Words straight after a name that only an organisation has: a listed company's shares, a club's players and fans
 * ("Vantrelix shares fell", "the Tarvik striker"). */
export const ORG_NEXT = new Set([
  ...PLAYERS,
  ...`shares stock stockholders shareholders fans supporters squad`.split(' '),
]);

/** Words after a name's "'s" that only an organisation has ("Vantrelix's chief executive", "Tarvik's goalkeeper"). */
export const ORG_POSSESSED = new Set([
  ...`shares stock stockholders shareholders ceo cfo subsidiary subsidiaries headquarters revenue revenues profit profits
earnings sales squad strikers plant plants factory factories workforce rating`.split(/\s+/),
  ...FOOTBALL_POSITIONS,
]);

/** A word before "of" / "in" / "for" that makes the name after it an organisation ("shares in X", "a spokeswoman for
 * X", "chief executive of X", "signed for X"). */
export const ORG_BEFORE = new Map<string, Set<string>>([
  [
    'of',
    new Set(
      `shares stockholders shareholders subsidiary unit division affiliate executive ceo cfo co-founder merger takeover
       buyout`.split(/\s+/),
    ),
  ],
  ['in', new Set(`shares stake`.split(' '))],
  ['from', new Set(`joined signed loan transferred`.split(' '))],
  [
    'for',
    // "scored 35 points for Chicago": what a player scores, for the club.
    new Set([
      ...`spokesman spokeswoman spokesperson signed played plays playing points goals runs yards rebounds assists`.split(
        ' ',
      ),
      ...FOOTBALL_POSITIONS,
    ]),
  ],
]);

/** Nouns that say what kind of organisation the name beside them is: "the carmaker Volvex", "Tarvik, the country's
 * largest lender,", "the band Harrow Lane". */
export const ORG_KIND_NOUNS = new Set(
  `company firm maker carmaker automaker chipmaker drugmaker planemaker airline carrier retailer bank lender insurer
conglomerate manufacturer producer supplier operator chain brewer refiner miner broadcaster publisher startup start-up
steelmaker truckmaker toymaker shipbuilder homebuilder band club newspaper magazine`.split(/\s+/),
);

/** The people or workers whose body a name calls itself ("Sudan People's Liberation Army", "Kurdistan Workers' Party",
 * "People's Daily"): their possessive is inside the name, which the tagger breaks in two at it (or leaves out). */
export const GROUP_POSSESSORS = new Set(['people', 'peoples', 'workers', 'farmers', 'women', 'citizens', 'soldiers']);

/** Kinds of organisation a newsroom names before the noun ("the Handelsblatt daily", "the Ifo institute", "the ruling
 * Likud party"). */
export const KIND_AFTER_NAME = new Set([
  'daily',
  'newspaper',
  'weekly',
  'tabloid',
  'agency',
  'institute',
  'broadcaster',
  'party',
]);

/** What may follow the kind noun of an apposition for it to be the phrase's head ("the largest lender in …"). */
export const HEAD_END = new Set([
  ',',
  '.',
  ';',
  ')',
  'that',
  'which',
  'whose',
  'based',
  'in',
  'of',
  'for',
  'with',
  'and',
  '',
]);

/** Words that end the noun phrase of an apposition before its head: it is about something else ("a teacher at the
 * bank"). Not the articles, which kindBefore reads apart. */
export const NOT_IN_PHRASE = new Set([...FUNCTION_WORDS, ...`who which has had`.split(' ')]);

/** Articles that open an apposition ("Oyelaran, a lawyer, said"). */
export const ARTICLES = new Set(['a', 'an', 'the']);

/** Nouns that head an apposition about a person ("Oyelaran, a lawyer, said"): trades, kin and roles in a story. */
export const PERSON_NOUNS = new Set([
  ...TITLE_WORDS,
  ...`lawyer teacher doctor nurse farmer student resident father mother son daughter wife husband widow brother sister
   veteran activist engineer pilot driver player coach manager author writer journalist artist singer actor actress
   owner founder witness survivor victim worker official executive professor researcher scientist historian
   economist banker trader investor entrepreneur businessman businesswoman politician diplomat soldier officer
   priest physician surgeon architect designer photographer musician novelist poet spokesman spokeswoman`.split(/\s+/),
]);

/** Words for a company, a group or a bank that open companies' names in other languages. */
export const FOREIGN_COMPANY_HEADS = new Set(
  `grupo groupe gruppo gruppe banco banca banque bankhaus compagnie compania compañía companhia sociedad societe
   société società`.split(/\s+/),
);

/** In sports copy (a sentence with a score, a results line), words after a town that make it its club ("Tarvik
 * coach Lars Moe"). */
export const CLUB_NEXT = new Set(['coach', 'manager', 'captain', 'skipper', 'keeper', 'boss']);

/** Verbs in the plural that British copy gives a club or a company named after its town ("Leeds were beaten",
 * "Sevilla have signed …"): a town itself takes the singular. */
export const PLURAL_VERBS = new Set(['are', 'were', 'have', "aren't", "weren't", "haven't"]);

/** Words before a name that make a plural verb after it somebody else's ("the people of Leeds are", "Paris and London
 * are", "the crowds that line the Mall were", "did Rome have"), or the name a plural place's ("the Alps are"). */
export const NOT_PLURAL_SUBJECT = new Set(
  `of in at from to near around across outside inside into like than as with for by and or & between among the
   did do does will would can could should may might must`.split(/\s+/),
);

/** What a club is in a season beside RESULT_WORDS: "were beaten", "have been relegated". */
export const RESULT_PARTICIPLES = new Set(['beaten', 'relegated', 'promoted', 'unbeaten', 'knocked']);

/** Verbs of a clause after a name that only a company's name takes (", which makes pumps,"). */
export const COMPANY_CLAUSE_VERBS = new Set(
  'makes manufactures produces sells supplies builds designs develops distributes employs'.split(' '),
);

/** What a company is that a town is not (", which is based in …", ", which is listed in …"). */
export const COMPANY_STATES = new Set(['based', 'listed', 'headquartered', 'owned', 'controlled']);

/** Verbs of owning part of a company: "owns 30 percent of Mercer", "sold its 12% of Ferris". */
export const OWNS = new Set(
  'own owns owned holds held hold buy buys bought sell sells sold acquire acquires acquired acquiring buying selling'.split(
    ' ',
  ),
);

/** Last words of sporting events named after a place or a sponsor ("the Velden Open", "the Ostmark Grand Prix"). Not
 * "Games" ("Epic Games"), "International" ("Amnesty International") nor "Tour" ("PGA Tour"): companies and bodies end so. */
export const EVENT_WORDS = new Set(
  `open classic cup masters marathon prix championship championships trophy rally invitational derby regatta olympics
   paralympics`.split(/\s+/),
);

/** Verbs of a company's value: "the deal values Ferris at $2 billion". */
export const VALUES = new Set(['values', 'valued', 'valuing', 'value']);

/** Words of a company's business: in the sentence a lone name opens, they make it the company, not a person nobody
 * introduced ("Embraer delivered 32 jets", "Gulfstream said demand for business jets …"). */
export const BUSINESS_CUES = new Set(
  `shares stock revenue revenues profit profits earnings sales orders deliveries delivered jets aircraft planes
   airliners factory factories quarterly merger takeover stake subsidiary dividend bankruptcy shareholders chipmaker
   carmaker planemaker automaker`.split(/\s+/),
);

/** Verbs of a club buying or selling a player ("Tarvik signed the striker from Ostmark"). */
export const TRANSFER_VERBS = new Set(
  `sign signs signed signing buy buys bought loan loans loaned sell sells sold recruit recruits recruited`.split(' '),
);

/** A company's stock, and what its price does: the only share words that make a person's name a company. */
export const STOCK = new Set(['shares', 'stock']);

/** What a share price does ("Vantrelix shares fell"). */
export const MARKET_MOVES = new Set(
  `fell rose slid slipped dropped jumped gained climbed surged soared tumbled plunged sank rallied closed opened traded
lost added edged`.split(/\s+/),
);

/** Officers only a company has, after a name's "'s" ("Pellworth's chief financial officer" is read by ORG_BEFORE). */
export const COMPANY_OFFICERS = new Set(['ceo', 'cfo', 'subsidiary', 'subsidiaries', 'shareholders', 'stockholders']);

/** A company's results: what only a company reports or posts ("Ordway posted a quarterly loss", "Dell said its
 * revenue rose"). */
export const RESULTS = new Set(
  `profit profits loss losses revenue revenues sales earnings income turnover margin margins dividend`.split(' '),
);

/** Verbs by which a company reports its results ("Ordway posted a quarterly loss"). */
export const REPORTS = new Set(['reported', 'posted', 'booked', 'reports', 'posts', 'forecast', 'forecasts']);

/** Words between a company and its results that say nothing of who it is: "said on Tuesday its", "a quarterly". */
export const RESULTS_FILLER = new Set([
  ...`on late early today yesterday a an its
record higher lower bigger smaller quarterly annual first-quarter second-quarter third-quarter fourth-quarter
half-year full-year net operating pretax pre-tax core underlying adjusted`.split(/\s+/),
  ...WEEKDAYS,
]);

/** What may follow a name's "shares" for it to be a noun: not an article or a possessive ("Lena shares her …"). */
export const SHARES_VERB_NEXT = new Set(
  `a an the his her their its my our your this that these those some no`.split(' '),
);
