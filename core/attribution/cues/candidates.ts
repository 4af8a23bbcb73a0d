// Every cue candidate of a sentence (what the model is trained on): phrases of evidence, attitude adjectives, reporting
// verbs and nouns, less the words that cannot be a cue where they stand.
import { ATTITUDE_ADJECTIVES, ACCORDING, STATEMENT_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS } from '../lexicon';
import { attributionModel, type AttributionModel, type LexInfo } from '../model';
import { isQuoteMark, type Tok } from '../tokens';
import { lexOf, PREPOSITIONS, AUXILIARIES, FUNCTION_TYPES, MODALS, BE_FORMS } from './words';
import { isNameTok, isPossessive, nameStart } from './nameRuns';
import { phraseAfter } from './phraseAfter';
import { weakOk, verbUsage, agentiveUsage } from './verbUsage';
import { type Candidate, type SentenceShape, sentenceShape, staticFeatures, features } from './features';
import { verbSource, nounSource, attitudeSource } from './cueSources';

export const EVIDENTIAL = (phrase: string): Candidate['word'] => ({
  key: `=${phrase}`,
  lemma: phrase,
  classes: ['A'],
  forms: '',
});
const wordOf = (form: string, info: LexInfo): Candidate['word'] => ({
  key: form,
  lemma: info.lemma,
  classes: info.classes,
  forms: info.forms,
});
const NAMING_VERBS = new Set(['call', 'name', 'title', 'entitle', 'dub', 'nickname', 'term', 'label']);

/**
 * "a podcast called “The Tide”", "a show on Harbour Radio called The Tide": a participle that names the noun before
 * it, not a speech act (unlike "Ek called the plan a disaster").
 */
function namingParticiple(toks: Tok[], i: number, lemma: string): boolean {
  if (!NAMING_VERBS.has(lemma) || !/ed$/.test(toks[i]!.lower)) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // The name given follows at once ("called “The Tide”", "called Sea Knot"); "dubbed the dispute …" is a speech act.
  if (!prev || prev.quoted || !next || !(next.cap || isQuoteMark(next))) return false;
  if (/^\p{Ll}/u.test(prev.text))
    return (
      !AUXILIARIES.has(prev.lower) &&
      !PERSON_PRONOUNS.has(prev.lower) &&
      !PLURAL_PRONOUNS.has(prev.lower) &&
      !/ly$/.test(prev.lower) &&
      prev.lower !== 'i' &&
      prev.lower !== 'it' &&
      prev.lower !== 'who'
    );
  if (!isNameTok(prev)) return false;
  const from = nameStart(toks, i - 1, 0);
  return from > 0 && PREPOSITIONS.has(toks[from - 1]!.lower);
}

/** Every cue candidate of the sentence outside quotes, with the source the rules give it and its features. */
export function cueCandidates(toks: Tok[]): Candidate[] {
  const model = attributionModel();
  const out: Candidate[] = [];
  const sh = sentenceShape(toks);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.quoted) continue;
    const c = candidateAt(toks, i, sh, model);
    if (c) out.push(c);
  }
  return out;
}

/** The cue candidate at token i, if any: a phrase of evidence, an attitude adjective, or a reporting verb or noun. */
function candidateAt(toks: Tok[], i: number, sh: SentenceShape, model: AttributionModel): Candidate | null {
  const l = toks[i]!.lower;
  // "according to X", "citing X", "as reported by X"
  if (l === 'according' && toks[i + 1]?.lower === 'to') return evidentialCandidate(toks, i, 'according to', i + 2, sh);
  if (ACCORDING.test(l) && l !== 'per' && i > 0) return evidentialCandidate(toks, i, l, i + 1, sh);
  if (ATTITUDE_ADJECTIVES.has(l)) return attitudeCandidate(toks, i, sh);
  const info = lexicalCue(toks, i, sh, model);
  if (!info) return null;
  return info.pos.includes('v') ? verbCandidate(toks, i, info, sh) : nounCandidate(toks, i, info, sh);
}

/** "according to X", "citing X": the phrase from token `from` names the source. */
function evidentialCandidate(toks: Tok[], i: number, cue: string, from: number, sh: SentenceShape): Candidate {
  const src = phraseAfter(toks, from);
  return {
    at: i,
    cue,
    lemma: cue,
    source: src,
    word: EVIDENTIAL(cue),
    evidential: true,
    feats: features(toks, i, ['A'], '', src, [], sh),
  };
}

