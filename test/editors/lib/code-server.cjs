// Starts code-server (real VS Code, 1.100.3 in 4.100.3) on a free loopback port with its own throw-away profile, and
// launches Debian's headless Chromium. Shared by the UI test and by the runTests launcher shim, which is plain CommonJS
// because @vscode/test-electron executes it as if it were the VS Code binary.
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const net = require('node:net');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CODE_SERVER_VERSION = '4.100.3';
const CODE_SERVER =
  process.env.CODE_SERVER_BIN ||
  path.join(
    process.env.COPYDESK_CI_CACHE || path.join(os.homedir(), '.cache/copydesk-ci'),
    `code-server-${CODE_SERVER_VERSION}`,
    'node_modules/.bin/code-server',
  );
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps dialling Google services, which time out on a closed network.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'editor.hover.delay': 100,
  // No editor.wordWrap here: the extension's own defaults for Article files must wrap long paragraphs (tested).
  'editor.minimap.enabled': false,
  'chat.commandCenter.enabled': false,
};

function freePort() {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
}

async function waitPort(port, ms, proc) {
  const end = Date.now() + ms;
  for (;;) {
    const ok = await new Promise((r) => {
      const c = net.connect(port, '127.0.0.1', () => {
        c.end();
        r(true);
      });
      c.on('error', () => r(false));
    });
    if (ok) return;
    if (proc.exitCode !== null) throw new Error(`code-server exited with ${proc.exitCode}`);
    if (Date.now() > end) throw new Error(`code-server did not listen on ${port} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A throw-away profile: settings, extensions and XDG dirs, so runs never see each other or the user's setup. */
function makeProfile(base) {
  const root = base || fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cs-'));
  const userData = path.join(root, 'user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  const settings = path.join(userData, 'User', 'settings.json');
  if (!fs.existsSync(settings)) fs.writeFileSync(settings, JSON.stringify(SETTINGS, null, 2));
  const extensions = path.join(root, 'extensions');
  fs.mkdirSync(extensions, { recursive: true });
  return { root, userData, extensions };
}

function csEnv(profile) {
  // An empty gallery URL stops code-server querying open-vsx.org, unreachable here.
  return {
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
    ...process.env,
    XDG_CONFIG_HOME: path.join(profile.root, 'config'),
    XDG_DATA_HOME: path.join(profile.root, 'data'),
  };
}

function assertInstalled() {
  if (!fs.existsSync(CODE_SERVER))
    throw new Error(`code-server not found at ${CODE_SERVER}: run .ci/editors.sh (or set CODE_SERVER_BIN)`);
}

function installExtension(profile, vsix) {
  assertInstalled();
  return execFileSync(
    CODE_SERVER,
    [
      '--extensions-dir',
      profile.extensions,
      '--user-data-dir',
      profile.userData,
      '--install-extension',
      vsix,
      '--force',
    ],
    {
      env: csEnv(profile),
      encoding: 'utf8',
      timeout: 120000,
    },
  );
}

async function startCodeServer(profile, extraEnv = {}) {
  assertInstalled();
  const port = await freePort();
  const proc = spawn(
    CODE_SERVER,
    [
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--user-data-dir',
      profile.userData,
      '--extensions-dir',
      profile.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
    ],
    { env: { ...csEnv(profile), ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const log = [];
  proc.stdout.on('data', (d) => log.push(d));
  proc.stderr.on('data', (d) => log.push(d));
  try {
    await waitPort(port, 60000, proc);
  } catch (e) {
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    throw new Error(`${e.message}\n${Buffer.concat(log).toString().slice(-3000)}`);
  }
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/`,
    log: () => Buffer.concat(log).toString(),
    stop() {
      // detached: the extension host and the language server are grandchildren; kill the whole group.
      try {
        process.kill(-proc.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    },
  };
}

async function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

module.exports = {
  CODE_SERVER,
  CODE_SERVER_VERSION,
  CHROMIUM,
  makeProfile,
  installExtension,
  startCodeServer,
  launchChromium,
};
