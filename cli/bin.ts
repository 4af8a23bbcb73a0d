// The `copydesk` command (dist/cli-main.js, which cli/boot.ts runs); the same file is the body of `--jobs` worker
// threads.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { annotateFile, main } from './main';
import { ANNOTATE_WORKER_FLAG, runAnnotateWorker } from './annotatePool';
import { runWorker, WORKER_FLAG } from './pool';
import { readStream } from './stdin';
import { tuneTieringFor } from './tiering';

if (!isMainThread && parentPort && workerData?.[WORKER_FLAG]) {
  runWorker(parentPort, workerData.options);
} else if (!isMainThread && parentPort && workerData?.[ANNOTATE_WORKER_FLAG]) {
  runAnnotateWorker(parentPort, (file) => annotateFile(file, workerData.options));
} else {
  // `copydesk check -f json docs | head -1`: the reader went away. That is the reader's choice, not an error: stop
  // writing, keep the exit code, print no stack trace.
  let closed = false;
  const quietOnEpipe = (e: NodeJS.ErrnoException) => {
    if (e?.code !== 'EPIPE') throw e;
    closed = true;
  };
  tuneTieringFor(process.argv[2]);
  process.stdout.on('error', quietOnEpipe);
  process.stderr.on('error', quietOnEpipe);
  main(process.argv.slice(2), {
    out: (s) => void (closed || process.stdout.write(s)),
    err: (s) => void (closed || process.stderr.write(s)),
    isTTY: !!process.stdout.isTTY,
    errIsTTY: !!process.stderr.isTTY,
    columns: process.stderr.columns,
    env: process.env,
    cwd: process.cwd(),
    workerEntry: __filename,
    readStdin: (maxBytes) => readStream(process.stdin, maxBytes, '<stdin>'),
  }).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (e) => {
      if (!closed) process.stderr.write(`copydesk: internal error: ${(e as Error)?.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
