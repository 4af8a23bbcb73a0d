// Prints the attribution construction sweep (test/support/attributionSweep.ts) per family: label accuracy, source
// accuracy (the scorer's match), and with --verbose every miss. Run: node --import tsx scripts/attribution-sweep.ts
import { SWEEP, runCase, passes, caseKey } from '../test/support/attributionSweep';

const verbose = process.argv.includes('--verbose');
const keys = new Set<string>();
const byFamily = new Map<string, ReturnType<typeof runCase>[]>();
for (const c of SWEEP) {
  const k = caseKey(c);
  if (keys.has(k)) throw new Error(`duplicate case key: ${k}`);
  keys.add(k);
  const r = runCase(c);
  const list = byFamily.get(c.family) ?? [];
  list.push(r);
  byFamily.set(c.family, list);
}
const pct = (a: number, b: number) => (b ? `${a}/${b}` : '-').padEnd(7);
let all = 0;
let allOk = 0;
let lab = 0;
let src = 0;
let srcN = 0;
console.log('family                            cases  label    source   pass');
for (const [family, rs] of byFamily) {
  const l = rs.filter((r) => r.labelOk).length;
  const withSrc = rs.filter((r) => r.sourceOk !== undefined);
  const s = withSrc.filter((r) => r.sourceOk).length;
  const p = rs.filter(passes).length;
  all += rs.length;
  allOk += p;
  lab += l;
  src += s;
  srcN += withSrc.length;
  console.log(
    `${family.padEnd(34)}${String(rs.length).padEnd(7)}${pct(l, rs.length)}  ${pct(s, withSrc.length)}  ${pct(p, rs.length)}`,
  );
}
console.log(`${'all'.padEnd(34)}${String(all).padEnd(7)}${pct(lab, all)}  ${pct(src, srcN)}  ${pct(allOk, all)}`);
if (verbose)
  for (const rs of byFamily.values())
    for (const r of rs)
      if (!passes(r))
        console.log(
          `MISS ${caseKey(r.c)} — want ${r.c.label}${r.c.source ? ` (${r.c.source})` : ''}, got ${r.status}${r.source ? ` (${r.source})` : ''}`,
        );
