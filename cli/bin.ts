// Entry point of the `copydesk` binary.
import { main } from './main';

main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), isTTY: !!process.stdout.isTTY }).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`copydesk: internal error: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);
