// Verbs that report what someone said, wrote or thinks, in their usual forms: where a speaker's name stands beside a
// figure, and whether a dated clause is a statement ("Trump announced on Feb. 11"). A list of our own, so the
// cross-check does not lean on how the attribution layer happens to find its cues.
const STEMS = `
say says said saying tell tells told telling write writes wrote written writing add adds added adding
announce announces announced announcing claim claims claimed claiming confirm confirms confirmed confirming
state states stated stating note notes noted noting warn warns warned warning insist insists insisted insisting
argue argues argued arguing report reports reported reporting declare declares declared declaring
explain explains explained explaining tweet tweets tweeted tweeting post posts posted posting
reveal reveals revealed revealing acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
deny denies denied denying suggest suggests suggested suggesting predict predicts predicted predicting
estimate estimates estimated estimating testify testifies testified testifying hint hints hinted hinting
stress stresses stressed stressing emphasize emphasizes emphasized emphasise emphasises emphasised
maintain maintains maintained allege alleges alleged alleging recall recalls recalled recalling
remark remarks remarked disclose discloses disclosed contend contends contended assert asserts asserted
believe believes believed think thinks thought expect expects expected fear fears feared
`;

export const REPORTING_VERBS: ReadonlySet<string> = new Set(STEMS.split(/\s+/).filter(Boolean));
