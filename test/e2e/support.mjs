// @ts-check
// Shared pieces of the e2e scenarios: paths and names, text positions, the CLI's
// diagnostics, screenshots, and the Session a workbench scenario gets: one code-server
// and one workbench shared by the UI scenarios, with idempotent helpers so that every
// scenario sets up what it needs (its file in the first editor group, the preview beside
// it) and works alone (`node test/e2e/run.mjs --only e`) or after any other.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, runCommand, quickOpen, waitFor } from '../../scripts/code-server/serve.mjs';
import { focusEditor, gotoLine, previewCloseUp, previewFit, previewFrame } from './workbench.mjs';

export { REPO_ROOT };
export const OUT_DIR = path.join(REPO_ROOT, 'test-output', 'e2e');
/** The example most scenarios work on (copied into the temporary workspace). */
export const EXAMPLE = 'counter-deposit.blueprint';
export const EXTENSION_NAME = 'Service Blueprint';
export const INTEGRATION_TEST = path.join(REPO_ROOT, 'out', 'integration', 'extension.test.cjs');

/**
 * A scenario in the shared workbench: one file in test/e2e/scenarios/, registered in scenarios/index.mjs.
 * @typedef {object} WorkbenchScenario
 * @property {string} id          short, unique; `--only <id>` selects it; screenshots start with it
 * @property {string} title
 * @property {number} timeoutMs   the whole scenario's bound
 * @property {true} workbench
 * @property {(session: Session) => Promise<string>} run  throws on failure; returns a one-line account
 */
/**
 * A scenario that brings its own server (like g).
 * @typedef {object} StandaloneScenario
 * @property {string} id
 * @property {string} title
 * @property {number} timeoutMs
 * @property {false} workbench
 * @property {(ctx: { metrics: Metrics }) => Promise<string>} run
 */
/** @typedef {WorkbenchScenario | StandaloneScenario} Scenario */
/** @typedef {Record<string, any>} Metrics  written to test-output/e2e/metrics.json */
/** @typedef {ReturnType<typeof createSession>} Session */
/** @typedef {{ line: number, column: number, severity: string, code: string, message: string }} CliDiagnostic */

/** 1-based line and column of `needle` (plus `offset` characters) in `text`. @param {string} text @param {string} needle */
export function positionOf(text, needle, offset = 0) {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  return { line, column: before.length - lineStart + 1, index: index + offset, lineText: text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd) };
}

/** The steps written in a .blueprint text: { id, label }. @param {string} text */
export function stepsOf(text) {
  return [...text.matchAll(/^\s*step\s+(\S+)\s+"([^"]*)"/gm)].map((m) => ({ id: m[1], label: m[2] }));
}

