// How soon V8 hands a function to its optimising compiler in a batch run (`annotate`, `check`). A cold run over a
// corpus meets the analysis code once, from nothing: with V8's default budget a few hundred functions are optimised
// (on a second thread) while still warming up, many re-optimised after their feedback changes, and that compiling was
// about a quarter of the CPU of a cold `annotate` over 0.72 MB of distinct text. With the budget six times larger only
// the functions that stay hot are optimised, and they are optimised once: the output is the same, the CPU time of that
// run 5.7-6.1 -> 4.1-4.4 s, and of four times the text 12.2-12.9 -> 10.2-12.0 s (interleaved runs; README, speed).
// The language server is long-lived and tuned apart (server/src/heap.ts, server/src/jit.ts): it raises the budget
// the same sixfold for an article's first edits. The server's --no-turbo-inlining measured no gain here (3
// interleaved cold runs each, load 3-5).
import { raiseInterruptBudget } from '../host/v8Flags';

/** The commands that read a batch of files once and exit. */
const BATCH_COMMANDS = new Set(['annotate', 'check']);

export function isBatchCommand(command: string | undefined): boolean {
  return command !== undefined && BATCH_COMMANDS.has(command);
}

/** Sets the batch tiering for `command`; called once, before any analysis runs. */
export function tuneTieringFor(command: string | undefined): void {
  if (!isBatchCommand(command)) return;
  raiseInterruptBudget();
}
