// The editor features in a real VS Code (code-server + Chromium, the packaged .vsix):
// snippet, New Blueprint, semantic tokens, refused rename, code lens → preview and
// fail-point list, a ```blueprint fence in the Markdown preview. Self-contained: its own
// code-server, workspace and screenshots (test-output/e2e/editor-*.png).
//
//   E2E_TOOLS_DIR=/work/main/.tools node test/e2e/editor.e2e.mjs [--skip-build] [--only snippet,markdown]
//
// Ends with "N passed, M failed"; exit 0 only when every scenario passed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, openWorkbench, quickOpen, runCommand, startCodeServer, waitFor } from '../../scripts/code-server/serve.mjs';
import { VSIX_PATH, ensureVsix } from '../../scripts/code-server/vsix.mjs';
import { focusEditor, gotoLine, normalize, problemRows, showProblems } from './workbench.mjs';

const OUT_DIR = path.join(REPO_ROOT, 'test-output', 'e2e');
const argv = process.argv.slice(2);
const onlyArg = argv.find((a) => a.startsWith('--only'));
const ONLY = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',')) : undefined;
const results = [];
const log = (line) => console.log(line);
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

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

async function shot(page, name) {
  await page.screenshot({ path: path.join(OUT_DIR, name), animations: 'disabled', timeout: 20_000 });
  return `test-output/e2e/${name}`;
}

