// The constructions of issue 10, each on sentences written for these tests: speech acts beyond say/tell/write, belief
// and attitude verbs, evidence verbs with a named subject, cue nouns, and the source fixes (datelines, abbreviated
// titles, head not possessor, "states" as a noun, titles resolved to one full name).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../core/index';
import { sentence } from '../support/attribution';
import { attributionModel } from '../../core/attribution/model';

function attributed(text: string, start: string, source?: string): void {
  const s = sentence(text, start);
  assert.equal(s?.status, 'attributed', `"${start}" should be attributed (got ${s?.status ?? 'nothing'})`);
  if (source !== undefined) assert.equal(s!.source, source, `source of "${start}"`);
}

test('the cue lexicon comes from WordNet, with inflections', () => {
  const m = attributionModel();
  for (const [form, lemma] of [
    ['praised', 'praise'],
    ['recounted', 'recount'],
    ['insisted', 'insist'],
    ['fears', 'fear'],
    ['believed', 'believe'],
    ['written', 'write'],
    ['quipped', 'quip'],
  ] as const) {
    assert.equal(m.lookup(form)?.lemma, lemma, form);
  }
  assert.ok(m.lookup('statement')?.pos.includes('n'), 'statement is a cue noun');
  assert.ok(m.lookup('allegations')?.pos.includes('n'), 'allegations is a cue noun');
  assert.equal(m.lookup('quay'), undefined);
});

test('speech acts beyond said / told / wrote', () => {
  attributed('Councillor Hana Brook praised the new ferry timetable on Monday.', 'Councillor', 'Hana Brook');
  attributed('Dock foreman Tomas Wilk recounted the night the crane fell.', 'Dock foreman', 'Tomas Wilk');
  attributed('Tomas Wilk insisted the crane had been inspected in 2024.', 'Tomas Wilk', 'Tomas Wilk');
  attributed('Tomas Wilk denied that the crane was overloaded.', 'Tomas Wilk', 'Tomas Wilk');
  attributed('Tomas Wilk warned that 40 jobs could go.', 'Tomas Wilk', 'Tomas Wilk');
  attributed('Hana Brook argued that the fares were 30 percent too high.', 'Hana Brook', 'Hana Brook');
  attributed('The ferry operator Nordlys declined to comment on the 12 percent fare rise.', 'The ferry', 'Nordlys');
});

test('belief and attitude verbs', () => {
  attributed('Port director Ola Berg believes traffic will double by 2030.', 'Port director', 'Ola Berg');
  attributed('Ola Berg fears the quay will close in 2026.', 'Ola Berg', 'Ola Berg');
  attributed('Ola Berg hopes the dredging will finish before winter.', 'Ola Berg', 'Ola Berg');
  attributed('Ola Berg thinks that the tolls are far too low.', 'Ola Berg', 'Ola Berg');
  // A vague subject stays vague, and still counts as attribution, not as an unsourced claim.
  assert.equal(sentence('Analysts expect fares to rise by 8 percent next year.', 'Analysts')?.status, 'vague');
});

test('evidence verbs with a named subject', () => {
  attributed(
    'A study by the Nordic Marine Institute found that cod stocks fell 30 percent.',
    'A study',
    'Nordic Marine Institute',
  );
  attributed(
    'The Coastal Research Centre published its tide report on Friday. The report says sea levels rose 4 cm.',
    'The report says',
  );
  attributed('The harbour’s own figures show that traffic fell 12 percent in 2024.', 'The harbour’s');
});

test('cue nouns: statements, allegations, remarks', () => {
  attributed(
    'In a statement, the Harbour Authority said 12 ships were delayed.',
    'In a statement',
    'Harbour Authority',
  );
  attributed(
    'Ines Varga chairs the council. Varga’s allegations that the port lost $3 million were denied.',
    'Varga’s allegations',
    'Ines Varga',
  );
  attributed(
    'Ines Varga spoke on Monday. In her remarks, she warned that the port would lose $3 million.',
    'In her remarks',
    'Ines Varga',
  );
});

