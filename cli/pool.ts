// `--jobs N`: checks files on N worker threads. Results are collected by index, so the output order is the order of
// the file list whatever finishes first; `onDone` is called in that order too, so stderr is deterministic.
import { Worker } from 'node:worker_threads';
import { Checker, type Checked, type CheckerOptions } from './checker';

export interface PoolOptions {
  jobs: number;
  /** The script a worker runs: the CLI bundle itself (bin.ts dispatches on workerData). */
  workerEntry?: string;
  /** Called once per file, in file order, as soon as it and every file before it are done. */
  onDone?: (index: number, checked: Checked) => void;
  /** Called whenever any file finishes, for a progress bar. */
  onProgress?: (finished: number) => void;
}

export const WORKER_FLAG = 'copydeskCheckWorker';

export async function checkAll(files: string[], options: CheckerOptions, pool: PoolOptions): Promise<Checked[]> {
  const results: Array<Checked | undefined> = new Array(files.length);
  let flushed = 0;
  let finished = 0;
  const settle = (i: number, c: Checked) => {
    results[i] = c;
    finished++;
    pool.onProgress?.(finished);
    while (flushed < files.length && results[flushed]) {
      pool.onDone?.(flushed, results[flushed]!);
      flushed++;
    }
  };
  const jobs = Math.max(1, Math.min(pool.jobs, files.length));
  if (jobs <= 1 || !pool.workerEntry) {
    const checker = new Checker(options);
    for (let i = 0; i < files.length; i++) {
      settle(i, checker.checkFile(files[i]!));
      // Lets a progress bar repaint and Ctrl-C through between files of a long single-threaded run.
      if (pool.onProgress && i % 8 === 7) await new Promise((r) => setImmediate(r));
    }
    return results as Checked[];
  }
  await new Promise<void>((resolveAll) => {
    let next = 0;
    let live = 0;
    const start = () => {
      // Tests run the TypeScript sources: a .ts entry is loaded through tsx's CommonJS hook inside the worker.
      const entry = pool.workerEntry!;
      const workerOptions = { workerData: { [WORKER_FLAG]: true, options } };
      const w = entry.endsWith('.ts')
        ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(entry)});`, { ...workerOptions, eval: true })
        : new Worker(entry, workerOptions);
      live++;
      let current = -1;
      const feed = () => {
        if (next < files.length) {
          current = next++;
          w.postMessage({ index: current, file: files[current] });
        } else {
          current = -1;
          void w.terminate();
        }
      };
      w.on('message', (m: { index: number; checked: Checked }) => {
        settle(m.index, m.checked);
        feed();
      });
      w.on('error', (e) => {
        // A worker that dies (out of memory, a crash in a dependency) costs one file, not the run.
        if (current >= 0 && !results[current]) {
          const reason = `worker failed while checking (${e.message})`;
          settle(current, { report: { file: files[current]!, text: '', error: reason }, messages: [{ text: `${files[current]}: ${reason}`, inputError: true }] });
        }
        current = -1;
      });
      w.on('exit', () => {
        live--;
        if (next < files.length) start();
        else if (live === 0) resolveAll();
      });
      feed();
    };
    for (let k = 0; k < jobs; k++) start();
  });
  return results as Checked[];
}

/** The body of a worker thread: one Checker (so config and reference caches live as long as the worker). */
export function runWorker(port: { on(ev: 'message', f: (m: { index: number; file: string }) => void): void; postMessage(m: unknown): void }, options: CheckerOptions): void {
  const checker = new Checker(options);
  port.on('message', ({ index, file }) => port.postMessage({ index, checked: checker.checkFile(file) }));
}
