// @ts-check
// Extension tests inside code-server's (Node) extension host, like @vscode/test-electron
// in desktop VS Code: a server with the extension loaded unpackaged, a workbench whose
// payload names the test runner, the exit code back through window.codeAutomationExit and
// the runner's JSON report and reporter text through files (see docs/e2e.md).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './code-server.mjs';
import { openWorkbench } from './workbench-driver.mjs';

/** The generic mocha runner for extensionTestsPath (see mocha-runner.cjs). */
export const MOCHA_RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'mocha-runner.cjs');

/**
 * @typedef {object} ExtensionTestOptions
 * @property {string} extensionDevelopmentPath  the extension, loaded unpackaged
 * @property {string} [extensionTestsPath]      a module exporting run(); default MOCHA_RUNNER
 * @property {string | string[]} [testFiles]    files/dirs for MOCHA_RUNNER
 * @property {string} [workspaceDir]
 * @property {string | string[]} [vsixPath]     other extensions to install first
 * @property {Record<string, unknown>} [userSettings]
 * @property {Record<string, string>} [env]
 * @property {number} [timeoutMs]               default 180 s
 * @property {boolean} [print]                  print the reporter's text (default true)
 * @property {(message: import('playwright-core').ConsoleMessage) => void} [onConsole]
 * @property {string} [screenshotPath]          a screenshot of the workbench when the run ends
 */

/**
 * @typedef {object} MochaReport
 * @property {number} passes
 * @property {number} failures
 * @property {number} pending
 * @property {Array<{ title: string, file?: string, state: 'passed' | 'failed' | 'pending', error?: string }>} tests
 */

/**
 * Run extension tests inside code-server's Node extension host.
 *
 * By default the runner is MOCHA_RUNNER over `testFiles` (files/dirs). The exit code comes
 * back through window.codeAutomationExit; the runner writes its JSON report to
 * $E2E_RESULT_FILE (returned as `result`) and its reporter text to $E2E_LOG_FILE
 * (returned as `output`, and printed unless print === false).
 *
 * @param {ExtensionTestOptions} options
 * @returns {Promise<{ exitCode: number, result?: MochaReport, output: string, logs: unknown }>}
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
}) {
  if (!extensionDevelopmentPath) throw new Error('runExtensionTests needs extensionDevelopmentPath');
  const files = (Array.isArray(testFiles) ? testFiles : [testFiles]).map((f) => path.resolve(f));
  if (extensionTestsPath === MOCHA_RUNNER && !files.length && !env.E2E_TEST_FILES) {
    throw new Error('runExtensionTests: give testFiles (or your own extensionTestsPath)');
  }
  const resultDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cs-e2e-result-'));
  const resultFile = path.join(resultDir, 'result.json');
  const logFile = path.join(resultDir, 'output.log');
  /** @type {import('./code-server.mjs').CodeServer | undefined} */
  let server;
  /** @type {import('./workbench-driver.mjs').Workbench | undefined} */
  let wb;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  try {
    const started = await startCodeServer({
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
    server = started;
    /** @type {(exit: { code: number, logs: unknown }) => void} */
    let resolveExit = () => {};
    /** @type {Promise<{ code: number, logs: unknown }>} */
    const exit = new Promise((r) => (resolveExit = r));
    wb = await openWorkbench(started, workspaceDir, {
      timeoutMs,
      onConsole,
      waitForExplorer: false,
      onAutomationExit: (code, logs) => resolveExit({ code, logs }),
    });
    /** @type {Promise<never>} */
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`extension tests did not finish within ${timeoutMs} ms\n${started.logText().slice(-3000)}`)),
        timeoutMs,
      );
    });
    const { code, logs } = await Promise.race([exit, timeout]);
    const output = fs.existsSync(logFile) ? await fsp.readFile(logFile, 'utf8') : '';
    if (screenshotPath) await annotatedScreenshot(wb.page, screenshotPath, code, output);
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

/**
 * The workbench as the tests left it (title "[Extension Development Host]", their editors),
 * with the reporter's output laid over it in a box marked as the harness's annotation.
 * @param {import('playwright-core').Page} page @param {string} screenshotPath @param {number} code @param {string} output
 */
async function annotatedScreenshot(page, screenshotPath, code, output) {
  await fsp.mkdir(path.dirname(screenshotPath), { recursive: true });
  await page
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
  await page.screenshot({ path: screenshotPath, animations: 'disabled', timeout: 15_000 }).catch(() => {});
}