async function scenario(id, title, timeoutMs, fn, page) {
  if (ONLY && !ONLY.has(id)) return;
  const t = Date.now();
  let timer;
  try {
    const detail = await Promise.race([fn(), new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${secs(timeoutMs)}`)), timeoutMs); })]);
    results.push({ id, ok: true });
    log(`  ok   ${id}. ${title} (${secs(Date.now() - t)})\n       ${detail}`);
  } catch (e) {
    const failShot = await shot(page, `editor-${id}-FAILED.png`).catch(() => '');
    results.push({ id, ok: false });
    log(`  FAIL ${id}. ${title} (${secs(Date.now() - t)})\n       ${String(e?.message || e).split('\n').slice(0, 12).join('\n       ')}\n       ${failShot}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The editor's text as the user sees it (Monaco renders spaces as U+00A0). */
async function editorText(page) {
  return page.locator('.editor-instance .monaco-editor .view-lines').first().innerText().then((t) => t.replace(/\u00a0/g, ' '));
}

/** Problems view rows of the file named `file` once it has been validated: errors only. */
async function errorsOf(page, file) {
  await showProblems(page, file);
  const rows = await problemRows(page);
  return rows.filter((r) => r.kind === 'marker' && r.severity === 'error');
}

/** The code lens of the active editor whose text matches. */
const codeLens = (page, text) => page.locator('.editor-instance .codelens-decoration > a, .editor-instance .codelens-decoration > span', { hasText: text }).first();

/** Runs a command that opens a quick pick of its own (runCommand waits for the palette to close). */
async function startCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .quick-input-box input:not([aria-label="Type the name of a command to run."])').waitFor({ timeout: 15_000 });
}

async function quickPick(page, label) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function closeAll(page) {
  await runCommand(page, 'View: Close All Editors');
  // An untitled editor asks whether to save: don't.
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don't Save/ });
  if (await dontSave.first().isVisible({ timeout: 1500 }).catch(() => false)) await dontSave.first().click();
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  if (!argv.includes('--skip-build') || !fs.existsSync(VSIX_PATH)) log(`editor e2e: ${ensureVsix().summary}`);
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-editor-e2e-'));
  fs.cpSync(path.join(REPO_ROOT, 'examples'), ws, { recursive: true });
  fs.writeFileSync(path.join(ws, 'snippet-test.blueprint'), '');
  fs.writeFileSync(path.join(ws, 'notes.md'), NOTES);
  const server = await startCodeServer({
    vsixPath: VSIX_PATH,
    workspaceDir: ws,
    userSettings: { 'workbench.colorTheme': 'Default Light Modern', 'window.autoDetectColorScheme': false, 'editor.minimap.enabled': false, 'files.autoSave': 'off', 'workbench.startupEditor': 'none' },
  });
  let wb;
  try {
    wb = await openWorkbench(server, ws, { viewport: { width: 1600, height: 1000 } });
    const { page } = wb;

    await scenario('snippet', 'the "Blueprint" snippet inserts a whole blueprint that has no error', 120_000, async () => {
      await quickOpen(page, 'snippet-test.blueprint');
      await focusEditor(page);
      await startCommand(page, 'Snippets: Insert Snippet');
      await quickPick(page, 'Blueprint');
      await page.keyboard.press('Escape');
      const text = await editorText(page);
      for (const part of ['classification', 'line interaction', 'line visibility', 'line internal', 'support systems']) if (!text.includes(part)) throw new Error(`inserted text lacks "${part}": ${text.slice(0, 300)}`);
      await page.keyboard.press('Control+S');
      // The server has seen it once its code lens shows.
      await codeLens(page, /fail point/).waitFor({ timeout: 60_000 });
      const errors = await errorsOf(page, 'snippet-test.blueprint');
      const name = await shot(page, 'editor-snippet.png');
      if (errors.length) throw new Error(`errors: ${JSON.stringify(errors)}`);
      return `whole blueprint inserted (classification, five zones, three lines); 0 errors in the Problems view [${name}]`;
    }, page);

    await scenario('new', 'Blueprint: New Blueprint asks the classification and opens a starter with no error', 120_000, async () => {
      await closeAll(page);
      await startCommand(page, 'Blueprint: New Blueprint');
      for (const [i, label] of ['standard', 'information', 'self-service', 'customer-cooperation'].entries()) {
        await page.locator('.quick-input-widget input[aria-label*="New Blueprint (' + (i + 1) + '/4)"]').waitFor({ timeout: 15_000 });
        await quickPick(page, label);
      }
      await page.locator('.tabs-container .tab.active', { hasText: /Untitled/ }).waitFor({ timeout: 20_000 });
      await codeLens(page, /fail point/).waitFor({ timeout: 60_000 });
      const text = await editorText(page);
      for (const part of ['contact self-service', 'system 自助终端']) if (!text.includes(part)) throw new Error(`starter lacks "${part}"`);
      // The onstage lane is below the visible lines: find it.
      await page.keyboard.press('Control+F');
      await page.keyboard.type('onstage 自助 "自助技术');
      const count = page.locator('.find-widget .matchesCount');
      await waitFor(async () => normalize(await count.innerText()) === '1 of 1', { timeoutMs: 10_000, what: 'the technology onstage lane found once' });
      await page.keyboard.press('Escape');
      const errors = await errorsOf(page, 'Untitled');
      const name = await shot(page, 'editor-new-blueprint.png');
      if (errors.length) throw new Error(`errors: ${JSON.stringify(errors)}`);
      return `untitled starter with a technology onstage lane (自助终端, via atm); 0 errors [${name}]`;
    }, page);

    await scenario('tokens', 'semantic tokens: a step name is a "step" token with the declaration modifier', 90_000, async () => {
      await closeAll(page);
      await quickOpen(page, 'counter-deposit.blueprint');
      await codeLens(page, /fail point/).waitFor({ timeout: 60_000 });
      const source = fs.readFileSync(path.join(ws, 'counter-deposit.blueprint'), 'utf8').split('\n');
      const line = source.findIndex((l) => l.includes('step 取号 ')) + 1;
      await gotoLine(page, line, source[line - 1].indexOf('取号') + 1, source[line - 1]);
      await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
      const widget = page.locator('.token-inspect-widget');
      await widget.waitFor({ timeout: 15_000 });
      await waitFor(async () => /semantic token type\s*step/.test(normalize(await widget.innerText())), { timeoutMs: 20_000, what: 'semantic token type step' });
      const content = normalize(await widget.innerText());
      if (!/modifiers\s*declaration/.test(content)) throw new Error(`no declaration modifier: ${content}`);
      const name = await shot(page, 'editor-semantic-tokens.png');
      await page.keyboard.press('Escape');
      return `"${content.slice(content.indexOf('semantic token type'), content.indexOf('semantic token type') + 60)}" [${name}]`;
    }, page);

    await scenario('rename', 'renaming a step to a name taken in its blueprint is refused with its message', 60_000, async () => {
      await focusEditor(page);
      await page.keyboard.press('F2');
      const input = page.locator('.rename-box input, .rename-box textarea').first();
      await input.waitFor({ timeout: 15_000 });
      await input.fill('叫号');
      await page.keyboard.press('Enter');
      // VS Code shows a failed rename's reason as a notification.
      const message = page.locator('.monaco-editor-overlaymessage, .notifications-toasts .notification-toast', { hasText: 'already the name of a step' }).first();
      await message.waitFor({ timeout: 20_000 });
      const text = normalize(await message.innerText());
      const name = await shot(page, 'editor-rename-refused.png');
      if ((await editorText(page)).includes('step 叫号 "取号')) throw new Error('the rename was applied');
      return `"${text}" [${name}]`;
    }, page);

    await scenario('lens', 'code lens: "Preview" opens the preview, the fail-point lens lists the fail points', 120_000, async () => {
      await page.keyboard.press('Escape');
      await focusEditor(page);
      await page.keyboard.press('Control+Home');
      const peek = page.locator('.zone-widget .peekview-widget, .reference-zone-widget').first();
      // A lens scrolled into view is re-rendered once resolved: a click on the first rendering can be lost.
      await waitFor(async () => {
        await codeLens(page, /fail points/).click();
        return peek.waitFor({ timeout: 3000 }).then(() => true, () => false);
      }, { timeoutMs: 30_000, what: 'the fail-point list (peek view)' });
      const stale = page.locator('.notifications-toasts', { hasText: 'command not found' });
      if (await stale.count()) throw new Error(normalize(await stale.innerText()));
      const peekText = normalize(await peek.innerText());
      const failShot = await shot(page, 'editor-lens-fail-points.png');
      if (!/fail/.test(peekText)) throw new Error(`the peek view shows no fail point: ${peekText.slice(0, 200)}`);
      await page.keyboard.press('Escape');
      await codeLens(page, /Preview/).click();
      await page.locator('.tabs-container .tab', { hasText: 'Preview counter-deposit.blueprint' }).waitFor({ timeout: 30_000 });
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      await frame.locator('#preview-root svg g.step').first().waitFor({ timeout: 60_000 });
      const lenses = await page.locator('.editor-instance .codelens-decoration').first().innerText();
      // The lens's numbers are the CLI's.
      const cli = JSON.parse(spawnSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'blueprint.js'), 'stats', path.join(ws, 'counter-deposit.blueprint'), '--format', 'json'], { encoding: 'utf8' }).stdout)[0].metrics;
      for (const part of [`${cli.failPoints} fail points`, `${cli.waitPoints} wait point`]) if (!normalize(lenses).includes(part)) throw new Error(`lenses "${normalize(lenses)}" lack "${part}" (CLI)`);
      const name = await shot(page, 'editor-lens-preview.png');
      return `lenses "${normalize(lenses)}"; peek "${peekText.slice(0, 80)}…"; preview tab opened with its steps [${failShot}, ${name}]`;
    }, page);

    await scenario('markdown', 'a ```blueprint fence is drawn in the Markdown preview; a broken one shows its message', 120_000, async () => {
      await closeAll(page);
      await quickOpen(page, 'notes.md');
      await focusEditor(page);
      // Ctrl+K V is the Markdown preview to the side in a Markdown editor (the blueprint binding is for .blueprint only).
      await page.keyboard.press('Control+K');
      await page.keyboard.press('v');
      await page.locator('.tabs-container .tab', { hasText: 'Preview notes.md' }).waitFor({ timeout: 30_000 });
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const svg = frame.locator('.blueprint-diagram svg');
      await svg.first().waitFor({ timeout: 60_000 });
      const steps = await frame.locator('.blueprint-diagram svg g.step').count();
      const error = normalize(await frame.locator('.blueprint-diagram-error').first().innerText({ timeout: 20_000 }));
      const name = await shot(page, 'editor-markdown-fence.png');
      if (steps !== 2) throw new Error(`${steps} steps drawn, expected 2`);
      if (!error.startsWith('Blueprint block, line')) throw new Error(`error block says "${error}"`);
      return `diagram with ${steps} steps in the Markdown preview; broken fence: "${error}" [${name}]`;
    }, page);
  } finally {
    await wb?.close();
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
  const passed = results.filter((r) => r.ok).length;
  log(`${passed} passed, ${results.length - passed} failed`);
  return results.length > 0 && passed === results.length ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => { console.error(e?.stack || String(e)); process.exit(1); });
