// Who speaks in transcripts, hearings and interviews, and who a report names when the usual subject rules miss it
// (issue 10, held-out GUM source accuracy): the floor a chair hands over, a speaker label that opens its turn, a
// question about the interviewee's view, reports set off by punctuation, quotes that run on across paragraphs, and
// names resolved to the person introduced earlier. Every sentence here was written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentence, source } from '../support/attribution';

const para = (...ps: string[]): string => ps.join('\n\n');

test('a hearing: the advocate the chair invites speaks until the floor passes', () => {
  const text = para(
    'Case 24-118, Harbour Ferries versus the County of Nordland. Ida Holm for the appellant, Per Lund for the county.',
    'Good morning. Ms. Holm, you may proceed.',
    'Thank you. I believe the county skipped the hearing the statute requires, and we ask the court to reverse.',
    'How do you square that with the notice the county posted in May?',
    'I think the notice came 10 days too late to matter.',
    'Mr. Lund, please proceed.',
    'I think the notice was enough, and the appellant had 30 days to object.',
  );
  assert.equal(source(text, 'I believe the county'), 'Ida Holm');
  assert.equal(source(text, 'I think the notice came'), 'Ida Holm');
  assert.equal(source(text, 'I think the notice was enough'), 'Per Lund');
  // A report of someone's plan addresses nobody.
  const news = para(
    'Mayor Ola Berg met the harbour board on Tuesday.',
    'Mr. Berg said the dredging would go ahead.',
    'I think the budget is too small, a board member wrote later.',
  );
  assert.notEqual(sentence(news, 'I think the budget')?.source, 'Ola Berg');
  // Reported words that end like an invitation are news copy, not a chair handing over the floor.
  const reported = para(
    'Mayor Ola Berg met the harbour board on Tuesday.',
    'Mr. Berg said that if you hold a permit you can continue.',
    'I think the budget is too small.',
  );
  assert.notEqual(sentence(reported, 'I think the budget')?.source, 'Ola Berg');
});

test('a transcript’s speaker label opens its own turn', () => {
  const text = para(
    'Remarks by Governor Ane Lund and Senator Kari Moe at the Quay Opening',
    'GOVERNOR LUND: Thank you all. I am proud of this quay, and I think it will carry 40 percent more cargo by 2030. (Applause.) SENATOR MOE:',
    'I believe we built it for the next 50 years. Thank you.',
  );
  assert.equal(source(text, 'SENATOR MOE:'), 'Kari Moe');
  assert.equal(source(text, 'I believe we built'), 'Kari Moe');
});

test('an interview’s question about the interviewee’s view is the interviewee’s', () => {
  const text = para(
    'Interview with lighthouse keeper Maren Holt',
    'How do you feel about the new automatic lamps?',
    'They are fine. They cost less than a keeper, which matters in a small budget.',
    'What was your first reaction on learning the station would close?',
    'Sadness, mostly. The station had been manned for 140 years.',
  );
  assert.equal(source(text, 'How do you feel'), 'Maren Holt');
  assert.equal(source(text, 'What was your first reaction'), 'Maren Holt');
  // Outside an interview a question to the reader is nobody's report.
  const essay = para(
    'The harbour plan',
    'The council will spend $40 million on the quay by 2027. How do you feel about paying for it?',
  );
  assert.notEqual(sentence(essay, 'How do you feel')?.status, 'attributed');
});

test('a report set off by punctuation: a parenthetical, a colon, an opening "As"', () => {
  assert.equal(
    source('This finding, Moe argues, gives the council a reason to wait until 2027.', 'This finding'),
    'Moe',
  );
  assert.equal(source('For example, the historian Kari Moe writes:', 'For example'), 'Kari Moe');
  assert.equal(
    source('As the engineer Per Lund summarized it: the quay will carry twice the load by 2030.', 'As the engineer'),
    'Per Lund',
  );
  assert.equal(
    source('There is a famous remark attributed to Ada Lovelace about engines and music.', 'There is'),
    'Ada Lovelace',
  );
});

test('the paragraph a colon introduces is the introducing speaker’s', () => {
  const text = para(
    'The harbour master, Ida Holm, sent the board a letter on Monday. In it, Holm wrote:',
    'The quay has settled by 12 centimetres since March and must close before the winter storms.',
  );
  assert.equal(source(text, 'The quay has settled'), 'Ida Holm');
});

test('a quote left open at a paragraph’s end runs on to the closing mark in the next', () => {
  const text = para(
    'Ferry captain Ola Berg praised the crew. He said, "In the first hour the sea was calm.',
    'We could have crossed twice before the storm came in." Later the harbour closed for 20 hours.',
  );
  assert.equal(source(text, 'We could have crossed'), 'Ola Berg');
  const semicolon = para(
    'Councillor Kari Moe has discussed the tolls often; she was quoted by the Harbour Gazette on the new rates;',
    '"A toll that nobody can pay is a wall. I doubt it will raise $2 million."',
  );
  assert.equal(source(semicolon, 'Councillor Kari Moe'), 'Kari Moe');
  assert.equal(source(semicolon, '"A toll'), 'Kari Moe');
});

test('sources the subject rules miss: the team’s named lead, a name repeated by a pronoun', () => {
  assert.equal(
    source('In a 2019 study Holm and colleagues found that harbour seals avoid noisy quays.', 'In a 2019'),
    'Holm',
  );
  assert.equal(
    source('And the head of the port, Ida Holm, she has explained that the quay is safe.', 'And the head'),
    'Ida Holm',
  );
});

test('a coordinated subject: the first full name speaks for both', () => {
  assert.equal(source('Ida Holm and Per Lund said the quay would close in May.', 'Ida Holm'), 'Ida Holm');
  // One word before "and" may be half of a name ("Marks and Spencer"): the span is not split.
  assert.notEqual(source('Marks and Spencer said sales rose 4 percent.', 'Marks'), 'Marks');
});

test('"according to" an outlet, then a named speaker with a verb of their own: the speaker speaks', () => {
  assert.equal(
    source('According to the Harbour Gazette, Ida Holm also believes the fares will rise by 2026.', 'According'),
    'Ida Holm',
  );
  assert.equal(source('According to the Harbour Gazette, fares will rise by 2026.', 'According'), 'Harbour Gazette');
});

test('a pronoun after the sentence’s own subject is that subject, not the last sentence’s', () => {
  const text =
    'Ida Holm edits the Harbour Gazette. Kari Moe has fought the tolls for years; she was quoted by the Gazette on the new rates.';
  assert.equal(source(text, 'Kari Moe has'), 'Kari Moe');
});

test('a surname misspelt once stands for the person named earlier', () => {
  const text = para(
    'Lydia Buchtmann, who speaks for the food agency, said salt would be tested.',
    '"We need to make sure there is enough iodine in bread," said Bauchtman.',
  );
  assert.equal(source(text, '"We need'), 'Lydia Buchtmann');
  // Two spellings each used twice are two people.
  const two = para(
    'Anna Larsen chairs the board. Larsen said the fares would rise.',
    'Per Larson runs the union. Larson said the fares would fall. Larson said it twice.',
  );
  assert.equal(source(two, 'Larson said the fares'), 'Per Larson');
});
