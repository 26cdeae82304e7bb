// @ts-check
// q. The preview in VS Code's two high-contrast themes. "Preferences: Color Theme" lists no
// themes in this offline code-server, and the palette has no high-contrast toggle, so the
// theme is written into the workspace's .vscode/settings.json, which VS Code applies live (a
// change to the user settings.json on disk was not picked up). In each theme: the
// workbench and webview body classes, the page and picture backgrounds, the label colour, and
// the contrast of every drawn text against what lies under it, from the page's computed styles.
// The workspace settings are removed afterwards (back to the light theme).
import fs from 'node:fs';
import path from 'node:path';
import { errorMessage, waitFor } from '../../../scripts/code-server/serve.mjs';
import { EXAMPLE } from '../support.mjs';
import { checkTextContrast, previewColours } from '../workbench.mjs';

/** VS Code's built-in high-contrast themes, the workbench class and the webview body class each gives. */
const THEMES = [
  { name: 'Default High Contrast', workbench: 'hc-black', body: 'vscode-high-contrast', shot: 'q-high-contrast-dark.png', dark: true },
  { name: 'Default High Contrast Light', workbench: 'hc-light', body: 'vscode-high-contrast-light', shot: 'q-high-contrast-light.png', dark: false },
];
/** WCAG relative luminance of an rgb() colour (0 black … 1 white; NaN when unparsed). @param {string | undefined} css */
function relativeLuminance(css) {
  const [r, g, b] = (css?.match(/[\d.]+/g) ?? []).map(Number);
  if (b === undefined) return NaN;
  const channel = (/** @type {number} */ v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'q',
  title: 'the preview in High Contrast Dark and High Contrast Light: backgrounds, labels, every text ≥ 4.5:1',
  timeoutMs: 120_000,
  workbench: true,
  async run({ page, frame, ws, closeUpShot, openPreview }) {
    await openPreview(EXAMPLE);
    const settingsDir = path.join(ws, '.vscode');
    const settingsFile = path.join(settingsDir, 'settings.json');
    if (fs.existsSync(settingsDir)) throw new Error(`${settingsDir} exists: a scenario before this one left it`);
    fs.mkdirSync(settingsDir, { recursive: true });
    const colours = () => previewColours(frame);
    const light = await colours();
    const seen = [];
    try {
      for (const theme of THEMES) {
        fs.writeFileSync(settingsFile, JSON.stringify({ 'workbench.colorTheme': theme.name }, null, 2));
        await page.locator(`.monaco-workbench.${theme.workbench}`).waitFor({ timeout: 20_000 });
        let last = light;
        const now = await waitFor(
          async () => {
            last = await colours();
            return new RegExp(`\\b${theme.body}\\b`).test(last.body) && last.label !== light.label ? last : undefined;
          },
          { timeoutMs: 15_000, what: `the preview to follow ${theme.name}` },
        ).catch((e) => {
          throw new Error(`${errorMessage(e)}: light ${JSON.stringify(light)}, now ${JSON.stringify(last)}`);
        });
        for (const [what, colour] of [['page', now.background], ['picture', now.svgBackground]]) {
          const ground = relativeLuminance(colour);
          if (!(theme.dark ? ground <= 0.05 : ground >= 0.9)) throw new Error(`${theme.name}: the ${what} background ${colour} is not ${theme.dark ? 'dark' : 'light'}`);
        }
        const contrast = await checkTextContrast(frame, theme.name);
        const shotName = await closeUpShot('记账', theme.shot);
        seen.push(`${theme.name}: body ${theme.body}, page ${now.background}, picture bg ${now.svgBackground}, labels ${now.label}; ${contrast} [${shotName}]`);
      }
    } finally {
      // Back to the user settings' light theme the other scenarios expect.
      fs.rmSync(settingsDir, { recursive: true, force: true });
      await page.locator('.monaco-workbench.vs:not(.vs-dark)').waitFor({ timeout: 20_000 });
      await frame.locator('body.vscode-light').waitFor({ timeout: 15_000 });
    }
    return seen.join('; ');
  },
};