test('a dateline city is never the speaker', () => {
  const text = 'MAPLEFORD — The council approved the harbour budget on Monday, Mayor Ines Varga said.';
  const s = sentence(text, 'The council');
  assert.equal(s?.status, 'attributed');
  assert.equal(s?.source, 'Ines Varga');
  const inverted = 'RIVERTON, Ore. — Residents fear the dam will fail, said Gov. Ann Moss.';
  assert.equal(sentence(inverted, 'Residents')?.source, 'Ann Moss');
});

test('names are not cut at abbreviated titles', () => {
  attributed('The plan is reckless, said Rep. Jane Okafor.', 'The plan', 'Jane Okafor');
  attributed('The fund is empty, said Mrs. Dora Quist, who chairs the board.', 'The fund', 'Dora Quist');
  attributed('Gov. Ann Moss said the dam is safe.', 'Gov.', 'Ann Moss');
});

test('the head of "X’s colleague, Y" speaks, not the possessor', () => {
  attributed('The vote was rigged, said Okafor’s colleague, Piet Ruud.', 'The vote', 'Piet Ruud');
  attributed('Okafor’s colleague, Piet Ruud, said the vote was rigged.', 'Okafor', 'Piet Ruud');
  attributed('Okafor’s colleague Piet Ruud said the vote was rigged.', 'Okafor', 'Piet Ruud');
});

test('the noun "states" is no reporting verb; the verb is', () => {
  const noun = sentence('Member states agreed to cut tariffs by 5 percent in 2026.', 'Member');
  assert.notEqual(noun?.status, 'attributed');
  attributed('The dockers’ union states that wages rose 4 percent.', 'The dockers’');
});

test('titles are resolved to one full name', () => {
  const text =
    'Lily Batchelder runs the tax office. The law is flawed, said Ms. Batchelder. Ms. Batchelder added that it would be repealed.';
  attributed(text, 'The law', 'Lily Batchelder');
  attributed(text, 'Ms. Batchelder added', 'Lily Batchelder');
});

test('first person: the voice of an interview or of someone who introduces themselves', () => {
  const interview = [
    'Interview with harbour pilot Maren Holt',
    '',
    'How did you start?',
    '',
    'I think the sea chose me, really.',
  ].join('\n');
  attributed(interview, 'I think the sea', 'Maren Holt');
  const self = [
    'Hello everyone, my name is Jonas Eid and this is my channel.',
    '',
    'I believe the new ferry is a mistake.',
  ].join('\n');
  attributed(self, 'I believe', 'Jonas Eid');
});

test('a quote paragraph after an attributed quote goes on in the same voice', () => {
  const text = [
    '“We will rebuild the pier,” said harbour master Piotr Ek.',
    '',
    '“It will take two years and cost $4 million.”',
    '',
    'The council meets on Friday.',
  ].join('\n');
  attributed(text, '“It will take', 'Piotr Ek');
  // A quote left open runs on into a paragraph that only closes it.
  const open = [
    'After the storm, Piotr Ek said, “We lost two piers.',
    '',
    'Nobody was hurt, and the ferries run again."',
  ].join('\n');
  attributed(open, 'Nobody was hurt', 'Piotr Ek');
});

test('a quote paragraph goes on in the voice of a quote above a caption', () => {
  const text = [
    'At the quay, Mayor Ilse Varga said, “The new pier is the pride of the town.”',
    '',
    'The old pier in 1998. Image: Harbour Archive.',
    '',
    '“It will carry twice the freight and it opens in May.”',
  ].join('\n');
  attributed(text, '“It will carry', 'Ilse Varga');
});

test('a paragraph that ends "X stated," or "X wrote:" introduces the quote paragraph after it', () => {
  const text = [
    'The inspector filed her report in March, six weeks after the crane fell onto the ferry ramp at the north quay and closed it for the rest of the season. Inspector Rosa Lind stated,',
    '',
    '“The crane was overloaded by a third. Its brakes had not been serviced since 2019.”',
  ].join('\n');
  attributed(text, '“The crane was', 'Rosa Lind');
  attributed(text, 'Its brakes', 'Rosa Lind');
});

test('a quote one question after the speaker’s sentence is still the speaker’s', () => {
  const text =
    'Marta Nowak, a second-year welding student, admitted she had nearly skipped the open day. Why come at all? “It is the only yard left on the coast.”';
  attributed(text, '“It is the only', 'Marta Nowak');
});

