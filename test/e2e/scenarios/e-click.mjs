// @ts-check
// e. Clicking a step in the preview selects its name in the editor (status bar Ln/Col),
// gives the editor focus and highlights the step.
import { EXAMPLE, positionOf } from '../support.mjs';
import { normalize, waitForStatusSelection } from '../workbench.mjs';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'e',
  title: 'clicking a step in the preview selects its name in the editor',
  timeoutMs: 60_000,
  workbench: true,
  async run({ page, frame, read, closeUpShot, openPreview }) {
    await openPreview(EXAMPLE);
    await page.keyboard.press('Control+Home');
    await waitForStatusSelection(page, 'Ln 1, Col 1');
    const name = '记账';
    const at = positionOf(read(EXAMPLE), `step ${name} `, 'step '.length);
    await frame.locator(`g.step[data-step="${name}"] > rect`).first().click();
    const status = await waitForStatusSelection(page, (s) => s.startsWith(`Ln ${at.line}, `) && s.includes(`(${name.length} selected)`));
    const col = Number(/Col (\d+)/.exec(status)?.[1]);
    if (col !== at.column && col !== at.column + name.length) throw new Error(`status "${status}", expected the name at Ln ${at.line}, Col ${at.column}`);
    await page.waitForFunction(() => !!document.activeElement?.closest('.editor-instance .monaco-editor'), null, { timeout: 10_000 });
    await frame.locator(`g.step[data-step="${name}"].highlighted`).waitFor({ timeout: 10_000 });
    const selected = normalize(await page.locator('.editor-instance .view-line', { hasText: new RegExp(`step\\s${name}\\s`) }).first().innerText());
    const shotName = await closeUpShot(name, 'e-click.png');
    return `status bar "${status}" (line "${selected.slice(0, 40)}…"), the editor has focus and the step is highlighted [${shotName}]`;
  },
};
