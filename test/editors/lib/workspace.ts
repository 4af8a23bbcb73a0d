// The folder the editors open: a fresh copy of a fixture, because the tests edit and save the draft.
import { cpSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const ARTIFACTS = join(ROOT, '.test-artifacts', 'editors');
export const FIXTURE = join(ROOT, 'test/editors/fixtures');

/** Copies the fixture folder (draft + .copydesk.json + references) to a temporary workspace. */
export function freshWorkspace(from = FIXTURE): string {
  // A plain folder name inside the temporary dir: it is what the explorer shows in screenshots.
  const dir = join(mkdtempSync(join(tmpdir(), 'copydesk-ws-')), 'city-desk');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Whether a missing editor should fail the run (CI) rather than skip its test (a developer's laptop). */
export const REQUIRED = process.env.COPYDESK_REQUIRE_EDITORS === '1';

export function skipUnless(ok: boolean, why: string): string | false {
  if (ok) return false;
  if (REQUIRED) throw new Error(`${why} (COPYDESK_REQUIRE_EDITORS=1)`);
  return why;
}

export const exists = existsSync;
