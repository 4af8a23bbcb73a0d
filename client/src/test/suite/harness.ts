// A minimal sequential test harness for the extension host: the suite must be one CommonJS file that exports run(),
// and mocha would be one more dependency for a handful of async tests.
type TestFn = () => Promise<void> | void;
const tests: Array<{ name: string; fn: TestFn }> = [];

export function test(name: string, fn: TestFn): void {
  tests.push({ name, fn });
}

/** Runs every registered test in order; rejects (so VS Code exits non-zero) when any failed. */
export async function runAll(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const t of tests) {
    const t0 = Date.now();
    try {
      await t.fn();
      passed++;
      console.log(`ok - ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.error(
        `not ok - ${t.name} (${Date.now() - t0} ms)\n  ${String((e as Error)?.stack ?? e)
          .split('\n')
          .slice(0, 6)
          .join('\n  ')}`,
      );
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} extension test(s) failed`);
}

export async function until<T>(what: string, f: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
