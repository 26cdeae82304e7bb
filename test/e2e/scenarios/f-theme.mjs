// @ts-check
// f. The preview follows a switch to a dark colour theme (body class, page background,
// picture background, label colour); in both themes every drawn text is at least 4.5:1
// against what lies under it (checkTextContrast). The light theme is restored afterwards.
import { errorMessage, runCommand, waitFor } from '../../../scripts/code-server/serve.mjs';
import { EXAMPLE } from '../support.mjs';
import { checkTextContrast, previewColours } from '../workbench.mjs';

const TOGGLE = 'Preferences: Toggle between Light/Dark Themes';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'f',
  title: 'the preview follows a switch to a dark colour theme',
  timeoutMs: 60_000,
  workbench: true,
  async run({ page, frame, closeUpShot, openPreview }) {
    await openPreview(EXAMPLE);
    const colours = () => previewColours(frame);
    const before = await colours();
    if (!/\bvscode-light\b/.test(before.body)) throw new Error(`preview body is "${before.body}" before the switch`);
    const lightContrast = await checkTextContrast(frame, 'light theme');
    // The command palette's theme toggle (light ↔ the preferred dark theme, Default Dark Modern).
    // ("Preferences: Color Theme" lists "0 Results" in this offline code-server; see docs/e2e.md.)
    await runCommand(page, TOGGLE);
    try {
      await page.locator('.monaco-workbench.vs-dark').waitFor({ timeout: 15_000 });
      let last = before;
      const after = await waitFor(
        async () => {
          last = await colours();
          return /\bvscode-dark\b/.test(last.body) && last.background !== before.background && last.svgBackground !== before.svgBackground && last.label !== before.label ? last : undefined;
        },
        { timeoutMs: 15_000, what: 'the preview to turn dark' },
      ).catch((e) => {
        throw new Error(`${errorMessage(e)}: before ${JSON.stringify(before)}, after ${JSON.stringify(last)}`);
      });
      const luminance = (/** @type {string} */ rgb) => {
        const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) || []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      if (!(luminance(after.background) < 0.3 && luminance(before.background) > 0.7)) throw new Error(`background ${before.background} → ${after.background} is not light → dark`);
      const darkContrast = await checkTextContrast(frame, 'dark theme');
      const shotName = await closeUpShot('记账', 'f-dark-theme.png');
      return `body ${before.body.match(/vscode-\w+/)?.[0]} → ${after.body.match(/vscode-\w+/)?.[0]}; page ${before.background} → ${after.background}; picture bg ${before.svgBackground} → ${after.svgBackground}; labels ${before.label} → ${after.label}; light: ${lightContrast}; dark: ${darkContrast} [${shotName}]`;
    } finally {
      // Back to the light theme for the scenarios after this one.
      if (await page.locator('.monaco-workbench.vs-dark').count()) {
        await runCommand(page, TOGGLE);
        await page.locator('.monaco-workbench.vs-dark').waitFor({ state: 'detached', timeout: 15_000 });
        await frame.locator('body.vscode-light').waitFor({ timeout: 15_000 });
      }
    }
  },
};
