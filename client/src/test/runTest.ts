// Extension integration tests in real VS Code through the standard @vscode/test-electron entry point. The only
// difference from a desktop setup is vscodeExecutablePath: test/editors/code-shim.cjs runs the tests in code-server
// 4.100.3 (VS Code 1.100.3) in headless Chromium, because no Electron build of VS Code can be installed here.
// Usage: node --import tsx client/src/test/runTest.ts   (after `node esbuild.mjs`; needs .ci/editors.sh)
import { runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

async function main(): Promise<number> {
  // The extension host loads plain CommonJS; bundle the suite like the extension itself (vscode stays external).
  const suite = join(ROOT, 'dist/test/suite.js');
  await esbuild.build({
    entryPoints: [join(ROOT, 'client/src/test/suite/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outfile: suite,
    logLevel: 'warning',
  });
  // The tests edit the draft, so they get a copy of the fixture folder.
  const ws = mkdtempSync(join(tmpdir(), 'copydesk-it-'));
  cpSync(join(ROOT, 'test/editors/fixtures'), ws, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE ?? join(ROOT, 'test/editors/code-shim.cjs'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite,
      launchArgs: [ws, '--disable-extensions'],
    });
    return 0;
  } catch (e) {
    console.error(`extension tests failed: ${(e as Error).message}`);
    return 1;
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

void main().then((code) => (process.exitCode = code));
