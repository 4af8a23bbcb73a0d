// Acceptance rules, second kind: a verb with its clause, a finding ("polls show"), a body that speaks ("the ministry
// said"), a forecast.
import { EVIDENCE_VERBS, ANONYMOUS_HEADS, ORG_WORDS, STATEMENT_NOUNS, PERSON_PRONOUNS, VAGUE_HEADS } from '../lexicon';
import type { LexInfo } from '../model';
import type { Tok } from '../tokens';
import {
  DETERMINERS,
  STOP_BEFORE,
  isSpeakerNoun,
  DEFINITE,
  PREPOSITIONS,
  FUNCTION_TYPES,
  isCueVerb,
  BE_FORMS,
  firstWord,
} from './words';
import { subjectEnd } from './subjectBefore';
import type { Candidate } from './features';
import type { ReportRule } from './framedReports';

/** People a document introduces and then calls by their role: "the authors", "the researchers", "the judges". */
const GROUP_HEADS = new Set(
  `author authors researcher researchers scientist scientists investigators judges doctors lawyers organisers organizers
  team authorities`.split(/\s+/),
);

const PICTURES = new Set(['photos', 'images', 'footage', 'video', 'pictures', 'photographs']);

/**
 * "Ross fears the port will close", "the report says sea levels rose": a verb of belief, feeling or saying that takes a
 * clause, with its clause, and a subject that is named, a pronoun or a document.
 */
function clauseReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  const primary = info.classes.includes('1C') || info.classes.includes('1G') || info.classes.includes('1E');
  const clause =
    (info.classes.includes('T') && primary && (c.feats.includes('CL') || toks[c.at + 1]?.lower === 'that')) ||
    writtenClause(toks, c.at, info);
  return (
    clause &&
    !!src &&
    !readPast(toks, c) &&
    (src.kind === 'name' ||
      src.kind === 'pronoun' ||
      (src.kind === 'phrase' && (STATEMENT_NOUNS.has(src.head) || isSpeakerNoun(src.head)))) &&
    (/[sd]/.test(info.forms) || src.kind === 'name' || src.kind === 'phrase') &&
    !c.feats.includes('NEG')
  );
}

/**
 * "Analysts wrote in a note to clients that …", "Okafor wrote on her blog that …": "write" (whose commonest sense is
 * making a text, not saying) with a "that" clause after at most a short phrase of where it was written.
 */
function writtenClause(toks: Tok[], v: number, info: LexInfo): boolean {
  if (info.lemma !== 'write' || !/[sd]/.test(info.forms)) return false;
  for (let k = v + 1; k < toks.length && k <= v + 9; k++) {
    const t = toks[k]!;
    if (t.lower === 'that') return k === v + 1 || PREPOSITIONS.has(toks[v + 1]!.lower);
    if (t.quoted || STOP_BEFORE.has(t.text) || t.text === ',' || isCueVerb(t)) return false;
  }
  return false;
}

/**
 * "New rules on lending in the bloc expected next month …": a named subject found only past a common noun that stands
 * right before the verb (the sentence's opening words, read as a fallback) is not the verb's subject.
 */
function readPast(toks: Tok[], c: Candidate): boolean {
  const src = c.source;
  // A participle after a preposition ("on learning that …") has no subject of its own to rival.
  if (src?.kind !== 'name' || /ing$/.test(toks[c.at]!.lower) || PREPOSITIONS.has(toks[c.at - 1]?.lower ?? ''))
    return false;
  const k = subjectEnd(toks, c.at);
  const t = toks[k];
  // A preposition or a function word there ("on learning that …") is no rival subject.
  return (
    k > src.to &&
    t !== undefined &&
    /^\p{Ll}/u.test(t.text) &&
    !t.quoted &&
    !PERSON_PRONOUNS.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) &&
    !FUNCTION_TYPES.has(t.lower)
  );
}

/**
 * "Polls show …", "the figures suggest that …", "Results of the survey show …": a document or finding as subject of a
 * verb of evidence.
 */
function evidenceReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  if (
    !EVIDENCE_VERBS.has(info.lemma) ||
    !info.pos.includes('v') ||
    !/[bsd]/.test(info.forms) ||
    c.feats.includes('NEG')
  )
    return false;
  const src = c.source;
  const head =
    src?.kind === 'phrase'
      ? src.head
      : src?.kind === 'name' && src.from === src.to && src.from === firstWord(toks)
        ? toks[src.from]!.lower
        : src?.kind === 'vague' && src.to === src.from
          ? toks[src.from]!.lower
          : '';
  // Pictures show things, not findings ("photos showed the damage").
  if (STATEMENT_NOUNS.has(head) && !PICTURES.has(head)) return true;
  // "A poll by the Harlow Institute shows …", "the audit by the comptroller found …": a finding of a named party.
  if (src?.kind === 'name' || src?.kind === 'phrase') {
    let b = src.from - 1;
    if (DETERMINERS.has(toks[b]?.lower ?? '')) b--;
    const by = toks[b]?.lower;
    const doc = toks[b - 1]?.lower ?? '';
    // Not "of": "an investigation of the bank" names what was studied, not who studied it.
    if ((by === 'by' || by === 'from') && (STATEMENT_NOUNS.has(doc) || FINDINGS.has(doc))) return true;
  }
  // "The audit found": a definite finding points back to one named before; "a recent poll found" names nobody.
  return src?.kind === 'phrase' && FINDINGS.has(head) && !INDEFINITE.has(toks[src.from]!.lower);
}

/** Documents of findings that the lexicon's statement nouns leave out. */
const INDEFINITE = new Set(['a', 'an', 'some', 'one', 'several', 'many', 'another']);
export const FINDINGS = new Set(['poll', 'polls', 'audit', 'audits', 'census', 'review', 'inquiry', 'investigation']);

/**
 * "the ministry said", "people familiar with the talks said": a common noun that can speak, with a verb of saying.
 * "The authors say", "the scientists found that": a definite group of people already introduced, with a verb of
 * saying, or of thinking with its clause.
 */
function speakingBodyReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  if (src?.kind !== 'phrase') return false;
  const group = DEFINITE.has(toks[src.from]!.lower) && (VAGUE_HEADS.has(src.head) || GROUP_HEADS.has(src.head));
  return (
    (ANONYMOUS_HEADS.has(src.head) || ORG_WORDS.has(src.head) || group) &&
    info.pos.includes('v') &&
    (info.classes.includes('1C') ||
      (group &&
        (info.classes.includes('1G') || info.classes.includes('T')) &&
        (c.feats.includes('CL') || toks[c.at + 1]?.lower === 'that'))) &&
    (/[sd]/.test(info.forms) || (group && /b/.test(info.forms))) &&
    c.feats.includes('U=1') &&
    !c.feats.includes('NEG')
  );
}

/**
 * "The central bank expects inflation to ease", "Pellam Bank forecast net income of $2 billion", "Corvane expects
 * revenue of $8 billion": a finite verb of forecasting with a named party, a pronoun or a body that can speak as its
 * subject reports that party's forecast, with or without a clause (the forecast is the claim a reader would check).
 */
function forecastReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  if (
    !FORECAST_VERBS.has(info.lemma) ||
    !/[bsd]/.test(info.forms) ||
    !c.feats.includes('U=1') ||
    c.feats.includes('NEG')
  )
    return false;
  // "is expected to", "were forecast": a passive is the vague reading's; "of expected departure": an adjective.
  const prev = toks[c.at - 1]?.lower ?? '';
  if (BE_FORMS.has(prev) || PREPOSITIONS.has(prev) || DETERMINERS.has(prev)) return false;
  const n = toks[c.at + 1];
  if (!n || n.quoted || STOP_BEFORE.has(n.text) || n.text === ',') return false;
  const src = c.source;
  // "laws on asylum in the UK expected next month": a name after a preposition is no subject.
  if (readPast(toks, c)) return false;
  if (src?.kind === 'name' || src?.kind === 'phrase') {
    let b = src.from - 1;
    if (DETERMINERS.has(toks[b]?.lower ?? '')) b--;
    if (PREPOSITIONS.has(toks[b]?.lower ?? '') && !VAGUE_HEADS.has(toks[b - 1]?.lower ?? '')) return false;
  }
  return (
    !!src &&
    (src.kind === 'name' ||
      (src.kind === 'pronoun' && src.word !== 'it' && src.word !== 'you') ||
      (src.kind === 'phrase' && isSpeakerNoun(src.head) && !STATEMENT_NOUNS.has(src.head)))
  );
}
export const FORECAST_VERBS = new Set(['expect', 'anticipate', 'forecast', 'predict']);

/** Rules for a word the lexicon knows as a verb, tried after the cue-noun rule. */
export const VERB_REPORTS: readonly ReportRule[] = [clauseReport, evidenceReport, speakingBodyReport, forecastReport];
