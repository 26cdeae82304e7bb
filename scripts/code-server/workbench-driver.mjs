// @ts-check
// The workbench driver: Debian's Chromium through playwright-core, the workbench opened
// and waited for until really ready, and keyboard-driven helpers (Quick Open, the command
// palette, notifications) used by the e2e suite, the sandbox's users and the self-test.
import fs from 'node:fs';
import path from 'node:path';
import { keepAlive, release } from './lifetime.mjs';
import { workbenchUrl } from './code-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tools.mjs';

/** @typedef {import('playwright-core').Browser} Browser */
/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').ConsoleMessage} ConsoleMessage */

/**
 * @typedef {object} OpenOptions
 * @property {number} [timeoutMs]            bound for the whole opening (default 90 s)
 * @property {{ width: number, height: number }} [viewport]  default 1400×900
 * @property {boolean} [headless]            default true
 * @property {Browser} [browser]             reuse a browser (then close() leaves it running)
 * @property {(message: ConsoleMessage) => void} [onConsole]
 * @property {(code: number, logs: unknown) => void} [onAutomationExit]  VS Code's end of an extension test run
 * @property {boolean} [waitForExplorer]     wait for the explorer to list the folder (default true)
 */

/**
 * @typedef {object} Workbench
 * @property {Browser} browser
 * @property {BrowserContext} context
 * @property {Page} page
 * @property {string} url
 * @property {number} readyMs     page.goto → ready
 * @property {() => Promise<void>} close
 */

/** @type {Promise<typeof import('playwright-core')> | undefined} */
let playwrightPromise;
async function playwright() {
  playwrightPromise ??= import('playwright-core');
  return playwrightPromise;
}

/** Launch Debian's Chromium via playwright-core (headless by default). */
export async function launchBrowser({ headless = true, args = /** @type {string[]} */ ([]) } = {}) {
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
 * @param {string | import('./code-server.mjs').CodeServer} target  base URL, or the handle from startCodeServer (then its
 *                                extensionDevelopmentPath/extensionTestsPath go into the payload)
 * @param {string} [folder]       folder to open (default: the server's workspaceDir)
 * @param {OpenOptions & import('./code-server.mjs').PayloadOptions} [opts]
 * @returns {Promise<Workbench>}
 */
export async function openWorkbench(target, folder, opts = {}) {
  const server = typeof target === 'string' ? null : target;
  folder ??= server?.workspaceDir;
  const url = server ? server.workbenchUrl(folder) : workbenchUrl(/** @type {string} */ (target), folder, opts);
  const timeoutMs = opts.timeoutMs ?? 90_000;
  const ownBrowser = !opts.browser;
  const browser = opts.browser ?? (await launchBrowser({ headless: opts.headless ?? true }));
  const item = { stop: async () => ownBrowser && browser.close().catch(() => {}) };
  keepAlive(item);
  /** @type {BrowserContext | undefined} */
  let context;
  try {
    context = await browser.newContext({ viewport: opts.viewport ?? { width: 1400, height: 900 } });
    const page = await context.newPage();
    const { onConsole, onAutomationExit } = opts;
    if (onConsole) page.on('console', (m) => onConsole(m));
    if (onAutomationExit) {
      // VS Code calls window.codeAutomationExit(code, logs) when an extension test run ends.
      await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code, /** @type {unknown} */ logs) => onAutomationExit(code, logs));
    }
    const t0 = Date.now();
    await page.goto(url, { timeout: timeoutMs });
    const deadline = t0 + timeoutMs;
    const left = () => Math.max(1000, deadline - Date.now());
    await page.waitForSelector('.monaco-workbench', { timeout: left() });
    if (await isSmokeTestDriverPage(page)) {
      // The smoke-test driver (window.driver) tells when the workbench is restored.
      await page.waitForFunction(() => !!(/** @type {any} */ (window).driver), null, { timeout: left() });
      await page.evaluate(() => /** @type {any} */ (window).driver.whenWorkbenchRestored());
    }
    if (folder && opts.waitForExplorer !== false) {
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: left() });
    }
    const readyMs = Date.now() - t0;
    const openedContext = context;
    const close = async () => {
      release(item);
      await openedContext.close().catch(() => {});
      if (ownBrowser) await browser.close().catch(() => {});
    };
    return { browser, context, page, url, readyMs, close };
  } catch (e) {
    release(item);
    await context?.close().catch(() => {});
    if (ownBrowser) await browser.close().catch(() => {});
    throw e;
  }
}

/** True when the server runs VS Code's smoke-test driver (extension development mode). @param {Page} page */
export async function isSmokeTestDriverPage(page) {
  return page.evaluate(() => {
    const el = document.getElementById('vscode-workbench-web-configuration');
    try {
      return !!JSON.parse(el?.getAttribute('data-settings') || '{}').developmentOptions?.enableSmokeTestDriver;
    } catch {
      return false;
    }
  });
}

const QUICK_INPUT = '.quick-input-widget .quick-input-box input';

/** Quick Open (Ctrl+P): type `fileName`, pick the first match, wait until its editor tab is active. @param {Page} page @param {string} fileName */
export async function quickOpen(page, fileName, { timeoutMs = 20_000 } = {}) {
  await page.keyboard.press('Control+P');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(fileName);
  // Enter opens the focused row: wait until the filter has put a matching one there (right after
  // typing, a recently opened file that does not match can still be focused).
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(fileName) }).waitFor({ timeout: timeoutMs });
}

/** Command palette (F1): type the command's title (as shown, e.g. "Category: Title"), run it. @param {Page} page @param {string} title */
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
 * @param {Page} page @param {string} text
 * @returns {Promise<'toast' | 'center'>}
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
