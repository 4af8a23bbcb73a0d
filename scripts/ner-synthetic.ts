// Synthetic wire copy for training the name tagger, written for Copydesk from general knowledge of how agencies set
// their routine stories: sports results and standings, company earnings, court reports, local government, science.
// The corpora we train on (encyclopaedia, web, GUM's genres) rarely show these shapes, which wire copy is full of:
// clubs named after their city ("Riverton beat Oakdale 2-1"), tables where a name stands next to numbers, section
// labels and headlines in capitals, companies with one-word names or named after a country, products and models
// that are no names, people's names from many languages.
//
// Every person, club, company and product is invented here (syllables and given-name lists); the only real names
// are places from the gazetteer (cities, countries). Nothing is modelled on any article of the evaluation kit.
import type { GazetteerData } from '../core/entities/gazetteer';
import { MONTHS, WEEKDAYS, capitalised } from '../core/lexicon';
import type { Span, TextDoc } from './lib/ner-data';

type Rnd = () => number;
/** A piece of text with the type of name it is ('' for none, 'MISC' for a non-name such as a product). */
type Piece = [string, string];
type Sentence = Piece[];

const pick = <T>(r: Rnd, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rnd, p: number) => r() < p;
const int = (r: Rnd, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

// Surname and given-name syllables in several languages' patterns: people's names must not read as places.
const SURNAME_STYLES: Array<{ a: string[]; b: string[] }> = [
  {
    a: ['Hal', 'Bren', 'Cor', 'Ash', 'Whit', 'Mor', 'Tal', 'Pem', 'Red', 'Fair', 'Hol', 'Stan', 'Wick', 'Lang'],
    b: ['ford', 'wood', 'ley', 'ton', 'ridge', 'well', 'by', 'more', 'ham', 'field', 'son', 'er'],
  },
  {
    a: ['Kov', 'Petr', 'Mar', 'Dub', 'Hor', 'Vol', 'Zel', 'Bog', 'Kras', 'Tkach', 'Lis', 'Sav'],
    b: ['enko', 'ova', 'ić', 'ov', 'ski', 'uk', 'chuk', 'ek', 'ovic', 'in', 'yev'],
  },
  {
    a: ['Ibar', 'Quin', 'Vel', 'Orte', 'Can', 'Bar', 'Sal', 'Mend', 'Arri', 'Gar'],
    b: ['ra', 'tero', 'asco', 'ga', 'ales', 'rios', 'azar', 'ieta', 'doza', 'cía'],
  },
  {
    a: ['Oko', 'Adu', 'Mbe', 'Nwa', 'Ode', 'Kama', 'Chi', 'Olu', 'Ngo', 'Asa'],
    b: ['nkwo', 'ye', 'leko', 'chukwu', 'bayo', 'ra', 'ndu', 'wale', 'zi', 'mba'],
  },
  {
    a: ['Naka', 'Taka', 'Hashi', 'Mori', 'Yama', 'Fuji', 'Kawa', 'Ishi'],
    b: ['mura', 'hashi', 'moto', 'ta', 'zaki', 'no', 'gawa', 'da'],
  },
  {
    a: ['Al-Ha', 'Man', 'Rash', 'Kha', 'Sae', 'Far', 'Naj', 'Ham'],
    b: ['shimi', 'souri', 'id', 'lil', 'di', 'ouk', 'jar', 'dan'],
  },
  {
    a: ['Lind', 'Berg', 'Sand', 'Holm', 'Dahl', 'Ek', 'Sjö', 'Nord'],
    b: ['qvist', 'ström', 'gren', 'berg', 'lund', 'man', 'vall', 'by'],
  },
  { a: ['Nguy', 'Tran', 'Pham', 'Le', 'Vu'], b: ['en', 'h', 'ong', 'minh', 'an'] },
];
const GIVEN_EXTRA = [
  'Oleksiy',
  'Bogdana',
  'Chidi',
  'Ngozi',
  'Haruto',
  'Yui',
  'Tariq',
  'Layla',
  'Mateo',
  'Lucía',
  'Siddharth',
  'Ananya',
  'Jonas',
  'Freja',
  'Thanh',
  'Kwabena',
  'Zuzana',
  'Matteo',
  'Ines',
  'Dawit',
];

const CLUB_SUFFIXES = ['United', 'City', 'Rovers', 'Athletic', 'Wanderers', 'Town', 'FC', 'Albion', 'Sporting'];
const COMPANY_SUFFIXES = [
  'Corp',
  'Inc',
  'Group',
  'Holdings',
  'Ltd',
  'plc',
  'AG',
  'SA',
  'Industries',
  'Systems',
  'Motors',
  'Energy',
  'Bank',
  'Airlines',
  'Foods',
  'Networks',
  'Pharmaceuticals',
  'Mining',
  'Logistics',
  'Telecom',
];
const COMPANY_SYL = [
  'Van',
  'Tre',
  'Kor',
  'Zen',
  'Bril',
  'Ax',
  'Lum',
  'Cor',
  'Nex',
  'Ver',
  'Quo',
  'Sol',
  'Tal',
  'Or',
  'Pyr',
  'Hal',
  'Mer',
  'Dra',
  'Vel',
  'Sym',
];
const COMPANY_END = ['trix', 'ova', 'is', 'ex', 'ant', 'io', 'ium', 'ora', 'on', 'ar', 'ica', 'ent', 'a', 'o'];
const COMMON_HEADS = [
  'General',
  'United',
  'National',
  'Standard',
  'Pacific',
  'Continental',
  'Federal',
  'Royal',
  'First',
  'Consolidated',
];
const COMMON_TAILS = [
  'Fabrics',
  'Mills',
  'Dynamics',
  'Freight',
  'Electric',
  'Foods',
  'Cement',
  'Textiles',
  'Insurance',
  'Chemicals',
  'Instruments',
  'Packaging',
];
const PRODUCT_KIND = ['jet', 'phone', 'tablet', 'sedan', 'truck', 'turboprop', 'laptop', 'tractor', 'drone'];
const FEDERATION_SPORT = ['Football', 'Cycling', 'Rowing', 'Athletics', 'Handball', 'Skiing', 'Chess', 'Volleyball'];
const SPORT = ['SOCCER', 'RUGBY', 'HOCKEY', 'BASKETBALL', 'CRICKET', 'HANDBALL'];
const WEEKDAY = WEEKDAYS.map(capitalised);
const MONTH = MONTHS.map(capitalised);
const TIMEZONE = ['GMT', 'EST', 'CET', 'BST', 'EDT', 'PST', 'JST'];

export interface Pools {
  given: string[];
  cities: string[];
  towns: string[];
  countries: string[];
}

export function poolsFrom(g: GazetteerData): Pools {
  const places = Object.keys(g.places)
    .filter((k) => /^\p{Lu}[\p{L} -]+$/u.test(k) && !(k.toLowerCase() in g.lex))
    .sort();
  const given = g.first.filter((f) => /^\p{Lu}\p{Ll}+$/u.test(f) && (g.lex[f.toLowerCase()] ?? 9) > 2).sort();
  return {
    given: [...given, ...GIVEN_EXTRA],
    cities: places.filter((k) => g.places[k] === 'P1' || g.places[k] === 'P2'),
    towns: places.filter((k) => g.places[k] === 'P3' && !given.includes(k)),
    countries: places.filter((k) => g.places[k] === 'C' && !k.includes(' ')),
  };
}

class World {
  constructor(
    readonly r: Rnd,
    readonly p: Pools,
  ) {}
  surname(): string {
    const st = pick(this.r, SURNAME_STYLES);
    return pick(this.r, st.a) + pick(this.r, st.b);
  }
  given(): string {
    return pick(this.r, this.p.given);
  }
  person(): Piece {
    const g = this.given();
    const mid = chance(this.r, 0.12) ? ` ${String.fromCharCode(65 + int(this.r, 0, 25))}.` : '';
    return [`${g}${mid} ${this.surname()}`, 'PERSON'];
  }
  town(): string {
    return chance(this.r, 0.5) ? pick(this.r, this.p.cities) : pick(this.r, this.p.towns);
  }
  country(): string {
    return pick(this.r, this.p.countries);
  }
  /** A club: its town alone (as sports pages write it) or with a suffix. */
  club(bare = 0.5): string {
    const t = this.town();
    return chance(this.r, bare) ? t : chance(this.r, 0.8) ? `${t} ${pick(this.r, CLUB_SUFFIXES)}` : `Real ${t}`;
  }
  companyWord(): string {
    return pick(this.r, COMPANY_SYL) + pick(this.r, COMPANY_END);
  }
  company(): string {
    const x = this.r();
    if (x < 0.3) return this.companyWord();
    if (x < 0.6) return `${this.companyWord()} ${pick(this.r, COMPANY_SUFFIXES)}`;
    if (x < 0.72) return `${pick(this.r, COMMON_HEADS)} ${pick(this.r, COMMON_TAILS)}`;
    if (x < 0.82) return `${this.country()} ${pick(this.r, ['Airlines', 'Airways', 'Telecom', 'Railways', 'Steel'])}`;
    if (x < 0.9) return `Air ${this.country()}`;
    return `${this.surname()} & ${this.surname()}`;
  }
  product(company: string): string {
    const letters =
      String.fromCharCode(65 + int(this.r, 0, 25)) +
      (chance(this.r, 0.5) ? String.fromCharCode(65 + int(this.r, 0, 25)) : '');
    return chance(this.r, 0.5)
      ? `${company.split(' ')[0]} ${letters}${int(this.r, 2, 900)}`
      : `${cap(pick(this.r, COMPANY_SYL).toLowerCase())}${pick(this.r, COMPANY_END)} ${int(this.r, 2, 12)}`;
  }
  acronym(): string {
    let s = '';
    for (let k = int(this.r, 3, 4); k > 0; k--) s += String.fromCharCode(65 + int(this.r, 0, 25));
    return s;
  }
}

const TEAM_VERBS = ['beat', 'drew with', 'lost to', 'held', 'thrashed', 'edged past', 'came from behind to beat'];

function sportsDoc(w: World): Sentence[] {
  const r = w.r;
  const sport = pick(r, SPORT);
  const out: Sentence[] = [];
  const home = w.club();
  const away = w.club();
  out.push([
    [`${sport} - `, ''],
    [home.toUpperCase(), 'ORG'],
    [` ${pick(r, ['BEAT', 'HOLD', 'SINK', 'STUN', 'DRAW WITH'])} `, ''],
    [away.toUpperCase(), 'ORG'],
    ['.', ''],
  ]);
  if (chance(r, 0.6))
    out.push([
      [w.town().toUpperCase(), 'PLACE'],
      [` ${int(r, 1, 28)} ${MONTH[int(r, 0, 11)]!.toUpperCase()}`, ''],
    ]);
  out.push([
    [home, 'ORG'],
    [` ${pick(r, TEAM_VERBS)} `, ''],
    [away, 'ORG'],
    [` ${int(r, 0, 5)}-${int(r, 0, 5)} on ${pick(r, WEEKDAY)}`, ''],
    ...(chance(r, 0.5)
      ? ([
          [' in ', ''],
          [w.town(), 'PLACE'],
        ] as Piece[])
      : []),
    ['.', ''],
  ]);
  const scorer = w.person();
  out.push([
    scorer,
    [` scored twice for `, ''],
    [home, 'ORG'],
    [`, and `, ''],
    w.person(),
    [' pulled one back late.', ''],
  ]);
  if (chance(r, 0.5))
    out.push([
      ['Coach ', ''],
      w.person(),
      [' said ', ''],
      [away, 'ORG'],
      [` had ${pick(r, ['deserved nothing', 'played well', 'lost their shape'])}.`, ''],
    ]);
  if (chance(r, 0.4)) {
    const fed = `${pick(r, ['National', w.country()])} ${pick(r, FEDERATION_SPORT)} Federation`;
    out.push([
      ['The ', ''],
      [fed, 'ORG'],
      [' fined ', ''],
      [w.club(0.3), 'ORG'],
      [` ${int(r, 2, 90)},000 euros.`, ''],
    ]);
  }
  // Results and standings, one line each.
  out.push([[`Results of ${pick(r, ['league', 'cup', 'division one'])} matches on ${pick(r, WEEKDAY)}:`, '']]);
  for (let k = int(r, 2, 5); k > 0; k--) {
    if (chance(r, 0.5))
      out.push([
        [w.club(0.7), 'ORG'],
        [` ${int(r, 0, 5)} `, ''],
        [w.club(0.7), 'ORG'],
        [` ${int(r, 0, 5)}`, ''],
      ]);
    else
      out.push([
        [w.club(0.7), 'ORG'],
        [` ${int(r, 0, 5)}-${int(r, 0, 5)} `, ''],
        [w.club(0.7), 'ORG'],
      ]);
  }
  if (chance(r, 0.6)) {
    out.push([['Standings (tabulate under played, won, drawn, lost, goals for, against, points):', '']]);
    for (let k = int(r, 2, 5); k > 0; k--) {
      const pl = int(r, 5, 30);
      out.push([
        [w.club(0.8), 'ORG'],
        [
          ` ${pl} ${int(r, 0, pl)} ${int(r, 0, 8)} ${int(r, 0, 8)} ${int(r, 5, 60)} ${int(r, 5, 60)} ${int(r, 3, 70)}`,
          '',
        ],
      ]);
    }
  }
  if (chance(r, 0.5)) {
    // Individual sports: a player and a country in brackets.
    for (let k = int(r, 1, 4); k > 0; k--)
      out.push([
        w.person(),
        [' (', ''],
        [w.country(), 'PLACE'],
        [`) beat `, ''],
        w.person(),
        [' (', ''],
        [w.country(), 'PLACE'],
        [`) ${int(r, 1, 7)}-${int(r, 0, 6)} ${int(r, 1, 7)}-${int(r, 0, 6)}`, ''],
      ]);
  }
  if (chance(r, 0.3))
    out.push([
      [w.country(), 'PLACE'],
      [` ${pick(r, ['thrashed', 'beat', 'drew with'])} `, ''],
      [w.country(), 'PLACE'],
      [` ${int(r, 0, 5)}-${int(r, 0, 5)} in a friendly.`, ''],
    ]);
  return out;
}

function earningsDoc(w: World): Sentence[] {
  const r = w.r;
  const co = w.company();
  const out: Sentence[] = [];
  out.push([
    [pick(r, ['BUSINESS', 'MARKETS', 'COMPANIES']), ''],
    [' - ', ''],
    [co.toUpperCase(), 'ORG'],
    [` ${pick(r, ['PROFIT RISES', 'SHARES FALL', 'CUTS JOBS', 'RAISES OUTLOOK'])}.`, ''],
  ]);
  out.push([
    [co, 'ORG'],
    [
      ` said on ${pick(r, WEEKDAY)} its ${pick(r, ['first', 'second', 'third', 'fourth'])}-quarter net profit ${pick(r, ['rose', 'fell'])} ${int(r, 2, 40)} percent to ${int(r, 10, 900)} million ${pick(r, ['dollars', 'euros', 'francs'])}.`,
      '',
    ],
  ]);
  out.push([
    ['Shares of ', ''],
    [co, 'ORG'],
    [
      ` ${pick(r, ['fell', 'rose', 'jumped'])} ${int(r, 1, 9)}.${int(r, 0, 9)} percent in ${pick(r, ['early', 'late'])} trade in `,
      '',
    ],
    [w.town(), 'PLACE'],
    [` by ${int(r, 8, 16)}:${pick(r, ['00', '15', '30', '45'])} `, ''],
    [pick(r, TIMEZONE), ''],
    ['.', ''],
  ]);
  const ceo = w.person();
  out.push([
    ['Chief executive ', ''],
    ceo,
    [` told analysts that demand for the `, ''],
    [w.product(co), 'MISC'],
    [` ${pick(r, PRODUCT_KIND)} was ${pick(r, ['strong', 'weaker than expected', 'recovering'])}.`, ''],
  ]);
  const rival = w.company();
  out.push([
    ['Rival ', ''],
    [rival, 'ORG'],
    [`, which makes the `, ''],
    [w.product(rival), 'MISC'],
    [`, ${pick(r, ['reports next week', 'declined to comment', 'has cut prices'])}.`, ''],
  ]);
  const ctry = w.country();
  if (chance(r, 0.6))
    out.push([
      [ctry, 'PLACE'],
      ["'s largest airline, ", ''],
      [`${w.companyWord()}`, 'ORG'],
      [`, ordered ${int(r, 4, 60)} jets from `, ''],
      [w.companyWord(), 'ORG'],
      [` worth ${int(r, 1, 9)} billion dollars, analysts at `, ''],
      [w.companyWord(), 'ORG'],
      [' said.', ''],
    ]);
  if (chance(r, 0.5))
    out.push([
      ['Analyst ', ''],
      w.person(),
      [' of ', ''],
      [`${w.surname()} ${pick(r, ['Securities', 'Capital', 'Research'])}`, 'ORG'],
      [` in `, ''],
      [w.town(), 'PLACE'],
      [
        ` said ${pick(r, ['the figures beat forecasts', 'margins were under pressure', 'the outlook was cautious'])}.`,
        '',
      ],
    ]);
  if (chance(r, 0.5))
    out.push([
      ['The ', ''],
      [w.town(), 'PLACE'],
      [`-based group, which employs ${int(r, 2, 90)},000 people in ${int(r, 3, 40)} countries including `, ''],
      [w.country(), 'PLACE'],
      [' and ', ''],
      [w.country(), 'PLACE'],
      [`, is ${int(r, 10, 60)} percent owned by `, ''],
      [w.company(), 'ORG'],
      ['.', ''],
    ]);
  if (chance(r, 0.4))
    out.push([
      [w.acronym(), 'ORG'],
      [
        `, the ${pick(r, ['regulator', 'exchange operator', 'union'])}, said it would ${pick(r, ['review the deal', 'open an inquiry', 'call a strike'])}.`,
        '',
      ],
    ]);
  if (chance(r, 0.4))
    out.push([
      [`(${int(r, 1, 9)}.${int(r, 10, 99)} = $1) (Reporting by `, ''],
      w.person(),
      ['; Editing by ', ''],
      w.person(),
      [')', ''],
    ]);
  return out;
}

function courtDoc(w: World): Sentence[] {
  const r = w.r;
  const town = w.town();
  const def = w.person();
  const last = def[0].split(' ').pop()!;
  const out: Sentence[] = [];
  out.push([
    ['A court in ', ''],
    [town, 'PLACE'],
    [` on ${pick(r, WEEKDAY)} ${pick(r, ['jailed', 'acquitted', 'fined'])} `, ''],
    def,
    [
      `, a ${int(r, 20, 70)}-year-old ${pick(r, ['accountant', 'driver', 'former official', 'builder'])}, over ${pick(r, ['fraud', 'a crash', 'bribery', 'tax evasion'])}.`,
      '',
    ],
  ]);
  out.push([
    ['Judge ', ''],
    w.person(),
    [' of the ', ''],
    [`${town} ${pick(r, ['District Court', 'Crown Court', 'High Court', 'Court of Appeal'])}`, 'ORG'],
    [` said `, ''],
    [last, 'PERSON'],
    [` had ${pick(r, ['shown no remorse', 'cooperated fully', 'misled investors'])}.`, ''],
  ]);
  out.push([
    [last, 'PERSON'],
    ["'s lawyer, ", ''],
    w.person(),
    [', said they would appeal to the ', ''],
    [pick(r, ['Supreme Court', 'Constitutional Court']), 'ORG'],
    ['.', ''],
  ]);
  if (chance(r, 0.6))
    out.push([
      ['Prosecutors said ', ''],
      [last, 'PERSON'],
      [' moved money through ', ''],
      [w.company(), 'ORG'],
      [' and an account in ', ''],
      [w.country(), 'PLACE'],
      ['.', ''],
    ]);
  if (chance(r, 0.5))
    out.push([
      ['The case was brought by the ', ''],
      [`${pick(r, ['Serious Fraud Office', 'Financial Conduct Authority', 'Competition Commission'])}`, 'ORG'],
      [' after a complaint from ', ''],
      [w.companyWord(), 'ORG'],
      ['.', ''],
    ]);
  return out;
}

function councilDoc(w: World): Sentence[] {
  const r = w.r;
  const town = w.town();
  const out: Sentence[] = [];
  out.push([
    ['The ', ''],
    [`${town} City Council`, 'ORG'],
    [
      ` voted ${int(r, 4, 9)}-${int(r, 0, 4)} on ${pick(r, WEEKDAY)} to ${pick(r, ['raise parking fees', 'close two libraries', 'approve the budget', 'rezone the old docks'])}.`,
      '',
    ],
  ]);
  out.push([
    ['Mayor ', ''],
    w.person(),
    [
      ` said the plan would save ${int(r, 1, 30)} million ${pick(r, ['dollars', 'pounds', 'euros'])} over ${int(r, 2, 10)} years.`,
      '',
    ],
  ]);
  out.push([
    ['Councillor ', ''],
    w.person(),
    [', who represents ', ''],
    [`${pick(r, ['North', 'South', 'East', 'West'])} ${town}`, 'PLACE'],
    [`, voted against.`, ''],
  ]);
  if (chance(r, 0.6))
    out.push([
      ['Residents of ', ''],
      [w.town(), 'PLACE'],
      [' told the ', ''],
      [`${town} ${pick(r, ['Gazette', 'Courier', 'Herald', 'Evening News'])}`, 'ORG'],
      [` they ${pick(r, ['were not consulted', 'welcomed the vote', 'would protest'])}.`, ''],
    ]);
  if (chance(r, 0.5))
    out.push([
      ['A spokeswoman for ', ''],
      [`${w.companyWord()} ${pick(r, ['Water', 'Transit', 'Power'])}`, 'ORG'],
      [', which runs the service, said ', ''],
      [town, 'PLACE'],
      [` owed it ${int(r, 2, 90)} million.`, ''],
    ]);
  return out;
}

function scienceDoc(w: World): Sentence[] {
  const r = w.r;
  const out: Sentence[] = [];
  const uni = chance(r, 0.5)
    ? `University of ${w.town()}`
    : `${w.town()} ${pick(r, ['Institute of Technology', 'University', 'Medical Centre'])}`;
  out.push([
    ['Researchers at the ', ''],
    [uni, 'ORG'],
    [
      ` say a ${pick(r, ['new drug', 'bacterium', 'coating', 'sensor'])} could ${pick(r, ['cut infections', 'store more energy', 'detect leaks'])} by ${int(r, 10, 80)} percent.`,
      '',
    ],
  ]);
  const lead = w.person();
  out.push([
    ['The study, led by ', ''],
    lead,
    [', was published on ', ''],
    [pick(r, WEEKDAY), ''],
    [' in the journal ', ''],
    [
      `${pick(r, ['Annals', 'Letters', 'Reviews'])} of ${pick(r, ['Applied Biology', 'Materials', 'Clinical Chemistry'])}`,
      'MISC',
    ],
    ['.', ''],
  ]);
  out.push([
    [lead[0].split(' ').pop()!, 'PERSON'],
    [' and colleagues tested it on samples from ', ''],
    [w.country(), 'PLACE'],
    [' and ', ''],
    [w.town(), 'PLACE'],
    ['.', ''],
  ]);
  if (chance(r, 0.6))
    out.push([
      ['The work was funded by the ', ''],
      [`${w.surname()} Foundation`, 'ORG'],
      [' and ', ''],
      [w.company(), 'ORG'],
      ['.', ''],
    ]);
  return out;
}

const GENRES = [sportsDoc, sportsDoc, earningsDoc, earningsDoc, courtDoc, councilDoc, scienceDoc];

/** `n` documents, deterministic for a given generator. */
export function synthesize(r: Rnd, g: GazetteerData, n: number): TextDoc[] {
  const w = new World(r, poolsFrom(g));
  const out: TextDoc[] = [];
  for (let k = 0; k < n; k++) {
    const sents = pick(r, GENRES)(w);
    let text = '';
    const sentences: TextDoc['sentences'] = [];
    const spans: Span[] = [];
    for (const s of sents) {
      if (text) text += '\n\n';
      const start = text.length;
      for (const [t, type] of s) {
        if (type) spans.push({ start: text.length, end: text.length + t.length, type });
        text += t;
      }
      sentences.push({ start, end: text.length });
    }
    out.push({ name: `synthetic/${k}`, set: 'synthetic', text: text + '\n', sentences, spans });
  }
  return out;
}
