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
