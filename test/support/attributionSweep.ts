// A construction sweep for attribution in the style of political and business wire copy (issue 10): every sentence
// here was written for this project (invented people, parties, companies, towns); none is copied from an article or
// from the evaluation kit. Each case names the sentence it scores (by the words it starts with; default: the text's
// start), the label expected and, for an attributed sentence, the canonical source.
//
// label: 'attributed' (a named source), 'vague' (a source that names nobody), 'found' (either: the case checks
// detection only, where news practice could go both ways), 'not' (no attribution: unattributed or no assertion).
import { annotate } from '../../core/index';

export type SweepLabel = 'attributed' | 'vague' | 'found' | 'not';

export interface SweepCase {
  family: string;
  text: string;
  at?: string;
  label: SweepLabel;
  source?: string;
}

const SPEECH = 'speech-act verbs';
const BELIEF = 'belief verbs';
const EVIDENCE = 'evidence subjects';
const NOMINAL = 'nominal cues';
const TITLES = 'titles and abbreviations';
const HEAD = 'possessor vs head';
const DATELINE = 'datelines';
const STATES = '"states" noun vs verb';
const BUSINESS = 'business openings';
const POLITICAL = 'political wire';
const QUOTES = 'quotes and continuation';
const NEGATIVE = 'ordinary sentences (negatives)';

