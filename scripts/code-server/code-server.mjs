// @ts-check
// code-server: a fresh throwaway profile (user-data-dir, extensions-dir, settings), .vsix
// installs with code-server's own CLI, the server on a free 127.0.0.1 port, readiness,
// stop(), and the workbench URL with the extension-development payload.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { groupAlive, keepAlive, killGroup, release, runCaptured, startWatchdog } from './lifetime.mjs';
import { assertInstalled, errorMessage, freePort, httpGet, toolPaths, waitFor } from './tools.mjs';

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

/**
 * @typedef {object} StartOptions
 * @property {string | string[]} [vsixPath]   .vsix file(s) to install into the fresh extensions dir
 * @property {string} [extensionDevelopmentPath]  extension folder to load unpackaged (like F5)
 * @property {string} [extensionTestsPath]  test runner module (exports run()) run in the extension host
 * @property {string} [workspaceDir]        folder the workbench opens by default
 * @property {Record<string, unknown>} [userSettings]  merged over DEFAULT_USER_SETTINGS
 * @property {number} [port]                default: a free port
 * @property {Record<string, string>} [env] extra environment for code-server and its extension host
 * @property {boolean} [smokeTestDriver]    pass VS Code's enable-smoke-test-driver (default: on iff
 *                                          extensionDevelopmentPath/-TestsPath is given, which need it)
 * @property {number} [timeoutMs]           bound for startup (default 60 s)
 * @property {string} [locale]              code-server's --locale (VS Code's display language)
 * @property {boolean} [keepTemp]           keep the temp dir after stop() (for debugging)
 * @property {number} [_attempt]            internal: retries after a lost port race
 */

/**
 * @typedef {object} PayloadOptions
 * @property {string} [extensionDevelopmentPath]
 * @property {string} [extensionTestsPath]
 * @property {Record<string, string>} [extensionEnvironment]
 * @property {Array<[string, string]>} [payload]
 */

/**
 * A running code-server.
 * @typedef {object} CodeServer
 * @property {string} url          http://127.0.0.1:<port>/
 * @property {number} port
 * @property {string} hostPort
 * @property {string} root         its temp dir (profile, log, TMPDIR)
 * @property {string} userDataDir
 * @property {string} extensionsDir
 * @property {string} logFile
 * @property {number | undefined} pid
 * @property {boolean} smokeTestDriver
 * @property {string | undefined} workspaceDir
 * @property {string | undefined} extensionDevelopmentPath
 * @property {string | undefined} extensionTestsPath
 * @property {{ installVsixMs?: number, httpReadyMs?: number, startMs?: number, totalMs?: number }} timings
 * @property {() => string} logText
 * @property {(folder?: string, extra?: PayloadOptions) => string} workbenchUrl  the workbench on `folder` (default: workspaceDir), with the dev/test payload
 * @property {() => void} killSync
 * @property {() => Promise<void>} stop
 */

/**
 * Install a .vsix into an extensions dir with code-server's own CLI
 * (`code-server --install-extension X.vsix --extensions-dir D`).
 * @param {string} vsixPath
 * @param {{ extensionsDir: string, userDataDir: string, env?: NodeJS.ProcessEnv, timeoutMs?: number }} options
 */
export async function installVsix(vsixPath, { extensionsDir, userDataDir, env, timeoutMs = 120_000 }) {
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

/** `vscode-remote://host:port/abs/path` - how the browser must name a path on the server. @param {string} hostPort @param {string} absPath */
export function remoteUri(hostPort, absPath) {
  const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://${hostPort}${p.startsWith('/') ? '' : '/'}${p}`;
}

/**
 * The workbench URL for a folder. Dev/test paths go into VS Code's `payload` query
 * parameter as vscode-remote:// URIs (a plain path would be read as a browser-side
 * file:// URI, which the server maps to vscode-local:// and silently ignores).
 * @param {string} baseUrl @param {string | undefined} folder @param {PayloadOptions} [options]
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

/** The temp dirs of one server. @param {string} root */
async function makeProfile(root, userSettings = {}) {
  const userDataDir = path.join(root, 'user-data');
  const extensionsDir = path.join(root, 'extensions');
  const tmpDir = path.join(root, 'tmp');
  const xdg = path.join(root, 'xdg');
  for (const d of [userDataDir, path.join(userDataDir, 'User'), extensionsDir, tmpDir, xdg]) {
    await fsp.mkdir(d, { recursive: true });
  }
  const settings = { ...DEFAULT_USER_SETTINGS, ...userSettings };
  await fsp.writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  // code-server's own config: keep it out of ~/.config.
  const configFile = path.join(root, 'config.yaml');
  await fsp.writeFile(configFile, 'auth: none\ncert: false\n');
  return { userDataDir, extensionsDir, tmpDir, xdg, configFile };
}

/**
 * Start code-server on 127.0.0.1 with a fresh, throwaway user-data-dir and extensions-dir.
 * @param {StartOptions} [o]
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer(o = {}) {
  const paths = toolPaths();
  assertInstalled(paths);
  const t0 = Date.now();
  /** @type {CodeServer['timings']} */
  const timings = {};

  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'cs-e2e-'));
  const { userDataDir, extensionsDir, tmpDir, xdg, configFile } = await makeProfile(root, o.userSettings);

  /** @type {NodeJS.ProcessEnv} */
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
  if (smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (o.locale) args.push('--locale', o.locale);
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
  const watchdog = child.pid !== undefined ? startWatchdog(child.pid, o.keepTemp ? '' : root) : { kill() {} };
  /** @type {{ code: number | null, signal: NodeJS.Signals | null, error?: Error } | null} */
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
  /** @type {CodeServer} */
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
    workbenchUrl(folder = handle.workspaceDir, extra = {}) {
      return workbenchUrl(url, folder, {
        extensionDevelopmentPath: handle.extensionDevelopmentPath,
        extensionTestsPath: handle.extensionTestsPath,
        ...extra,
      });
    },
    killSync() {
      if (!stopped) killGroup(child.pid, 'SIGKILL');
      watchdog.kill();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      release(handle);
      watchdog.kill();
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
  keepAlive(handle);

  const exitedEarly = () => {
    if (exited) throw Object.assign(new Error(`code-server exited early (${JSON.stringify(exited)})`), { fatal: true });
  };
  try {
    // Ready = the HTTP server answers AND the workbench page is served (that is when
    // code-server has loaded VS Code's server; it does so lazily on the first request).
    await waitFor(
      async () => {
        exitedEarly();
        const r = await httpGet(`${url}healthz`);
        return r.status === 200;
      },
      { timeoutMs: o.timeoutMs ?? 60_000, intervalMs: 100, what: `code-server on ${url}` },
    );
    timings.httpReadyMs = Date.now() - tSpawn;
    await waitFor(
      async () => {
        exitedEarly();
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
    throw new Error(`${errorMessage(e)}\n--- code-server log ---\n${log.slice(-4000)}`);
  }
  return handle;
}
