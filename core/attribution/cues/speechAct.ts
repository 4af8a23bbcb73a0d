// Whether the rules accept a candidate the model scores too low: as a report, as a speech act only ("Brook praised the
// plan"), set off by its punctuation, or as a question about the listener’s view.
import { STATEMENT_NOUNS, OBJECT_PRONOUNS } from '../lexicon';
import type { LexInfo } from '../model';
import { isQuoteMark, type Tok } from '../tokens';
import { DETERMINERS, STOP_BEFORE, lexOf, PREPOSITIONS, firstWord } from './words';
import { isNameTok } from './nameRuns';
import type { Candidate } from './features';
import { FRAMED_REPORTS } from './framedReports';
import { VERB_REPORTS } from './verbReports';

/** Whether the rules accept a candidate the model scores too low: 0 no, 1 as a report, 2 as a speech act only. */
export function speechAct(c: Candidate, toks: Tok[]): 0 | 1 | 2 {
  const r = speechActRule(c, toks);
  return r === true ? 1 : r === 'weak' ? 2 : 0;
}

/**
 * The rules, in order: the cue's own construction; a verb of saying set off from the words it reports, or with a vague
 * group; a cue noun with its owner and clause; then, for verbs, a report with its clause, a finding, a speaking body,
 * and last the weak readings (a refusal, a named speaker's speech act).
 */
function speechActRule(c: Candidate, toks: Tok[]): boolean | 'weak' {
  const src = c.source;
  // "according to the ministry", "citing officials": the phrase names its source by construction.
  if (c.evidential) return src !== null && src.kind !== 'none';
  // "Ek is confident that …": the holder is found by construction (attitudeSource).
  if (c.attitude) return src !== null;
  const info = lexOf(toks[c.at]!);
  if (info) for (let r = 0; r < FRAMED_REPORTS.length; r++) if (FRAMED_REPORTS[r]!(c, toks, info)) return true;
  // "Varga's allegations that …": a cue noun owned by a named party, with its content clause.
  if (c.feats.includes('NOUN'))
    return src !== null && (src.kind === 'name' || src.kind === 'pronoun') && toks[c.at + 1]?.lower === 'that';
  if (!info || info.pos === 'n') return false;
  for (let r = 0; r < VERB_REPORTS.length; r++) if (VERB_REPORTS[r]!(c, toks, info)) return true;
  // "declined to comment": the infinitive of a verb of saying, after a verb of communication, reports a refusal.
  if (c.feats.includes('TOV')) return src !== null && src.kind !== 'vague' && src.kind !== 'none' ? 'weak' : false;
  if (!namedSpeechAct(c, toks, info)) return false;
  // "Cornyn issued a statement", "the senator gave a speech": a speech act whose object is a statement reports words
  // in any kind of document (in a main clause: "when the group issued a statement, …" sets the scene).
  return statementObject(toks, c.at) && !(src?.kind === 'name' && SUBORDINATORS.has(toks[src.from - 1]?.lower ?? ''))
    ? true
    : 'weak';
}

/**
 * "Brook praised the plan": a named speaker (or he, she, they) with a verb whose commonest sense is one of saying,
 * used as a verb, is a speech act even without reported content.
 */
function namedSpeechAct(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  if (
    !src ||
    !(
      src.kind === 'name' ||
      (src.kind === 'pronoun' && (src.word === 'he' || src.word === 'she' || src.word === 'they'))
    )
  )
    return false;
  // A word that is also a noun counts only in its past form, which no noun has ("pointed out", not "points").
  if ((info.pos !== 'v' && !/d/.test(info.forms)) || !info.classes.includes('1C') || !/[sd]/.test(info.forms))
    return false;
  if (!c.feats.includes('U=1') || c.feats.includes('NEG')) return false;
  // "promised on the campaign trail to end the war": a commitment to act, not a report ("pointed out the cranes to
  // visitors" is one: "to" before a determiner, a pronoun or a name is a preposition).
  for (let k = c.at + 1; k < toks.length && k <= c.at + 7; k++) {
    const t = toks[k]!;
    if (t.quoted || STOP_BEFORE.has(t.text) || t.text === ',') break;
    const n = toks[k + 1];
    // "pointed out the ramps to visitors": a plural noun after "to" is its object too (no infinitive ends in a plain -s).
    // "urged lawmakers to reject the permit": with an object between them, the act is asked of the listener; the
    // speaker commits to nothing.
    if (
      t.lower === 'to' &&
      !(
        k > c.at + 1 &&
        n &&
        (DETERMINERS.has(n.lower) ||
          OBJECT_PRONOUNS.has(n.lower) ||
          isNameTok(n) ||
          /^\p{Ll}+[^su]s$/u.test(n.text) ||
          listenerObject(toks, c.at, k))
      )
    )
      return false;
  }
  return true;
}

