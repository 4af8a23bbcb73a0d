// A generated newsroom: reference articles and drafts retelling their stories, written from our own templates
// (invented towns, people, bodies and figures). Stories share templates and subjects, so many reference sentences
// are near-twins that differ only in a figure, a name or a date — where the cross-check must choose between passages
// that score alike, and where any dependence on what was checked before shows. Deterministic for a seed.
import { rng } from './edits';

const FIRST = [
  'Ada',
  'Borys',
  'Celia',
  'Dario',
  'Edith',
  'Fumiko',
  'Gideon',
  'Halina',
  'Ivo',
  'Juno',
  'Kasimir',
  'Leontyna',
  'Milos',
  'Nadia',
  'Orest',
  'Priya',
];
const LAST = [
  'Achterberg',
  'Bystrova',
  'Carvalho',
  'Dunmore',
  'Esterhazy',
  'Falkenrath',
  'Grigoryan',
  'Holmqvist',
  'Ilyushin',
  'Jovanovic',
  'Kerrigan',
  'Laszlo',
  'Marchetti',
  'Nakamura',
  'Oyelaran',
  'Pimentel',
];
const ROLE = [
  'Budget Minister',
  'Port Commissioner',
  'Mayor',
  'Treasurer',
  'Council Leader',
  'Health Secretary',
  'Schools Inspector',
  'Water Regulator',
];
const BODY = [
  'Tidewater Council',
  'Granite Valley Authority',
  'Saltmarsh Transit Board',
  'Northgate Housing Fund',
  'Ferrous Coast Union',
  'Lowland Statistics Bureau',
  'Kestrel Bay Ports',
  'Upland Grain Cooperative',
];
const TOWN = [
  'Brackwater',
  'Elmsford',
  'Harrowgate',
  'Kilnsey',
  'Marrowby',
  'Oakhollow',
  'Pellworth',
  'Rushmere',
  'Stonebridge',
  'Thistleton',
  'Wexcombe',
  'Yarrowdale',
];
const PROJECT = [
  'tram line',
  'sea wall',
  'grain terminal',
  'school rebuild',
  'flood barrier',
  'ferry service',
  'district heating scheme',
  'rail depot',
];
const MONTH = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

interface Person {
  first: string;
  last: string;
  role: string;
}

interface Story {
  p: Person;
  q: Person;
  body: string;
  town: string;
  town2: string;
  project: string;
  cost: string;
  saving: string;
  rate: string;
  rate2: string;
  jobs: number;
  homes: number;
  date: string;
  day: string;
  year: number;
  months: number;
}

type Template = (s: Story) => string;

// One sentence each, about a story. Several state a figure the next story of the same town states differently.
const TEMPLATES: Template[] = [
  (s) =>
    `${s.p.role} ${s.p.first} ${s.p.last} said on ${s.date} that the ${s.project} in ${s.town} would cost ${s.cost}.`,
  (s) => `The ${s.body} said the ${s.project} would create ${s.jobs} jobs once work begins in ${s.town}.`,
  (s) => `Unemployment in ${s.town} rose to ${s.rate} percent last quarter, the ${s.body} said.`,
  (s) => `Rents in ${s.town} have climbed ${s.rate2} percent since the ${s.project} was first announced.`,
  (s) =>
    `“We will open the ${s.project} on time and within the budget we were given,” ${s.p.last} told the council on ${s.day}.`,
  (s) =>
    `${s.q.first} ${s.q.last}, who chairs the ${s.body}, warned that ${s.homes} homes in ${s.town2} could lose their water supply during the works.`,
  (s) => `“Nobody in ${s.town} asked for a ${s.project} of this size,” ${s.q.last} said.`,
  (s) => `The ${s.project} was first proposed in ${s.year}, after the winter storms flooded ${s.town}.`,
  (s) => `Work is due to start on ${s.date}, and the first section should be finished within ${s.months} months.`,
  (s) => `The ${s.body} expects the ${s.project} to save ${s.saving} a year in repair bills.`,
  (s) => `Residents of ${s.town2} said they learned about the route from a leaflet.`,
  (s) => `${s.q.role} ${s.q.first} ${s.q.last} will visit ${s.town} on ${s.day} to inspect the site.`,
];
const FURNITURE = ['Advertisement', 'Share this story', 'Photo: Newsroom archive'];

