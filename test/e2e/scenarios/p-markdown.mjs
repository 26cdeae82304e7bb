// @ts-check
// p. A ```blueprint fence is drawn in VS Code's Markdown preview; a broken one shows its message.
import fs from 'node:fs';
import path from 'node:path';
import { openWrittenFile } from '../support.mjs';
import { normalize } from '../workbench.mjs';

const FILE = 'p-notes.md';
const NOTES = [
  '# 柜台笔记',
  '',
  'The counter process, drawn from the fence below:',
  '',
  '```blueprint',
  'actor 柜员 "Teller"',
  'blueprint 柜台 "柜台存款 Counter deposit" {',
  '    customer 顾客 { step 取号 "取号 Take a number" { evidence "号码单" } }',
  '    onstage 柜台 { step 叫号 "叫号 Call the number" { by 柜员 evidence "叫号屏" } }',
  '    取号 -> 叫号',
  '}',
  '```',
  '',
  '```blueprint',
  'blueprint 半成品 { customer { step',
  '```',
  '',
].join('\n');

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'p',
  title: 'a ```blueprint fence is drawn in the Markdown preview; a broken one shows its message',
  timeoutMs: 120_000,
  workbench: true,
  async run(session) {
    const { page, ws, shot, reset } = session;
    fs.writeFileSync(path.join(ws, FILE), NOTES);
    await openWrittenFile(session, FILE);
    // Ctrl+K V in a Markdown editor is the Markdown preview to the side (the blueprint binding is for .blueprint only).
    await page.keyboard.press('Control+K');
    await page.keyboard.press('v');
    await page.locator('.tabs-container .tab', { hasText: `Preview ${FILE}` }).waitFor({ timeout: 30_000 });
    const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await frame.locator('.blueprint-diagram svg').first().waitFor({ timeout: 60_000 });
    const steps = await frame.locator('.blueprint-diagram svg g.step').count();
    const error = normalize(await frame.locator('.blueprint-diagram-error').first().innerText({ timeout: 20_000 }));
    const name = await shot('p-markdown-fence.png');
    await reset();
    if (steps !== 2) throw new Error(`${steps} steps drawn, expected 2`);
    if (!error.startsWith('Blueprint block, line')) throw new Error(`error block says "${error}"`);
    return `diagram with ${steps} steps in the Markdown preview; broken fence: "${error}" [${name}]`;
  },
};
