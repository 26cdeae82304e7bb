// @ts-check
// o. Code lens: the fail-point lens lists the fail points, also when clicked while the
// lenses are being refreshed after an edit, and "Preview" opens the preview.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, waitFor } from '../../../scripts/code-server/serve.mjs';
import { EXAMPLE } from '../support.mjs';
import { codeLens, focusEditor, normalize } from '../workbench.mjs';

/** Edits, each followed at once by a click on the fail-point lens. */
const EDITS = 4;

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'o',
  title: 'code lens: the fail-point lens lists the fail points (also clicked right after an edit above them), "Preview" opens the preview',
  timeoutMs: 150_000,
  workbench: true,
  async run({ page, ws, frame, shot, openFile, revertFile, reset }) {
    await openFile(EXAMPLE);
    await page.keyboard.press('Control+Home'); // lenses are drawn for the visible lines only
    await codeLens(page, /fail point/).waitFor({ timeout: 60_000 });
    const peek = page.locator('.zone-widget .peekview-widget, .reference-zone-widget').first();
    const staleToast = page.locator('.notifications-toasts', { hasText: 'command not found' });
    let lostClicks = 0;
    for (let i = 0; i < EDITS; i++) {
      await focusEditor(page);
      // A line at the top moves every fail point: the new lenses carry other arguments than those on screen.
      await page.keyboard.press('Control+Home');
      await page.keyboard.type(`// edit ${i}\n`);
      // At once, while VS Code asks for the new lenses: the lens on screen may still be the one drawn
      // before the edit. A click that coincides with VS Code redrawing the lens runs nothing (its
      // mouse-down handler looks up the link it has just replaced): clicked again, and counted.
      let clicks = 0;
      await waitFor(async () => {
        clicks++;
        await codeLens(page, /fail points/).click();
        return peek.waitFor({ timeout: 2000 }).then(() => true, () => false);
      }, { timeoutMs: 20_000, what: `the fail-point list after edit ${i + 1}` });
      lostClicks += clicks - 1;
      // The list shows the fail points as the text is now (a lens drawn before the edit names its blueprint, not lines).
      const rows = peek.locator('.ref-tree .monaco-list-row');
      await waitFor(async () => (await rows.count()) > 0 && (await rows.allInnerTexts()).every((t) => /^\s*fail\b/.test(t)), {
        timeoutMs: 10_000, what: `every row of the list a fail point after edit ${i + 1}`,
      });
      if (await staleToast.count()) throw new Error(`a click after edit ${i + 1} ran a dropped lens command: "${normalize(await staleToast.first().innerText())}"`);
      await waitFor(async () => {
        await page.keyboard.press('Escape');
        return peek.waitFor({ state: 'hidden', timeout: 1000 }).then(() => true, () => false);
      }, { timeoutMs: 20_000, what: 'the fail-point list closed' });
    }
    await revertFile();
    await codeLens(page, /fail points/).click();
    await peek.waitFor({ timeout: 10_000 });
    const peekText = normalize(await peek.innerText());
    const failShot = await shot('o-lens-fail-points.png');
    await page.keyboard.press('Escape');
    if (!/fail/.test(peekText)) throw new Error(`the peek view shows no fail point: ${peekText.slice(0, 200)}`);
    await codeLens(page, /Preview/).click();
    await page.locator('.tabs-container .tab', { hasText: `Preview ${EXAMPLE}` }).waitFor({ timeout: 30_000 });
    await frame.locator('#preview-root svg g.step').first().waitFor({ timeout: 60_000 });
    const lenses = normalize(await page.locator('.editor-instance .codelens-decoration').first().innerText());
    // The lens's numbers are the CLI's.
    const stats = spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'blueprint.js'), 'stats', path.join(ws, EXAMPLE), '--format', 'json'], { encoding: 'utf8' });
    const cli = JSON.parse(stats.stdout)[0].metrics;
    for (const part of [`${cli.failPoints} fail points`, `${cli.waitPoints} wait point`]) if (!lenses.includes(part)) throw new Error(`lenses "${lenses}" lack "${part}" (CLI)`);
    const name = await shot('o-lens-preview.png');
    await reset();
    return `a click at once after each of ${EDITS} edits listed the fail points at their new lines (${lostClicks} click(s) lost to VS Code redrawing the lens, clicked again), no "command not found"; lenses "${lenses}"; peek "${peekText.slice(0, 60)}…"; preview opened [${failShot}, ${name}]`;
  },
};