/** "Ek is confident that …": an adjective of attitude with its holder. */
function attitudeCandidate(toks: Tok[], i: number, sh: SentenceShape): Candidate | null {
  const src = attitudeSource(toks, i);
  if (!src) return null;
  const l = toks[i]!.lower;
  return {
    at: i,
    cue: toks[i]!.text,
    lemma: l,
    source: src,
    word: { key: `=${l}`, lemma: l, classes: ['G'], forms: 'j' },
    attitude: true,
    feats: features(toks, i, ['G'], 'j', src, ['ADJ'], sh),
  };
}

/** The lexicon's entry for the word at i when it may be a verb or noun cue here; undefined when it cannot be one. */
function lexicalCue(toks: Tok[], i: number, sh: SentenceShape, model: AttributionModel): LexInfo | undefined {
  const t = toks[i]!;
  const l = t.lower;
  const info = l.length > 1 && !FUNCTION_TYPES.has(l) && !MODALS.has(l) ? lexOf(t) : undefined;
  if (!info) return undefined;
  // Capitalised inside the sentence: a name ("Mark", "Program"), not a cue.
  if (t.cap && i > sh.first) return undefined;
  // A word whose own features already rule it out, and that no rule below could accept (its commonest sense is not
  // one of saying, and it takes no clause), is not worth reading the sentence for. On GUM, no cue was below this.
  if (
    !info.classes.includes('1C') &&
    !info.classes.includes('T') &&
    toks[i + 1]?.lower !== 'by' &&
    model.wordScore(l, () => staticFeatures(info.lemma, info.classes, info.forms)) < HOPELESS
  )
    return undefined;
  // "There is no evidence that …": an existential sentence states the writer's own finding; nobody is cited.
  if (existential(toks, i)) return undefined;
  // "the Arab states' oil wealth": a plural possessive is a noun.
  if (/s$/.test(l) && /^[’']$/.test(toks[i + 1]?.text ?? '') && !toks[i + 1]!.quoted) return undefined;
  return info;
}

/** A verb cue at i: an agent after "by", or the verb with its subject and the frame it stands in. */
function verbCandidate(toks: Tok[], i: number, info: LexInfo, sh: SentenceShape): Candidate | null {
  const t = toks[i]!;
  const l = t.lower;
  // "the point", "a light show", "the most points": a word after an article (or a superlative "the most") is a
  // noun, and a noun is a cue only when a clause or an agent follows it ("the claim that", "a statement by") or its
  // owner is named (below). "Most say" keeps its pronoun subject.
  const article =
    NOUN_DETERMINERS.has(toks[i - 1]?.lower ?? '') || (toks[i - 1]?.lower === 'most' && toks[i - 2]?.lower === 'the');
  if (article && !toks[i - 1]!.quoted) {
    const n = toks[i + 1]?.lower ?? '';
    if (n !== 'that' && n !== 'by' && n !== 'from') return null;
  }
  if (commitment(toks, i)) return null;
  const agent = agentCandidate(toks, i, info, sh);
  if (agent) return agent;
  if (namingParticiple(toks, i, info.lemma)) return null;
  const usage = verbUsage(toks, i);
  let src = verbSource(toks, i);
  const extra = [`U=${usage ? 1 : 0}`, `W=${weakOk(toks, i) ? 1 : 0}`];
  const before = toks[i - 1];
  // Set off after the words it reports: after a closing quote, or after a comma that ends a clause of its own.
  const setOff =
    before !== undefined &&
    (isQuoteMark(before) ||
      (toks[i - 2] !== undefined && isQuoteMark(toks[i - 2]!) && (before.text === ',' || isNameTok(before))) ||
      (before.text === ',' && sh.firstPlain < i));
  if (
    setOff &&
    /[sd]/.test(info.forms) &&
    !/ing$/.test(l) &&
    src &&
    (src.kind === 'name' || src.kind === 'pronoun' || src.kind === 'phrase')
  )
    extra.push('INV');
  // "The mayor declined to comment": a base form after "to" and a finite verb of communication takes its subject.
  const gov = toks[i - 2];
  if (toks[i - 1]?.lower === 'to' && gov && info.classes.includes('1C') && /b/.test(info.forms) && !gov.quoted) {
    const g = lexOf(gov);
    if (g && g.pos.includes('v') && g.classes.includes('C') && /[sd]/.test(g.forms) && verbUsage(toks, i - 2)) {
      src = verbSource(toks, i - 2);
      extra.push('TOV');
    }
  }
  if (info.pos.includes('n')) extra.push('VN');
  return {
    at: i,
    cue: t.text,
    lemma: info.lemma,
    source: src,
    word: wordOf(l, info),
    feats: features(toks, i, info.classes, info.forms, src, extra, sh),
  };
}

/** "highlighted by CES", "figures released by the bureau": a verb with its agent after "by", when that names someone. */
function agentCandidate(toks: Tok[], i: number, info: LexInfo, sh: SentenceShape): Candidate | null {
  if (toks[i + 1]?.lower !== 'by' || toks[i + 1]!.quoted || !/n/.test(info.forms) || !agentiveUsage(toks, i))
    return null;
  const src = phraseAfter(toks, i + 2);
  if (!src || (src.kind !== 'name' && src.kind !== 'vague')) return null;
  return {
    at: i,
    cue: `${toks[i]!.text} by`,
    lemma: info.lemma,
    source: src,
    word: wordOf(toks[i]!.lower, info),
    feats: features(
      toks,
      i,
      info.classes,
      info.forms,
      src,
      afterDocument(toks, i) ? ['AGENT', 'AGENT-DOC'] : ['AGENT'],
      sh,
    ),
  };
}

/**
 * A cue noun counts in a few frames only ("X's allegations that", "his remarks", "a statement from X"): other nouns
 * are not scored (GUM marked none of them, and there are many).
 */
export function nounCandidate(toks: Tok[], i: number, info: LexInfo, sh: SentenceShape): Candidate | null {
  const p = toks[i - 1]?.lower ?? '';
  const n = toks[i + 1]?.lower ?? '';
  if (
    n !== 'that' &&
    n !== 'by' &&
    n !== 'from' &&
    !isPossessive(toks[i - 1]) &&
    p !== 'his' &&
    p !== 'her' &&
    p !== 'their' &&
    p !== 'its'
  )
    return null;
  const src = nounSource(toks, i);
  return {
    at: i,
    cue: toks[i]!.text,
    lemma: info.lemma,
    source: src,
    word: wordOf(toks[i]!.lower, info),
    feats: features(toks, i, info.classes, info.forms, src, ['NOUN'], sh),
  };
}

/**
 * "agreeing to work for the church", "carried out": a verb that commits its subject to an act ("agreeing to", "decided
 * to", "wanted to") reports no words, unless the act is itself one of saying or thinking ("declined to comment",
 * "wanted to know"); "out" after a verb is its particle. A passive ("is said to", "is believed to") is the vague
 * reading's, not touched here.
 */
function commitment(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.lower === 'out' && i > 0) return true;
  const says = (w: Tok | undefined): boolean => {
    const info = w && !w.quoted ? lexOf(w) : undefined;
    return info !== undefined && (info.classes.includes('1C') || info.classes.includes('1G'));
  };
  const infinitive = (w: Tok | undefined): boolean =>
    w !== undefined && !w.quoted && /^[a-z]+$/.test(w.text) && !NOT_INFINITIVE.has(w.lower);
  const prev = toks[i - 1]?.lower ?? '';
  // A finite verb of saying keeps its reading as a speech act ("Ek vowed to appeal", "the union threatened to
  // strike"): news reports those; a participle ("agreeing to work") or a verb of wanting or deciding does not.
  const speechAct = says(t) && !/ing$/.test(t.lower);
  return (
    toks[i + 1]?.lower === 'to' && infinitive(toks[i + 2]) && !BE_FORMS.has(prev) && !speechAct && !says(toks[i + 2])
  );
}
/** Words after "to" that open a noun phrase or a clause, not an infinitive. */
const NOT_INFINITIVE = new Set(
  `the a an all any some this that these those his her its their our my your me him us them it you he she we they
  there what which who whom whose how why when where whether if one two three four five six seven eight nine ten`.split(
    /\s+/,
  ),
);

/** Words after which a word of both kinds is the noun ("the report", "some questions"). */
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'no', 'every']);
/** Words between an existential "there is" and its noun: "there is no clear evidence that". */
const EXISTENTIAL_FILLERS = new Set([
  'no',
  'not',
  'little',
  'any',
  'some',
  'clear',
  'strong',
  'new',
  'also',
  'still',
  'scientific',
]);

/** The word at i is the noun of "there is/are/was/were (no …)": "There is no evidence that …". */
function existential(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && EXISTENTIAL_FILLERS.has(toks[k]!.lower)) k--;
  if (k < 1 || !/^(?:is|are|was|were|’s|'s)$/.test(toks[k]!.lower)) return false;
  return toks[k - 1]!.lower === 'there';
}
/** Below this score of its own features a word is no cue (see cueCandidates). */
const HOPELESS = -1.5;

/** The verb at i follows a document noun, maybe after a comma: "the figures, released by …", "a report issued by …". */
function afterDocument(toks: Tok[], i: number): boolean {
  let k = i - 1;
  if (toks[k]?.text === ',') k--;
  return k >= 0 && STATEMENT_NOUNS.has(toks[k]!.lower);
}
