// The cue of a sentence: the best-scoring candidate the model or the rules accept, and the source it names.
import { CONTACT_VERBS, ORG_WORDS, DECISION_VERBS } from '../lexicon';
import { attributionModel } from '../model';
import { isQuoteMark, type Tok } from '../tokens';
import type { SourceRef, Cue } from './types';
import { STOP_BEFORE, lexOf, AUXILIARIES, firstWord } from './words';
import { isNameTok } from './nameRuns';
import { subjectBefore } from './subjectBefore';
import { initialSubject } from './initialSubject';
import { type Candidate, scoreCandidate } from './features';
import { cueCandidates } from './candidates';
import { FINDINGS, FORECAST_VERBS } from './verbReports';
import { speechAct, askedView, setOffReport } from './speechAct';
import { ownedNouns, inTheWordsOf, speakingOpener, criticism, attributedTo } from './ruleCandidates';
import { misread } from './misread';
import { trimOpening } from './trimOpening';

/** How far below the model's threshold a speech act may score and still count (the model reads GUM's narrower notion). */
const SPEECH_ACT_MARGIN = 2.5;
/** A verb of decision or of making contact (DECISION_VERBS, CONTACT_VERBS), in any of its forms. */
function isDecision(word: string): boolean {
  const info = attributionModel().lookup(word);
  const lemma = info?.lemma ?? word;
  return DECISION_VERBS.has(lemma) || CONTACT_VERBS.has(lemma);
}

/**
 * "documented by the Coastal Research Centre", "estimated by the bank": an agent after "by" is a source when the verb
 * is one of saying or thinking in its commonest sense ("published by", "invited by" are not), or when it follows a
 * document ("figures, released by the bureau").
 */
function agentive(c: Candidate): boolean {
  const k = c.word.classes;
  return c.feats.includes('AGENT') && (k.includes('1C') || k.includes('1G') || c.feats.includes('AGENT-DOC'));
}

/** "the New Zealand government", "the Harbour workers' union": an organisation's noun with a name in its phrase. */
function namedBody(src: SourceRef | null, toks: Tok[]): boolean {
  if (src?.kind !== 'phrase' || !ORG_WORDS.has(src.head)) return false;
  for (let k = src.from; k < src.to; k++) if (isNameTok(toks[k]) && k > 0) return true;
  return false;
}

/**
 * The best-scoring attribution cue of the sentence (outside quotes) that has a source, or null. In order: every
 * candidate the model or the rules accept (candidatesOf, verdict), the first with a source chosen (choose), a named
 * believer or a named "according to" preferred to it (prefer), and the source the chosen cue names (cueOf); with no
 * candidate, a verb that introduces a quote (introducingVerb).
 */
export function findCue(toks: Tok[]): Cue | null {
  const choice = choose(toks);
  return choice ? cueOf(toks, prefer(toks, choice)) : introducingVerb(toks);
}

/** Every candidate findCue weighs: the model's (cueCandidates, owned nouns read as nouns), then the rules' own. */
function candidatesOf(toks: Tok[]): Candidate[] {
  return ownedNouns(toks, cueCandidates(toks)).concat(
    inTheWordsOf(toks),
    attributedTo(toks),
    speakingOpener(toks),
    criticism(toks),
  );
}

/** How a candidate is accepted: its score (0.01 when the rules accept what the model scores too low), and whether only
 * as a speech act (weak) or as a question about the listener's view (asked). */
interface Verdict {
  score: number;
  weak: boolean;
  asked: boolean;
}

/** Whether the model or the rules accept a candidate, and how; null when neither does. */
function verdict(c: Candidate, toks: Tok[]): Verdict | null {
  if (misread(c, toks)) return null;
  const s = scoreCandidate(c);
  if (s > 0) return { score: s, weak: false, asked: false };
  // A verb of saying or thinking set off by its punctuation reports whatever the model makes of it.
  if (setOffReport(c, toks)) return { score: 0.01, weak: false, asked: false };
  if (askedView(c, toks)) return { score: 0.01, weak: false, asked: true };
  // A little below the model's threshold, or a construction the rules read: the acceptance rules decide.
  if (s > -SPEECH_ACT_MARGIN || rulesDecide(c, toks)) {
    const act = speechAct(c, toks);
    if (act || agentive(c)) return { score: 0.01, weak: act === 2 && !agentive(c), asked: false };
  }
  return null;
}

