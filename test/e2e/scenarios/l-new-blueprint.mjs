// @ts-check
// l. Blueprint: New Blueprint asks the classification and opens a starter shaped by it, with no error.
import { waitFor } from '../../../scripts/code-server/serve.mjs';
import { codeLens, editorText, errorsOf, normalize, quickPick, startCommand } from '../workbench.mjs';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'l',
  title: 'Blueprint: New Blueprint asks the classification and opens a starter with no error',
  timeoutMs: 120_000,
  workbench: true,
  async run({ page, shot, reset }) {
    await startCommand(page, 'Blueprint: New Blueprint');
    for (const [i, label] of ['standard', 'information', 'self-service', 'customer-cooperation'].entries()) {
      await page.locator(`.quick-input-widget input[aria-label*="New Blueprint (${i + 1}/4)"]`).waitFor({ timeout: 15_000 });
      await quickPick(page, label);
    }
    await page.locator('.tabs-container .tab.active', { hasText: /Untitled/ }).waitFor({ timeout: 20_000 });
    await codeLens(page, /fail point/).waitFor({ timeout: 60_000 });
    const text = await editorText(page);
    for (const part of ['contact self-service', 'system 自助终端']) if (!text.includes(part)) throw new Error(`starter lacks "${part}"`);
    // The onstage lane is below the visible lines: find it.
    await page.keyboard.press('Control+F');
    await page.keyboard.type('onstage 自助 "自助技术');
    const count = page.locator('.find-widget .matchesCount');
    await waitFor(async () => normalize(await count.innerText()) === '1 of 1', { timeoutMs: 10_000, what: 'the technology onstage lane found once' });
    await page.keyboard.press('Escape');
    const errors = await errorsOf(page, 'Untitled');
    const name = await shot('l-new-blueprint.png');
    if (errors.length) throw new Error(`errors: ${JSON.stringify(errors)}`);
    await reset();
    return `untitled starter with a technology onstage lane (自助终端, via atm); 0 errors [${name}]`;
  },
};
