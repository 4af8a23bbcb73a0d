// The server's V8 flags that never change once set. Its entry (boot.ts) and `copydesk lsp` (cli/boot.ts) set them
// before the server's code compiles: V8 takes code kept from an earlier start only under the flags it was made under.
import { setHeapFlagsAtStart } from './heap';
import { tuneCompilerForEditing } from './jit';

export function setServerFlagsAtStart(): void {
  setHeapFlagsAtStart();
  tuneCompilerForEditing();
}
