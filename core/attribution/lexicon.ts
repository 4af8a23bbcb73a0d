// Word lists for attribution. Lower-case; looked up per token, so matching stays linear in the text.

const inflect = (stems: string): string[] => stems.split(/\s+/).filter(Boolean);

/** Reporting verbs that attribute whatever their subject says (speech, writing, statements). */
export const REPORTING_VERBS = new Set(
  inflect(`
  say says said saying tell tells told telling write writes wrote written writing
  announce announces announced announcing claim claims claimed claiming confirm confirms confirmed confirming
  hint hints hinted hinting note notes noted noting warn warns warned warning state states stated stating
  explain explains explained explaining insist insists insisted insisting argue argues argued arguing
  assert asserts asserted asserting acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
  declare declares declared declaring report reports reported reporting suggest suggests suggested suggesting
  predict predicts predicted predicting estimate estimates estimated estimating reveal reveals revealed revealing
  disclose discloses disclosed disclosing testify testifies testified testifying tweet tweets tweeted tweeting
  post posts posted recall recalls recalled recalling contend contends contended contending
  emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising stress stresses stressed stressing
  maintain maintains maintained deny denies denied denying allege alleges alleged alleging remark remarks remarked
  reply replies replied replying respond responds responded answer answers answered ask asks asked asking
  urge urges urged urging concede concedes conceded complain complains complained boast boasts boasted
  indicate indicates indicated indicating signal signals signaled signalled signaling signalling
  believe believes believed think thinks thought forecast forecasts forecasted expect expects fear fears worry worries
  describe describes described describing characterize characterizes characterized characterise characterised
  cite cites cited citing quote quotes quoted observe observes observed add adds added adding continue continues continued
  promise promises promised pledge pledges pledged vow vows vowed threaten threatens threatened
  agree agrees agreed reiterate reiterates reiterated mention mentions mentioned caution cautions cautioned
  accuse accuses accused criticize criticizes criticized criticise criticised
  conclude concludes concluded concluding find finds found show shows showed read reads
  list lists listed listing outline outlines outlined outlining
  `),
);

/**
 * Verbs that report speech only with a complement clause, a quote or at the end of one: "promised to bring" is an act,
 * "added 10%" is arithmetic, "continued to fight" is narrative. They count when followed by "that", a colon, a quote,
 * the end of the sentence, or when they close a quote (",” he added").
 */
export const WEAK_VERBS = new Set(
  inflect(`
  add adds added adding continue continues continued promise promises promised pledge pledges pledged vow vows vowed
  threaten threatens threatened agree agrees agreed believe believes believed think thinks thought post posts posted
  expect expects fear fears worry worries forecast forecasts forecasted predict predicts predicted
  find finds found show shows showed read reads
  observe observes observed quote quotes quoted cite cites cited ask asks asked urge urges urged
  describe describes described describing characterize characterizes characterized characterise characterised
  accuse accuses accused criticize criticizes criticized criticise criticised answer answers answered maintain maintains maintained
  report reports reported reporting estimate estimates estimated estimating signal signals signaled signalled signaling signalling
  indicate indicates indicated indicating mention mentions mentioned deny denies denied denying
  `),
);

/** Participles that make an agentive attribution with "by": "highlighted by CES", "estimated by the bank". */
export const AGENTIVE = new Set(
  inflect(`
  highlighted released reported stated announced confirmed estimated noted published issued cited shared disclosed revealed
  documented found described calculated compiled projected predicted forecast forecasted claimed said told written posted
  tweeted suggested argued alleged denied acknowledged recommended proposed shown outlined detailed presented quoted
  `),
);

/** Evidential phrases followed by their source. */
export const ACCORDING = /^(according to|citing|as reported by|as stated by|as told to|in the words of|per)$/;

/** Heads of noun phrases that name nobody in particular. */
export const VAGUE_HEADS = new Set(
  inflect(`
  experts expert analysts analyst observers observer critics critic sources insiders insider commentators commentator
  people some many others most several pundits watchers scientists researchers economists officials diplomats
  reports studies polls surveys rumours rumors supporters opponents skeptics sceptics historians lawmakers residents
  estimates individuals users commenters witnesses
  `),
);

/** Heads of anonymous but specific sources: "a source with direct knowledge", "a person familiar with". */
export const ANONYMOUS_HEADS = new Set(
  inflect(`source official person spokesperson spokesman spokeswoman representative aide adviser advisor insider diplomat`),
);

/** Nouns that stand for a document or statement: "a ministry statement", "the company's report". */
export const STATEMENT_NOUNS = new Set(
  inflect(`statement statements report reports release press announcement filing post tweet letter memo briefing interview data
  figures estimate estimates survey study analysis assessment notice bulletin communique communiqué transcript
  statistics numbers documents records photos images footage video findings study studies research paper results`),
);

/** Titles and descriptors that precede a name and are not part of it. */
export const TITLES = new Set(
  inflect(`
  president vice prime minister secretary treasury defense defence state foreign interior finance home chief staff
  presidential national security adviser advisor envoy special ambassador sen senator rep representative gov governor
  mayor chancellor king queen prince princess pope judge justice general gen lt col colonel capt captain sgt admiral adm
  mr mrs ms miss dr prof professor sir dame lord lady rev reverend ceo cfo coo founder chairman chairwoman chair director
  spokesman spokeswoman spokesperson commissioner inspector deputy acting former first lady leader speaker house senate
  attorney minister's premier sheikh emir crown us u.s uk u.k eu un ukrainian russian american british french german chinese
  israeli palestinian iranian indian japanese european officer head executive manager coach captain of the for and
  `),
);

/** Pronouns that stand for the last named speaker. */
export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const PLURAL_PRONOUNS = new Set(['they', 'we']);

/** Words that may sit between a subject and its reporting verb: "Zelensky quickly reacted by stating". */
export const BETWEEN_SUBJECT_AND_VERB = new Set(
  inflect(`
  has have had was were is are will would also later then previously earlier again once recently separately meanwhile
  further repeatedly publicly privately initially subsequently last this on in at during week month year
  monday tuesday wednesday thursday friday saturday sunday yesterday today tonight reacted responded by did does
  had already just only even still quickly swiftly openly directly explicitly
  `),
);

export const ORG_WORDS = new Set(
  inflect(`
  ministry department agency office council committee commission center centre institute university bank fund
  press news times post journal herald tribune guardian reuters afp ap associated service services party government
  administration company corporation corp inc ltd group association union federation organization organisation
  board authority bureau court parliament congress senate army navy police foundation network agency's ministry's
  study survey project programme program initiative
  `),
);
