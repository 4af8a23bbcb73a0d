// Named entities on sentences written for these tests (no evaluation text): each construction news copy throws at
// the tagger, checked through the public findEntities(text, sentences) contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../core/text/segment';
import { findEntities } from '../../core/entities/index';
import type { Entity } from '../../core/types';

function ents(text: string): Entity[] {
  return findEntities(text, segment(text).sentences);
}
const has = (es: Entity[], text: string, type: string) => es.some((e) => e.text === text && e.type === type);
const names = (es: Entity[]) => es.map((e) => `${e.type}:${e.text}`);

test('offsets are UTF-16 code units into the text and text matches the slice', () => {
  const text = '“Plans change,” said Mayor Helena Vartiainen of Tampere on Friday.';
  for (const e of ents(text)) assert.equal(text.slice(e.start, e.end), e.text);
});

test('titles are not part of a person’s name', () => {
  const es = ents('Finance Minister Olga Petrenko met Prime Minister Tomas Lindqvist in Stockholm on Monday.');
  assert.ok(has(es, 'Olga Petrenko', 'PERSON'), names(es).join(', '));
  assert.ok(has(es, 'Tomas Lindqvist', 'PERSON'), names(es).join(', '));
  assert.ok(!es.some((e) => /Minister/.test(e.text)), names(es).join(', '));
});

test('a title with "of the" before the name is cut too', () => {
  const es = ents('The president sent Secretary of the Interior Rosa Delgado to Brazil for the talks.');
  assert.ok(has(es, 'Rosa Delgado', 'PERSON'), names(es).join(', '));
});

test('possessives are not part of a name', () => {
  const es = ents(
    'Officials in Warsaw said Kowalczyk’s plan would be debated. Anna Kowalczyk’s office declined to comment.',
  );
  assert.ok(
    es.some((e) => e.text === 'Anna Kowalczyk' && e.type === 'PERSON'),
    names(es).join(', '),
  );
  assert.ok(!es.some((e) => /’s$/.test(e.text)), names(es).join(', '));
});

test('a surname alone after the full name is the same person, with the full name as canonical', () => {
  const es = ents(
    'Defense Secretary Harold Mbeki arrived in Nairobi on Tuesday. Mbeki said the visit was overdue. Later, Mbeki flew home.',
  );
  const sur = es.filter((e) => e.text === 'Mbeki');
  assert.ok(sur.length >= 1, names(es).join(', '));
  for (const e of sur) {
    assert.equal(e.type, 'PERSON');
    assert.equal(e.canonical, 'Harold Mbeki');
  }
});

test('initials as a given name', () => {
  const es = ents('Vice President RJ Calloway spoke in Ohio. Calloway praised the plan.');
  assert.ok(has(es, 'RJ Calloway', 'PERSON'), names(es).join(', '));
});

test('nationality adjectives are not entities', () => {
  const es = ents(
    'Ukrainian and Polish officials met Canadian diplomats in Geneva. The Afghans and the Brazilians were absent.',
  );
  assert.ok(has(es, 'Geneva', 'PLACE'), names(es).join(', '));
  for (const w of ['Ukrainian', 'Polish', 'Canadian', 'Afghans', 'Brazilians'])
    assert.ok(!es.some((e) => e.text === w), `${w}: ${names(es).join(', ')}`);
});

test('an acronym defined in passing is the same organisation', () => {
  const es = ents(
    'The study was written by the Baltic Institute for Energy Policy (BIEP). Analysts at BIEP expect prices to fall.',
  );
  const acr = es.filter((e) => e.text === 'BIEP');
  assert.ok(acr.length >= 1, names(es).join(', '));
  for (const e of acr) {
    assert.equal(e.type, 'ORG');
    assert.equal(e.canonical, 'Baltic Institute for Energy Policy');
  }
  assert.ok(has(es, 'Baltic Institute for Energy Policy', 'ORG'), names(es).join(', '));
});

test('shouted all-caps text yields only names the lists know', () => {
  const es = ents('“WHEN CANADA WINS, EVERYBODY WINS,” the premier wrote.');
  assert.ok(has(es, 'CANADA', 'PLACE'), names(es).join(', '));
  assert.ok(!es.some((e) => /EVERYBODY|WINS/.test(e.text)), names(es).join(', '));
});

test('a capital city used for its government stays a place; countries are places', () => {
  const es = ents('Ottawa wants to expand its role in Arctic shipping, and Norway has said it agrees.');
  assert.ok(has(es, 'Ottawa', 'PLACE'), names(es).join(', '));
  assert.ok(has(es, 'Norway', 'PLACE'), names(es).join(', '));
});

test('wire services and news organisations are organisations', () => {
  const es = ents(
    'The minister told Reuters the offer stood, and AFP reported the same. The Associated Press contributed.',
  );
  assert.ok(has(es, 'Reuters', 'ORG'), names(es).join(', '));
  assert.ok(has(es, 'AFP', 'ORG'), names(es).join(', '));
  assert.ok(
    es.some((e) => /Associated Press$/.test(e.text) && e.type === 'ORG'),
    names(es).join(', '),
  );
});

