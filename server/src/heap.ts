// The server's heap over a long editing session. Each keystroke's analysis allocates megabytes that die young, and V8
// sizes its heap for throughput: it doubles the young generation up to 32 MB and lets the old one grow to up to four
// times the live data between full collections, and keeps what it grew. Over 20,000 edits
// (scripts/bench-lsp-memory.mjs) the live heap stayed under 100 MB while RSS climbed past 240 MB. These settings trade a
// few more collections for a process that stays near its live data. They are read by V8 as it runs, so the server
// sets them itself, before any analysis, whichever way it was started (the editor's node, `copydesk lsp`).
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { setV8Flag } from '../../host/v8Flags';
import { saveCodeCache, type CodeCacheState } from '../../host/codeCache';
import { runInNewContext } from 'node:vm';

export function tuneHeapForEditing(): void {
  setHeapFlagsAtStart();
  // The young generation keeps its starting size (1 MB semi-spaces) until limitYoungGeneration lets it grow.
  setV8Flag('--semi-space-growth-factor=1');
}

/**
 * The heap flags that never change once set: boot.ts sets them before the server's bundle is compiled, since V8 takes
 * compiled code kept from an earlier start only under the flags it was compiled under (see keepCompiledCode).
 */
export function setHeapFlagsAtStart(): void {
  // The old generation grows by half the live data between full collections (V8's default is up to four times).
  setV8Flag('--heap-growing-percent=50');
  // releaseGarbage's collection.
  setV8Flag('--expose-gc');
}

/**
 * Lets the young generation grow between analyses until it reaches YOUNG_BYTES, and no further. Kept at its starting
 * size, an analysis of a 5,000-word article (about 5 MB allocated per keystroke) took several scavenges, and what was
 * alive in the middle of it was copied and promoted to be collected again in the old generation: over bench:lsp's run,
 * 360-390 scavenges and 1.5-2.6 s of pauses, against 190-215 and 1.3-2.1 s with this limit (load 6-8; RSS the same
 * after 100 edits, +2-5 MB after 3,000). Free to grow to V8's 32 MB it costs 30 MB more RSS. V8 reads its growth factor
 * each time it grows the young generation but sets the limit only at start, so the server turns growth on and off:
 * called after each analysis (one statistics call), the first cold check runs at the starting size.
 */
export function limitYoungGeneration(): void {
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0;
  const grow = young < YOUNG_BYTES;
  if (grow === growing) return;
  growing = grow;
  setV8Flag(grow ? '--semi-space-growth-factor=2' : '--semi-space-growth-factor=1');
}
let growing = false;
/** The young generation's size, both halves together (V8's new_space). */
const YOUNG_BYTES = 8 * 1024 * 1024;

/**
 * Keeps the code compiled so far for the next start (host/codeCache.ts), under the flags the bundle was compiled under:
 * V8 refuses code kept under other flags, and the young generation's growth factor is the one flag that changes.
 */
export function keepCompiledCode(): CodeCacheState | undefined {
  // The bundle was compiled under V8's own growth factor (2): tuneHeapForEditing sets 1 only once it has loaded, so
  // that loading, with its tables and strings, is not collected at the smallest young generation.
  setV8Flag('--semi-space-growth-factor=2');
  try {
    return saveCodeCache();
  } finally {
    if (!growing) setV8Flag('--semi-space-growth-factor=1');
  }
}

/** A full collection while the writer pauses, so the heap the edits since the last pause grew is given back. */
export function releaseGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
  } catch {
    /* a runtime without the flag keeps its heap as it is */
  }
}
