// @ts-check
// c. Ctrl+K V opens the preview beside the editor, with every step's label in its SVG.
import { EXAMPLE, stepsOf } from '../support.mjs';
import { focusEditor, lastKeydown, normalize, previewLabels } from '../workbench.mjs';

/** @type {import('../support.mjs').WorkbenchScenario} */
export default {
  id: 'c',
  title: 'Ctrl+K V opens the preview beside the editor with every step in its SVG',
  timeoutMs: 90_000,
  workbench: true,
  async run({ page, frame, metrics, read, shot, closeUpShot, openFile, reset }) {
    // Opening the preview is what is tested: start without one.
    if (await page.locator('.tabs-container .tab', { hasText: 'Preview ' }).count()) await reset();
    await openFile(EXAMPLE);
    const steps = stepsOf(read(EXAMPLE));
    await focusEditor(page);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('v');
    const chord = await lastKeydown(page, 'v');
    await page.locator('.tabs-container .tab', { hasText: `Preview ${EXAMPLE}` }).waitFor({ timeout: 20_000 });
    const groups = await page.locator('.editor-group-container').count();
    if (groups < 2) throw new Error(`the preview is not beside the editor (${groups} editor group)`);
    await frame.locator('#preview-root svg g.step').first().waitFor({ timeout: 60_000 });
    metrics.preview = { openToPictureMs: Date.now() - Math.round(chord.ms), method: 'Ctrl+K V → first <svg> with steps in the webview (the first webview of the session includes its service worker start)' };
    const labels = await previewLabels(frame);
    const problems = [];
    for (const s of steps) {
      const shown = labels[s.id];
      if (shown === undefined) problems.push(`${s.id}: missing`);
      else if (shown !== normalize(s.label) && !(shown.endsWith('…') && normalize(s.label).startsWith(shown.slice(0, -1).trim()))) problems.push(`${s.id}: "${shown}" ≠ "${s.label}"`);
    }
    if (problems.length) throw new Error(`preview labels: ${problems.join('; ')}`);
    const fileName = normalize(await frame.locator('#file-name').innerText());
    if (!fileName.includes(EXAMPLE)) throw new Error(`preview toolbar names "${fileName}"`);
    const shotName = await shot('c-preview.png');
    const closeUp = await closeUpShot('点钞', 'c-preview-100.png');
    return `${steps.length}/${steps.length} step labels found in #preview-root svg (e.g. 点钞 = "${labels['点钞']}"); picture ${metrics.preview.openToPictureMs} ms after Ctrl+K V [${shotName}, ${closeUp}]`;
  },
};
