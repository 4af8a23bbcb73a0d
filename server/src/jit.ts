// The optimising compiler while a writer types. An article's first edits run code the first full check never ran (the
// cache-hit paths, the document-level passes once per check), and V8 optimises it then: the same 40 typed edits cost
// 50-58 ms of CPU each when they are the first after an article opens and 17-24 ms once the code is optimised (in
// process, load 8). Much of that is TurboFan compiling large inlined graphs (checkWith alone was compiled four times,
// inlining the whole cross-check). Without inlining, optimised code is ready sooner and costs the same once it is:
// 51-58 -> 40-43 ms per edit over the first 40 edits, 31-41 -> 23-24 over the next 40, 17-24 vs 15-25 after that
// (three runs each, in process, load 8). The server sets it itself, like its heap settings, whichever way it started.
import { setV8Flag } from '../../host/v8Flags';

export function tuneCompilerForEditing(): void {
  setV8Flag('--no-turbo-inlining');
}