const SUBORDINATORS = new Set(['when', 'after', 'before', 'if', 'because', 'since', 'as', 'while', 'although', 'once']);

/** A determiner and a statement noun (maybe after one adjective) right after the verb at v: "issued a statement". */
function statementObject(toks: Tok[], v: number): boolean {
  const d = toks[v + 1];
  if (!d || d.quoted || !(d.lower === 'a' || d.lower === 'an' || d.lower === 'the' || d.lower === 'its')) return false;
  const n1 = toks[v + 2];
  const n2 = toks[v + 3];
  return (
    (n1 !== undefined && !n1.quoted && STATEMENT_NOUNS.has(n1.lower)) ||
    (n1 !== undefined && /^\p{Ll}+$/u.test(n1.text) && n2 !== undefined && !n2.quoted && STATEMENT_NOUNS.has(n2.lower))
  );
}

/**
 * The words between a verb at v and "to" at k are its object, a listener: a pronoun, a name or a plural noun phrase
 * right after the verb ("urged lawmakers", "asked the council", "told them"), not an adverbial ("on the trail").
 */
function listenerObject(toks: Tok[], v: number, k: number): boolean {
  // "a wall with padded edges to protect …": a participle after a preposition or an article is no finite verb.
  const p = toks[v - 1]?.lower ?? '';
  if (PREPOSITIONS.has(p) || DETERMINERS.has(p)) return false;
  const o = toks[v + 1];
  if (!o || o.quoted || k - v > 5 || PREPOSITIONS.has(o.lower) || /ly$/.test(o.lower)) return false;
  if (OBJECT_PRONOUNS.has(o.lower) || isNameTok(o)) return true;
  const last = toks[k - 1]!;
  return (DETERMINERS.has(o.lower) || /^\p{Ll}+$/u.test(o.text)) && /^\p{Ll}+s$/u.test(last.text);
}

/**
 * "Do you think …?", "How do you feel about …?": a question about the listener's view (a verb of thinking or feeling
 * with "you" as its subject). Only an interview reads it as attribution, to the interviewee (../index.ts).
 */
export function askedView(c: Candidate, toks: Tok[]): boolean {
  if (c.source?.kind !== 'pronoun' || c.source.word !== 'you' || toks[c.at - 1]?.lower !== 'you') return false;
  const info = lexOf(toks[c.at]!);
  if (!info?.pos.includes('v') || !(info.classes.includes('G') || info.classes.includes('E'))) return false;
  let k = toks.length - 1;
  while (k > 0 && (toks[k]!.quoted || isQuoteMark(toks[k]!))) k--;
  return toks[k]?.text === '?';
}

/**
 * A finite verb of saying or thinking right after its named (or he/she) subject, set off by punctuation that only a
 * report has: a parenthetical ("The plan, Holm argues, cannot work"), a colon that opens the words ("Holm writes:",
 * "As Holm put it: …"), or an opening "As" clause ("As Holm noted, the fleet is old").
 */
export function setOffReport(c: Candidate, toks: Tok[]): boolean {
  const src = c.source;
  if (!src || !(src.kind === 'name' || (src.kind === 'pronoun' && (src.word === 'he' || src.word === 'she'))))
    return false;
  const t = toks[c.at]!;
  const info = lexOf(t);
  if (!info?.pos.includes('v') || !/[sd]/.test(info.forms) || !/(?:s|ed)$|^(?:wrote|put|said|thought)$/.test(t.lower))
    return false;
  if (!(info.classes.includes('C') || info.classes.includes('G') || t.lower === 'wrote' || t.lower === 'writes'))
    return false;
  const subjectStart = src.kind === 'name' ? src.from : c.at - 1;
  const subjectEnd = src.kind === 'name' ? src.to : c.at - 1;
  if (subjectEnd !== c.at - 1) return false;
  const next = toks[c.at + 1];
  const after = next && (next.lower === 'it' || next.lower === 'this') ? toks[c.at + 2] : next;
  const before = toks[subjectStart - 1];
  const first = firstWord(toks);
  // "… , Holm argues, …"
  if (before?.text === ',' && next?.text === ',' && subjectStart > first) return true;
  // "Holm writes:" / "As Holm summarized it:"
  if (after?.text === ':') return true;
  // "As Holm noted, …"
  return before?.lower === 'as' && subjectStart - 1 === first && (after?.text === ',' || after?.text === ':');
}
