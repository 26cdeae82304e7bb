// @ts-check
// j. The preview's Analysis view (utilisation, predicted waits, the customer-visible time
// histogram, a wait badge on the diagram; the scenario picker) and "Blueprint: Compare with…"
// (the comparison in the Markdown preview), in the real VS Code.
import { EXAMPLE } from '../support.mjs';
import { focusEditor, normalize, startCommand } from '../workbench.mjs';

const QUICK_INPUT = '.quick-input-widget';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'j',
  title: 'the Analysis view with its scenario picker, and Compare with… in the Markdown preview',
  timeoutMs: 150_000,
  workbench: true,
  async run({ page, frame, shot, openPreview, reset }) {
    await openPreview(EXAMPLE);
    await frame.locator('#toggle-analysis').click();
    await frame.locator('#analysis-panel svg.bp-analysis .bp-analysis-histogram').first().waitFor({ timeout: 30_000 });
    const bars = await frame.locator('#analysis-panel .bp-analysis-bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-performer')));
    if (!bars.includes('柜员')) throw new Error(`no utilisation bar for 柜员: ${JSON.stringify(bars)}`);
    const badges = await frame.locator('#preview-root g.step .bp-analysis-badge').count();
    if (badges === 0) throw new Error('no wait badge on the diagram');
    const declared = normalize(await frame.locator('#analysis-panel .bp-analysis-summary').first().textContent());
    if (!declared.includes('40')) throw new Error(`summary at the declared demand reads "${declared}"`);
    await frame.locator('#analysis-scenario').selectOption('午间高峰');
    await frame.locator('#analysis-panel .bp-analysis-summary', { hasText: '90' }).first().waitFor({ timeout: 20_000 });
    await frame.locator('#analysis-panel .bp-analysis-histogram').first().waitFor({ timeout: 20_000 });
    const peak = normalize(await frame.locator('#analysis-panel .bp-analysis-summary').first().textContent());
    const viewShot = await shot('analysis-view.png');
    // Leave the preview as it was: declared case, view off.
    await frame.locator('#analysis-scenario').selectOption('');
    await frame.locator('#toggle-analysis').click();
    await frame.locator('#analysis-panel').waitFor({ state: 'hidden', timeout: 10_000 });

    await focusEditor(page);
    // The command opens a quick pick of its own: runCommand would wait for the palette to close.
    await startCommand(page, 'Blueprint: Compare with…');
    const input = page.locator(`${QUICK_INPUT} input`);
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill('kiosk-deposit');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'kiosk-deposit.blueprint' }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    // Both blueprints have the lunch-peak scenario: compare under it.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: '午间高峰' }).first().waitFor({ timeout: 30_000 });
    await input.fill('午间高峰');
    await page.keyboard.press('Enter');
    const tab = page.locator('.tabs-container .tab', { hasText: 'Comparison' });
    await tab.first().waitFor({ timeout: 60_000 });
    const table = await findInFrames(page, 'table', 'as-is', 60_000);
    await page.waitForTimeout(1500); // the two diagrams are images: let them decode before the screenshot
    const compareShot = await shot('analysis-compare.png');
    await scrollToImages(page);
    const diagramsShot = await shot('analysis-compare-diagrams.png');
    await reset();
    return `Analysis view: bars for ${bars.join(', ')}, ${badges} wait badge(s); summary "${declared}" → lunch peak "${peak}" [${viewShot}]; Compare with kiosk-deposit: table "${table.slice(0, 120)}…" [${compareShot}, ${diagramsShot}]`;
  },
};

/** @typedef {import('playwright-core').Page} Page */

/**
 * The text of the first `selector` containing `text` in any frame of the page (the Markdown preview's iframe).
 * @param {Page} page @param {string} selector @param {string} text @param {number} timeoutMs
 */
async function findInFrames(page, selector, text, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const f of page.frames()) {
      const found = await f.locator(selector, { hasText: text }).first().textContent({ timeout: 200 }).catch(() => null);
      if (found) return normalize(found);
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`no ${selector} with "${text}" in any frame`);
}

/** Scrolls the Markdown preview to the two diagrams (data: SVG images) and checks they are decoded. @param {Page} page */
async function scrollToImages(page) {
  for (const f of page.frames()) {
    const image = f.locator('img[src^="data:image/svg+xml"]').first();
    if (!(await image.count().catch(() => 0))) continue;
    await image.evaluate((img) => img.closest('p')?.previousElementSibling?.scrollIntoView());
    const loaded = await image.evaluate((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0);
    if (!loaded) throw new Error('the comparison\'s diagram image did not load');
    await page.waitForTimeout(500);
    return;
  }
  throw new Error('no diagram image in the comparison');
}
