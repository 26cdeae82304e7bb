// @ts-check
// b. Hovering a step's name shows its label and facts.
import { EXAMPLE, positionOf } from '../support.mjs';
import { gotoLine, normalize } from '../workbench.mjs';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'b',
  title: 'hover over a step name shows its label and facts',
  timeoutMs: 60_000,
  workbench: true,
  async run({ page, read, shot, openFile, hidePanel }) {
    await hidePanel();
    await openFile(EXAMPLE);
    const at = positionOf(read(EXAMPLE), 'step 点钞 ', 'step '.length);
    await gotoLine(page, at.line, at.column, at.lineText);
    const token = page.locator('.editor-instance .view-line', { hasText: /step\s点钞\s/ }).locator('span > span', { hasText: /^点钞$/ }).first();
    await token.hover();
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: '点钞验钞 Count and check cash' }).first();
    await hover.waitFor({ state: 'visible', timeout: 15_000 });
    const content = normalize(await hover.innerText());
    for (const fact of ['onstage step', 'Teller', '2 min', 'Fail point', '假币或点钞差错', 'Evidence']) {
      if (!content.includes(fact)) throw new Error(`hover lacks "${fact}": ${content}`);
    }
    const shotName = await shot('b-hover.png');
    await page.mouse.move(5, 500);
    await page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
    return `"${content.slice(0, 110)}…" [${shotName}]`;
  },
};
