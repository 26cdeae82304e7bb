// @ts-check
// a. The Problems view lists the CLI's diagnostics for counter-deposit.blueprint; the first
// .blueprint of the session is opened here, so this scenario also times the activation
// (it comes first in the list, so it is the first to open a .blueprint in any selection).
import { errorMessage, runCommand, waitFor } from '../../../scripts/code-server/serve.mjs';
import { EXAMPLE, EXTENSION_NAME, cliDiagnostics } from '../support.mjs';
import { lastKeydown, problemRows, reportedActivationTime, showProblems } from '../workbench.mjs';
import path from 'node:path';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'a',
  title: `Problems view shows the CLI's diagnostics for ${EXAMPLE}`,
  timeoutMs: 90_000,
  workbench: true,
  async run({ page, ws, metrics, shot, hidePanel }) {
    const cli = cliDiagnostics(path.join(ws, EXAMPLE));
    // The Problems view lists errors, warnings and infos, not hints.
    const expected = cli.filter((d) => d.severity !== 'hint').sort((a, b) => a.line - b.line || a.column - b.column);
    await showProblems(page, `**/${EXAMPLE}`);
    // Open the first .blueprint of the session (activates the extension) and time it.
    await page.keyboard.press('Control+1');
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(EXAMPLE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: EXAMPLE }).first().waitFor();
    await page.keyboard.press('Enter');
    const enter = await lastKeydown(page, 'Enter');
    const firstRowAt = await (
      await page.waitForFunction(
        () => document.querySelector('.markers-panel .monaco-list-row .marker-code') && performance.timeOrigin + performance.now(),
        null,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue();
    metrics.activation = {
      firstBlueprintToDiagnosticsMs: Math.round(Number(firstRowAt) - enter.ms),
      method: 'Enter in Quick Open on the first .blueprint of the session (onLanguage activation, language server start, workspace build) → the first diagnostic row rendered in the Problems view',
    };
    // Let all of the file's diagnostics arrive: the resource row states the count.
    /** @type {Awaited<ReturnType<typeof problemRows>>} */
    let rows = [];
    try {
      await waitFor(
        async () => {
          const all = await problemRows(page);
          // The rows of this file: its resource row and the markers up to the next resource row.
          const start = all.findIndex((r) => r.kind === 'file' && r.file === EXAMPLE);
          const next = start < 0 ? -1 : all.findIndex((r, i) => i > start && r.kind === 'file');
          rows = start < 0 ? all : all.slice(start, next < 0 ? undefined : next);
          const file = start < 0 ? undefined : all[start];
          if (file?.kind === 'file' && file.count === expected.length && rows.filter((r) => r.kind === 'marker').length === expected.length) return true;
          // The filter typed before the file opened can be dropped while the view first fills (other
          // files show): type it again, cleared first (the same text again is no change to the view).
          if (all.some((r) => r.kind === 'file' && r.file !== EXAMPLE)) {
            const filter = page.locator('input[aria-label="Filter Problems"]');
            await filter.fill('');
            await filter.fill(`**/${EXAMPLE}`);
          }
          return false;
        },
        { timeoutMs: 20_000, what: `${expected.length} problems for ${EXAMPLE}` },
      );
    } catch (e) {
      throw new Error(`${errorMessage(e)}\nProblems view: ${JSON.stringify(rows)}\nCLI: ${JSON.stringify(expected)}`);
    }
    const markers = rows.flatMap((r) => (r.kind === 'marker' ? [r] : [])).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const view = markers.map((m) => `${m.line}:${m.column} ${m.severity} ${m.code}`);
    const ref = expected.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
    if (JSON.stringify(view) !== JSON.stringify(ref)) throw new Error(`Problems view ${JSON.stringify(view)} ≠ CLI ${JSON.stringify(ref)}`);
    const shotName = await shot('a-problems.png');
    // VS Code's own number: Developer: Show Running Extensions.
    const reported = await reportedActivationTime(page, EXTENSION_NAME, runCommand);
    metrics.activation.vscodeReportedActivationMs = reported.ms;
    metrics.activation.vscodeReportedText = reported.text;
    await page.keyboard.press('Escape');
    await page.locator('.runtime-extensions-editor').waitFor({ state: 'hidden', timeout: 5000 }).catch(async () => {
      await runCommand(page, 'View: Close Editor');
      await page.locator('.runtime-extensions-editor').waitFor({ state: 'hidden', timeout: 10_000 });
    });
    await hidePanel();
    const byCode = Object.entries(markers.reduce((acc, m) => ({ ...acc, [m.code]: (acc[m.code] ?? 0) + 1 }), /** @type {Record<string, number>} */ ({})))
      .map(([code, n]) => `${code}×${n}`)
      .join(', ');
    return `${markers.length} problems (${byCode}) at the CLI's lines/columns/severities; first diagnostic ${metrics.activation.firstBlueprintToDiagnosticsMs} ms after opening; VS Code: "Activation: ${reported.ms}ms" [${shotName}]`;
  },
};
