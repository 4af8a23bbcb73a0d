// Planted misspellings: every name of the kit's faithful draft (../shared/eval/drafts/draft-d.txt) that the
// references know is misspelt by dropping one letter or doubling one, one variant per run, and the draft is checked
// against ../shared/references. Prints how many variants the name checks catch (entity-spelling or
// entity-inconsistent on the changed word) and lists the misses. The draft is the kit's; the variants are generated,
// so no rule can be fitted to them one by one.
//
//   node --import tsx scripts/eval-misspellings.ts [--verbose]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { check, ReferenceIndex } from '../core/index';

const kit = resolve(import.meta.dirname, '../../shared');
const draftFile = join(kit, 'eval/drafts/draft-d.txt');
if (!existsSync(draftFile)) {
  console.log(`eval-misspellings: no evaluation kit at ${kit}; nothing to score.`);
  process.exit(0);
}
const index = new ReferenceIndex();
for (const f of readdirSync(join(kit, 'references')).sort()) index.set(f, readFileSync(join(kit, 'references', f), 'utf8'));
const draft = readFileSync(draftFile, 'utf8');
const base = check(draft, {}, index);
const names = new Map<string, number>();
for (const e of base.annotations.entities) {
  for (const m of e.text.matchAll(/\p{Lu}[\p{Ll}]{3,}/gu)) if (!names.has(m[0])) names.set(m[0], e.start + m.index!);
}

let caught = 0;
let total = 0;
const misses: string[] = [];
for (const [name, at] of names) {
  if (index.capWordCount(name) === 0) continue;
  const variants = new Set<string>();
  for (let i = 1; i < name.length; i++) {
    variants.add(name.slice(0, i) + name.slice(i + 1));
    variants.add(name.slice(0, i) + name[i] + name.slice(i));
  }
  for (const v of variants) {
    if (v === name || index.capWordCount(v) > 0) continue;
    total++;
    const text = draft.slice(0, at) + v + draft.slice(at + name.length);
    const r = check(text, {}, index);
    const hit = r.findings.some((f) => (f.code === 'entity-spelling' || f.code === 'entity-inconsistent') && f.start <= at && f.end >= at + v.length);
    if (hit) caught++;
    else misses.push(`${name} -> ${v}`);
  }
}
const fp = base.findings.filter((f) => f.code === 'entity-spelling' || f.code === 'entity-inconsistent').length;
console.log(`misspellings caught: ${caught}/${total} (${((100 * caught) / total).toFixed(1)}%) over ${names.size} names; name findings on the unchanged draft: ${fp}`);
if (process.argv.includes('--verbose')) for (const m of misses) console.log(`  missed ${m}`);
