// The entity layer caches per sentence (prepared tokens; tags keyed by the sentence text and the document facts its
// features read). Over random edits — including ones that only change another sentence's facts, such as a word's
// case elsewhere — cached results must equal results computed with every cache off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnalyzer } from '../../core/analyzer';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../core/text/segment';
import { findEntities } from '../../core/entities/index';
import { prepare } from '../../core/entities/features';
import { tagDoc } from '../../core/entities/tagger';
import { loadModel, type PackedModel } from '../../core/entities/model';
import packed from '../../models/ner-model.json';
import { fresh, rng } from '../support/edits';

const dir = join(import.meta.dirname, '../fixtures/articles');
const base = readdirSync(dir)
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'))
  .join('\n\n')
  .slice(0, 12_000);

const PIECES = [
  'a',
  'A',
  ' ',
  '.',
  '. ',
  'Paris',
  ' Smith',
  'The ',
  '\n\n',
  'US',
  ' of ',
  'NASA',
  '’s',
  'é',
  'Mr. ',
  'x',
  'WHEN AMERICA',
  ' (CES)',
  ' will ',
  ' Will ',
  ' said',
  ' Ltd',
  'in ',
];

/** Inserts or deletes a piece, or flips the case of a word's first letter (which changes other sentences' facts). */
function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * text.length);
  const x = r();
  if (x < 0.25) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 6));
  if (x < 0.5) {
    const m = /\p{L}+/u.exec(text.slice(at));
    if (!m) return text;
    const k = at + m.index;
    const c = text[k]!;
    const flipped = c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase();
    return text.slice(0, k) + flipped + text.slice(k + 1);
  }
  return text.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + text.slice(at);
}

/** Our own story, its names repeated the ways the document stages compare them: a surname alone after the full name,
 * an acronym defined once, names in a Title Case headline, a known name's repeat, a compound ("Oslo-based"). */
const STORY = [
  'Harbour Board Backs Tarvik Plan As Whitcombe Steps Down',
  '',
  'RIVERTON — The Coastal Energy Board (CEB) voted on Tuesday to back a plan by Tarvik Holdings to rebuild the old ferry pier, board chair Dana Whitcombe said.',
  'Whitcombe, who has led the board since 2019, said she would step down in March. The CEB will name a successor next month.',
  'Tarvik, an Oslo-based builder, has worked on three piers along the coast. Its chief executive, Henrik Marlow, said the company would hire 40 workers in Riverton.',
  'Marlow said the work would start in the spring. Marlow Industries, a separate firm owned by his brother, is not involved.',
  'Critics of the plan, including the Riverton Residents Association, said the board had moved too fast. Priya Osei, who chairs the association, called the vote "a done deal".',
  'Osei said residents would ask the Harbour Court to review it. The court has not said when it will rule.',
  'In Lisbon, where Tarvik built a pier in 2021, officials praised the work. Whitcombe visited Lisbon last year.',
  'A spokesperson for the CEB said the board would publish its minutes on Friday. Mr. Marlow declined to comment on the court.',
  'Shares of Tarvik rose 3 percent in Oslo. The Texas-born investor Carla Brandt, who owns a stake in Tarvik Holdings, welcomed the vote.',
  'Brandt said she expected the pier to open in 2026. Dana Whitcombe thanked the staff of the board.',
].join('\n');

/** Removes a sentence, or copies it before another. */
function moveSentence(text: string, r: () => number): string {
  const sents = segment(text).sentences;
  if (sents.length < 4) return STORY;
  const s = sents[Math.floor(r() * sents.length)]!;
  if (r() < 0.45) return text.slice(0, s.start) + text.slice(s.end);
  const at = sents[Math.floor(r() * sents.length)]!.start;
  return `${text.slice(0, at)}${text.slice(s.start, s.end)} ${text.slice(at)}`;
}

test('findEntities with warm per-sentence caches equals a fresh analysis over random edits', () =>
  createAnalyzer().run(() => {
    const r = rng(11);
    let text = base;
    findEntities(text, segment(text).sentences);
    for (let k = 0; k < 150; k++) {
      text = edit(text, r);
      const sents = segment(text).sentences;
      const warm = findEntities(text, sents);
      assert.deepStrictEqual(
        warm,
        fresh(() => findEntities(text, sents)),
        `edit ${k}`,
      );
      // A caller mutating the result must not change the next one.
      for (const e of warm) {
        e.start = -1;
        e.text = 'x';
      }
      assert.deepStrictEqual(
        findEntities(text, sents),
        fresh(() => findEntities(text, sents)),
      );
    }
  }));

