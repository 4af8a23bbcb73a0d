// What a cue is: the reporting word of a sentence and the words that name its source.

export type SourceRef =
  /** Capitalised words naming the source: tokens [from, to]. */
  | { kind: 'name'; from: number; to: number; within?: { from: number; to: number } }
  | { kind: 'pronoun'; word: string }
  /** A common noun phrase: "the ministry", "a source with direct knowledge of the trip". */
  | { kind: 'phrase'; from: number; to: number; head: string }
  | { kind: 'vague'; from: number; to: number }
  /** A cue whose source the sentence does not name ("It is no exaggeration to say that …"). */
  | { kind: 'none' };

export interface Cue {
  cue: string;
  /** Token index of the cue. */
  at: number;
  source: SourceRef;
  /** Accepted only as a speech act without reported content ("Brook praised the plan", "declined to comment"): news
   *  counts these, other prose mostly does not (the document decides, see ../index.ts). */
  weak?: boolean;
  /** Accepted only as a question about the listener's view ("Do you think …?"): an interview's, not a text's. */
  asked?: boolean;
}
