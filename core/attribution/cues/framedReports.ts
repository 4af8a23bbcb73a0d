// Acceptance rules, first kind: a cue set off from the words it reports ("…, Brook added"), or with a vague group
// ("analysts expect").
import { DECISION_VERBS } from '../lexicon';
import type { LexInfo } from '../model';
import type { Tok } from '../tokens';
import type { Candidate } from './features';

/** An unquoted comma shortly before token `at` (a bounded look: this runs per candidate). */
function commaBefore(toks: Tok[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 40; k--) if (toks[k]!.text === ',' && !toks[k]!.quoted) return true;
  return false;
}

export type ReportRule = (c: Candidate, toks: Tok[], info: LexInfo) => boolean;

/** "…, Councillor Hana Brook added.": a verb of saying at the sentence's end, its named speaker after a comma. */
function speakerAtEnd(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  return (
    c.feats.includes('N1=.') &&
    src?.kind === 'name' &&
    commaBefore(toks, src.from) &&
    info.pos.includes('v') &&
    info.classes.includes('C')
  );
}

/** "…, Councillor Hana Brook added", "“…,” she noted": a verb of saying set off after the words it reports. */
function invertedReport(c: Candidate, toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  // "The hearing, scheduled for Tuesday, …": right after a comma, an inverted report's speaker comes after the verb
  // ("…, said Jo Park"); a subject just before that comma makes the verb a participle set off by commas (an apposition
  // between them, "Park, the mayor's aide, said", does not).
  const participle =
    toks[c.at - 1]?.text === ',' && (src?.kind === 'name' || src?.kind === 'phrase') && src.to === c.at - 2;
  return (
    c.feats.includes('INV') &&
    !participle &&
    info.pos.includes('v') &&
    info.classes.includes('C') &&
    !!src &&
    src.kind !== 'none'
  );
}

/** "“…,” port director Omar Haddad wrote on Friday": a named speaker and a verb of communication after the quote. */
function speakerAfterQuote(c: Candidate, _toks: Tok[], info: LexInfo): boolean {
  const src = c.source;
  return (
    c.feats.includes('Q=10') &&
    (src?.kind === 'name' || src?.kind === 'pronoun') &&
    info.pos.includes('v') &&
    info.classes.includes('C') &&
    /[sd]/.test(info.forms) &&
    c.feats.includes('U=1') &&
    !c.feats.includes('NEG')
  );
}

/** "Analysts expect …", "critics argue …": a vague group with a verb of saying or thinking is a vague attribution. */
function vagueGroupReport(c: Candidate, _toks: Tok[], info: LexInfo): boolean {
  // "Lawmakers approved the pay rise": a decision is an act, not a report (as for a named subject).
  return (
    c.source?.kind === 'vague' &&
    !DECISION_VERBS.has(info.lemma) &&
    info.pos.includes('v') &&
    (info.classes.includes('C') || info.classes.includes('G')) &&
    /[bsd]/.test(info.forms) &&
    c.feats.includes('U=1')
  );
}

/** Rules for any word the lexicon knows, tried before the cue-noun rule. */
export const FRAMED_REPORTS: readonly ReportRule[] = [
  speakerAtEnd,
  invertedReport,
  speakerAfterQuote,
  vagueGroupReport,
];