test('any verb that opens a quote after a colon attributes it to its subject', () => {
  const text = [
    'Ferry captain Jonas Falk spoke to the crew on Sunday.',
    '',
    'He continued: “Every crossing this winter will run 20 minutes late.”',
  ].join('\n');
  attributed(text, 'He continued', 'Jonas Falk');
  const named = 'Jonas Falk replied, “Not one sailing was lost in 2024.”';
  attributed(named, 'Jonas Falk replied', 'Jonas Falk');
});

test('"according to" names the head of a possessive, and outranks a verb that is not one of saying', () => {
  attributed(
    'A gale on Friday toppled a crane onto the quay, injuring 12, according to Norway’s Coastal Safety Authority.',
    'A gale',
    'Coastal Safety Authority',
  );
  attributed(
    'The Harbour Museum at the University of Bergen saw 9,000 visitors in 2011, according to curator Elin Dahl.',
    'The Harbour Museum',
    'Elin Dahl',
  );
});

test('a capital "I" opening a sentence is the speaker’s first person, not a name', () => {
  const text = [
    'Remarks by Mayor Ilse Varga at the Opening of the North Pier',
    '',
    'Thank you all for coming out in this weather. I am proud of this pier and of everyone who built it.',
    '',
    'And I was going to say “good morning,” but it is nearly noon. We started late, and I take the blame for that.',
  ].join('\n');
  attributed(text, 'And I was going', 'Ilse Varga');
});

test('adjectives of belief after a copula attribute their clause to the subject', () => {
  attributed('Port director Ola Berg is confident that traffic will double by 2030.', 'Port director', 'Ola Berg');
  attributed('The harbour board remains convinced the quay will reopen in 2026.', 'The harbour board');
  const voice = [
    'Ola Berg: an interview with the port director',
    '',
    'How long will the works take?',
    '',
    'I am sure that the new quay will be finished by 2027, two years early.',
  ].join('\n');
  attributed(voice, 'I am sure', 'Ola Berg');
  // No clause, no view: "certain to" is a prediction that still needs a source.
  assert.equal(sentence('The pier is certain to close by 2026.', 'The pier')?.status, 'unattributed');
});

test('a definite group introduced before speaks: "the authors say", "the researchers believe"', () => {
  const text = [
    'A study by the Coastal Research Centre measured silt in 40 harbours.',
    'The authors say the silt has doubled since 2010.',
    'The researchers believe dredging will cost $2 million a year.',
  ].join(' ');
  assert.ok(['attributed', 'vague'].includes(sentence(text, 'The authors say')?.status ?? ''));
  assert.ok(['attributed', 'vague'].includes(sentence(text, 'The researchers believe')?.status ?? ''));
});

test('making contact is not a speech act', () => {
  const text = 'Ola Berg contacted two former crane drivers in 2024, who helped him file the claim.';
  assert.notEqual(sentence(text, 'Ola Berg')?.status, 'attributed');
});

test('a participle that names a thing is not a speech act; calling a plan something is', () => {
  const named = 'Ilse Varga hosts a weekly show on Harbour Radio called The Tide, which drew 40,000 listeners in 2024.';
  assert.notEqual(sentence(named, 'Ilse Varga')?.status, 'attributed');
  attributed('Ilse Varga called the new toll a disgrace on Monday.', 'Ilse Varga', 'Ilse Varga');
});

test('a document or finding as the subject of a verb of evidence', () => {
  const text =
    'Results of harbour surveys, published by the Coastal Research Centre in 2019, show oily water kills more fish than cold water.';
  attributed(text, 'Results of harbour');
  attributed('The figures suggest that ferry traffic fell 12 percent in 2024.', 'The figures');
});

test('"to" before a listener is a preposition, not a commitment to act', () => {
  attributed(
    'At the launch, Ilse Varga explained the new toll to the council, calling it the fairest in the region.',
    'At the launch',
    'Ilse Varga',
  );
});

test('an existential "there is no evidence that" cites nobody: the claim stays the writer\'s', () => {
  const text = 'There is no evidence that the new breakwater reduced flooding by 40 percent.';
  assert.equal(sentence(text, 'There is no')?.status, 'unattributed');
  // Fears and concerns "there are" still name a vague source.
  assert.equal(sentence('There are fears that the quay will close in 2026.', 'There are')?.status, 'vague');
});

