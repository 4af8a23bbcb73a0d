// A one-line progress bar on stderr for people at a terminal. CI logs get none: they are not terminals, and a bar
// redrawn with \r turns into thousands of lines there. Repaints are throttled so they never cost real time.
export interface Progress {
  update(done: number): void;
  end(): void;
}

export const NO_PROGRESS: Progress = { update() {}, end() {} };

export function progressBar(
  total: number,
  write: (s: string) => void,
  columns = 80,
  now: () => number = Date.now,
): Progress {
  let last = -Infinity;
  let shown = false;
  const width = Math.max(10, Math.min(40, columns - 30));
  const paint = (done: number) => {
    const filled = total ? Math.round((done / total) * width) : width;
    write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`);
    shown = true;
  };
  return {
    update(done) {
      const t = now();
      if (t - last < 100 && done < total) return;
      last = t;
      paint(done);
    },
    end() {
      if (shown) write(`\r${' '.repeat(width + 30)}\r`);
    },
  };
}

/** A bar only when stderr is a terminal and no CI variable says otherwise (some CI runners fake a TTY). */
export function wantsProgress(stderrIsTTY: boolean, env: Record<string, string | undefined>, total: number): boolean {
  return stderrIsTTY && !env.CI && total > 1;
}
