// Numbers and dates: each is compared with the figures of the reference passages about the same thing.
import type { Evidence, Fix, Quantity } from '../types';
import { CheckContext, SIM_CONTRADICT, SIM_CORROBORATE } from './context';
import { compareQuantities, describe } from './values';

/** Weekday names drift between outlets published on different days, so they contradict only very close passages. */
const SIM_CONTRADICT_WEEKDAY = 0.5;

export function checkQuantities(ctx: CheckContext): void {
  const { index } = ctx;
  for (const q of ctx.ann.quantities) {
    if (q.kind === 'ORDINAL') continue;
    const s = ctx.sentenceAt(q.start);
    if (!s) continue;
    const cands = ctx.candidatesFor(s);
    const agree: Evidence[] = [];
    for (const c of cands) {
      if (c.sim < SIM_CORROBORATE) break;
      for (const sid of [c.sid, ...index.neighbours(c.sid)]) {
        if (index.quantitiesIn(sid).some((r) => compareQuantities(q, r) === 'equal')) {
          const ev = index.evidenceFor(sid);
          if (ev && !agree.some((e) => e.ref === ev.ref && e.start === ev.start)) agree.push(ev);
        }
      }
    }
    const claim = { kind: 'quantity' as const, start: q.start, end: q.end, text: q.text };
    if (agree.length) {
      ctx.claims.push({ ...claim, status: 'corroborated', evidence: agree.slice(0, 3) });
      continue;
    }
    // The closest passage that states a comparable figure decides; it must be clearly about the same thing.
    let conflict: { sid: number; values: Quantity[] } | undefined;
    for (const c of cands) {
      if (c.sim < SIM_CONTRADICT) break;
      const values = index.quantitiesIn(c.sid).filter((r) => compareQuantities(q, r) === 'differ');
      if (!values.length) continue;
      const weekdayOnly = q.kind === 'DATE' && values.every((r) => !sameCalendarKnown(q, r));
      if (weekdayOnly && c.sim < SIM_CONTRADICT_WEEKDAY) continue;
      conflict = { sid: c.sid, values };
      break;
    }
    if (!conflict) {
      ctx.claims.push({ ...claim, status: 'unverified', evidence: [] });
      if (ctx.config.reportUnverified) {
        ctx.findings.push({ code: 'unverified-claim', start: q.start, end: q.end, message: `No reference states ${q.kind === 'DATE' ? 'this date' : 'this figure'} (${q.text}).`, related: [], fixes: [] });
      }
      continue;
    }
    const ev = index.evidenceFor(conflict.sid)!;
    const best = pickReplacement(q, conflict.values);
    const fixes: Fix[] = best ? [{ title: `Use the reference's ${q.kind === 'DATE' ? 'date' : 'figure'}: ${best.text}`, start: q.start, end: q.end, newText: best.text }] : [];
    const code = q.kind === 'DATE' ? 'date-mismatch' : 'number-mismatch';
    const theirs = [...new Set(conflict.values.map((v) => describe(v)))].join(' or ');
    ctx.findings.push({
      code,
      start: q.start,
      end: q.end,
      message: `${q.kind === 'DATE' ? 'Date' : 'Figure'} ${describe(q)} disagrees with the reference, which has ${theirs} (“${ev.title}”).`,
      related: [ev],
      fixes,
    });
    ctx.claims.push({ ...claim, status: 'conflicting', evidence: [ev] });
  }
}

/** Both dates pin a month and day (or a full date): a real calendar disagreement, not weekday drift. */
function sameCalendarKnown(a: Quantity, b: Quantity): boolean {
  const known = (q: Quantity) => !!(q.date && (q.date.month || (q.date.iso && q.date.iso.length >= 7)));
  return known(a) && known(b);
}

/** The figure to offer as a fix: one value only, written the way the article writes figures when possible. */
function pickReplacement(q: Quantity, values: Quantity[]): Quantity | undefined {
  const distinct = values.filter((v, i) => values.findIndex((w) => compareQuantities(v, w) === 'equal') === i);
  if (distinct.length !== 1) return undefined;
  const same = values.filter((v) => compareQuantities(v, distinct[0]!) === 'equal');
  const style = (t: string) => (/^\$|^\d/.test(t) ? 'numeric' : 'words');
  return same.find((v) => style(v.text) === style(q.text)) ?? same[0];
}
