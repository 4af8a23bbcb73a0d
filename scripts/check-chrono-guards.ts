// Proof that core/quantities/chronoGuards.ts changes nothing: annotates every text of the project's fixtures and
// examples and of ../shared (eval sets, training texts, references) with six article dates (none; a leap day, a year's
// last and first days, two others), records each window chrono is asked to read, and checks on each that (1) every
// parser left out by its guard finds no match there, (2) each pattern read in lower case without its case-insensitive
// flag finds the same match as chrono's from every position of the window, and (3) the guarded chrono's results equal
// chrono.casual's in every field the core reads and more. Run (not part of npm test, which must not read ../shared):
//   node --import tsx scripts/check-chrono-guards.ts [windows.json]
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node/en';
import { casualFor, guardedParsers, rewrittenPatterns } from '../core/quantities/chronoGuards';
import { createAnalyzer } from '../core/index';

type Window = { text: string; instant: number };

function collect(): Window[] {
  const seen = new Map<string, Window>();
  // The core calls casualFor(text).parse: every instance it uses is a Chrono, so their shared prototype's parse records.
  const record = (text: string, ref: { instant: Date }) =>
    seen.set(`${ref.instant.getTime()}\u0000${text}`, { text, instant: ref.instant.getTime() });
  type Parse = (this: unknown, text: string, ref: { instant: Date }, opt: unknown) => unknown;
  const proto = Object.getPrototypeOf(chrono.casual) as { parse: Parse };
  const parse = proto.parse;
  proto.parse = function (text, ref, opt) {
    record(text, ref);
    return parse.call(this, text, ref, opt);
  };
  const root = new URL('..', import.meta.url).pathname;
  const dirs = ['test/fixtures', 'examples', '../shared/eval', '../shared/train', '../shared/references'].map((d) =>
    join(root, d),
  );
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  const texts: string[] = [];
  for (const f of files) {
    const s = readFileSync(f, 'utf8');
    if (/\.(txt|md|article)$/.test(f)) texts.push(s);
    else if (f.endsWith('.conllu'))
      texts.push(
        s
          .split('\n')
          .filter((l) => l.startsWith('# text = '))
          .map((l) => l.slice(9))
          .join('\n'),
      );
    else if (/\.jsonl?$/.test(f))
      for (const m of s.matchAll(/"(?:text|body|sentence|content)"\s*:\s*"((?:[^"\\]|\\.)*)"/g)) {
        try {
          texts.push(JSON.parse(`"${m[1]}"`) as string);
        } catch {
          // not a JSON string after all
        }
      }
  }
  for (const t of texts)
    for (const articleDate of ['2024-03-05', '2016-11-20', '2024-02-29', '2023-12-31', '2021-01-01', undefined]) {
      try {
        createAnalyzer({ caches: false }).annotate(t, articleDate ? { articleDate } : {});
      } catch {
        // a text the core rejects has no windows to prove
      }
    }
  proto.parse = parse;
  console.log(`${texts.length} texts from ${files.length} files`);
  return [...seen.values()];
}

/** Everything of a chrono result: where, what, every component's known and implied values, and the dates. */
function describe(results: chrono.ParsedResult[]): string {
  const comp = (c: chrono.ParsedResult['start'] | null | undefined) => {
    if (!c) return null;
    let date: number | string;
    try {
      date = c.date().getTime();
    } catch (e) {
      date = String(e);
    }
    const x = c as unknown as { knownValues: object; impliedValues: object; tags(): Set<string> };
    return { known: x.knownValues, implied: x.impliedValues, date, tags: [...x.tags()].sort() };
  };
  return JSON.stringify(results.map((r) => ({ index: r.index, text: r.text, start: comp(r.start), end: comp(r.end) })));
}

const fromFile = process.argv[2];
const windows: Window[] = fromFile ? JSON.parse(readFileSync(fromFile, 'utf8')) : collect();
if (!fromFile) writeFileSync('/tmp/chrono-windows.json', JSON.stringify(windows));
const parsers = guardedParsers();
console.log(
  `guards: ${parsers.filter((p) => p.guard).length} of ${parsers.length} parsers; ${windows.length} windows (recorded in /tmp/chrono-windows.json)`,
);
const rewrites = rewrittenPatterns();
console.log(`patterns read in lower case without the i flag: ${rewrites.map((r) => r.name).join(', ')}`);
let bad = 0;
let skipped = 0;
for (const w of windows) {
  const ref = { instant: new Date(w.instant), timezone: 0 };
  for (const { parser, guard } of parsers) {
    if (!guard || guard.test(w.text)) continue;
    skipped++;
    const p = (parser as unknown as { pattern(c: unknown): RegExp }).pattern({ option: {} });
    if (p.exec(w.text)) {
      bad++;
      console.log(`guard ${guard} wrongly skips ${parser.constructor.name} on ${JSON.stringify(w.text)}`);
    }
  }
  for (const { name, original, rewritten } of rewrites)
    for (let at = 0; at < w.text.length; at++) {
      const rest = w.text.slice(at);
      const x = JSON.stringify(((m) => m && [m.index, ...m])(original.exec(rest)));
      const y = JSON.stringify(((m) => m && [m.index, ...m])(rewritten.exec(rest)));
      if (x !== y) {
        bad++;
        console.log(
          `${name}'s rewritten pattern differs on ${JSON.stringify(rest)}:\n  chrono    ${x}\n  rewritten ${y}`,
        );
      }
    }
  const a = describe(chrono.casual.parse(w.text, ref));
  const b = describe(casualFor(w.text).parse(w.text, ref));
  if (a !== b) {
    bad++;
    console.log(`results differ on ${JSON.stringify(w.text)}:\n  chrono  ${a}\n  guarded ${b}`);
  }
}
console.log(`${skipped} parser runs left out; ${bad ? `${bad} DIFFERENCES` : 'no difference'}`);
process.exit(bad ? 1 : 0);