export const SWEEP: SweepCase[] = [
  // --- speech-act verbs beyond said / told / wrote
  {
    family: SPEECH,
    text: 'Senator Alma Reyes praised the budget deal as a win for rural hospitals.',
    label: 'attributed',
    source: 'Alma Reyes',
  },
  {
    family: SPEECH,
    text: 'Governor Ruth Calloway blasted the ruling, calling it a gift to polluters.',
    label: 'attributed',
    source: 'Ruth Calloway',
  },
  {
    family: SPEECH,
    text: 'Former aide Colin Marsh recounted how the memo was rewritten three times in one night.',
    label: 'attributed',
    source: 'Colin Marsh',
  },
  {
    family: SPEECH,
    text: 'Mayor Dev Sandhu insisted the city had never missed a bond payment.',
    label: 'attributed',
    source: 'Dev Sandhu',
  },
  {
    family: SPEECH,
    text: 'Treasurer Nina Okoye warned that the state could run out of cash by October.',
    label: 'attributed',
    source: 'Nina Okoye',
  },
  {
    family: SPEECH,
    text: 'Party chairman Elias Brandt denied that the campaign had taken foreign money.',
    label: 'attributed',
    source: 'Elias Brandt',
  },
  {
    family: SPEECH,
    text: 'Councilwoman Greta Lind conceded that the transit levy would raise fares by 10 percent.',
    label: 'attributed',
    source: 'Greta Lind',
  },
  {
    family: SPEECH,
    text: 'Opposition leader Tomas Varga vowed to repeal the fuel tax within 100 days.',
    label: 'attributed',
    source: 'Tomas Varga',
  },
  {
    family: SPEECH,
    text: 'Congressman Hal Pruitt tweeted that the vote had been moved to Thursday.',
    label: 'attributed',
    source: 'Hal Pruitt',
  },
  {
    family: SPEECH,
    text: 'Candidate Mara Ellison posted a video on Sunday accusing her rival of lying about his record.',
    label: 'attributed',
    source: 'Mara Ellison',
  },
  {
    family: SPEECH,
    text: 'The Department of Housing announced on Monday that 4,000 new units would be built by 2028.',
    label: 'attributed',
    source: 'Department of Housing',
  },
  {
    family: SPEECH,
    text: 'Inspector General Paul Ferro testified that the agency lost track of $30 million in grants.',
    label: 'attributed',
    source: 'Paul Ferro',
  },
  {
    family: SPEECH,
    text: 'Minister Ada Kovac argued that the pension reform would save 2 billion euros a year.',
    label: 'attributed',
    source: 'Ada Kovac',
  },
  {
    family: SPEECH,
    text: 'Union leader Frank Doyle accused the board of hiding a 15 percent pay cut.',
    label: 'attributed',
    source: 'Frank Doyle',
  },
  {
    family: SPEECH,
    text: 'Senator Alma Reyes criticized the plan for cutting 9,000 teaching jobs.',
    label: 'attributed',
    source: 'Alma Reyes',
  },
  {
    family: SPEECH,
    text: 'Activist Lena Moritz urged lawmakers to reject the pipeline permit.',
    label: 'attributed',
    source: 'Lena Moritz',
  },
  {
    family: SPEECH,
    text: 'Finance chief Omar Haddad acknowledged that revenue fell 6 percent in the quarter.',
    label: 'attributed',
    source: 'Omar Haddad',
  },
  {
    family: SPEECH,
    text: 'Defense attorney Carla Voss claimed the evidence had been planted.',
    label: 'attributed',
    source: 'Carla Voss',
  },
  {
    family: SPEECH,
    text: 'Economist Ivan Petrak noted that wages have lagged inflation for 14 months.',
    label: 'attributed',
    source: 'Ivan Petrak',
  },
  {
    family: SPEECH,
    text: 'Chancellor Beatrix Holm stressed that the deficit must fall below 3 percent.',
    label: 'attributed',
    source: 'Beatrix Holm',
  },
  {
    family: SPEECH,
    text: 'Analyst Rhea Mistry predicted that the central bank would raise rates twice this year.',
    label: 'attributed',
    source: 'Rhea Mistry',
  },
  {
    family: SPEECH,
    text: 'Ambassador Leon Fabre confirmed that 12 diplomats had been expelled.',
    label: 'attributed',
    source: 'Leon Fabre',
  },
  {
    family: SPEECH,
    text: 'Speaker Joan Whitcomb dismissed the report as partisan and said it contained 40 errors.',
    label: 'attributed',
    source: 'Joan Whitcomb',
  },
  {
    family: SPEECH,
    text: 'Senator Alma Reyes complained that the hearing lasted only 20 minutes.',
    label: 'attributed',
    source: 'Alma Reyes',
  },
  {
    family: SPEECH,
    text: 'The prosecutor, Dana Whitfield, countered that the defendant had wired $2 million abroad.',
    label: 'attributed',
    source: 'Dana Whitfield',
  },
  {
    family: SPEECH,
    text: 'Mayor Dev Sandhu pledged to hire 300 more police officers.',
    label: 'attributed',
    source: 'Dev Sandhu',
  },
  {
    family: SPEECH,
    text: 'Labor Secretary Ines Moreau disclosed that the agency had paid $5 million in overtime.',
    label: 'attributed',
    source: 'Ines Moreau',
  },

  {
    family: SPEECH,
    text: 'Mayor Dev Sandhu pointed out the flood gates to reporters, noting that 3 of them had failed.',
    label: 'attributed',
    source: 'Dev Sandhu',
  },
  {
    family: SPEECH,
    text: 'Trade Minister Ilse Maren announced on Monday that tariffs on steel would rise to 25 percent.',
    label: 'attributed',
    source: 'Ilse Maren',
  },

  {
    family: SPEECH,
    text: 'Testifying before the committee, Inspector General Paul Ferro conceded that 300 files were lost.',
    label: 'attributed',
    source: 'Paul Ferro',
  },
  {
    family: SPEECH,
    text: 'Senator Marcus Hale issued a statement on Friday about the $3 billion bill.',
    label: 'attributed',
    source: 'Marcus Hale',
  },

  {
    family: SPEECH,
    text: 'Union leader Frank Doyle assailed the decision to close 3 plants.',
    label: 'attributed',
    source: 'Frank Doyle',
  },

  {
    family: SPEECH,
    text: 'Writing in a column, Tomas Varga of the Civic Union dubbed the $3 billion budget a fraud.',
    label: 'attributed',
    source: 'Tomas Varga',
  },

  // --- belief and attitude verbs with a named subject
  {
    family: BELIEF,
    text: 'Senator Alma Reyes believes the bill will pass by a wide margin.',
    label: 'attributed',
    source: 'Alma Reyes',
  },
  {
    family: BELIEF,
    text: 'The finance minister, Karl Jansen, expects growth to slow to 1 percent next year.',
    label: 'attributed',
    source: 'Karl Jansen',
  },
  {
    family: BELIEF,
    text: 'Pollster Ruth Adeyemi thinks turnout will top 70 percent.',
    label: 'attributed',
    source: 'Ruth Adeyemi',
  },
  {
    family: BELIEF,
    text: 'Governor Ruth Calloway fears the drought will cost farmers $1 billion.',
    label: 'attributed',
    source: 'Ruth Calloway',
  },
  {
    family: BELIEF,
    text: 'Party leader Elias Brandt hopes to win 40 seats in the spring election.',
    label: 'attributed',
    source: 'Elias Brandt',
  },
  {
    family: BELIEF,
    text: 'Economist Ivan Petrak doubts that the stimulus will lift growth above 2 percent.',
    label: 'attributed',
    source: 'Ivan Petrak',
  },
  {
    family: BELIEF,
    text: 'Police chief Aaron Lutz suspects the fire was set on purpose.',
    label: 'attributed',
    source: 'Aaron Lutz',
  },
  {
    family: BELIEF,
    text: 'Mayor Dev Sandhu is confident that the stadium will open on time.',
    label: 'attributed',
    source: 'Dev Sandhu',
  },
  {
    family: BELIEF,
    text: 'Chief executive Mona Feld worries that tariffs will raise costs by 8 percent.',
    label: 'attributed',
    source: 'Mona Feld',
  },
  {
    family: BELIEF,
    text: 'The central bank expects inflation to ease to 2.5 percent by December.',
    label: 'attributed',
    source: 'central bank',
  },
  {
    family: BELIEF,
    text: 'Brightwell Energy anticipates a 5 percent rise in demand next winter.',
    label: 'attributed',
    source: 'Brightwell Energy',
  },
  {
    family: BELIEF,
    text: 'Treasurer Nina Okoye estimates that the shortfall will reach $400 million.',
    label: 'attributed',
    source: 'Nina Okoye',
  },
  { family: BELIEF, text: 'The minister expects the new tariffs to take effect on March 1.', label: 'found' },
  {
    family: BELIEF,
    text: 'Karl Jansen said the budget is balanced. Jansen believes the surplus will reach 2 billion euros.',
    at: 'Jansen believes',
    label: 'attributed',
    source: 'Karl Jansen',
  },

  // --- evidence verbs with a named subject
  {
    family: EVIDENCE,
    text: 'A poll by the Harlow Institute shows the governor trailing by 6 points.',
    label: 'attributed',
    source: 'Harlow Institute',
  },
  {
    family: EVIDENCE,
    text: 'Data from the Bureau of Labor Records suggest that hiring slowed to 90,000 jobs in May.',
    label: 'attributed',
    source: 'Bureau of Labor Records',
  },
  {
    family: EVIDENCE,
    text: 'Corvane Industries reported a loss in March. The company’s filing shows debt of $2.3 billion.',
    at: 'The company’s filing',
    label: 'attributed',
    source: 'Corvane Industries',
  },
  {
    family: EVIDENCE,
    text: 'A survey by the Midland Chamber of Commerce found that 45 percent of firms plan to cut staff.',
    label: 'attributed',
    source: 'Midland Chamber of Commerce',
  },
  {
    family: EVIDENCE,
    text: 'A study published by Eastbrook University found that the tax credit lifted 30,000 children out of poverty.',
    label: 'attributed',
    source: 'Eastbrook University',
  },
  { family: EVIDENCE, text: 'Court records show that the firm paid $4 million to settle the claims.', label: 'found' },
  {
    family: EVIDENCE,
    text: 'Figures released by the Statistics Office on Friday show unemployment rose to 5.2 percent.',
    label: 'attributed',
    source: 'Statistics Office',
  },
  {
    family: EVIDENCE,
    text: 'An analysis by the Budget Watch Council estimates the plan would cost $80 billion over ten years.',
    label: 'attributed',
    source: 'Budget Watch Council',
  },
  {
    family: EVIDENCE,
    text: 'The audit by the state comptroller found 1,200 ineligible voters on the rolls.',
    label: 'attributed',
    source: 'state comptroller',
  },
  {
    family: EVIDENCE,
    text: 'A report by the Pellam Foundation concluded that rents rose 22 percent in two years.',
    label: 'attributed',
    source: 'Pellam Foundation',
  },
  { family: EVIDENCE, text: 'Polls show the two candidates tied at 47 percent.', label: 'found' },
  {
    family: EVIDENCE,
    text: 'The Harlow Institute poll indicates that 58 percent of voters oppose the tax.',
    label: 'attributed',
    source: 'Harlow Institute',
  },

  // --- nominal cues
  {
    family: NOMINAL,
    text: 'In a statement, the Civic Union party said its leader would not resign.',
    label: 'attributed',
    source: 'Civic Union',
  },
  {
    family: NOMINAL,
    text: 'Senator Alma Reyes chairs the panel. Reyes’s allegations that the contract was rigged were rejected by the ministry.',
    at: 'Reyes’s allegations',
    label: 'attributed',
    source: 'Alma Reyes',
  },
  {
    family: NOMINAL,
    text: 'Governor Ruth Calloway spoke in Dover on Friday. In her remarks, she promised to cut property taxes by 5 percent.',
    at: 'In her remarks',
    label: 'attributed',
    source: 'Ruth Calloway',
  },
  {
    family: NOMINAL,
    text: 'The Budget Watch Council released its review on Tuesday. The report says the deficit will double by 2030.',
    at: 'The report says',
    label: 'attributed',
    source: 'Budget Watch Council',
  },
  {
    family: NOMINAL,
    text: 'A spokeswoman for Halbrook Foods said in an email that the recall covers 40,000 packages.',
    label: 'attributed',
    source: 'Halbrook Foods',
  },
  {
    family: NOMINAL,
    text: 'In an interview with the Daily Ledger, Mayor Dev Sandhu said the city would borrow $200 million.',
    label: 'attributed',
    source: 'Dev Sandhu',
  },
  {
    family: NOMINAL,
    text: 'In a letter to shareholders, Tessaro Motors chief executive Piotr Lang said sales fell 11 percent.',
    label: 'attributed',
    source: 'Piotr Lang',
  },
  {
    family: NOMINAL,
    text: 'According to a statement from the Interior Ministry, 14 people were detained.',
    label: 'attributed',
    source: 'Interior Ministry',
  },
  {
    family: NOMINAL,
    text: 'Elias Brandt gave a speech in the capital on Sunday. His claim that crime had doubled drew criticism from police.',
    at: 'His claim',
    label: 'attributed',
    source: 'Elias Brandt',
  },
  {
    family: NOMINAL,
    text: 'In testimony before the committee, Inspector General Paul Ferro said 300 files were missing.',
    label: 'attributed',
    source: 'Paul Ferro',
  },
  {
    family: NOMINAL,
    text: 'The governor’s office said in a statement that 2,000 guardsmen had been deployed.',
    label: 'attributed',
    source: 'governor’s office',
  },
  {
    family: NOMINAL,
    text: 'Ada Kovac spoke to farmers in May. Her warning that grain prices would rise 20 percent proved right.',
    at: 'Her warning',
    label: 'attributed',
    source: 'Ada Kovac',
  },

  // --- titles and abbreviations
  {
    family: TITLES,
    text: 'The tax cut is a giveaway to the rich, said Rep. Jane Okafor.',
    label: 'attributed',
    source: 'Jane Okafor',
  },
  {
    family: TITLES,
    text: 'Sen. Marcus Hale said the bill would cost $3 billion.',
    label: 'attributed',
    source: 'Marcus Hale',
  },
  {
    family: TITLES,
    text: 'Gov. Ruth Calloway said on Tuesday that 12 counties were under evacuation orders.',
    label: 'attributed',
    source: 'Ruth Calloway',
  },
  {
    family: TITLES,
    text: 'Mrs. Dora Quist said the charity had raised $90,000 since January.',
    label: 'attributed',
    source: 'Dora Quist',
  },
  {
    family: TITLES,
    text: 'Lt. Gen. Oskar Brenner said 2,500 troops would leave the region by June.',
    label: 'attributed',
    source: 'Oskar Brenner',
  },
  {
    family: TITLES,
    text: 'Rep. Jane Okafor, D-Ohio, said the hearing would resume in 10 days.',
    label: 'attributed',
    source: 'Jane Okafor',
  },
  {
    family: TITLES,
    text: 'Dr. Helena Marsh, the state epidemiologist, said 40 cases had been confirmed.',
    label: 'attributed',
    source: 'Helena Marsh',
  },
  {
    family: TITLES,
    text: 'Gen. Oskar Brenner told reporters the base would close in 2027.',
    label: 'attributed',
    source: 'Oskar Brenner',
  },
  {
    family: TITLES,
    text: 'Prof. Ivan Petrak said the currency had lost 18 percent of its value.',
    label: 'attributed',
    source: 'Ivan Petrak',
  },
  {
    family: TITLES,
    text: 'Atty. Gen. Lydia Brooks said her office had filed 23 lawsuits.',
    label: 'attributed',
    source: 'Lydia Brooks',
  },
  {
    family: TITLES,
    text: 'Marcus Hale has served since 2015. The bill is dead, Sen. Hale said on Friday.',
    at: 'The bill is dead',
    label: 'attributed',
    source: 'Marcus Hale',
  },
  {
    family: TITLES,
    text: 'Jane Okafor leads the caucus. Ms. Okafor said the vote would be held on May 4.',
    at: 'Ms. Okafor',
    label: 'attributed',
    source: 'Jane Okafor',
  },
  {
    family: TITLES,
    text: 'The deal will collapse, Mr. Tomas Varga said at a rally attended by 5,000 people.',
    label: 'attributed',
    source: 'Tomas Varga',
  },

  // --- possessor vs head
  {
    family: HEAD,
    text: 'The senator’s aide, Jo Park, said the office received 900 calls.',
    label: 'attributed',
    source: 'Jo Park',
  },
  {
    family: HEAD,
    text: 'Corvane’s chief financial officer, Dana Lee, said margins would recover by 2026.',
    label: 'attributed',
    source: 'Dana Lee',
  },
  {
    family: HEAD,
    text: 'The governor’s spokeswoman, Mia Ford, said 14 bridges were closed.',
    label: 'attributed',
    source: 'Mia Ford',
  },
  {
    family: HEAD,
    text: 'The vote was a sham, said Brandt’s deputy, Lars Eng.',
    label: 'attributed',
    source: 'Lars Eng',
  },
  {
    family: HEAD,
    text: 'Reyes’s campaign manager Tara Quinn said the senator raised $12 million.',
    label: 'attributed',
    source: 'Tara Quinn',
  },
  {
    family: HEAD,
    text: 'The company’s largest shareholder, Vesta Capital, said it would vote against the merger.',
    label: 'attributed',
    source: 'Vesta Capital',
  },
  {
    family: HEAD,
    text: 'Okafor’s lawyer, Simon Reade, told the court his client had repaid $40,000.',
    label: 'attributed',
    source: 'Simon Reade',
  },
  {
    family: HEAD,
    text: 'Halbrook’s former chairman Gerald Voigt said the board ignored 3 warnings.',
    label: 'attributed',
    source: 'Gerald Voigt',
  },

  // --- datelines
  {
    family: DATELINE,
    text: 'WASHINGTON — The administration will cut 5,000 federal jobs, officials said on Tuesday.',
    label: 'vague',
  },
  {
    family: DATELINE,
    text: 'BRUSSELS, March 3 — Trade ministers agreed on a 10 percent tariff, the bloc’s trade chief, Ilse Maren, said.',
    label: 'attributed',
    source: 'Ilse Maren',
  },
  {
    family: DATELINE,
    text: 'LONDON (Wire Service) — Pellam Bank said on Thursday it would close 40 branches.',
    label: 'attributed',
    source: 'Pellam Bank',
  },
  {
    family: DATELINE,
    text: 'NEW YORK, Jan 5 — Shares of Tessaro Motors fell 9 percent after the carmaker cut its forecast.',
    label: 'not',
  },
  {
    family: DATELINE,
    text: 'SPRINGFIELD, Ill. — The state will raise its minimum wage to $16, Gov. Ruth Calloway said.',
    label: 'attributed',
    source: 'Ruth Calloway',
  },
  {
    family: DATELINE,
    text: 'OTTAWA — Finance Minister Karl Jansen said the budget would show a surplus of $4 billion.',
    label: 'attributed',
    source: 'Karl Jansen',
  },
  {
    family: DATELINE,
    text: 'BERLIN, May 2 (Wire) - The coalition will raise defence spending to 2 percent of output, a government spokesman said.',
    label: 'found',
  },
  {
    family: DATELINE,
    text: 'TOKYO — Exports rose 7 percent in April, the Finance Ministry said.',
    label: 'attributed',
    source: 'Finance Ministry',
  },

  // --- "states": noun vs verb
  { family: STATES, text: 'Twelve states have sued the agency over the $4 billion rule.', label: 'not' },
  { family: STATES, text: 'Member states will vote on the 30 percent emissions target in June.', label: 'not' },
  {
    family: STATES,
    text: 'The bill states that no district may receive more than $5 million.',
    label: 'attributed',
    source: 'bill',
  },
  { family: STATES, text: 'The Gulf states agreed to raise output by 400,000 barrels a day.', label: 'not' },
  { family: STATES, text: 'The company’s annual report states that it employs 12,000 people.', label: 'found' },
  {
    family: STATES,
    text: 'Southern states lost 80,000 manufacturing jobs last year, federal data show.',
    label: 'found',
  },

  // --- business openings
  {
    family: BUSINESS,
    text: 'Corvane Industries Inc. said on Tuesday its quarterly profit rose 14 percent.',
    label: 'attributed',
    source: 'Corvane Industries',
  },
  {
    family: BUSINESS,
    text: 'Halbrook Foods reported a 6 percent drop in sales on Monday. The company said demand for frozen meals had weakened.',
    at: 'The company said',
    label: 'attributed',
    source: 'Halbrook Foods',
  },
  {
    family: BUSINESS,
    text: 'Analysts at Granger Securities expect the bank to report earnings of $1.20 a share.',
    label: 'attributed',
    source: 'Granger Securities',
  },
  {
    family: BUSINESS,
    text: 'The airline will lay off 1,100 workers, according to a regulatory filing.',
    label: 'found',
  },
  {
    family: BUSINESS,
    text: 'Tessaro Motors chief executive Piotr Lang said the company would build 2 new plants.',
    label: 'attributed',
    source: 'Piotr Lang',
  },
  {
    family: BUSINESS,
    text: 'Brightwell Energy Corp., the largest utility in the region, said it would raise rates by 9 percent.',
    label: 'attributed',
    source: 'Brightwell Energy',
  },
  {
    family: BUSINESS,
    text: 'Pellam Bank forecast net income of $2.1 billion for the year.',
    label: 'attributed',
    source: 'Pellam Bank',
  },
  {
    family: BUSINESS,
    text: 'Dana Lee, chief financial officer of Corvane, told analysts on a conference call that costs would fall 3 percent.',
    label: 'attributed',
    source: 'Dana Lee',
  },
  {
    family: BUSINESS,
    text: 'Corvane expects revenue of $8 billion to $8.5 billion in 2026, it said in a statement.',
    label: 'attributed',
    source: 'Corvane',
  },
  {
    family: BUSINESS,
    text: 'Halbrook Foods agreed to buy rival Marlow Snacks for $3.4 billion, the companies said on Wednesday.',
    label: 'found',
  },
  {
    family: BUSINESS,
    text: 'Shares of Pellam Bank rose 4 percent after the lender announced a $1 billion buyback.',
    label: 'not',
  },
  {
    family: BUSINESS,
    text: 'Tessaro Motors cut its full-year outlook on Thursday, citing weak demand in Europe.',
    label: 'found',
  },
  {
    family: BUSINESS,
    text: 'Vesta Capital, which owns 8 percent of Halbrook, said the offer undervalued the company.',
    label: 'attributed',
    source: 'Vesta Capital',
  },
  {
    family: BUSINESS,
    text: 'The retailer’s chief executive, Mona Feld, said online sales grew 30 percent.',
    label: 'attributed',
    source: 'Mona Feld',
  },
  { family: BUSINESS, text: 'Brightwell Energy posted a net loss of $120 million for the quarter.', label: 'not' },
  {
    family: BUSINESS,
    text: 'Pellam Bank reported a 12 percent rise in quarterly profit. Chief executive Hugo Stein said lending had recovered.',
    at: 'Chief executive',
    label: 'attributed',
    source: 'Hugo Stein',
  },
  {
    family: BUSINESS,
    text: 'Pellam Bank said lending had recovered. It added that it would pay a dividend of 40 cents.',
    at: 'It added',
    label: 'attributed',
    source: 'Pellam Bank',
  },
  {
    family: BUSINESS,
    text: 'Investors expect the central bank to cut rates by a quarter point in June.',
    label: 'vague',
  },
  {
    family: BUSINESS,
    text: 'A Halbrook spokesman declined to comment on the 200 job cuts.',
    label: 'attributed',
    source: 'Halbrook',
  },

  {
    family: BUSINESS,
    text: 'Analysts at Granger Securities wrote in a note to clients that the stock could fall 20 percent.',
    label: 'attributed',
    source: 'Granger Securities',
  },
  {
    family: BUSINESS,
    text: 'Halbrook Foods recalled 40,000 packages. The company’s spokesman said 12 people fell ill.',
    at: 'The company’s spokesman',
    label: 'attributed',
    source: 'Halbrook Foods',
  },

  // --- political wire
  {
    family: POLITICAL,
    text: 'The White House said on Monday that the president would veto the bill.',
    label: 'attributed',
    source: 'White House',
  },
  {
    family: POLITICAL,
    text: 'A campaign spokesman said the candidate had raised $9 million in March.',
    label: 'found',
  },
  {
    family: POLITICAL,
    text: 'The governor will sign the bill on Friday, the governor’s office said in a statement.',
    label: 'attributed',
    source: 'governor’s office',
  },
  {
    family: POLITICAL,
    text: 'Speaker Joan Whitcomb told reporters that the House would vote on the budget next week.',
    label: 'attributed',
    source: 'Joan Whitcomb',
  },
  {
    family: POLITICAL,
    text: 'The talks collapsed over a $2 billion aid package, sources familiar with the matter said.',
    label: 'vague',
  },
  { family: POLITICAL, text: 'A senior administration official said 300 advisers would be withdrawn.', label: 'vague' },
  {
    family: POLITICAL,
    text: 'The State Department said 40 citizens had been evacuated from the port.',
    label: 'attributed',
    source: 'State Department',
  },
  {
    family: POLITICAL,
    text: 'The Reform League said the election had been marred by fraud in 12 districts.',
    label: 'attributed',
    source: 'Reform League',
  },
  { family: POLITICAL, text: 'Opposition lawmakers said the vote was illegal.', label: 'found' },
  { family: POLITICAL, text: 'The ministry did not say how many soldiers were killed.', label: 'found' },
  {
    family: POLITICAL,
    text: 'Two people briefed on the talks said the deal would be signed on Friday.',
    label: 'vague',
  },
  {
    family: POLITICAL,
    text: 'The Kremlin said the summit would take place in October.',
    label: 'attributed',
    source: 'Kremlin',
  },
  {
    family: POLITICAL,
    text: 'The bill would cut taxes by $1.5 trillion, according to the Joint Budget Office.',
    label: 'attributed',
    source: 'Joint Budget Office',
  },
  {
    family: POLITICAL,
    text: 'Prime Minister Anton Weiss told parliament the troops would stay until 2027.',
    label: 'attributed',
    source: 'Anton Weiss',
  },
  {
    family: POLITICAL,
    text: 'The Civic Union, which holds 45 seats, said it would vote against the budget.',
    label: 'attributed',
    source: 'Civic Union',
  },
  { family: POLITICAL, text: 'Election officials said turnout reached 62 percent.', label: 'found' },
  {
    family: POLITICAL,
    text: 'Speaking at a rally in Dover, Governor Ruth Calloway promised to build 50 new schools.',
    label: 'attributed',
    source: 'Ruth Calloway',
  },
  {
    family: POLITICAL,
    text: 'Senator Alma Reyes, a Democrat from Ohio, said on Twitter that the vote was a disgrace.',
    label: 'attributed',
    source: 'Alma Reyes',
  },
  { family: POLITICAL, text: 'Critics say the plan would cost 20,000 jobs.', label: 'vague' },
  {
    family: POLITICAL,
    text: 'The Pentagon confirmed that 3 soldiers had been wounded.',
    label: 'attributed',
    source: 'Pentagon',
  },

  // --- quotes and paragraph-level continuation
  {
    family: QUOTES,
    text: '“We will not raise taxes. Not this year, not next year,” Governor Ruth Calloway said on Tuesday.',
    at: 'Not this year',
    label: 'attributed',
    source: 'Ruth Calloway',
  },
  {
    family: QUOTES,
    text: [
      'Senator Marcus Hale said the bill was dead.',
      '',
      '“There are not 50 votes for it. There may not be 40,” he said.',
    ].join('\n'),
    at: '“There are not',
    label: 'attributed',
    source: 'Marcus Hale',
  },
  {
    family: QUOTES,
    text: [
      '“The merger will save $500 million a year,” said Piotr Lang, Tessaro’s chief executive.',
      '',
      '“We will close no plants in Ohio.”',
    ].join('\n'),
    at: '“We will close',
    label: 'attributed',
    source: 'Piotr Lang',
  },
  {
    family: QUOTES,
    text: [
      'Mayor Dev Sandhu spoke to reporters after the vote.',
      '',
      'He said the city would hire 300 officers by 2026.',
    ].join('\n'),
    at: 'He said',
    label: 'attributed',
    source: 'Dev Sandhu',
  },
  {
    family: QUOTES,
    text: [
      'Treasurer Nina Okoye said the fund was short.',
      '',
      'She added that the gap could reach $400 million by 2027.',
    ].join('\n'),
    at: 'She added',
    label: 'attributed',
    source: 'Nina Okoye',
  },
  {
    family: QUOTES,
    text: 'Party leader Elias Brandt said: “Our members have spoken. We will leave the coalition on Monday.”',
    at: 'We will leave',
    label: 'attributed',
    source: 'Elias Brandt',
  },
  {
    family: QUOTES,
    text: ['Mona Feld runs the retailer.', '', '“Sales rose 30 percent online,” Feld said. “Stores are flat.”'].join(
      '\n',
    ),
    at: 'Stores are flat',
    label: 'attributed',
    source: 'Mona Feld',
  },
  {
    family: QUOTES,
    text: [
      'Ada Kovac, the labour minister, defended the reform.',
      '',
      '“Nobody will lose a cent of their pension,” Kovac told parliament. “The fund will be safe until 2060.”',
    ].join('\n'),
    at: '“Nobody will',
    label: 'attributed',
    source: 'Ada Kovac',
  },
  {
    family: QUOTES,
    text: [
      'The Reform League said the count was rigged.',
      '',
      '“We have 200 witnesses,” the party said in a statement.',
    ].join('\n'),
    at: '“We have',
    label: 'attributed',
    source: 'Reform League',
  },
  {
    family: QUOTES,
    text: [
      'Corvane Industries cut 900 jobs on Monday.',
      '',
      'The company said the cuts would save $80 million a year.',
    ].join('\n'),
    at: 'The company said',
    label: 'attributed',
    source: 'Corvane Industries',
  },
  {
    family: QUOTES,
    text: '“This is a dark day for the state,” said Lena Moritz, director of the Green Valley Alliance, which has 12,000 members.',
    label: 'attributed',
    source: 'Lena Moritz',
  },
  {
    family: QUOTES,
    text: [
      'Governor Ruth Calloway said the budget was balanced.',
      '',
      'The state spent $42 billion last year, up 5 percent.',
    ].join('\n'),
    at: 'The state spent',
    label: 'not',
  },

  // --- ordinary news sentences that attribute nothing
  { family: NEGATIVE, text: 'The senator’s bill passed the chamber 52 to 48 on Thursday.', label: 'not' },
  { family: NEGATIVE, text: 'Shares of Corvane Industries rose 4 percent to $38.20 on Tuesday.', label: 'not' },
  { family: NEGATIVE, text: 'The company employs 4,000 people in 12 countries.', label: 'not' },
  { family: NEGATIVE, text: 'The governor signed the $42 billion budget on Friday.', label: 'not' },
  { family: NEGATIVE, text: 'The report was released on Monday, two weeks after the 2024 election.', label: 'not' },
  { family: NEGATIVE, text: 'The statement came after the ruling party lost 20 seats.', label: 'not' },
  {
    family: NEGATIVE,
    text: 'Mr. Varga said nothing in 2019. He left the party in 2021 after 12 years.',
    at: 'He left',
    label: 'not',
  },
  { family: NEGATIVE, text: 'Corvane’s chief executive, Dana Lee, joined the company in 2019.', label: 'not' },
  { family: NEGATIVE, text: 'The White House press office is staffed by 40 people.', label: 'not' },
  { family: NEGATIVE, text: 'Unemployment fell to 4.1 percent in June, the lowest level since 2001.', label: 'not' },
  { family: NEGATIVE, text: 'The vote is expected to take place in March.', label: 'not' },
  { family: NEGATIVE, text: 'Halbrook Foods was founded in 1952 and is based in Dover.', label: 'not' },
  { family: NEGATIVE, text: 'The Civic Union won 45 of the 120 seats in the last election.', label: 'not' },
  {
    family: NEGATIVE,
    text: 'The hearing, scheduled for Tuesday, will be the committee’s 14th this year.',
    label: 'not',
  },
  {
    family: NEGATIVE,
    text: 'Lawmakers approved the 3 percent pay rise for teachers by a vote of 70 to 30.',
    label: 'not',
  },
  { family: NEGATIVE, text: 'The campaign spent $12 million on television advertising in October.', label: 'not' },
  { family: NEGATIVE, text: 'Analysts’ forecasts for the quarter ranged from $1.10 to $1.35 a share.', label: 'not' },
  { family: NEGATIVE, text: 'The press conference lasted 40 minutes.', label: 'not' },
  { family: NEGATIVE, text: 'Tessaro Motors announcements usually move the stock by 5 percent.', label: 'not' },
  { family: NEGATIVE, text: 'The warning lights on 3,000 vehicles failed in the cold.', label: 'not' },
  {
    family: NEGATIVE,
    text: 'New rules on lending in the bloc expected next month would cap fees at 2 percent.',
    label: 'not',
  },
  { family: NEGATIVE, text: 'The expected merger would create a company worth $40 billion.', label: 'not' },
  { family: NEGATIVE, text: 'The governor’s office building cost $40 million to renovate.', label: 'not' },
  { family: NEGATIVE, text: 'Her claim to the estate was worth $2 million.', label: 'not' },
  { family: NEGATIVE, text: 'Corvane Industries Inc. employs 4,000 people in 12 countries.', label: 'not' },
  { family: NEGATIVE, text: 'Investors sold $3 billion of the bonds in March.', label: 'not' },
  { family: NEGATIVE, text: 'Forecasters’ models put the storm’s damage at $2 billion.', label: 'not' },
  { family: NEGATIVE, text: 'Speaking of costs, Mayor Dev Sandhu cut 40 jobs in May.', label: 'not' },
  { family: NEGATIVE, text: 'An investigation of Pellam Bank found $40 million in hidden losses.', label: 'not' },
  {
    family: NEGATIVE,
    text: 'Governor Ruth Calloway promised on the campaign trail to cut taxes by 5 percent.',
    label: 'not',
  },
  { family: NEGATIVE, text: 'Mayor Dev Sandhu blasted the rock face to widen the road by 40 metres.', label: 'not' },
  { family: NEGATIVE, text: 'Jane Okafor wrote the 2019 tax law that cut rates by 5 percent.', label: 'not' },
];

