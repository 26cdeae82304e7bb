// @ts-check
// h. A generated 1,000-step blueprint (the shared generator, test/support/random-blueprint.ts)
// opened from the explorer: the preview follows it and shows every step; seven single-key
// edits of the middle step's label, keystroke → repaint timed for each. Reverted and closed
// afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { importTs } from '../../../scripts/lib/import-ts.mjs';
import { EXAMPLE, positionOf, readDebounce } from '../support.mjs';
import { armRepaintWatch, focusEditor, gotoLine, lastKeydown, median, waitRepaint } from '../workbench.mjs';

const STEPS = 1000;
const EDITS = 7;
const FILE = `big-${STEPS}.blueprint`;
/** Customer, counter and lobby (onstage), back office, systems: a valid chain of hand-offs between neighbouring lanes. */
const LANES = { customer: 1, onstage: 2, backstage: 1, support: 1 };

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'h',
  title: `a generated ${STEPS}-step blueprint: keystroke → preview repaint`,
  timeoutMs: 300_000,
  workbench: true,
  async run({ page, frame, ws, metrics, closeUpShot, openPreview, revertFile }) {
    const generator = await importTs('test/support/random-blueprint.ts');
    const model = generator.randomBlueprint({ steps: STEPS, seed: 7, lanes: LANES, phases: 10, shape: 'chain', labels: 'short' });
    const text = generator.blueprintText(model);
    const steps = model.steps;
    if (steps.length !== STEPS) throw new Error(`generator made ${steps.length} steps`);
    fs.writeFileSync(path.join(ws, FILE), text);
    // The preview is open (unlocked) and follows the active editor to the big file.
    await openPreview(EXAMPLE);
    // Opened from the explorer (Quick Open's file list is cached from before the file existed).
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: FILE }).first();
    await row.waitFor({ timeout: 30_000 });
    const clickedAt = Date.now();
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: FILE }).waitFor({ timeout: 20_000 });
    try {
      await frame.locator('#file-name', { hasText: FILE }).waitFor({ timeout: 60_000 });
      await frame.locator(`g.step[data-step="${steps[STEPS - 1].id}"]`).waitFor({ timeout: 120_000 });
      const firstPictureMs = Date.now() - clickedAt;
      const count = await frame.locator('#preview-root svg g.step').count();
      if (count !== STEPS) throw new Error(`the preview shows ${count} steps`);
      await focusEditor(page);
      const target = steps[STEPS / 2];
      const at = positionOf(text, `"${target.label}"`, target.label.length + 1);
      await gotoLine(page, at.line, at.column, at.lineText);
      const samples = [];
      const domSamples = [];
      const toPageSamples = [];
      const inPageSamples = [];
      let typed = target.label;
      for (const key of 'abcdefghij'.slice(0, EDITS)) {
        typed += key;
        await armRepaintWatch(frame, target.id, typed, 60_000);
        await page.keyboard.press(key);
        const painted = await waitRepaint(frame);
        const down = await lastKeydown(page, key);
        samples.push(Math.round(painted.frameMs - down.ms));
        domSamples.push(Math.round(painted.domMs - down.ms));
        if (painted.updateMs) {
          toPageSamples.push(Math.round(painted.updateMs - down.ms));
          inPageSamples.push(Math.round(painted.frameMs - painted.updateMs));
        }
      }
      const debounce = readDebounce();
      metrics.keystrokeToRepaint = {
        file: FILE,
        steps: STEPS,
        lanes: model.lanes.length,
        edits: EDITS,
        samplesMs: samples,
        medianMs: median(samples),
        domUpdateSamplesMs: domSamples,
        domUpdateMedianMs: median(domSamples),
        keystrokeToUpdateMessageMedianMs: toPageSamples.length ? median(toPageSamples) : undefined,
        updateMessageToRepaintMedianMs: inPageSamples.length ? median(inPageSamples) : undefined,
        breakdown: 'keystrokeToUpdateMessage = editor → extension host → language server (parse, link, validate, snapshot) → preview manager → postMessage; updateMessageToRepaint = layout + SVG rendering + DOM insertion in the webview',
        openToFirstPictureMs: firstPictureMs,
        method: 'one key typed into a step label (Playwright keyboard.press); from the keydown event in the workbench page (capture phase, performance.timeOrigin + now) to the first animation frame after the webview DOM shows the new label (MutationObserver in the preview page, same clock)',
        debounce,
      };
      const shotName = await closeUpShot(target.id, 'h-big-1000.png');
      const split = toPageSamples.length ? `; of which keystroke → update message in the page ${median(toPageSamples)} ms, message → repaint ${median(inPageSamples)} ms (medians)` : '';
      return `median ${median(samples)} ms over ${EDITS} edits (${samples.join(', ')} ms)${split}; open → first picture ${firstPictureMs} ms; the only delay in the path: ${debounce.summary} [${shotName}]`;
    } finally {
      // Undo the edits and close the big file: the preview follows back to the example.
      await focusEditor(page);
      await revertFile();
      await page.keyboard.press('Control+W');
      await page.locator('.tabs-container .tab', { hasText: FILE }).waitFor({ state: 'detached', timeout: 10_000 });
    }
  },
};
