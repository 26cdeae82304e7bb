// @ts-check
// d. Typing in the editor changes the preview: a label renamed key by key (the last three
// keystrokes timed), a step added. The edits are reverted afterwards.
import { EXAMPLE, positionOf, stepsOf } from '../support.mjs';
import { armRepaintWatch, gotoLine, lastKeydown, median, normalize, previewLabels, waitRepaint } from '../workbench.mjs';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'd',
  title: 'typing in the editor changes the preview (label renamed, step added)',
  timeoutMs: 90_000,
  workbench: true,
  async run({ page, frame, metrics, read, closeUpShot, openPreview, revertFile }) {
    await openPreview(EXAMPLE);
    let text = read(EXAMPLE); // what the editor holds, mirrored edit by edit
    const steps = stepsOf(text);
    try {
      // 1. Append " E2E" to 取号's label, one key at a time (the last three timed).
      const labelEnd = positionOf(text, '"取号 Take a number"', '"取号 Take a number'.length);
      await gotoLine(page, labelEnd.line, labelEnd.column, labelEnd.lineText);
      await page.keyboard.press('Space');
      const samples = [];
      const inPage = [];
      let typed = '取号 Take a number ';
      for (const key of ['E', '2', 'E']) {
        typed += key;
        await armRepaintWatch(frame, '取号', typed);
        await page.keyboard.press(key === 'E' ? 'Shift+E' : key);
        const painted = await waitRepaint(frame);
        const down = await lastKeydown(page, key);
        samples.push(Math.round(painted.frameMs - down.ms));
        if (painted.updateMs) inPage.push(Math.round(painted.frameMs - painted.updateMs));
      }
      text = text.slice(0, labelEnd.index) + ' E2E' + text.slice(labelEnd.index);
      metrics.keystrokeToRepaintSmall = {
        file: EXAMPLE, steps: steps.length, samplesMs: samples, medianMs: median(samples),
        updateMessageToRepaintMedianMs: inPage.length ? median(inPage) : undefined,
      };
      // 2. Add a step after 取回存折's block, typed like a person (auto-closing quotes included).
      const blockStart = positionOf(text, 'step 取回存折');
      const lines = text.split('\n');
      const closing = lines.findIndex((l, i) => i >= blockStart.line - 1 && /^\s*}\s*$/.test(l));
      await gotoLine(page, closing + 1, lines[closing].length + 1, lines[closing]);
      await armRepaintWatch(frame, 'thanks', 'Say thanks E2E');
      await page.keyboard.press('Enter');
      await page.keyboard.type('step thanks "Say thanks E2E"');
      await waitRepaint(frame);
      await page.keyboard.press('Escape'); // a suggestion list, if one opened
      const line = page.locator('.editor-instance .view-line', { hasText: /step\sthanks\s/ }).first();
      const lineText = normalize(await line.innerText());
      if (lineText !== 'step thanks "Say thanks E2E"') throw new Error(`the editor line reads "${lineText}"`);
      const labels = await previewLabels(frame);
      if (labels['取号'] !== '取号 Take a number E2E' || labels.thanks !== 'Say thanks E2E') throw new Error(`preview labels: 取号="${labels['取号']}", thanks="${labels.thanks}"`);
      const shotName = await closeUpShot('取号', 'd-edit.png');
      return `取号 → "${labels['取号']}", new step thanks → "${labels.thanks}"; keystroke→repaint ${samples.join(', ')} ms (${steps.length} steps) [${shotName}]`;
    } finally {
      // Leave the file as it was for the scenarios after this one.
      await page.keyboard.press('Escape');
      await revertFile();
      await frame.locator('g.step[data-step="thanks"]').waitFor({ state: 'detached', timeout: 30_000 });
    }
  },
};
