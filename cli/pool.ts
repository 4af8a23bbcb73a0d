// `--jobs N`: checks files on N worker threads. Results are collected by index, so the output order is the order of
// the file list whatever finishes first; `onDone` is called in that order too, so stderr is deterministic.
// Every worker's heap is bounded (resourceLimits): a file that needs more memory ends its worker, not the run, and is
// reported like an unreadable file. With one job, checks run on the main thread, except files large enough that their
// memory is in question: those go to a worker of their own, so that running out of memory costs that file only.
import { statSync } from 'node:fs';
import { totalmem } from 'node:os';
import { resolve } from 'node:path';
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
  /** --file-memory: the heap (MB) a worker may use for one file and its references; default defaultFileHeapMb(). */
  fileHeapMb?: number;
  /** With one job, files larger than this (bytes) are checked on a worker of their own. */
  isolateBytes?: number;
}

/** Files above this are checked on a memory-bounded worker even with one job (smaller ones cannot exhaust the heap). */
export const ISOLATE_BYTES = 1024 * 1024;

/** Half the machine's memory, shared by the workers that may run at once (and the main thread), within 512 MB–4 GB. */
export function defaultFileHeapMb(workers: number): number {
  return Math.max(512, Math.min(4096, Math.floor(totalmem() / 1048576 / 2 / (workers + 1))));
}

export const WORKER_FLAG = 'copydeskCheckWorker';

/** What a worker posts back: the file's report and its messages. */
type WorkerAnswer = { index: number; checked: Checked };

function failedFile(file: string, reason: string): Checked {
  return { report: { file, text: '', error: reason }, messages: [{ text: `${file}: ${reason}`, inputError: true }] };
}

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
  const heapMb = pool.fileHeapMb ?? defaultFileHeapMb(jobs);
  const failed = (i: number, reason: string) => failedFile(files[i]!, reason);
  const fromWorker = (m: WorkerAnswer): Checked => m.checked;
  const spawn = () => newWorker(pool.workerEntry!, options, heapMb);
  const death = (e: Error & { code?: string }) =>
    e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `ran out of memory while checking (limit ${heapMb} MB; --file-memory), skipped`
      : `worker failed while checking (${e.message})`;

  if (!pool.workerEntry || (jobs <= 1 && !pool.fileTimeoutMs)) {
    const checker = new Checker(options);
    const isolate = pool.workerEntry ? (pool.isolateBytes ?? ISOLATE_BYTES) : Infinity;
    let solo: SoloWorker | undefined;
    try {
      for (let i = 0; i < files.length; i++) {
        if (sizeOf(resolve(options.cwd, files[i]!)) > isolate) {
          solo ??= new SoloWorker(spawn, fromWorker, death);
          settle(i, await solo.check(files[i]!, i, (reason) => failed(i, reason)));
        } else settle(i, checker.checkFile(files[i]!));
        // Lets a progress bar repaint and Ctrl-C through between files of a long single-threaded run.
        if (pool.onProgress && i % 8 === 7) await new Promise((r) => setImmediate(r));
      }
    } finally {
      solo?.close();
    }
    return results as Checked[];
  }
  await new Promise<void>((resolveAll) => {
    let next = 0;
    let live = 0;
    const start = () => {
      const w = spawn();
      live++;
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      const fail = (reason: string) => {
        if (current >= 0 && !results[current]) settle(current, failed(current, reason));
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
      w.on('message', (m: WorkerAnswer | { index: number; started: true }) => {
        if (m.index !== current) return; // a late answer for a file already timed out
        if ('started' in m) return startClock();
        settle(m.index, fromWorker(m));
        feed();
      });
      // A worker that dies (out of memory, a crash in a dependency) costs one file, not the run.
      w.on('error', (e) => fail(death(e)));
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

/** A worker thread with a bounded heap. Tests run the TypeScript sources: a .ts entry is loaded through tsx. */
function newWorker(entry: string, options: CheckerOptions, heapMb: number): Worker {
  const workerOptions = {
    workerData: { [WORKER_FLAG]: true, options },
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  };
  return entry.endsWith('.ts')
    ? new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(entry)});`, {
        ...workerOptions,
        eval: true,
      })
    : new Worker(entry, workerOptions);
}

/**
 * The one-job run's worker for large files: started on the first one, kept for the next (its references stay loaded),
 * replaced after it dies.
 */
class SoloWorker {
  private w?: Worker;
  private pending?: { index: number; done: (c: Checked) => void; fail: (reason: string) => Checked };

  constructor(
    private readonly spawn: () => Worker,
    private readonly fromWorker: (m: WorkerAnswer) => Checked,
    private readonly death: (e: Error & { code?: string }) => string,
  ) {}

  check(file: string, index: number, fail: (reason: string) => Checked): Promise<Checked> {
    return new Promise((done) => {
      this.pending = { index, done, fail };
      if (!this.w) {
        const w = (this.w = this.spawn());
        w.on('message', (m: WorkerAnswer | { index: number; started: true }) => {
          const p = this.pending;
          if (this.w !== w || !p || m.index !== p.index || 'started' in m) return;
          this.pending = undefined;
          p.done(this.fromWorker(m));
        });
        // A dead worker is dropped at once: the next large file gets a fresh one.
        w.on('error', (e) => this.lost(w, this.death(e)));
        w.on('exit', (code) => this.lost(w, `worker exited (code ${code}) while checking`));
      }
      this.w.postMessage({ index, file });
    });
  }

  private lost(w: Worker, reason: string): void {
    if (this.w !== w) return;
    this.w = undefined;
    void w.terminate();
    const p = this.pending;
    this.pending = undefined;
    if (p) p.done(p.fail(reason));
  }

  close(): void {
    const w = this.w;
    this.w = undefined;
    void w?.terminate();
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // the checker reports why it cannot be read
  }
}

/** The body of a worker thread: one Checker (so config and reference caches live as long as the worker). */
export function runWorker(
  port: { on(ev: 'message', f: (m: { index: number; file: string }) => void): void; postMessage(m: unknown): void },
  options: CheckerOptions,
): void {
  const checker = new Checker(options);
  // The first analysis in a fresh thread loads the entity model and compiles the pipeline (0.3-0.7 s): that is
  // start-up, done here before the first file is started, so --file-timeout does not count it against that file.
  warmUp();
  port.on('message', ({ index, file }) =>
    port.postMessage({ index, checked: checker.checkFile(file, () => port.postMessage({ index, started: true })) }),
  );
}

function warmUp(): void {
  try {
    const refs = new ReferenceIndex();
    refs.set(
      'warm-up',
      'Harbour board vote\n\nThe harbour board approved $2.5 million on Monday, its chair, Ana Ruiz, said.\n',
    );
    check(
      'Harbour vote\n\nThe board approved $5.2 million on Monday, Ana Ruiz said. Experts say it was “a fair deal”.\n',
      { articleDate: '2025-02-12' },
      refs,
    );
  } catch {
    /* a failure here shows again, with its file named, when a real file is checked */
  }
}
