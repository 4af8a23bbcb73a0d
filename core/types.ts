// Plain data shared by every layer. Offsets are UTF-16 code units into the analysed text, end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'MISC';

export interface Entity extends Span {
  text: string;
  type: EntityType;
  /** The fullest form of this name in the document ("Zelensky" -> "Volodymyr Zelensky"). */
  canonical: string;
}

export type QuantityKind = 'MONEY' | 'PERCENT' | 'COUNT' | 'DATE' | 'ORDINAL' | 'MEASURE';

export interface DateValue {
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) when resolved against a known article date or stated in full. */
  iso?: string;
  granularity: 'day' | 'month' | 'year' | 'weekday' | 'relative';
  /** True when the calendar date is known (stated or resolved), false when only recognised. */
  resolved: boolean;
  /** Month (1-12) and day as written, even when the year is unknown: lets "Feb. 12" be compared with "Feb. 5". */
  month?: number;
  day?: number;
  weekday?: number;
}

export interface Quantity extends Span {
  text: string;
  kind: QuantityKind;
  /** The number it denotes; money in units of its currency; dates as epoch ms of the start (UTC) when resolved. */
  value?: number;
  /** ISO 4217 code for money, '%' for percentages, the counted noun for counts ("elements"). */
  unit?: string;
  /** "hundreds of billions", "BILLIONS of Dollars": an order of magnitude, not an exact figure. */
  vague?: boolean;
  date?: DateValue;
}

export type AssertionStatus = 'attributed' | 'vague' | 'unattributed';

export interface Assertion extends Span {
  text: string;
  status: AssertionStatus;
  /** Canonical name of the source (pronouns and quote continuations resolved). */
  source?: string;
  /** The reporting cue: "said", "according to", "experts say". */
  cue?: string;
  /** Why an unattributed sentence is check-worthy: "number", "superlative", "prediction"... */
  reasons?: string[];
}

export interface Sentence extends Span {
  paragraph: number;
  /** Headline, caption, byline, credit, "Advertisement"...: never flagged. */
  furniture: boolean;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Quote extends Span {
  /** The quoted words without the quote marks. */
  inner: string;
  innerStart: number;
  speaker?: string;
}

export interface Annotations {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  quantities: Quantity[];
  quotes: Quote[];
  assertions: Assertion[];
  /** The article's own date when known (setting, front matter or dateline), as YYYY-MM-DD. */
  articleDate?: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A place in a reference article that a finding rests on. */
export interface Evidence extends Span {
  /** The reference's id (a path or URI given by the host). */
  ref: string;
  title: string;
  /** The passage quoted from the reference (one sentence or so). */
  excerpt: string;
  line: number;
}

export interface Fix {
  title: string;
  start: number;
  end: number;
  newText: string;
  /**
   * Absent: a specific correction (the references' spelling, figure, wording or speaker, or the article's own
   * spelling of a name), offered first and preferred. 'source': an attribution the references give. 'placeholder':
   * a gap for the writer to fill in, offered last.
   */
  basis?: 'source' | 'placeholder';
}

export interface Finding extends Span {
  code: string;
  severity: Severity;
  message: string;
  related: Evidence[];
  fixes: Fix[];
}

/**
 * How a claim fared against the references: shown even when nothing is wrong. Conflicting whenever a mismatch finding
 * is on it; corroborated only when a reference states the same figure or words about the same thing; else unverified.
 * `verified` and `disputed` come from the verification ledger (a person's word, core/ledger/), which outranks the
 * references' silence.
 */
export type CheckStatus = 'corroborated' | 'conflicting' | 'unverified' | 'verified' | 'disputed';

/** A verification ledger record as it bears on a claim: who said what about it, and when. */
export interface LedgerMark {
  verdict: 'verified' | 'disputed';
  by: string;
  /** YYYY-MM-DD */
  date: string;
  note?: string;
  /** The record's key in the ledger. */
  fingerprint: string;
}

/**
 * A figure, date or quote checked against the references. Names are not claims: a name found in a reference proves
 * nothing. A name is a claim ('entity') only when a checker marked it in the verification ledger: that is a person's word.
 */
export interface Claim extends Span {
  kind: 'quantity' | 'quote' | 'entity';
  text: string;
  status: CheckStatus;
  evidence: Evidence[];
  /** When conflicting: what the mismatch findings on it say. */
  conflicts?: string[];
  /** The ledger's record for this claim, if it has one. */
  ledger?: LedgerMark;
}

export interface CheckResult {
  annotations: Annotations;
  findings: Finding[];
  claims: Claim[];
}
