// `--jobs N`: checks files on N worker threads. Results are collected by index, so the output order is the order of
// the file list whatever finishes first; `onDone` is called in that order too, so stderr is deterministic.
import { Worker } from 'node:worker_threads';
import { Checker, type Checked, type CheckerOptions } from './checker';
import { check, ReferenceIndex } from '../core/index';

export interface PoolOptions {
  jobs: number;
  /** The script a worker runs: the CLI bundle itself (bin.ts dispatches on workerData). */
  workerEntry?: string;
  /** Called once per file, in file order, as soon as it and every file before it are done. */
  onDone?: (index: number, checked: Checked) => void;
  /** Called whenever any file finishes, for a progress bar. */
  onProgress?: (finished: number) => void;
  /**
   * --file-timeout: a file taking longer is reported and its worker replaced (needs workers, even for one job). Timed
   * from the worker's `started` message for the file, so thread start-up and reference indexing are not counted.
   */
  fileTimeoutMs?: number;
}

function failed(file: string, reason: string): Checked {
  return { report: { file, text: '', error: reason }, messages: [{ text: `${file}: ${reason}`, inputError: true }] };
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
  if (!pool.workerEntry || (jobs <= 1 && !pool.fileTimeoutMs)) {
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
      let timer: NodeJS.Timeout | undefined;
      const fail = (reason: string) => {
        if (current >= 0 && !results[current]) settle(current, failed(files[current]!, reason));
        current = -1;
      };
      const feed = () => {
        clearTimeout(timer);
        if (next < files.length) {
          current = next++;
          w.postMessage({ index: current, file: files[current] });
        } else {
          current = -1;
          void w.terminate();
        }
      };
      // The clock starts when the worker starts on the article itself: starting the thread and indexing the
      // references (once per worker, on its first file) are not the file's time.
      const startClock = () => {
        clearTimeout(timer);
        if (!pool.fileTimeoutMs) return;
        timer = setTimeout(() => {
          // Analysis is synchronous: the only way to stop a runaway file is to end its thread.
          fail(`took longer than ${pool.fileTimeoutMs! / 1000} s, skipped (--file-timeout)`);
          void w.terminate();
        }, pool.fileTimeoutMs);
      };
      w.on('message', (m: { index: number; started?: boolean; checked?: Checked }) => {
        if (m.index !== current) return; // a late answer for a file already timed out
        if (m.started) return startClock();
        settle(m.index, m.checked!);
        feed();
      });
      // A worker that dies (out of memory, a crash in a dependency) costs one file, not the run.
      w.on('error', (e) => fail(`worker failed while checking (${e.message})`));
      w.on('exit', (code) => {
        clearTimeout(timer);
        fail(`worker exited (code ${code}) while checking`);
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
  // The first analysis in a fresh thread loads the entity model and compiles the pipeline (0.3-0.7 s): that is
  // start-up, done here before the first file is started, so --file-timeout does not count it against that file.
  warmUp();
  port.on('message', ({ index, file }) => port.postMessage({ index, checked: checker.checkFile(file, () => port.postMessage({ index, started: true })) }));
}

function warmUp(): void {
  try {
    const refs = new ReferenceIndex();
    refs.set('warm-up', 'Harbour board vote\n\nThe harbour board approved $2.5 million on Monday, its chair, Ana Ruiz, said.\n');
    check('Harbour vote\n\nThe board approved $5.2 million on Monday, Ana Ruiz said. Experts say it was “a fair deal”.\n', { articleDate: '2025-02-12' }, refs);
  } catch {
    /* a failure here shows again, with its file named, when a real file is checked */
  }
}
