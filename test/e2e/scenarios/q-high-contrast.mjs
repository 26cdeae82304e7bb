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
import { previewColours } from '../workbench.mjs';

/** VS Code's built-in high-contrast themes, the workbench class and the webview body class each gives. */
const THEMES = [
  { name: 'Default High Contrast', workbench: 'hc-black', body: 'vscode-high-contrast', shot: 'q-high-contrast-dark.png', dark: true },
  { name: 'Default High Contrast Light', workbench: 'hc-light', body: 'vscode-high-contrast-light', shot: 'q-high-contrast-light.png', dark: false },
];
/** WCAG AA for normal text. */
const MIN_TEXT_CONTRAST = 4.5;

/**
 * In the page: every text of the picture that is on screen and not covered, its colour and the
 * colour under it (the shapes below its centre composited bottom-up, each with its fill-opacity
 * and the opacity of its groups, over the page background), and the WCAG contrast ratio.
 * Hit testing skips elements with pointer-events: none, so all of the picture takes hits while measuring.
 * @param {Element} root
 */
function measureContrast(root) {
  const parse = (/** @type {string} */ css) => {
    const m = css.match(/[\d.]+/g);
    if (!m || css === 'none' || css === 'transparent') return undefined;
    const [r, g, b, a = 1] = m.map(Number);
    return { r, g, b, a };
  };
  const opacityOf = (/** @type {Element} */ el) => {
    let opacity = 1;
    for (let e = /** @type {Element | null} */ (el); e && e !== root; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
    return opacity;
  };
  const luminance = (/** @type {{ r: number, g: number, b: number }} */ c) => {
    const ch = (/** @type {number} */ v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
  };
  const over = (/** @type {{ r: number, g: number, b: number, a: number }} */ top, /** @type {{ r: number, g: number, b: number }} */ below) => ({
    r: top.r * top.a + below.r * (1 - top.a), g: top.g * top.a + below.g * (1 - top.a), b: top.b * top.a + below.b * (1 - top.a),
  });
  const rgb = (/** @type {{ r: number, g: number, b: number }} */ c) => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;
  /** A layer's colour at a point: an SVG shape's fill, an HTML element's background. */
  const layerOf = (/** @type {Element} */ el) => {
    const style = getComputedStyle(el);
    if (el instanceof SVGElement) {
      if (!(el instanceof SVGGeometryElement) || el instanceof SVGPathElement && el.closest('marker')) return undefined;
      const fill = parse(style.fill);
      return fill && { ...fill, a: fill.a * Number(style.fillOpacity) * opacityOf(el) };
    }
    const background = parse(style.backgroundColor);
    return background && background.a > 0 ? background : undefined;
  };
  const page = parse(getComputedStyle(document.body).backgroundColor) ?? { r: 255, g: 255, b: 255, a: 1 };
  const probe = document.createElement('style');
  probe.textContent = '#preview-root svg, #preview-root svg * { pointer-events: auto !important; }';
  document.head.append(probe);
  try {
    const results = [];
    let hidden = 0;
    for (const text of Array.from(root.querySelectorAll('svg text'))) {
      const box = text.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (box.width === 0 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) { hidden++; continue; }
      const stack = document.elementsFromPoint(x, y);
      const at = stack.findIndex((el) => el === text || text.contains(el));
      if (at < 0) { hidden++; continue; }
      const layers = [];
      for (const el of stack.slice(at + 1)) {
        const layer = layerOf(el);
        if (!layer) continue;
        layers.push(layer);
        if (layer.a >= 1) break;
      }
      let ground = { r: page.r, g: page.g, b: page.b };
      for (const layer of layers.reverse()) ground = over(layer, ground);
      const style = getComputedStyle(text);
      const fill = parse(style.fill) ?? { r: 0, g: 0, b: 0, a: 1 };
      const colour = over({ ...fill, a: fill.a * Number(style.fillOpacity) * opacityOf(text) }, ground);
      const [hi, lo] = [luminance(colour), luminance(ground)].sort((a, b) => b - a);
      results.push({ text: (text.textContent ?? '').slice(0, 24), className: text.getAttribute('class') ?? text.parentElement?.getAttribute('class') ?? '', colour: rgb(colour), ground: rgb(ground), ratio: (hi + 0.05) / (lo + 0.05) });
    }
    return { results, hidden };
  } finally {
    probe.remove();
  }
}

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
        const { results, hidden } = await frame.locator('#preview-root').evaluate(measureContrast);
        if (results.length < 50) throw new Error(`${theme.name}: only ${results.length} texts measured (${hidden} off screen or covered)`);
        const low = results.filter((r) => r.ratio < MIN_TEXT_CONTRAST);
        if (low.length > 0) throw new Error(`${theme.name}: ${low.length} of ${results.length} texts below ${MIN_TEXT_CONTRAST}:1, e.g. ${JSON.stringify(low.slice(0, 5))}`);
        const worst = results.reduce((a, b) => (b.ratio < a.ratio ? b : a));
        const shotName = await closeUpShot('记账', theme.shot);
        seen.push(`${theme.name}: body ${theme.body}, page ${now.background}, picture bg ${now.svgBackground}, labels ${now.label}; ${results.length} texts measured (${hidden} off screen or covered), all ≥ ${worst.ratio.toFixed(1)}:1 (lowest "${worst.text}" ${worst.colour} on ${worst.ground}) [${shotName}]`);
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
