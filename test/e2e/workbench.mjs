// @ts-check
// Helpers for driving VS Code's workbench (code-server in Chromium, via playwright-core)
// the way a person does: keyboard shortcuts, the command palette, the mouse. Every wait
// is on a condition with a bounded timeout; nothing sleeps for a fixed time.

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').FrameLocator} FrameLocator */
/** @typedef {{ updateMs?: number, domMs: number, frameMs: number, label: string }} Repaint */
/**
 * The page globals this file adds (the keydown log, the repaint watch).
 * @typedef {Window & { __e2eKeydowns?: Array<{ key: string, ms: number }>, __e2eUpdatePostedMs?: number,
 *   __e2eRepaint?: Promise<Repaint>, __e2ePostPatched?: boolean }} E2EWindow
 */

export const STATUS_SELECTION = '[id="status.editor.selection"]';
const QUICK_INPUT = '.quick-input-widget .quick-input-box input';

/** Monaco renders spaces as U+00A0; compare text with all whitespace collapsed. */
export const normalize = (/** @type {unknown} */ text) => String(text ?? '').replace(/\s+/g, ' ').trim();

/** The selection/cursor item of the status bar, e.g. "Ln 12, Col 5 (2 selected)". @param {Page} page */
export async function statusSelection(page) {
  return normalize(await page.locator(STATUS_SELECTION).innerText({ timeout: 5000 }));
}

/** Waits until the status bar's selection item satisfies `predicate` (or equals a string). @param {Page} page @param {string | ((status: string) => boolean)} expected */
export async function waitForStatusSelection(page, expected, { timeoutMs = 15_000 } = {}) {
  const test = typeof expected === 'function' ? expected : (/** @type {string} */ t) => t === expected;
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    last = await statusSelection(page).catch(() => '');
    if (test(last)) return last;
    if (Date.now() > deadline) throw new Error(`status bar selection is "${last}", expected ${typeof expected === 'function' ? 'a match' : `"${expected}"`}`);
    await page.waitForTimeout(50); // polling interval only; the condition is what is awaited
  }
}

/** Focuses the first editor group (Ctrl+1) and waits until an editor has keyboard focus. @param {Page} page */
export async function focusEditor(page, { timeoutMs = 10_000 } = {}) {
  await page.keyboard.press('Control+1');
  await page.waitForFunction(() => !!document.activeElement?.closest('.editor-instance .monaco-editor'), null, { timeout: timeoutMs });
}

/** Monaco counts a full-width character (CJK) as two columns where a column is "visible" (Go to Line). @param {number} code */
export function isFullWidth(code) {
  return (code >= 0x2e80 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff01 && code <= 0xff5e);
}

/**
 * Go to Line/Column (Ctrl+G) in the focused editor, to the 1-based (model) `column` of
 * `lineText`; waits until the status bar shows that position. Go to Line reads its column
 * as a visible column (a CJK character is two wide) while the status bar shows the model
 * column, hence `lineText`.
 * @param {Page} page @param {number} line
 */
export async function gotoLine(page, line, column = 1, lineText = '', { timeoutMs = 15_000 } = {}) {
  let visible = 1;
  for (const ch of lineText.slice(0, column - 1)) visible += isFullWidth(ch.codePointAt(0) ?? 0) ? 2 : 1;
  if (column > 1 && !lineText) throw new Error('gotoLine: give the line text for a column > 1');
  await page.keyboard.press('Control+G');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`:${line}:${visible}`);
  // Enter only after the quick access has read the input (else Enter is lost).
  await page.locator('.quick-input-widget', { hasText: new RegExp(`line ${line}\\b`) }).waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: timeoutMs });
  await waitForStatusSelection(page, `Ln ${line}, Col ${column}`, { timeoutMs });
}

/** Opens the Problems view (Ctrl+Shift+M) and filters it, e.g. to one file with a glob. @param {Page} page */
export async function showProblems(page, filter = '', { timeoutMs = 15_000 } = {}) {
  await page.keyboard.press('Control+Shift+M');
  const input = page.locator('input[aria-label="Filter Problems"]');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(filter);
}

/**
 * The Problems view's rows: one resource row per file ("N problems in file X of folder Y"),
 * then its markers: { severity, message, code, line, column } read from the row's DOM.
 * @typedef {{ kind: 'file', count: number, file: string, index?: undefined }} ProblemFileRow
 * @typedef {{ kind: 'marker', index: number, severity: string, message: string, code: string, line?: number, column?: number }} ProblemMarkerRow
 * @param {Page} page
 * @returns {Promise<Array<ProblemFileRow | ProblemMarkerRow>>}
 */