export interface NewsCorpus {
  /** Reference articles: file name -> text. */
  references: Array<{ name: string; text: string }>;
  /** Drafts retelling some of the stories, with changed figures, names and quotes: file name -> text. */
  drafts: Array<{ name: string; text: string }>;
}

/** `refs` reference articles of about `refChars` characters and `drafts` drafts, from `seed`. */
export function newsCorpus(seed: number, refs: number, drafts: number, refChars = 2400): NewsCorpus {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const person = (): Person => ({ first: pick(FIRST), last: pick(LAST), role: pick(ROLE) });
  const money = () => (r() < 0.5 ? `$${int(2, 95)} million` : `$${int(1, 9)}.${int(1, 9)} billion`);
  const rate = () => `${int(1, 25)}.${int(1, 9)}`;
  const story = (): Story => ({
    p: person(),
    q: person(),
    body: pick(BODY),
    town: pick(TOWN),
    town2: pick(TOWN),
    project: pick(PROJECT),
    cost: money(),
    saving: money(),
    rate: rate(),
    rate2: rate(),
    jobs: int(40, 900),
    homes: int(100, 5000),
    date: `${pick(MONTH)} ${int(1, 28)}`,
    day: pick(WEEKDAY),
    year: int(1998, 2024),
    months: int(6, 36),
  });
  const paragraphs = (s: Story, chars: number): string[] => {
    const out: string[] = [];
    let size = 0;
    while (size < chars) {
      const para: string[] = [];
      for (let k = int(1, 3); k > 0; k--) para.push(pick(TEMPLATES)(s));
      const p = para.join(' ');
      out.push(p);
      size += p.length;
      if (r() < 0.1) out.push(pick(FURNITURE));
    }
    return out;
  };

  const stories: Story[] = [];
  const references: NewsCorpus['references'] = [];
  for (let i = 0; i < refs; i++) {
    // Half the stories are follow-ups of an earlier one: same people and project, some figures moved on.
    const base = stories.length && r() < 0.5 ? pick(stories) : undefined;
    const s = base
      ? {
          ...story(),
          p: base.p,
          q: base.q,
          town: base.town,
          project: base.project,
          body: base.body,
          rate: r() < 0.5 ? base.rate : rate(),
        }
      : story();
    stories.push(s);
    const head =
      r() < 0.5
        ? `---\ntitle: "${s.town} ${s.project}: update ${i}"\noutlet: Generated Wire\ndate: 2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}\n---\n`
        : `${s.town} weighs the ${s.project} (${i})\n`;
    references.push({
      name: `ref-${String(i).padStart(4, '0')}.${i % 3 ? 'txt' : 'md'}`,
      text: head + '\n' + paragraphs(s, refChars).join('\n\n') + '\n',
    });
  }

  const out: NewsCorpus['drafts'] = [];
  for (let i = 0; i < drafts; i++) {
    const s = pick(stories);
    // Drafts get some figures wrong and mix in a sentence of another story of the same town.
    const wrong: Story = {
      ...s,
      cost: r() < 0.5 ? money() : s.cost,
      rate: r() < 0.5 ? rate() : s.rate,
      jobs: r() < 0.5 ? int(40, 900) : s.jobs,
      date: r() < 0.3 ? `${pick(MONTH)} ${int(1, 28)}` : s.date,
    };
    if (r() < 0.3) wrong.p = { ...s.p, last: s.p.last.replace(/[aeiou](?=[a-z]*$)/, 'e') };
    const other = pick(stories);
    const paras = paragraphs(wrong, int(600, 1800));
    paras.splice(int(0, paras.length), 0, pick(TEMPLATES)({ ...other, town: s.town }));
    if (r() < 0.5) paras.push(`Officials say the ${s.project} is the most expensive in the region's history.`);
    out.push({
      name: `draft-${String(i).padStart(3, '0')}.article`,
      text: `${s.town} ${s.project} draft ${i}\n\n${paras.join('\n\n')}\n`,
    });
  }
  return { references, drafts: out };
}
