// @ts-check
// n. Renaming a step to a name its blueprint already has is refused with a message, and nothing changes.
import { gotoStepName } from '../support.mjs';
import { editorText, normalize } from '../workbench.mjs';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'n',
  title: 'renaming a step to a name taken in its blueprint is refused with its message',
  timeoutMs: 60_000,
  workbench: true,
  async run(session) {
    const { page, shot } = session;
    await gotoStepName(session, '取号');
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input, .rename-box textarea').first();
    await input.waitFor({ timeout: 15_000 });
    await input.fill('叫号');
    await page.keyboard.press('Enter');
    // VS Code shows a refused rename's reason next to the cursor or as a notification.
    const message = page.locator('.monaco-editor-overlaymessage, .notifications-toasts .notification-toast', { hasText: 'already the name of a step' }).first();
    await message.waitFor({ timeout: 20_000 });
    const text = normalize(await message.innerText());
    const name = await shot('n-rename-refused.png');
    await page.keyboard.press('Escape');
    if ((await editorText(page)).includes('step 叫号 "取号')) throw new Error('the rename was applied');
    return `"${text}" [${name}]`;
  },
};
