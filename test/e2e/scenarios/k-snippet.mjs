// @ts-check
// k. The "Blueprint" snippet inserts a whole blueprint (classification, five zones, three lines) with no error.
import fs from 'node:fs';
import path from 'node:path';
import { openWrittenFile } from '../support.mjs';
import { codeLens, editorText, errorsOf, quickPick, startCommand } from '../workbench.mjs';

const FILE = 'k-snippet.blueprint';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'k',
  title: 'the "Blueprint" snippet inserts a whole blueprint that has no error',
  timeoutMs: 120_000,
  workbench: true,
  async run(session) {
    const { page, ws, shot, reset } = session;
    fs.writeFileSync(path.join(ws, FILE), '');
    await openWrittenFile(session, FILE);
    await startCommand(page, 'Snippets: Insert Snippet');
    await quickPick(page, 'Blueprint');
    await page.keyboard.press('Escape');
    const text = await editorText(page);
    for (const part of ['classification', 'line interaction', 'line visibility', 'line internal', 'support systems']) {
      if (!text.includes(part)) throw new Error(`inserted text lacks "${part}": ${text.slice(0, 300)}`);
    }
    await page.keyboard.press('Control+S');
    // The server has seen the text once its code lens shows.
    await codeLens(page, /fail point/).waitFor({ timeout: 60_000 });
    const errors = await errorsOf(page, FILE);
    const name = await shot('k-snippet.png');
    if (errors.length) throw new Error(`errors: ${JSON.stringify(errors)}`);
    await reset();
    return `whole blueprint inserted (classification, five zones, three lines); 0 errors in the Problems view [${name}]`;
  },
};
