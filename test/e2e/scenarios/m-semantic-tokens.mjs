// @ts-check
// m. Semantic tokens: a step's name is a "step" token with the declaration modifier.
import { runCommand, waitFor } from '../../../scripts/code-server/serve.mjs';
import { gotoStepName } from '../support.mjs';
import { normalize } from '../workbench.mjs';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'm',
  title: 'semantic tokens: a step name is a "step" token with the declaration modifier',
  timeoutMs: 90_000,
  workbench: true,
  async run(session) {
    const { page, shot } = session;
    await gotoStepName(session, '取号');
    await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor({ timeout: 15_000 });
    await waitFor(async () => /semantic token type\s*step/.test(normalize(await widget.innerText())), { timeoutMs: 20_000, what: 'semantic token type step' });
    const content = normalize(await widget.innerText());
    const name = await shot('m-semantic-tokens.png');
    await page.keyboard.press('Escape');
    if (!/modifiers\s*declaration/.test(content)) throw new Error(`no declaration modifier: ${content}`);
    const from = content.indexOf('semantic token type');
    return `"${content.slice(from, from + 60)}" [${name}]`;
  },
};
