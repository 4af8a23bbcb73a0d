// Entry point of the bundled server (dist/server.js, started by the VS Code client over IPC, or by other editors over
// stdio): sets the process's V8 flags, then runs the server's bundle (dist/server-main.js) with the code compiled at
// an earlier start (host/codeCache.ts). The flags come first because V8 takes kept code only under the flags it was
// made under, and the server keeps its code once its first analyses ran, with these flags set.
import { join } from 'node:path';
import { codeCacheRoot, runBundleWithCodeCache } from '../../host/codeCache';
import { setServerFlagsAtStart } from './startFlags';

setServerFlagsAtStart();
// In a bundle, __dirname is dist/.
runBundleWithCodeCache(
  join(__dirname, 'server-main.js'),
  codeCacheRoot(process.env, process.cwd()),
  // Node's own flags (a debugging client's --nolazy, --inspect) make other code: kept apart, not refused in turn.
  process.execArgv.join(' '),
);
