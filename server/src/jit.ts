// The optimising compiler while a writer types. An article's first edits run code the first full check never ran (the
// cache-hit paths, the document-level passes once per check), and V8 optimises it then: the same 40 typed edits cost
// 50-58 ms of CPU each when they are the first after an article opens and 17-24 ms once the code is optimised (in
// process, load 8). Much of that is TurboFan compiling large inlined graphs (checkWith alone was compiled four times,
// inlining the whole cross-check). Without inlining, optimised code is ready sooner and costs the same once it is:
// 51-58 -> 40-43 ms per edit over the first 40 edits, 31-41 -> 23-24 over the next 40, 17-24 vs 15-25 after that
// (three runs each, in process, load 8). The server sets it itself, like its heap settings, whichever way it started.
//
// Even without inlining, TurboFan compiled about 300 functions over an article's first 100 edits, most of them in the
// first ten, on a second thread that competes with the analysis for the machine's cores: the first ten edits took
// 63-85 ms of CPU each, twice the main thread's 27-40 (in process, load 3-4). With the interrupt budget six times V8's
// default (as the batch commands have it, cli/tiering.ts) only the functions that stay hot are optimised: the first
// ten edits 35-38 ms of CPU each, the steady state the same (14-15 ms over edits 101-200).
import { raiseInterruptBudget, setV8Flag } from '../../host/v8Flags';

//
// Regular expressions: V8 first runs each one in its bytecode interpreter and compiles it to machine code at its
// second run, so each is compiled twice, and the core has hundreds, many with Unicode property classes (\p{Lu}, \p{L})
// that are costly to compile. Compiled to machine code at once, each is compiled once.
export function tuneCompilerForEditing(): void {
  setV8Flag('--no-turbo-inlining');
  setV8Flag('--no-regexp-tier-up');
  raiseInterruptBudget();
}