/**
 * Candidates the acceptance rules judge however low the model scores them. News reports speech acts of every kind
 * ("praised", "blasted", "announced the plan"): a verb whose commonest sense is one of communication, used as a finite
 * verb with a named or pronoun subject, attributes, whatever follows it. GUM's annotation counts only reporting with
 * content, so the model alone under-reads these; with a named subject the rules decide however low the model scores
 * ("Councillor Brook praised the timetable"). So they do for the constructions the rules read (a refusal, a cue noun,
 * a clause, an inverted report, an evidential or attitude phrase, a forecast, a finding, a vague group, an agent).
 */
function rulesDecide(c: Candidate, toks: Tok[]): boolean {
  return (
    ((c.source?.kind === 'name' ||
      namedBody(c.source, toks) ||
      (c.source?.kind === 'pronoun' && (c.source.word === 'he' || c.source.word === 'she'))) &&
      !isDecision(toks[c.at]!.lower)) ||
    c.feats.includes('TOV') ||
    c.feats.includes('NOUN') ||
    c.feats.includes('CL') ||
    c.feats.includes('INV') ||
    c.feats.includes('N1=.') ||
    c.evidential === true ||
    c.attitude === true ||
    FORECAST_VERBS.has(c.lemma) ||
    (c.source?.kind === 'phrase' && FINDINGS.has(c.source.head)) ||
    c.source?.kind === 'vague' ||
    agentive(c)
  );
}

/** The accepted candidate findCue chose, how it was accepted, and the first accepted named believer (inner) and named
 * "according to" (evidence) of the sentence, which prefer() may put in its place. */
interface Choice {
  best: Candidate;
  weak: boolean;
  asked: boolean;
  inner: Candidate | null;
  evidence: Candidate | null;
}

/** The accepted candidate that comes first with a source, or null when none is accepted. */
function choose(toks: Tok[]): Choice | null {
  let best: Candidate | null = null;
  let bestScore = 0;
  let bestWeak = false;
  let bestAsked = false;
  let inner: Candidate | null = null;
  let evidence: Candidate | null = null;
  for (const c of candidatesOf(toks)) {
    const v = verdict(c, toks);
    if (!v) continue;
    if (c.evidential && c.source?.kind === 'name' && !evidence) evidence = c;
    if (c.source?.kind === 'name' && !c.evidential && !v.weak && !inner) inner = c;
    // The first cue with a source wins ("Varga confirmed that …, the agency reported"); one without a source only
    // until then.
    if (
      !best ||
      (c.source !== null && best.source === null) ||
      // A speech act read only as such gives way to a report: "Writing in a blog post, Varga dubbed …".
      (bestWeak && !v.weak && c.source !== null) ||
      (v.score > bestScore && best.source === null && c.source === null)
    ) {
      bestScore = v.score;
      best = c;
      bestWeak = v.weak;
      bestAsked = v.asked;
    }
  }
  return best ? { best, weak: bestWeak, asked: bestAsked, inner, evidence } : null;
}

/** The chosen cue, or a named party that outranks it. */
function prefer(toks: Tok[], choice: Choice): Choice {
  let c = choice;
  const { inner, evidence } = choice;
  // "According to the Gazette, Holm also believes the fares will rise": the named believer speaks; the outlet only
  // reports them.
  if (
    c.best.evidential &&
    c.best.cue === 'according to' &&
    inner &&
    inner.at > c.best.at &&
    (inner.word.classes.includes('1C') || inner.word.classes.includes('1G')) &&
    toks.slice(c.best.at, inner.at).some((t) => t.text === ',')
  )
    c = { ...c, best: inner, weak: false, asked: false };
  // "The museum saw 9,000 visitors, according to curator Elin Dahl": a named "according to" outranks a verb whose
  // commonest sense is not one of saying or thinking.
  if (evidence && evidence !== c.best && !c.best.word.classes.includes('1C') && !c.best.word.classes.includes('1G'))
    c = { ...c, best: evidence, weak: false };
  return c;
}