test('a cue word after an article is a noun: a cue only with a clause or an agent after it', () => {
  const text = 'The crew that scored the most points won the 2024 regatta.';
  const s = sentence(text, 'The crew');
  assert.ok(s?.status !== 'attributed' && s?.status !== 'vague', `got ${s?.status}`);
  attributed(
    'Port director Ola Berg rejected the claim that fares rose 30 percent in 2024.',
    'Port director',
    'Ola Berg',
  );
});

test('committing to an act is not reporting words; declining to comment or wanting to know still is', () => {
  const text =
    'The Harbour Guild requires members to sign a lifelong pledge, agreeing to serve the guild founded by shipwright Ola Berg for their whole careers.';
  assert.notEqual(sentence(text, 'The Harbour Guild')?.status, 'attributed');
  attributed('The ferry operator Nordlys declined to comment on the 12 percent fare rise.', 'The ferry', 'Nordlys');
  attributed('Ola Berg wanted to know why the fares rose 30 percent.', 'Ola Berg', 'Ola Berg');
});

test('"out" after a verb is its particle, not a verb of saying', () => {
  const text = 'A survey of 900 ferry passengers was carried out in 2024 on four routes.';
  const s = sentence(text, 'A survey');
  assert.ok(s?.status !== 'attributed' && s?.status !== 'vague', `got ${s?.status}`);
});

test("a pull quote closed by its speaker's name and title is that person's", () => {
  const text = [
    'The council voted on Monday to close the old ferry quay.',
    '',
    'This was the hardest vote of my twelve years on the council. The quay will cost $4 million to repair. Hana Brook, harbour committee chair',
    '',
    'The quay opened in 1962.',
  ].join('\n');
  attributed(text, 'This was the hardest', 'Hana Brook');
  attributed(text, 'The quay will cost', 'Hana Brook');
  attributed(text, 'Hana Brook, harbour', 'Hana Brook');
  // An ordinary sentence that opens with a name and a comma is not a credit.
  assert.notEqual(sentence(text, 'The quay opened')?.source, 'Hana Brook');
  const plain = 'Hana Brook, the harbour committee chair, opened the new quay in 2024. It cost $4 million.';
  assert.notEqual(sentence(plain, 'It cost')?.source, 'Hana Brook');
});

test('a dash, a name and a comma closing a quote paragraph credit the paragraph', () => {
  const text = [
    'Ola Berg has run the harbour since 2019.',
    '',
    '“We will not sell the quay. It carries 40 percent of the town’s freight. We have no plan B.” — Berg, on whether the council should sell the quay.',
  ].join('\n');
  attributed(text, 'It carries 40', 'Ola Berg');
  attributed(text, 'We have no plan', 'Ola Berg');
});

test('a plural possessive is a noun, not a verb of saying', () => {
  const text = 'The Nordic states’ ferry fleets will shrink by 2030.';
  assert.notEqual(sentence(text, 'The Nordic')?.status, 'attributed');
});

test('a pull quote that repeats words already given in the body is furniture, its credit line too', () => {
  const text = [
    'Harbour chair Hana Brook spoke after the vote.',
    '',
    '“Closing the old quay was the hardest call this committee has made in a decade,” Brook said. “The ferries will move to the north pier in May.”',
    '',
    'Closing the old quay was the hardest call this committee has made in a decade. Hana Brook, harbour committee chair',
    '',
    'The north pier opened in 1988.',
  ].join('\n');
  const a = annotate(text);
  const first = text.indexOf('“Closing');
  const box = text.indexOf('Closing the old quay was the hardest call this committee has made in a decade. Hana');
  // The body's copy keeps its attribution; the repeat and its credit line give no second assertion.
  assert.equal(a.assertions.find((x) => x.start <= first && first < x.end)?.source, 'Hana Brook');
  assert.equal(
    a.assertions.filter((x) => x.start >= box && x.start < text.indexOf('The north pier')).length,
    0,
    'no assertion for the pull quote box',
  );
});

