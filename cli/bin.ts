// Entry point of the `copydesk` binary; the same file is the body of `--jobs` worker threads.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from './main';
import { runWorker, WORKER_FLAG } from './pool';

if (!isMainThread && parentPort && workerData?.[WORKER_FLAG]) {
  runWorker(parentPort, workerData.options);
} else {
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    errIsTTY: !!process.stderr.isTTY,
    columns: process.stderr.columns,
    env: process.env,
    cwd: process.cwd(),
    workerEntry: __filename,
  }).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`copydesk: internal error: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