export async function problemRows(page) {
  return page.$$eval('.markers-panel .monaco-list-row', (rows) =>
    rows
      .map((row) => {
        const label = row.getAttribute('aria-label') || '';
        const fileMatch = /^(\d+) problems? in file (.+?) of folder/.exec(label);
        if (fileMatch) return /** @type {ProblemFileRow} */ ({ kind: 'file', count: Number(fileMatch[1]), file: fileMatch[2] });
        const icon = row.querySelector('.marker-icon');
        const severity = ['error', 'warning', 'info'].find((s) => icon?.classList.contains(s)) ?? 'unknown';
        const position = /\[Ln (\d+), Col (\d+)\]/.exec(row.querySelector('.marker-line')?.textContent || '');
        return /** @type {ProblemMarkerRow} */ ({
          kind: 'marker',
          index: Number(row.getAttribute('data-index')),
          severity,
          message: row.querySelector('.marker-message')?.textContent?.trim() ?? '',
          code: row.querySelector('.marker-code')?.textContent?.trim() ?? '',
          line: position ? Number(position[1]) : undefined,
          column: position ? Number(position[2]) : undefined,
        });
      })
      .sort((a, b) => (a.index ?? -1) - (b.index ?? -1)),
  );
}

/**
 * Runs "Developer: Show Running Extensions" and reads an extension's reported activation time.
 * @param {Page} page @param {string} displayName
 * @param {(page: Page, title: string) => Promise<void>} runCommand
 */
export async function reportedActivationTime(page, displayName, runCommand, { timeoutMs = 20_000 } = {}) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: displayName }).first();
  await row.waitFor({ timeout: timeoutMs });
  const text = normalize(await row.innerText());
  const m = /(Startup )?Activation: (\d+)ms/.exec(text);
  return { text, ms: m ? Number(m[2]) : undefined, startup: !!m?.[1], row };
}

// ---------------------------------------------------------------------------
// The preview webview: an outer iframe (VS Code's webview host page) holding the
// extension's page in an inner iframe (#active-frame once loaded).

/** @param {Page} page */
export function previewFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** The visible label of each step in the preview's SVG: { [stepId]: "label text" } (wrapped lines joined by a space). @param {FrameLocator} frame @returns {Promise<Record<string, string>>} */
export async function previewLabels(frame) {
  return frame.locator('#preview-root svg').evaluate((svg) => {
    /** @type {Record<string, string>} */
    const out = {};
    for (const step of Array.from(svg.querySelectorAll('g.step[data-step]'))) {
      const lines = Array.from(step.querySelectorAll(':scope > text:not(.bp-meta)')).map((t) => t.textContent);
      out[step.getAttribute('data-step') ?? ''] = lines.join(' ').replace(/\s+/g, ' ').trim();
    }
    return out;
  });
}

/**
 * The preview's theme as the page computes it: the body class (VS Code's theme kind), the page
 * background, and the fills of the picture's background, of a step box and of a step label.
 * @param {FrameLocator} frame
 */
export async function previewColours(frame) {
  return frame.locator('#preview-root').evaluate((root) => {
    const fill = (/** @type {string} */ sel) => {
      const el = root.querySelector(sel);
      return el ? getComputedStyle(el).fill : undefined;
    };
    return {
      body: document.body.className,
      background: getComputedStyle(document.body).backgroundColor,
      svgBackground: fill('.bp-bg'),
      box: fill('g.step > rect'),
      label: fill('g.step > text:not(.bp-meta)'),
    };
  });
}

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

/**
 * Every text of the preview's picture on screen (not covered) against what lies under it: throws
 * when one is below WCAG AA or when fewer than 50 could be measured; returns a one-line account.
 * @param {FrameLocator} frame @param {string} what  named in the account and the error
 */
export async function checkTextContrast(frame, what) {
  const { results, hidden } = await frame.locator('#preview-root').evaluate(measureContrast);
  if (results.length < 50) throw new Error(`${what}: only ${results.length} texts measured (${hidden} off screen or covered)`);
  const low = results.filter((r) => r.ratio < MIN_TEXT_CONTRAST);
  if (low.length > 0) throw new Error(`${what}: ${low.length} of ${results.length} texts below ${MIN_TEXT_CONTRAST}:1, e.g. ${JSON.stringify(low.slice(0, 5))}`);
  const worst = results.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  return `${results.length} texts measured (${hidden} off screen or covered), all ≥ ${worst.ratio.toFixed(1)}:1 (lowest "${worst.text}" ${worst.colour} on ${worst.ground})`;
}

/**
 * Arms a one-shot watcher inside the preview page: it resolves (win.__e2eRepaint) when the
 * visible label of `stepId` contains `expected`, with the time of the DOM change and of the
 * next animation frame (the repaint), both as performance.timeOrigin + performance.now().
 * @param {FrameLocator} frame @param {string} stepId @param {string} expected
 */
