// @ts-check
// i. The extension in Chinese: `blueprint.language: zh-cn` (a workspace setting, applied live) turns
// the Problems view, hover, quick fixes and the preview Chinese. VS Code's own UI stays English:
// code-server's `--locale zh-cn` needs a language pack for VS Code itself, and there is none offline
// (with `--locale zh-cn` and no pack VS Code resolves English and reads package.nls.json, not
// package.nls.zh-cn.json; docs/e2e.md). The preview's texts are this extension's own: checked exactly.
import fs from 'node:fs';
import path from 'node:path';
import { waitFor } from '../../../scripts/code-server/serve.mjs';
import { EXAMPLE, positionOf } from '../support.mjs';
import { codeLens, gotoLine, normalize, problemRows, showProblems } from '../workbench.mjs';

const CJK = /[\u3400-\u9fff]/;
/** A typo of the step 点钞 (two characters: "did you mean" scales to the name's length). */
const TYPO = '点抄';
const FLOW_AFTER = '点钞 -> 尾箱入库 -> 现金调拨';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'i',
  title: 'in Chinese (blueprint.language zh-cn): Problems, hover, quick fixes, preview toolbar and legend',
  timeoutMs: 150_000,
  workbench: true,
  async run({ page, frame, ws, read, shot, openFile, openPreview, revertFile, hidePanel }) {
    // The preview first, in English (its tab title is how the session finds it), then the switch.
    await openPreview(EXAMPLE);
    const settingsDir = path.join(ws, '.vscode');
    const settingsFile = path.join(settingsDir, 'settings.json');
    fs.mkdirSync(settingsDir, { recursive: true });
    fs.writeFileSync(settingsFile, JSON.stringify({ 'blueprint.language': 'zh-cn' }, null, 2));
    const seen = [];
    try {
      // The preview: its page is built again in Chinese.
      await page.locator('.tabs-container .tab', { hasText: `预览 ${EXAMPLE}` }).waitFor({ timeout: 30_000 });
      await frame.locator('#zoom-fit', { hasText: '适应' }).waitFor({ timeout: 30_000 });
      await frame.locator('#preview-root svg g.step').first().waitFor({ timeout: 60_000 });
      const toolbar = await frame.locator('#toolbar').evaluate((bar) => ({
        lang: document.documentElement.lang,
        buttons: Array.from(bar.querySelectorAll('button')).map((b) => `${b.textContent}|${b.title}`),
      }));
      const expected = ['分析|显示流程分析:利用率、预测等待与顾客可见时间', '−|缩小 (-)', '+|放大 (+)', '适应|适应窗口 (F)', '高度|适应高度：文字清晰可读，沿时间方向滚动 (H)', '宽度|适应宽度 (W)',
        '100%|实际大小 (0)', '锁定|将预览锁定在此文件', 'SVG|导出为 SVG', 'PNG|导出为 PNG', '复制 SVG|将 SVG 复制到剪贴板'];
      if (toolbar.lang !== 'zh-CN' || JSON.stringify(toolbar.buttons) !== JSON.stringify(expected)) {
        throw new Error(`toolbar ${JSON.stringify(toolbar)}, expected lang zh-CN and ${JSON.stringify(expected)}`);
      }
      const legend = await frame.locator('#preview-root svg .bp-legend-heading').allTextContents();
      if (legend.join('|') !== '服务过程分类|过程指标|图例') throw new Error(`legend headings ${legend.join('|')}`);
      const previewShot = await shot('i-preview-toolbar.png');
      // At 100 %, scrolled to the legend (bottom left); fitted again afterwards.
      await frame.locator('#zoom-reset').dispatchEvent('click');
      await frame.locator('#zoom-level', { hasText: '100%' }).waitFor({ timeout: 10_000 });
      await frame.locator('#viewport').evaluate((viewport) => viewport.scrollTo(0, viewport.scrollHeight));
      const legendShot = await shot('i-preview-legend.png');
      await frame.locator('#zoom-fit').dispatchEvent('click');
      seen.push(`preview: tab "预览 ${EXAMPLE}", ${toolbar.buttons.length} buttons as expected, legend ${legend.join('/')} [${previewShot}, ${legendShot}]`);

      // Problems: a flow to a mistyped step gives a linking error in Chinese.
      await openFile(EXAMPLE);
      const at = positionOf(read(EXAMPLE), FLOW_AFTER, FLOW_AFTER.length);
      await gotoLine(page, at.line, at.column, at.lineText);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(`取号 -> ${TYPO}`);
      await showProblems(page, `**/${EXAMPLE}`);
      /** @type {Awaited<ReturnType<typeof problemRows>>} */
      let rows = [];
      const typoRow = await waitFor(async () => {
        rows = await problemRows(page);
        return rows.find((r) => r.kind === 'marker' && r.message.includes(TYPO));
      }, { timeoutMs: 30_000, what: `a problem about ${TYPO}` });
      const message = typoRow && 'message' in typoRow ? typoRow.message : '';
      // Chinese beyond the names: the wording itself is Chinese.
      if (!CJK.test(message.replaceAll(TYPO, '').replaceAll('点钞', ''))) throw new Error(`the problem is not worded in Chinese: ${message}`);
      const problemsShot = await shot('i-problems.png');
      seen.push(`Problems: "${message}" (${rows.length - 1} rows) [${problemsShot}]`);

      // Quick fixes on the typo (Ctrl+.).
      const typo = positionOf(read(EXAMPLE), FLOW_AFTER, FLOW_AFTER.length);
      await gotoLine(page, typo.line + 1, 1);
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Control+.');
      const menu = page.locator('.action-widget .monaco-list-row').first();
      await menu.waitFor({ timeout: 20_000 });
      const fixes = (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).map(normalize).filter(Boolean);
      if (!fixes.some((title) => title.includes('点钞'))) throw new Error(`no quick fix to 点钞: ${fixes.join(' | ')}`);
      const fixShot = await shot('i-quick-fix.png');
      await page.keyboard.press('Escape');
      seen.push(`quick fixes: ${fixes.join(' | ')} [${fixShot}]`);

      // The code lenses above the blueprint: asked again by VS Code when the server refreshes them.
      await hidePanel();
      await page.keyboard.press('Control+Home'); // lenses are drawn for the visible lines only
      const lens = codeLens(page, /失误点/);
      await lens.waitFor({ timeout: 30_000 }).catch(async () => {
        const shown = await page.locator('.editor-instance .codelens-decoration').allInnerTexts();
        throw new Error(`no Chinese code lens after the switch: ${shown.map(normalize).join(' | ') || '(none)'}`);
      });
      const lensText = normalize(await page.locator('.editor-instance .codelens-decoration').first().innerText());
      if (/fail point|Preview/.test(lensText)) throw new Error(`code lens still in English: ${lensText}`);
      const lensShot = await shot('i-code-lens.png');
      seen.push(`code lens: "${lensText}" [${lensShot}]`);

      // Hover over the step name 点钞.
      const step = positionOf(read(EXAMPLE), 'step 点钞 ', 'step '.length);
      await gotoLine(page, step.line, step.column, step.lineText);
      const token = page.locator('.editor-instance .view-line', { hasText: /step\s点钞\s/ }).locator('span > span', { hasText: /^点钞$/ }).first();
      await token.hover();
      const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: '点钞验钞' }).first();
      await hover.waitFor({ state: 'visible', timeout: 15_000 });
      const hoverText = normalize(await hover.innerText());
      const hoverShot = await shot('i-hover.png');
      await page.mouse.move(5, 500);
      await page.keyboard.press('Escape');
      seen.push(`hover: "${hoverText.slice(0, 90)}…" [${hoverShot}]`);
      return seen.join('; ');
    } finally {
      await page.keyboard.press('Escape');
      if (await page.locator('.tabs-container .tab.active.dirty').count()) await revertFile();
      await hidePanel();
      fs.rmSync(settingsDir, { recursive: true, force: true });
      // Back in English for the scenarios after this one (they find the preview by its English title).
      await page.locator('.tabs-container .tab', { hasText: `Preview ${EXAMPLE}` }).waitFor({ timeout: 30_000 }).catch(() => {});
    }
  },
};
