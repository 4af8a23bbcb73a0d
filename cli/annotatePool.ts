// `copydesk annotate --jobs N`: files annotated on N worker threads, each file's report (a string) collected by index,
// so the output and the messages come in the order of the file list, as with one job. Each worker loads the model
// once and takes the next file as soon as it is done with one.
import { Worker } from 'node:worker_threads';

export const ANNOTATE_WORKER_FLAG = 'copydeskAnnotateWorker';

/** One file's outcome: its report, or the message for a file that could not be read or configured. */
export type Annotated = { doc: string } | { message: string };

/** What a worker posts back; `internal` is an unexpected failure, ended on the main thread as one would be there. */
type Answer = { index: number; done?: Annotated; internal?: string };

export function annotateAll(
  files: string[],
  jobs: number,
  workerEntry: string,
  options: unknown,
): Promise<Annotated[]> {
  const results: Annotated[] = new Array(files.length);
  return new Promise((resolveAll, reject) => {
    let next = 0;
    let live = 0;
    let failed = false;
    const start = () => {
      const workerData = { [ANNOTATE_WORKER_FLAG]: true, options };
      // Tests run the TypeScript sources: a .ts entry is loaded through tsx (as pool.ts does).
      const w = workerEntry.endsWith('.ts')
        ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(workerEntry)});`, {
            workerData,
            eval: true,
          })
        : new Worker(workerEntry, { workerData });
      live++;
      const feed = () => {
        if (next < files.length && !failed) w.postMessage({ index: next, file: files[next++] });
        else void w.terminate();
      };
      w.on('message', (m: Answer) => {
        if (m.internal !== undefined) {
          failed = true;
          reject(new Error(m.internal));
          void w.terminate();
          return;
        }
        results[m.index] = m.done!;
        feed();
      });
      w.on('error', (e) => {
        failed = true;
        reject(e);
      });
      w.on('exit', () => {
        if (--live === 0 && !failed) resolveAll(results);
      });
      feed();
    };
    for (let k = 0; k < Math.min(jobs, files.length); k++) start();
  });
}

/** The body of an annotate worker thread. */
export function runAnnotateWorker(
  port: { on(ev: 'message', f: (m: { index: number; file: string }) => void): void; postMessage(m: unknown): void },
  annotateOne: (file: string) => Annotated,
): void {
  port.on('message', ({ index, file }) => {
    try {
      port.postMessage({ index, done: annotateOne(file) } satisfies Answer);
    } catch (e) {
      port.postMessage({ index, internal: (e as Error)?.stack ?? String(e) } satisfies Answer);
    }
  });
}
