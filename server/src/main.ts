// Entry point of the bundled server (started by the VS Code client over IPC, or by other editors over stdio).
import { setFlagsFromString } from 'node:v8';
import { startServer } from './server';

// V8 lets the heap grow to up to four times the live data between full collections, and keeps what it grew: over a long
// editing session (scripts/bench-lsp-memory.mjs) the live heap stays under 100 MB while RSS climbs past 240 MB. A
// heap that grows by half the live data between collections keeps RSS under 200 MB, for a few more full collections.
// (Read by V8 at every collection, so setting it here, before any analysis, is enough.)
try {
  setFlagsFromString('--heap-growing-percent=50');
} catch {
  /* a runtime without the flag keeps its default */
}

process.on('uncaughtException', (e) => process.stderr.write(`copydesk server: uncaught ${e?.stack ?? e}\n`));
process.on('unhandledRejection', (e) =>
  process.stderr.write(`copydesk server: unhandled ${(e as Error)?.stack ?? e}\n`),
);
startServer();