/** The cue of the chosen candidate, with the source it names. */
function cueOf(toks: Tok[], { best, weak, asked, evidence }: Choice): Cue {
  // No subject by the rules: the name that opens the sentence, if any ("Nordlys co-founder Ola Berg tweeted
  // to Lund and said …").
  let source = best.source ?? initialSubject(toks, best.at);
  let documentNoun = false;
  if (source?.kind === 'name') {
    source = trimOpening(toks, source);
    documentNoun = source?.kind === 'phrase';
  }
  // "And I was going to say …": a capital "I" opening the sentence is the first person, not a name.
  if (source?.kind === 'name' && source.from === source.to && toks[source.from]!.text === 'I')
    source = { kind: 'pronoun', word: 'i' };
  const cue: Cue = {
    cue: best.cue,
    at: best.at,
    source:
      source && (source.kind !== 'phrase' || documentNoun)
        ? source
        : best.source && best.source.kind !== 'name'
          ? best.source
          : { kind: 'none' },
  };
  if (weak) cue.weak = true;
  if (asked && best !== evidence) cue.asked = true;
  cue.source = reportedParty(toks, cue) ?? cue.source;
  return cue;
}

const TEAM = new Set(['colleagues', 'co-authors', 'coauthors', 'co-workers', 'coworkers', 'collaborators', 'team']);

/**
 * Sources the subject rules miss, read off the words around the cue: the person quoted, not the paper quoting them
 * ("Holm was quoted by Reuters as saying"); the named lead of a group ("Holm and colleagues found"); a name set off
 * before the pronoun that repeats it ("The chair, Ada Holm, she has said"). Null when none applies.
 */
function reportedParty(toks: Tok[], cue: Cue): SourceRef | null {
  const at = cue.at;
  const src = cue.source;
  if (/^(?:quoted|cited) by$/.test(cue.cue) && AUXILIARIES.has(toks[at - 1]?.lower ?? '')) {
    const subject = subjectBefore(toks, at - 1);
    if (subject?.kind === 'name' || (subject?.kind === 'pronoun' && subject.word !== 'it')) return subject;
  }
  if (src.kind === 'none' || (src.kind === 'phrase' && TEAM.has(src.head))) {
    let k = at - 1;
    if (toks[k] && TEAM.has(toks[k]!.lower)) {
      k--;
      if (toks[k] && /^(?:his|her|their)$/.test(toks[k]!.lower)) k--;
      if (toks[k]?.lower === 'and' && toks[k - 1]?.cap && !toks[k - 1]!.quoted) {
        let from = k - 1;
        while (from > 0 && toks[from - 1]!.cap && !toks[from - 1]!.quoted && from > k - 4) from--;
        // Not the capital that opens the sentence unless it is the name itself.
        if (from === 0 && toks.length > 1 && !lexOf(toks[0]!)) return { kind: 'name', from, to: k - 1 };
        if (from > 0) return { kind: 'name', from, to: k - 1 };
      }
    }
  }
  if (src.kind === 'pronoun' && (src.word === 'he' || src.word === 'she')) {
    // "…, Ada Holm, he has explained": the auxiliaries between the pronoun and the cue are skipped first.
    let p = at - 1;
    while (p > 0 && AUXILIARIES.has(toks[p]!.lower) && at - p < 3) p--;
    if (toks[p]?.lower === src.word && toks[p - 1]?.text === ',' && toks[p - 2]?.cap && !toks[p - 2]!.quoted) {
      let from = p - 2;
      while (from > 0 && toks[from - 1]!.cap && !toks[from - 1]!.quoted && from > p - 5) from--;
      if (from > 0 && toks[from - 1]!.text === ',') return { kind: 'name', from, to: p - 2 };
    }
  }
  return null;
}

/**
 * "She continued: “…”", "Ek replied, “…”": any finite verb right after its named or pronoun subject that opens a
 * direct quote with a colon or comma introduces that quote, whether or not the lexicon knows the verb.
 */
function introducingVerb(toks: Tok[]): Cue | null {
  const first = firstWord(toks);
  for (let i = first + 1; i < toks.length - 2 && i <= first + 6; i++) {
    const t = toks[i]!;
    if (t.quoted || STOP_BEFORE.has(t.text) || t.text === ',') return null;
    const punct = toks[i + 1]!.text;
    if ((punct !== ':' && punct !== ',') || !isQuoteMark(toks[i + 2]!)) continue;
    if (t.cap || !/^[a-z]+(?:ed|s)$/.test(t.lower) || AUXILIARIES.has(t.lower)) return null;
    const src = subjectBefore(toks, i);
    if (!src || !(src.kind === 'name' ? src.from === first : src.kind === 'pronoun' && i === first + 1)) return null;
    return { cue: t.text, at: i, source: src.kind === 'name' ? (trimOpening(toks, src) ?? src) : src };
  }
  return null;
}
