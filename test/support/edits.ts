// Shared by the random-edit tests: a seeded generator (a failure replays), a fresh analysis with the kernel caches
// off (what every cached result must equal), and the repository's own references. The cached side of each test runs
// on an analyser of its own (createAnalyzer().run or .check).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ReferenceIndex } from '../../core/xref/index';
import { createAnalyzer } from '../../core/analyzer';

export const ROOT = join(import.meta.dirname, '../..');
export const read = (p: string): string => readFileSync(join(ROOT, p), 'utf8');

/** mulberry32: deterministic, so a failing edit sequence replays from its seed. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** f() computed by an analyser with its caches off: the reference a cached result is compared with. */
export function fresh<T>(f: () => T): T {
  return createAnalyzer({ caches: false }).run(f);
}

/** The example references and the cross-check fixtures' references, in one index. */
export function references(): ReferenceIndex {
  const index = new ReferenceIndex();
  for (const dir of ['examples/references', 'test/fixtures/xref/refs']) {
    for (const f of readdirSync(join(ROOT, dir)).sort()) index.set(join(dir, f), read(join(dir, f)));
  }
  return index;
}

/** The versions of `start` after each of `count` random edits, now and then undoing back to an earlier version (whose
 *  pieces the caches may still hold). */
export function* editedVersions(
  start: string,
  count: number,
  r: () => number,
  edit: (text: string, r: () => number) => string,
): Generator<string> {
  const history = [start];
  let text = start;
  for (let i = 0; i < count; i++) {
    text = r() < 0.08 ? history[Math.floor(r() * history.length)]! : edit(text, r);
    history.push(text);
    yield text;
  }
}