export async function armRepaintWatch(frame, stepId, expected, timeoutMs = 30_000) {
  await frame.locator('#preview-root').evaluate(
    (root, { stepId, expected, timeoutMs }) => {
      const win = /** @type {E2EWindow} */ (window);
      const now = () => performance.timeOrigin + performance.now();
      const labelOf = () => {
        const step = root.querySelector(`g.step[data-step="${CSS.escape(stepId)}"]`);
        if (!step) return '';
        return Array.from(step.querySelectorAll(':scope > text:not(.bp-meta)')).map((t) => t.textContent).join(' ').replace(/\s+/g, ' ');
      };
      // When VS Code's webview host hands the page an `update` (it calls the page window's
      // postMessage; an own property here wins over the prototype's): this splits the time into
      // "to the page" (extension host, language server, transport) and "in the page" (render).
      if (!win.__e2ePostPatched) {
        win.__e2ePostPatched = true;
        const post = window.postMessage;
        window.postMessage = /** @type {typeof window.postMessage} */ (function (/** @type {any} */ message, /** @type {any[]} */ ...rest) {
          if (message && message.type === 'update') win.__e2eUpdatePostedMs = now();
          return post.call(window, message, ...rest);
        });
      }
      win.__e2eUpdatePostedMs = undefined;
      /** @type {Promise<Repaint>} */
      const repaint = new Promise((resolve, reject) => {
        if (labelOf().includes(expected)) {
          reject(new Error(`label of ${stepId} already contains "${expected}"`));
          return;
        }
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`label of ${stepId} did not become "${expected}" within ${timeoutMs} ms (is "${labelOf()}")`));
        }, timeoutMs);
        const observer = new MutationObserver(() => {
          if (!labelOf().includes(expected)) return;
          const domMs = now();
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => resolve({ updateMs: win.__e2eUpdatePostedMs, domMs, frameMs: now(), label: labelOf() }));
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true });
      });
      win.__e2eRepaint = repaint;
      repaint.catch(() => {}); // observed by waitRepaint
    },
    { stepId, expected, timeoutMs },
  );
}

/** Zooms the preview to 100% and scrolls `stepId` to the middle (for a legible screenshot); previewFit undoes it. @param {FrameLocator} frame @param {string} stepId */
export async function previewCloseUp(frame, stepId) {
  // dispatchEvent: the buttons' click handlers run without moving keyboard focus into the webview.
  await frame.locator('#zoom-reset').dispatchEvent('click');
  await frame.locator('#zoom-level', { hasText: /^100%$/ }).waitFor({ timeout: 10_000 });
  await frame.locator(`g.step[data-step="${stepId}"]`).evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'center' }));
}

/** @param {FrameLocator} frame */
export async function previewFit(frame) {
  await frame.locator('#zoom-fit').dispatchEvent('click');
}

/** The repaint armed by armRepaintWatch. @param {FrameLocator} frame @returns {Promise<Repaint>} */
export async function waitRepaint(frame) {
  return frame.locator('#preview-root').evaluate(() => /** @type {Promise<Repaint>} */ (/** @type {E2EWindow} */ (window).__e2eRepaint));
}

/** Records the time of every keydown the workbench page receives (capture phase, before the editor). @param {Page} page */
export async function recordKeydowns(page) {
  await page.evaluate(() => {
    const win = /** @type {E2EWindow} */ (window);
    if (win.__e2eKeydowns) return;
    win.__e2eKeydowns = [];
    const log = win.__e2eKeydowns;
    window.addEventListener('keydown', (e) => log.push({ key: e.key, ms: performance.timeOrigin + performance.now() }), true);
  });
}

/** The last keydown of `key` recorded by recordKeydowns. @param {Page} page @param {string} key */
export async function lastKeydown(page, key) {
  const down = await page.evaluate((key) => [...(/** @type {E2EWindow} */ (window).__e2eKeydowns ?? [])].reverse().find((k) => k.key === key), key);
  if (!down) throw new Error(`no keydown of "${key}" recorded`);
  return down;
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The editor's text as the user sees it (Monaco renders spaces as U+00A0). @param {Page} page */
export async function editorText(page) {
  return page.locator('.editor-instance .monaco-editor .view-lines').first().innerText().then((t) => t.replace(/\u00a0/g, ' '));
}

/** The code lens of the active editor whose text matches. @param {Page} page @param {string | RegExp} text */
export const codeLens = (page, text) =>
  page.locator('.editor-instance .codelens-decoration > a, .editor-instance .codelens-decoration > span', { hasText: text }).first();

/** Problems view rows of the file named `file` (once it has been validated): errors only. @param {Page} page @param {string} file */
export async function errorsOf(page, file) {
  await showProblems(page, file);
  const rows = await problemRows(page);
  return rows.filter((r) => r.kind === 'marker' && r.severity === 'error');
}

/**
 * Starts a command that opens a quick pick of its own (runCommand waits for the palette
 * to close, which such a command never lets it do). @param {Page} page @param {string} title
 */
export async function startCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .quick-input-box input:not([aria-label="Type the name of a command to run."])').waitFor({ timeout: 15_000 });
}

/** Picks the item `label` of the open quick pick. @param {Page} page @param {string} label */
export async function quickPick(page, label) {
  const input = page.locator(QUICK_INPUT);
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}
