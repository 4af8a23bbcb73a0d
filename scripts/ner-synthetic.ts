// Synthetic news sentences for training the name tagger. GUM's licence-clean genres (biographies, travel guides,
// interviews, papers, court transcripts) rarely show the constructions of wire copy: titles before names ("Defense
// Secretary X"), nationality adjectives, credits, Title Case headlines, acronyms defined in passing. These templates
// (our own wording) fill that gap with names drawn from general lists, so nothing here names a real news story.

export interface SynthDoc {
  text: string;
  sentences: Array<{ start: number; end: number }>;
  spans: Array<{ start: number; end: number; type: string }>;
}

export interface SynthPools {
  first: string[];
  last: string[];
  countries: string[];
  cities: string[];
  regions: string[];
  orgs: string[];
  towns: string[];
}

const NATIONALITIES = 'Ukrainian Russian American British French German Chinese Japanese Indian Israeli Iranian Turkish Polish Canadian Mexican Brazilian Australian Afghan Syrian Iraqi Saudi Egyptian Nigerian Kenyan Korean Italian Spanish Dutch Swedish Greek European African Asian Western Palestinian Pakistani'.split(' ');
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defense Minister', 'Finance Minister', 'Treasury Secretary', 'Defense Secretary', 'Secretary of State', 'Vice President', 'Senator', 'Sen.', 'Gov.', 'Governor', 'Mayor', 'Chief Executive', 'National Security Adviser', 'Ambassador', 'Presidential Chief of Staff', 'Health Minister', 'Rep.', 'Gen.', 'Judge', 'Dr.', 'Professor', 'Chancellor', 'Speaker', 'Attorney General', 'Interior Minister', 'Commissioner'];
const LOWER_TITLES = ['president', 'spokesman', 'spokeswoman', 'minister', 'chief executive', 'director', 'adviser', 'special envoy', 'chairman', 'correspondent', 'analyst', 'senior official', 'lawmaker', 'economist', 'mayor', 'governor', 'professor', 'founder', 'editor'];
const FIELDS = ['Finance', 'Defense', 'Health', 'Education', 'Energy', 'Justice', 'Foreign Affairs', 'Economic Strategy', 'Agriculture', 'Trade', 'Transport', 'Culture', 'Human Rights', 'Public Policy', 'Security Studies'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HEAD_WORDS = ['To Visit', 'Warns', 'Says', 'Seeks', 'Talks', 'Deal', 'Vote', 'Crisis', 'Plan', 'Wins', 'Meets', 'Rejects', 'Backs', 'Faces', 'New', 'Over', 'After', 'Pitches', 'Swap', 'Amid', 'Ends', 'Calls For', 'Deadline', 'Support', 'Cuts', 'Ties'];

type Slot = [string, string]; // [text, type or '']

const pick = <T>(rnd: () => number, a: T[]): T => a[Math.floor(rnd() * a.length)]!;

export function synthesize(rnd: () => number, pools: SynthPools, ndocs: number): SynthDoc[] {
  const docs: SynthDoc[] = [];
  for (let k = 0; k < ndocs; k++) {
    // A cast per document, so surnames and acronyms repeat as they do in articles.
    const people = Array.from({ length: 4 }, () => person(rnd, pools));
    const orgs = Array.from({ length: 3 }, () => org(rnd, pools));
    const acronymOrg = center(rnd, pools);
    const P = (): Slot[] => {
      const p = pick(rnd, people);
      return [[p.full, 'PERSON']];
    };
    const L = (): Slot[] => [[pick(rnd, people).last, 'PERSON']];
    const O = (): Slot[] => [[pick(rnd, orgs), 'ORG']];
    const C = (): Slot[] => [[pick(rnd, pools.countries), 'PLACE']];
    const CITY = (): Slot[] => [[pick(rnd, pools.cities), 'PLACE']];
    const REG = (): Slot[] => [[pick(rnd, pools.regions), 'PLACE']];
    const N = (): Slot[] => [[pick(rnd, NATIONALITIES), '']];
    const T = (): Slot[] => [[pick(rnd, TITLES), '']];
    const t = (): Slot[] => [[pick(rnd, LOWER_TITLES), '']];
    const D = (): Slot[] => [[pick(rnd, DAYS), '']];
    const w = (s: string): Slot[] => [[s, '']];
    const templates: Array<() => Slot[]> = [
      () => [...N(), ...w(' '), ...T(), ...w(' '), ...P(), ...w(' said on '), ...D(), ...w(' that the talks would go on.')],
      () => [...P(), ...w(', the '), ...t(), ...w(' of '), ...O(), ...w(', told reporters in '), ...CITY(), ...w(' that no agreement had been reached.')],
      () => [...T(), ...w(' '), ...P(), ...w(' is expected in '), ...C(), ...w(' next week for talks with '), ...T(), ...w(' '), ...P(), ...w('.')],
      () => [...L(), ...w(' said the government in '), ...C(), ...w(' had not yet replied.')],
      () => [...w('“Our position has not changed,” '), ...L(), ...w(' said.')],
      () => [...w('According to '), ...O(), ...w(', the proposal was drafted in '), ...CITY(), ...w('.')],
      () => [...O(), ...w(' reported that '), ...P(), ...w(' had stepped down.')],
      () => [...C(), ...w(' is seeking closer trade links with '), ...C(), ...w(', diplomats said.')],
      () => [...C(), ...w('’s '), ...t(), ...w(' '), ...P(), ...w(' met '), ...N(), ...w(' officials in '), ...CITY(), ...w(', '), ...C(), ...w('.')],
      () => [...w('In an interview with '), ...O(), ...w(' on '), ...D(), ...w(', '), ...L(), ...w(' called the offer fair.')],
      () => [...N(), ...w(' troops pushed toward '), ...CITY(), ...w(' in the '), ...REG(), ...w(' region.')],
      () => [...w('The report was published by the '), [acronymOrg.full, 'ORG'], ...w(' ('), [acronymOrg.acr, 'ORG'], ...w(').')],
      () => [...w('Analysts at '), [acronymOrg.acr, 'ORG'], ...w(' expect exports to recover, '), ...L(), ...w(' said.')],
      () => [...P(), ...w(' of '), ...O(), ...w(' and '), ...P(), ...w(' of '), ...O(), ...w(' declined to comment.')],
      () => [...w('(Photo by '), ...P(), ...w(' / '), ...O(), ...w(')')],
      () => [...P(), ...w('/'), ...O()],
      () => [...T(), ...w(' '), ...P(), ...w(' arrived in '), ...CITY(), ...w(' on '), ...D(), ...w('.')],
      () => [...w('The '), ...N(), ...w(' '), ...t(), ...w(' has led the ministry since 2019, '), ...L(), ...w('’s office said.')],
      () => [...P(), ...w(' is a '), ...t(), ...w(' for '), ...O(), ...w(' covering '), ...C(), ...w('.')],
      () => [...w('A spokesperson for '), ...O(), ...w(' did not respond to a request for comment.')],
      () => [...P(), ...w(' told '), ...O(), ...w(' that '), ...C(), ...w(' and '), ...C(), ...w(' were close to a deal.')],
      () => [...w('Officials in '), ...CITY(), ...w(' said '), ...L(), ...w(' would meet the '), ...N(), ...w(' delegation.')],
      () => [...w('Earlier, '), ...L(), ...w(' wrote that '), ...N(), ...w(' and '), ...N(), ...w(' leaders had agreed.')],
      () => [...w('Also at the table were '), ...T(), ...w(' '), ...P(), ...w(', '), ...T(), ...w(' '), ...P(), ...w(' and the special envoy for '), ...C(), ...w(' '), ...P(), ...w('.')],
      () => headline(rnd, people, pools),
      () => [...w('The shelling hit the town of '), [pick(rnd, pools.towns), 'PLACE'], ...w(' near '), ...CITY(), ...w(', officials said.')],
      () => [...w('Visitors can see the shuttle at the '), [`${pick(rnd, pools.cities)} ${pick(rnd, ['Space Center', 'Air Museum', 'Convention Centre', 'Stadium', 'International Airport'])}`, 'PLACE'], ...w('.')],
      () => [...P(), ...w(' of the '), [`${pick(rnd, ['Civic', 'Liberal', 'Labour', 'Green', 'Democratic', 'People Power', 'Progressive'])} Party`, 'ORG'], ...w(' won '), ...w(String(1000 + Math.floor(rnd() * 90000))), ...w(' votes.')],
      () => [...w('It was the first visit by a '), ...N(), ...w(' leader to '), ...REG(), ...w(' since the war began.')],
    ];
    const sents: Slot[][] = [];
    for (let s = 0; s < 8; s++) sents.push(pick(rnd, templates)());
    docs.push(render(sents));
  }
  return docs;
}

function headline(rnd: () => number, people: Array<{ last: string }>, pools: SynthPools): Slot[] {
  const out: Slot[] = [[pick(rnd, people).last, 'PERSON'], [' ', ''], [pick(rnd, HEAD_WORDS), ''], [' ', '']];
  out.push([pick(rnd, pools.countries), 'PLACE'], [' As ', ''], [pick(rnd, people).last, 'PERSON'], [' ', ''], [pick(rnd, HEAD_WORDS), ''], [' ', ''], [pick(rnd, HEAD_WORDS), '']);
  return out;
}

// Romanised Chinese and Korean names put the family name first and often hyphenate the given name.
const EAST_FAMILY = 'Chan Wong Leung Lee Cheung Lau Ho Kwok Lam Yip Tse Ng Chow Tsang Fung Mak Yau Hui Kim Park Choi Jung Kang Cho Yoon Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo Lin Tang Or Ip Mo To'.split(' ');
const EAST_SYLL = 'wai kwok chi ka yiu man kin hung ming wing chun yee fung lai siu tat keung kit yan ping shing hoi lok joo ho min jae hyun soo young jin xiao wei jian hong lin mei'.split(' ');

function person(rnd: () => number, pools: SynthPools): { full: string; last: string } {
  if (rnd() < 0.15) {
    const fam = pick(rnd, EAST_FAMILY);
    const s1 = pick(rnd, EAST_SYLL);
    const given = `${s1[0]!.toUpperCase()}${s1.slice(1)}-${rnd() < 0.2 ? pick(rnd, EAST_SYLL).replace(/^./, (c) => c.toUpperCase()) : pick(rnd, EAST_SYLL)}`;
    return rnd() < 0.3 ? { full: `${pick(rnd, pools.first)} ${fam}`, last: fam } : { full: `${fam} ${given}`, last: `${fam} ${given}` };
  }
  const last = pick(rnd, pools.last);
  const r = rnd();
  const first = r < 0.08 ? `${pick(rnd, pools.first)[0]}${pick(rnd, pools.first)[0]}` : r < 0.14 ? `${pick(rnd, pools.first)} ${pick(rnd, pools.first)[0]}.` : pick(rnd, pools.first);
  return { full: `${first} ${last}`, last };
}

function org(rnd: () => number, pools: SynthPools): string {
  const f = pick(rnd, FIELDS);
  const forms = [
    () => pick(rnd, pools.orgs),
    () => pick(rnd, pools.orgs),
    () => `Ministry of ${f}`,
    () => `${pick(rnd, NATIONALITIES)} ${f} Ministry`,
    () => `University of ${pick(rnd, pools.cities)}`,
    () => `${pick(rnd, pools.cities)} University`,
    () => `${pick(rnd, pools.cities)} Police Department`,
    () => `${pick(rnd, pools.last)} Foundation`,
    () => `${pick(rnd, pools.cities)} Times`,
    () => `Senate Committee on ${f}`,
    () => `National ${f} Council`,
    () => `${pick(rnd, pools.last)} Group`,
  ];
  return pick(rnd, forms)();
}

function center(rnd: () => number, pools: SynthPools): { full: string; acr: string } {
  const words = [pick(rnd, NATIONALITIES), pick(rnd, ['Center', 'Institute', 'Council', 'Agency']), 'for', ...pick(rnd, FIELDS).split(' ')];
  const full = words.join(' ');
  const acr = words.filter((x) => /^[A-Z]/.test(x)).map((x) => x[0]).join('').slice(1) || 'X';
  void pools;
  return { full, acr: acr.length >= 2 ? acr : words.filter((x) => /^[A-Z]/.test(x)).map((x) => x[0]).join('') };
}

function render(sents: Slot[][]): SynthDoc {
  let text = '';
  const sentences: SynthDoc['sentences'] = [];
  const spans: SynthDoc['spans'] = [];
  for (const s of sents) {
    if (text) text += '\n\n';
    const start = text.length;
    for (const [str, type] of s) {
      if (type) spans.push({ start: text.length, end: text.length + str.length, type });
      text += str;
    }
    sentences.push({ start, end: text.length });
  }
  return { text, sentences, spans };
}
