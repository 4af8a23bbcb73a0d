#!/usr/bin/env node
// Stand-in for the VS Code executable in @vscode/test-electron's runTests({ vscodeExecutablePath }). No Electron VS Code
// can be installed here (npm has none, Debian has none, GitHub is unreachable), but code-server is the same workbench
// and the same Node extension host. This accepts the arguments runTests passes, starts code-server, opens its web
// workbench in headless Chromium with the extensionDevelopmentPath/extensionTestsPath payload, and exits with the code
// the workbench reports through window.codeAutomationExit, as Electron VS Code would.
'use strict';
const path = require('node:path');
const util = require('node:util');
const fs = require('node:fs');
const { makeProfile, startCodeServer, launchChromium } = require('./lib/code-server.cjs');

const argv = process.argv.slice(2);
const opt = (name) => argv.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3));
const devPaths = opt('extensionDevelopmentPath');
const [testsPath] = opt('extensionTestsPath');
const [userDataDir] = opt('user-data-dir');
const folder = argv.find((a) => !a.startsWith('-'));

(async () => {
  if (!testsPath) {
    console.error('code-shim: --extensionTestsPath=... is required');
    process.exit(2);
  }
  const profile = makeProfile(userDataDir ? path.resolve(userDataDir) : undefined);
  let code = 1;
  let cs;
  let browser;
  try {
    cs = await startCodeServer(profile);
    const remote = (p) => `vscode-remote://${cs.host}${path.resolve(p)}`;
    const payload = [
      ...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(testsPath)],
    ];
    const url = `${cs.url}?${folder ? `folder=${encodeURIComponent(path.resolve(folder))}&` : 'ew=true&'}payload=${encodeURIComponent(JSON.stringify(payload))}`;
    browser = await launchChromium();
    const page = await browser.newPage();
    // In test mode the workbench forwards the extension host's console to window.codeAutomationLog when it exists.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const msg = util.format(...(Array.isArray(args) ? args : [args]));
      (type === 'error' ? console.error : console.log)(msg);
    });
    if (process.env.VERBOSE) page.on('console', (m) => console.log('[browser]', m.text()));
    // Newer built VS Code web only honours the test payload with developmentOptions.enableSmokeTestDriver, which
    // code-server's CLI cannot set; patching the config meta tag is harmless on 1.100, where it is not needed.
    await page.addInitScript(() => {
      const orig = Element.prototype.getAttribute;
      Element.prototype.getAttribute = function (name) {
        const v = orig.call(this, name);
        if (name === 'data-settings' && this.id === 'vscode-workbench-web-configuration' && v) {
          const cfg = JSON.parse(v);
          cfg.developmentOptions = { ...(cfg.developmentOptions || {}), enableSmokeTestDriver: true };
          return JSON.stringify(cfg);
        }
        return v;
      };
    });
    let resolveExit;
    const done = new Promise((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationExit', (c) => resolveExit(c));
    await page.goto(url);
    const timeoutMs = Number(process.env.TEST_TIMEOUT_MS || 300000);
    code = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    if (code === 'timeout') {
      console.error(`code-shim: extension tests did not finish within ${timeoutMs} ms`);
      if (process.env.SHIM_SCREENSHOT) await page.screenshot({ path: process.env.SHIM_SCREENSHOT }).catch(() => {});
      code = 1;
    }
  } catch (e) {
    console.error(`code-shim: ${e && e.stack ? e.stack : e}`);
    if (cs) console.error(cs.log().slice(-4000));
    code = 1;
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (cs) cs.stop();
    if (!userDataDir) fs.rmSync(profile.root, { recursive: true, force: true });
  }
  process.exit(typeof code === 'number' ? code : 1);
})();
