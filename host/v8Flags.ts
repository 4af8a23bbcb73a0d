// V8 settings a process sets on itself as it starts (the server's heap and compiler, the CLI's batch tiering): read by
// V8 as it runs, so they apply however the process was launched.
import { setFlagsFromString } from 'node:v8';

/** Sets one V8 flag; a runtime without the flag keeps its default. */
export function setV8Flag(flag: string): void {
  try {
    setFlagsFromString(flag);
  } catch {
    /* a runtime without the flag keeps its default */
  }
}

/** V8's default --interrupt-budget (bytecode-size units between tier-up checks), times six. */
const RAISED_INTERRUPT_BUDGET = 6 * 67_584;

/**
 * Only the functions that stay hot are handed to the optimising compiler, and they are optimised once: the batch
 * commands (cli/tiering.ts) and the server while a writer types (server/src/jit.ts) say why, with their figures.
 */
export function raiseInterruptBudget(): void {
  setV8Flag(`--interrupt-budget=${RAISED_INTERRUPT_BUDGET}`);
}
