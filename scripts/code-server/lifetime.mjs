// @ts-check
// Process lifetime: everything the harness starts (code-server, Chromium) dies with it.
// Each server runs in its own process group (killed as a group); exit/signal hooks stop
// what is still live; a watchdog process kills a server's group and removes its temp dir
// if the harness itself is SIGKILLed.
import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Something to stop when the harness exits.
 * @typedef {object} LiveItem
 * @property {() => Promise<unknown>} stop
 * @property {() => void} [killSync]   for process 'exit', where nothing asynchronous runs
 */

/** @type {Set<LiveItem>} every live server/browser, so that an unexpected exit still kills them */
const live = new Set();
let exitHooksInstalled = false;

function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const item of live) item.killSync?.();
  });
  for (const sig of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.once(sig, async () => {
      await Promise.allSettled([...live].map((item) => item.stop()));
      process.exit(130);
    });
  }
}

/** Register `item` to be stopped on exit or a signal. @param {LiveItem} item */
export function keepAlive(item) {
  installExitHooks();
  live.add(item);
}

/** @param {LiveItem} item */
export function release(item) {
  live.delete(item);
}

/** @param {number | undefined} pid @param {NodeJS.Signals | 0} signal */
export function killGroup(pid, signal) {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** @param {number | undefined} pid */
export function groupAlive(pid) {
  return killGroup(pid, 0);
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

/**
 * Start the watchdog for a process group; `removeDir` ('' for none) goes with it.
 * @param {number} groupPid @param {string} removeDir
 * @returns {{ kill(): void }}
 */
export function startWatchdog(groupPid, removeDir) {
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG_SRC, String(process.pid), String(groupPid), removeDir], {
    stdio: 'ignore',
    detached: true,
  });
  watchdog.unref();
  return { kill: () => void killGroup(watchdog.pid, 'SIGKILL') };
}

/**
 * Run a command in its own process group, capture stdout+stderr, kill the group on timeout.
 * @param {string} cmd @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs: number, cwd?: string }} options
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function runCaptured(cmd, args, { env, timeoutMs, cwd }) {
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