test('prepared tokens and tags (margins bit for bit) equal the uncached ones over random edits', () =>
  createAnalyzer().run(() => {
    const { weights, gazetteer } = loadModel(packed as PackedModel);
    const r = rng(5);
    let text = base;
    for (let k = 0; k < 240; k++) {
      // The second half edits a longer text, also moving whole sentences (the arrays of the sentences after an edit
      // are moved, not copied again: layout.ts).
      if (k === 120) text = `${STORY}\n\n${base}`;
      text = k >= 120 && r() < 0.3 ? moveSentence(text, r) : edit(text, r);
      const sents = segment(text).sentences;
      const a = prepare(text, sents, gazetteer);
      const b = fresh(() => prepare(text, sents, gazetteer));
      assert.deepStrictEqual(a.toks, b.toks);
      for (const f of ['lower', 'shapes', 'gaz', 'sents', 'sentText'] as const) assert.deepStrictEqual(a[f], b[f], f);
      for (const f of ['flags', 'cand', 'cont', 'shout', 'runStart', 'runEnd', 'headline', 'starts', 'ends'] as const)
        assert.deepStrictEqual([...a[f]], [...b[f]], f);
      for (let i = 0; i < a.n; i++) assert.equal(a.sentOf(i), b.sentOf(i), `sentOf ${i}`);
      assert.deepStrictEqual([...a.docLower.keys()].sort(), [...b.docLower.keys()].sort());
      assert.deepStrictEqual([...a.docMidCap.keys()].sort(), [...b.docMidCap.keys()].sort());
      for (const w of new Set([...a.words, ...b.words])) assert.strictEqual(a.docCtx.get(w), b.docCtx.get(w), w);
      const ta = tagDoc(a, weights);
      const tb = fresh(() => tagDoc(b, weights));
      assert.deepStrictEqual([...ta.tags], [...tb.tags]);
      for (let i = 0; i < ta.margin.length; i++) assert.ok(Object.is(ta.margin[i], tb.margin[i]), `margin ${i}`);
    }
  }));

test('a sentence is re-tagged when only another sentence changes what its features read', () =>
  createAnalyzer().run(() => {
    // "Will" opening a sentence reads whether "will" occurs in lower case elsewhere (docLower).
    const a = 'Will Fenwick spoke on Monday. Nobody else did.';
    const b = 'Will Fenwick spoke on Monday. Nobody else will.';
    for (const text of [a, b, a, b]) {
      const sents = segment(text).sentences;
      assert.deepStrictEqual(
        findEntities(text, sents),
        fresh(() => findEntities(text, sents)),
      );
    }
  }));

test('resolve: a stretch of sentences cached by its text is recomputed when a word it read elsewhere changes', () =>
  createAnalyzer().run(() => {
    // trimSpan drops a lone common word capitalised by position ("The South retaliated") when the document also uses
    // it in lower case: the cached stretch read docLower, which only the other sentence changes. (The tagger reads it
    // too, so its spans, part of the stretch's key, usually change with it; the recorded answers cover the rest.)
    const one = 'North Korea fired shells on Monday. The South retaliated with rounds of its own. Nobody was hurt.';
    const two =
      'North Korea fired shells on Monday. The South retaliated with rounds of its own. Nobody in the south was hurt.';
    // A headline without a full stop is read with the sentence after it; the same sentence then stands alone.
    const three =
      'Harbour Board Meets Riverton Council\n\nThe Harbour Board met in Riverton. Ngozi Adeyemi (HB) spoke.';
    const four = 'The Harbour Board met in Riverton. Ngozi Adeyemi (HB) spoke.\n\nHarbour Board Meets Riverton Council';
    for (const text of [one, two, one, three, four, three, two, four]) {
      const sents = segment(text).sentences;
      assert.deepStrictEqual(
        findEntities(text, sents),
        fresh(() => findEntities(text, sents)),
        text,
      );
    }
  }));

test('resolve: cached stretches equal fresh ones when sentences elsewhere come and go (document facts change)', () => {
  // Removing or copying a whole sentence changes what the others read of the document (a name's votes, a surname's
  // full name, an acronym's definition, the body's names) while their own text, and often their tags, stay the same.
  for (const seed of [3, 6])
    createAnalyzer().run(() => {
      const r = rng(seed);
      let text = STORY;
      findEntities(text, segment(text).sentences);
      for (let k = 0; k < 80; k++) {
        text = moveSentence(text, r);
        const after = segment(text).sentences;
        assert.deepStrictEqual(
          findEntities(text, after),
          fresh(() => findEntities(text, after)),
          `seed ${seed}, edit ${k}`,
        );
      }
    });
});

test("resolve: a company's own word is retyped when the sentence naming it in full comes and goes", () =>
  createAnalyzer().run(() => {
    const full = 'Nortek Systems Inc said it would cut jobs.';
    const rest = 'Nortek shares fell 11 percent in extended trading.\n\nWhitlock said Nortek would keep investing.';
    const a = `${full}\n\n${rest}`;
    const b = `Nortek said it would cut jobs.\n\n${rest}`;
    for (const text of [a, b, a, b]) {
      const sents = segment(text).sentences;
      assert.deepStrictEqual(
        findEntities(text, sents),
        fresh(() => findEntities(text, sents)),
        text,
      );
    }
  }));
