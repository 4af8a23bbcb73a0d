// Generates news-like article text from the project's own templates (deterministic, seeded), for benchmarks.
const FIRST = ['Ana', 'Tomas', 'Lena', 'Marek', 'Priya', 'Samuel', 'Olga', 'Kwame', 'Hiro', 'Sofia', 'Daniel', 'Irina'];
const LAST = [
  'Ruiz',
  'Kowalski',
  'Okafor',
  'Lindqvist',
  'Haddad',
  'Moreau',
  'Petrenko',
  'Nakamura',
  'Brennan',
  'Castillo',
];
const ROLE = [
  'Finance Minister',
  'Mayor',
  'Senator',
  'chief executive',
  'spokeswoman',
  'Deputy Governor',
  'union leader',
];
const ORG = [
  'Valmora Port Authority',
  'Northern Grid Company',
  'National Statistics Office',
  'Coastal Fishers Union',
  'Ministry of Transport',
  'Reuters',
  'the Associated Press',
];
const PLACE = ['Valmora', 'Kyiv', 'Lisbon', 'Ottawa', 'Nairobi', 'Osaka', 'Warsaw', 'Quito', 'Brussels'];
const MONTH = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 4294967296;
}

const TEMPLATES = [
  (p) =>
    `${p.role} ${p.name} said on ${p.day} that the ${p.org} would spend $${p.n} million on new equipment in ${p.place}.`,
  (p) =>
    `“We expect the work to finish by ${p.month} ${p.d},” ${p.last} told reporters, adding that ${p.pct}% of the budget was already committed.`,
  (p) => `The ${p.org} reported ${p.k} new contracts in ${p.place} last year, the highest figure since ${p.year}.`,
  (p) =>
    `Experts say the plan could cut costs by ${p.pct} percent, although critics argue it is the most expensive option.`,
  (p) =>
    `According to the ${p.org}, prices in ${p.place} rose ${p.pct}.${p.d % 10} percent in ${p.month.replace('.', '')}.`,
  (p) => `${p.name}, who has led the ${p.org} since ${p.year}, is widely expected to seek a second term.`,
  (p) =>
    `The agreement, worth roughly $${p.n}.${p.d % 10} billion, will be signed in ${p.place} on ${p.month} ${p.d}, ${p.year}.`,
  (p) => `Residents gathered outside the town hall on ${p.day} evening as the council debated the proposal.`,
];

// Narrative and quoted sentences without figures. Real coverage carries about two dates and three to five figures
// per kilobyte; mixing these in keeps the generated text near that density (the benchmark prints it).
const NARRATIVE = [
  (p) => `${p.name} has argued for years that the ${p.org} should publish its contracts in full.`,
  (p) => `“People here want to know who pays and who benefits,” ${p.last} said.`,
  (p) => `The proposal divided opinion in ${p.place}, where many families depend on the harbour for their income.`,
  (p) => `Opposition members accused the ${p.org} of rushing the decision without consulting local businesses.`,
  (p) => `${p.last} declined to say whether the government would support the plan if it came to a vote.`,
  (p) => `“We have listened carefully, and we will keep listening,” ${p.role} ${p.name} told the assembly.`,
  (p) => `Officials in ${p.place} have not explained how the project would be financed or who would manage it.`,
  (p) => `The ${p.org} said it would respond to the criticism in a statement later in the week.`,
  () =>
    `Several fishermen said they had not been told about the changes until they read about them in the local paper.`,
  (p) => `${p.name} described the talks as difficult but constructive, and said both sides wanted an agreement.`,
];

const FIGURE_SHARE = 0.2;

/** About `bytes` of text in articles of 6-10 paragraphs, each starting with a headline. */
export function newsText(bytes, seed = 42) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const place = pick(PLACE);
    const article = [`${pick(ORG).replace(/^the /, '')} weighs new plan for ${place}`, ''];
    const paras = 6 + Math.floor(r() * 5);
    for (let i = 0; i < paras; i++) {
      const sentences = [];
      for (let j = 0; j < 1 + Math.floor(r() * 3); j++) {
        const first = pick(FIRST);
        const last = pick(LAST);
        sentences.push(
          pick(r() < FIGURE_SHARE ? TEMPLATES : NARRATIVE)({
            name: `${first} ${last}`,
            last,
            role: pick(ROLE),
            org: pick(ORG),
            place,
            day: pick(DAY),
            month: pick(MONTH),
            d: 1 + Math.floor(r() * 28),
            n: 2 + Math.floor(r() * 900),
            k: 3 + Math.floor(r() * 400),
            pct: 1 + Math.floor(r() * 60),
            year: 1995 + Math.floor(r() * 30),
          }),
        );
      }
      article.push(sentences.join(' '), '');
    }
    const text = article.join('\n');
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  return parts;
}