test('a sentence-initial name and a Title Case headline', () => {
  const es = ents(
    'Ferreira Heads To Lisbon As Port Strike Drags On\n\nTransport Minister Carla Ferreira will visit Lisbon on Thursday. Ferreira said the strike must end.',
  );
  assert.ok(has(es, 'Carla Ferreira', 'PERSON'), names(es).join(', '));
  assert.ok(has(es, 'Lisbon', 'PLACE'), names(es).join(', '));
  assert.ok(!es.some((e) => /Heads|Strike|Drags/.test(e.text)), names(es).join(', '));
});

test('a headline name run into the headline’s common words is cut back to the name the body knows', () => {
  const es = ents(
    'Okafor Wins Harbour Seat After Recount\n\nCouncillor Ada Okafor won the harbour seat in Dunmore on Sunday. Okafor thanked the volunteers.',
  );
  assert.ok(has(es, 'Ada Okafor', 'PERSON'), names(es).join(', '));
  assert.ok(!es.some((e) => /Wins|Seat|Recount/.test(e.text)), names(es).join(', '));
});

test('a sentence that opens with an unknown capitalised word before "said" opens with a person', () => {
  const es = ents('Marsk said that the ferry timetable would change in the spring.');
  assert.ok(has(es, 'Marsk', 'PERSON'), names(es).join(', '));
  assert.equal(ents('Weather said to be fine, organisers went ahead.').length, 0);
});

test('multi-word organisations with connectors', () => {
  const es = ents(
    'Researchers at the University of Leeds and the National Council for Water Safety published the data.',
  );
  assert.ok(has(es, 'University of Leeds', 'ORG'), names(es).join(', '));
  assert.ok(has(es, 'National Council for Water Safety', 'ORG'), names(es).join(', '));
});

test('a country before a title and name is split from the person', () => {
  const es = ents('Talks were led by the special envoy for Moldova Petra Lindgren and French President Alain Moreau.');
  assert.ok(has(es, 'Petra Lindgren', 'PERSON'), names(es).join(', '));
  assert.ok(has(es, 'Alain Moreau', 'PERSON'), names(es).join(', '));
  assert.ok(!es.some((e) => e.text.startsWith('French')), names(es).join(', '));
});

test('empty and name-free text give no entities', () => {
  assert.deepEqual(ents(''), []);
  assert.deepEqual(ents('it rained all day and nobody came to the meeting.'), []);
});

test('other names of a country share its usual name as canonical', () => {
  const es = ents('The U.S. embassy reopened. Officials in the United States said America would send staff.');
  for (const e of es.filter((x) => ['U.S.', 'America', 'United States'].includes(x.text))) {
    assert.equal(e.type, 'PLACE');
    assert.equal(e.canonical, 'United States');
  }
  assert.ok(
    es.some((e) => e.text === 'U.S.'),
    names(es).join(', '),
  );
});

test('"the town of X" makes X a place even when the tagger hesitates', () => {
  const es = ents('Shelling hit the town of Zorivka Dalna overnight, and the city of Tarnopil lost power.');
  assert.ok(has(es, 'Zorivka Dalna', 'PLACE'), names(es).join(', '));
  assert.ok(has(es, 'Tarnopil', 'PLACE'), names(es).join(', '));
});

test('an all-caps photo credit keeps the wire service and no shouted words', () => {
  const es = ents(
    'The minister arrives in Vilnius. (Photo by Handout / LITHUANIAN FOREIGN MINISTRY PRESS OFFICE / AFP)',
  );
  assert.ok(has(es, 'AFP', 'ORG'), names(es).join(', '));
  assert.ok(!es.some((e) => /MINISTRY|OFFICE|PRESS/.test(e.text)), names(es).join(', '));
});

test('transliteration variants are each a person; canonical does not merge different spellings', () => {
  const es = ents(
    'Oleksandr Tkachenko spoke first. Later Tkachenko and his aides left. President Oleksandr Tkachenkov was absent.',
  );
  assert.ok(has(es, 'Oleksandr Tkachenko', 'PERSON'), names(es).join(', '));
  assert.ok(has(es, 'Oleksandr Tkachenkov', 'PERSON'), names(es).join(', '));
  for (const e of es.filter((x) => x.text === 'Tkachenko')) assert.equal(e.canonical, 'Oleksandr Tkachenko');
});

test('a dateline in capitals is a place, and the common word after its dash is no name', () => {
  assert.deepEqual(names(ents('RIVERTON — The council voted on Monday to close the harbour.')), ['PLACE:RIVERTON']);
  assert.deepEqual(names(ents('MAPLEFORD, Ore. — Residents said the bridge was closed.')), ['PLACE:MAPLEFORD']);
  assert.ok(has(ents('KYIV, Ukraine (AP) — Ukraine wants a deal.'), 'KYIV', 'PLACE'));
  const mid = ents('The port reopened.\n\nNATO — the alliance — said nothing.');
  assert.ok(
    !has(mid, 'NATO', 'PLACE') || has(mid, 'NATO', 'ORG'),
    `an organisation opening a paragraph stays one: ${names(mid)}`,
  );
  assert.deepEqual(
    names(ents('Council news. The vote — a close one — passed.')),
    [],
    'a dash mid-paragraph is no dateline',
  );
});