export interface SweepResult {
  c: SweepCase;
  status: string;
  source?: string;
  labelOk: boolean;
  /** Undefined where the case names no source. */
  sourceOk?: boolean;
}

/** The scorer's source match: either contains the other, or their last words agree (case and "the" aside). */
export function sameSource(predicted: string | undefined, gold: string): boolean {
  if (!predicted) return false;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[’']s\b/g, '')
      .replace(/^the\s+/, '')
      .trim();
  const p = norm(predicted);
  const g = norm(gold);
  if (p.includes(g) || g.includes(p)) return true;
  const last = (s: string) => s.split(/\s+/).pop();
  return last(p) === last(g);
}

export function runCase(c: SweepCase): SweepResult {
  const a = annotate(c.text);
  const i = c.at === undefined ? 0 : c.text.indexOf(c.at);
  if (i < 0) throw new Error(`case text lacks "${c.at}"`);
  const s = a.assertions.find((x) => x.start <= i && i < x.end);
  const status = s?.status ?? 'none';
  const found = status === 'attributed' || status === 'vague';
  const labelOk = c.label === 'not' ? !found : c.label === 'found' ? found : status === c.label;
  const sourceOk = c.source === undefined ? undefined : status === 'attributed' && sameSource(s?.source, c.source);
  return { c, status, source: s?.source, labelOk, sourceOk };
}

/** A case's key in the known-gap list: its family and the words it scores. */
export function caseKey(c: SweepCase): string {
  return `${c.family} | ${(c.at ?? c.text).slice(0, 48)}`;
}

export function passes(r: SweepResult): boolean {
  return r.labelOk && r.sourceOk !== false;
}
