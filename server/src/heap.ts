// The server's heap over a long editing session. Each keystroke's analysis allocates tens of megabytes that die young,
// and V8 sizes its heap for throughput: it doubles the young generation up to 32 MB and lets the old one grow to up to
// four times the live data between full collections, and keeps what it grew. Over 20,000 edits
// (scripts/bench-lsp-memory.mjs) the live heap stayed under 100 MB while RSS climbed past 240 MB. These settings trade a
// few more collections for a process that stays near its live data. Both are read by V8 as it runs, so the server
// sets them itself, before any analysis, whichever way it was started (the editor's node, `copydesk lsp`).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function tuneHeapForEditing(): void {
  for (const flag of [
    // The old generation grows by half the live data between full collections (V8's default is up to four times).
    '--heap-growing-percent=50',
    // The young generation keeps its starting size (1 MB semi-spaces) instead of doubling up to 16 MB ones: the
    // objects of an analysis die within it either way, so it only costs more frequent (and shorter) scavenges.
    '--semi-space-growth-factor=1',
  ])
    try {
      setFlagsFromString(flag);
    } catch {
      /* a runtime without the flag keeps its default */
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