test('a phrase cut across a clause names nobody; the object of a perfect is a noun', () => {
  // "show" here is a noun whose "subject" would be read back across another verb's object.
  const lights = 'The paper lanterns turn the old square into a bright light show that lasts until midnight.';
  assert.notEqual(sentence(lights, 'The paper')?.status, 'attributed');
  const calls = 'The audit has prompted calls for every ferry to carry a second radio.';
  assert.notEqual(sentence(calls, 'The audit')?.status, 'attributed');
  // A perfect of saying itself still attributes.
  attributed('The harbour board has said that the quay will close in 2026.', 'The harbour', 'harbour board');
});

test('"in the words of" names its source like "according to"', () => {
  attributed(
    'By noon the queue had grown so long that, in the words of the harbour master, Ola Berg, it was a disgrace.',
    'By noon',
    'Ola Berg',
  );
  attributed('In the words of Hana Brook, the quay is finished.', 'In the words', 'Hana Brook');
});

test('a past form of a verb that is also a noun, and a named body, report speech acts', () => {
  attributed(
    'At the launch on Friday, Hana Brook pointed out the new ramps to the 40 visitors.',
    'At the launch',
    'Hana Brook',
  );
  attributed(
    'On Monday, the Nordland county government announced a review of the ferry fares.',
    'On Monday',
    'Nordland county government',
  );
});

test('in a news report, a cue with no subject at all is no attribution', () => {
  const text = [
    'The harbour board met on Monday and voted to close the quay.',
    '',
    'Board chair Hana Brook said the vote was unanimous.',
    '',
    'Also, not mentioned on the board’s "Quay Countdown" site, are the 40 jobs that will go in 2026.',
    '',
    'The many paper lanterns, drums and kites turn the old square into a bright light show that can be watched by climbing the steps of the 70-metre tower.',
  ].join('\n');
  for (const start of ['Also, not mentioned', 'The many paper']) {
    const s = sentence(text, start);
    assert.ok(s?.status !== 'attributed' && s?.status !== 'vague', `"${start}": got ${s?.status}`);
  }
});

test('a belief the writer calls mistaken, and "it became known that", cite nobody; "falsely claimed" still reports', () => {
  for (const text of [
    'On Monday a guard mistakenly thought the parcel held a bomb and closed the quay for 3 hours.',
    'Ola Berg resigned in 2024 after it became known that he had sold the quay.',
  ])
    assert.notEqual(sentence(text, text.slice(0, 8))?.status, 'attributed', text);
  attributed('Ola Berg falsely claimed that the quay was safe.', 'Ola Berg', 'Ola Berg');
});

test('a paragraph closed by a picture credit is a caption, not body text', () => {
  const text = [
    'The harbour board met on Monday.',
    '',
    'Nordlys tweeted support of the new quay via its account Harbour News Image: Twitter / Nordlys.',
    '',
    'Board chair Hana Brook said the quay would open in May.',
  ].join('\n');
  assert.equal(sentence(text, 'Nordlys tweeted'), undefined);
  attributed(text, 'Board chair', 'Hana Brook');
});

test('a noun with a relative clause, and an aspectual verb before "to", are not reports', () => {
  for (const text of [
    'The many paper lanterns, drums and kites turn the old square into a bright light show that can be watched by climbing the steps of the 70-metre tower.',
    'Despite the 3 warnings, the two owners continued to shun the new safety rules on the quay.',
  ])
    assert.notEqual(sentence(text, text.slice(0, 10))?.status, 'attributed', text);
  attributed('The ferry operator Nordlys declined to comment on the 12 percent fare rise.', 'The ferry', 'Nordlys');
});

test('a gerund after "from" with its content still reports', () => {
  // The rule drops "from claiming asylum" (no content after it); the shipped model already scores that one low, so
  // only the exception is tested here.
  attributed('Ola Berg refrained from saying that the quay would close.', 'Ola Berg', 'Ola Berg');
});

test('a sentence repeated without a credit line is the writer’s own and stays a finding', () => {
  const line = 'Analysts say the harbour fees will rise again next year by 12 percent.';
  const text = ['The council met on Monday.', '', line, '', 'The ferry was late.', '', line].join('\n');
  const a = annotate(text);
  assert.equal(a.assertions.filter((x) => x.text === line && x.status === 'vague').length, 2);
});
