// Whether the kernel caches are on. With them off, the quantity reader reads the text in one pass, as it did before
// it had caches: the reference the cached paths are tested against (test/unit/quantities-incremental.test.ts).
import { KernelCache } from '../text/memo';

const PROBE = new KernelCache<number, number>(1);

export function memoOn(): boolean {
  let computed = false;
  PROBE.get(0, () => 1);
  PROBE.get(0, () => {
    computed = true;
    return 1;
  });
  return !computed;
}
