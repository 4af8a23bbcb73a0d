// Entry point of the `copydesk` binary (dist/cli.js): sets the V8 flags the command runs under, then runs the CLI's
// bundle (dist/cli-main.js) with the code compiled at an earlier run (host/codeCache.ts), as the server's entry does
// (server/src/boot.ts). A batch command keeps its code when it exits, the first time; `copydesk lsp` keeps it in the
// writer's first pause, like the server. `--no-cache` keeps nothing, here as for the reference index.
import { join } from 'node:path';
import { codeCacheRoot, runBundleWithCodeCache } from '../host/codeCache';
import { setServerFlagsAtStart } from '../server/src/startFlags';
import { isBatchCommand, tuneTieringFor } from './tiering';

const command = process.argv[2];
if (command === 'lsp') setServerFlagsAtStart();
else tuneTieringFor(command);

const root = process.argv.includes('--no-cache') ? undefined : codeCacheRoot(process.env, process.cwd());
// The flags differ by command: each kind keeps its own code, so that one never refuses the other's.
const kind = command === 'lsp' ? 'lsp' : isBatchCommand(command) ? 'batch' : 'other';
// In a bundle, __dirname is dist/.
const bundle = runBundleWithCodeCache(join(__dirname, 'cli-main.js'), root, `${kind} ${process.execArgv.join(' ')}`);
const loaded = bundle.state;
process.once('exit', () => {
  const kept = kind === 'batch' ? bundle.save() : undefined;
  // COPYDESK_TIMING=1 (as for the reference index): how this run's code was compiled, and whether it was kept.
  if (process.env.COPYDESK_TIMING === '1')
    process.stderr.write(
      `copydesk: timing: compiled code ${loaded}${kept === 'saved' ? ', kept for the next run' : ''}\n`,
    );
});
