// Finds the reporting cue of one sentence and the words that name its source, on tokens outside quotes. Every
// word outside quotes that may cue an attribution is a candidate (candidates.ts) with a source found by the rules
// (cueSources.ts) and features the model scores (features.ts); findCue takes the best candidate the model or the
// acceptance rules accept. The parts, in reading order:
//   types.ts: What a cue is: the reporting word of a sentence and the words that name its source.
//   words.ts: Word sets and word tests the parts share: determiners, prepositions, function words, auxiliaries, the
//     lexicon's entry for a token, and which nouns can speak.
//   nameRuns.ts: Runs of capitalised words that make a name ("Center for Economic Strategy", "Rep. Jane Okafor").
//   phraseAfter.ts: The noun phrase after a preposition or "according to", and the head noun of a phrase.
//   subjectBefore.ts: The subject before a reporting verb: a pronoun, a name, a group ("officials"), a common noun that
//     can speak ("the ministry"), an anonymous source qualified by what it knows.
//   initialSubject.ts: The noun phrase that opens a sentence, past a dateline and an opening adverbial: the subject
//     when the words right before the verb are not.
//   appositive.ts: A name set off by commas before the verb: "Piotr Ek, Varga’s chief of staff, told …".
//   subjectAfter.ts: The source after the verb: "“…,” said Varga", "said the ministry".
//   verbUsage.ts: Whether a reporting word is used as a verb here ("Varga said", not "the said contract", "the
//     reports"), as a weak verb that takes a clause, or with its agent after "by".
//   features.ts: A cue candidate and the features the model scores it by: its word's, its neighbours' shapes, its
//     source's shape, quotes, a clause after it, negation.
//   cueSources.ts: The source the rules give each kind of cue: the subject of a verb, the owner of a noun, the holder
//     of an attitude ("X is confident that").
//   candidates.ts: Every cue candidate of a sentence (what the model is trained on): phrases of evidence, attitude
//     adjectives, reporting verbs and nouns, less the words that cannot be a cue where they stand.
//   framedReports.ts: Acceptance rules, first kind: a cue set off from the words it reports ("…, Brook added"), or with
//     a vague group ("analysts expect").
//   verbReports.ts: Acceptance rules, second kind: a verb with its clause, a finding ("polls show"), a body that speaks
//     ("the ministry said"), a forecast.
//   speechAct.ts: Whether the rules accept a candidate the model scores too low: as a report, as a speech act only
//     ("Brook praised the plan"), set off by its punctuation, or as a question about the listener’s view.
//   ruleCandidates.ts: Candidates only the rules give, kept out of cueCandidates so that the model is trained on the
//     candidates it scores: owned nouns, "in the words of", "attributed to", an opening "Speaking at …", criticism.
//   misread.ts: Readings the model was trained on but the annotation drops ("has prompted calls", "mistakenly
//     thought").
//   findCue.ts: The cue of a sentence: the best-scoring candidate the model or the rules accept, and the source it
//     names.
//   trimOpening.ts: Words capitalised only for opening the sentence ("So I think", "Well, …") are no name.
//   thirdPerson.ts: Whether a cue reports a named party in the third person, as news does.
//   vague.ts: Attribution to nobody: "reportedly", "it is widely expected", "is said to".
export type { Cue, SourceRef } from './types';
export { isCueVerb } from './words';
export { staticFeatures, scoreCandidate } from './features';
export type { Candidate } from './features';
export { cueCandidates } from './candidates';
export { findCue } from './findCue';
export { isThirdPersonReport } from './thirdPerson';
export { findVagueCue } from './vague';