/** What the CLI reports for a file (the reference for the Problems view). @param {string} file @returns {CliDiagnostic[]} */
export function cliDiagnostics(file) {
  const r = spawnSync(process.execPath, ['bin/blueprint.js', 'check', file, '--format', 'json'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`blueprint check exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout).files[0].diagnostics;
}

/** A temporary copy of examples/. @param {string} prefix */
export function makeWorkspace(prefix) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(path.join(REPO_ROOT, 'examples'), ws, { recursive: true });
  return ws;
}

/** A screenshot of the page into OUT_DIR; returns its name. @param {import('playwright-core').Page} page @param {string} name */
export async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT_DIR, name), animations: 'disabled', timeout: 20_000 });
  return name;
}

/**
 * The shared workbench as scenarios see it.
 * @param {{ page: import('playwright-core').Page, server: import('../../scripts/code-server/serve.mjs').CodeServer, ws: string, metrics: Metrics }} parts
 */
export function createSession({ page, server, ws, metrics }) {
  const frame = previewFrame(page);
  const session = {
    page,
    server,
    /** The temporary workspace (a copy of examples/). */
    ws,
    /** The preview's page (inside VS Code's webview iframes). */
    frame,
    /** Written to test-output/e2e/metrics.json at the end of the run. */
    metrics,
    /** The text of a workspace file on disk. */
    read: (/** @type {string} */ name) => fs.readFileSync(path.join(ws, name), 'utf8'),
    shot: (/** @type {string} */ name) => shot(page, name),
    /** A screenshot with the preview zoomed to 100% around `stepId`; the preview is fitted again afterwards. @param {string} stepId @param {string} name */
    async closeUpShot(stepId, name) {
      await previewCloseUp(frame, stepId);
      try {
        return await shot(page, name);
      } finally {
        await previewFit(frame);
      }
    },
    /** `name` the active editor of the first group, with keyboard focus (Quick Open when it is not). @param {string} name */
    async openFile(name) {
      await page.keyboard.press('Control+1');
      const active = page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name });
      if (!(await active.count())) {
        await quickOpen(page, name);
        await page.keyboard.press('Control+1');
      }
      await active.waitFor({ timeout: 20_000 });
      await focusEditor(page);
    },
    /** The preview beside the editor (Ctrl+K V when none is open) showing `name`; the editor keeps focus. @param {string} name */
    async openPreview(name) {
      await session.openFile(name);
      const tab = page.locator('.tabs-container .tab', { hasText: 'Preview ' });
      if (!(await tab.count())) {
        await page.keyboard.press('Control+K');
        await page.keyboard.press('v');
        await tab.first().waitFor({ timeout: 20_000 });
      }
      await frame.locator('#file-name', { hasText: name }).waitFor({ timeout: 60_000 });
      await frame.locator('#preview-root svg g.step').first().waitFor({ timeout: 60_000 });
      await focusEditor(page);
    },
    /** Undoes unsaved edits of the active editor (File: Revert File). */
    async revertFile() {
      await runCommand(page, 'File: Revert File');
      await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 10_000 });
    },
    /** Hides the panel (Problems, Output, …) when it is shown. */
    async hidePanel() {
      if (await page.locator('.part.panel').isVisible()) {
        await runCommand(page, 'View: Hide Panel');
        await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 10_000 });
      }
    },
    /**
     * Back to a blank workbench after a failed scenario: widgets closed, unsaved edits
     * discarded, every editor closed, the panel hidden.
     */
    async reset() {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await runCommand(page, 'View: Close All Editors');
      // One dialog asks about every dirty editor at once.
      const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" }).first();
      if (await dontSave.isVisible().catch(() => false)) {
        await dontSave.click();
        await page.locator('.monaco-dialog-box').waitFor({ state: 'detached', timeout: 10_000 });
      }
      await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached', timeout: 15_000 });
      await session.hidePanel();
    },
  };
  return session;
}

/** The delays between a keystroke and the preview, read from the sources so the report stays honest. */
export function readDebounce() {
  const src = fs.readFileSync(path.join(REPO_ROOT, 'src', 'language', 'preview-notifications.ts'), 'utf8');
  const push = Number(/PUSH_DELAY_MS\s*=\s*(\d+)/.exec(src)?.[1]);
  return {
    serverPushDelayMs: push,
    langium: 'no debounce: Langium 4 rebuilds on every didChange (a newer change cancels the running build)',
    languageClient: 'vscode-languageclient sends incremental didChange immediately',
    summary: `the server's ${push} ms coalescing delay before it pushes the model (PUSH_DELAY_MS); Langium and the client add none`,
  };
}

/**
 * The example open in the first group, validated (its code lens shows), the cursor on the name of
 * step `stepId`. @param {Session} session @param {string} stepId
 */
export async function gotoStepName({ page, read, openFile }, stepId) {
  await openFile(EXAMPLE);
  // The lenses are drawn for the visible lines only; an earlier scenario may have left the file scrolled.
  await page.keyboard.press('Control+Home');
  await page.locator('.editor-instance .codelens-decoration', { hasText: /fail point/ }).first().waitFor({ timeout: 60_000 });
  const at = positionOf(read(EXAMPLE), `step ${stepId} `, 'step '.length);
  await gotoLine(page, at.line, at.column, at.lineText);
}

/**
 * Opens a file the scenario has just written into the workspace: Quick Open finds it once VS Code's
 * file watcher has seen it, so it is tried again (each try bounded) until it does.
 * @param {Session} session @param {string} name
 */
export async function openWrittenFile({ page, openFile }, name) {
  await waitFor(async () => {
    try {
      await openFile(name);
      return true;
    } catch {
      await page.keyboard.press('Escape');
      return false;
    }
  }, { timeoutMs: 60_000, what: `Quick Open to find the new file ${name}` });
}
