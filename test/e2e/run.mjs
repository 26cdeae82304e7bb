#!/usr/bin/env node
// @ts-check
// End-to-end tests of the PACKAGED extension in a real VS Code (code-server 4.139.1 =
// VS Code 1.139.1) driven from Debian's Chromium with playwright-core. See docs/e2e.md.
//
//   node test/e2e/run.mjs [--skip-setup] [--skip-build | --rebuild] [--only a,b,c] [--list]
//   (every scenario works alone: --only e sets up its own file and preview)
//
// 1. scripts/code-server/setup.sh (idempotent; ~1 s once installed)
// 2. `npm run package` when service-blueprint.vsix is missing or older than its inputs;
//    scripts/build-integration.mjs (the in-host mocha suite) every time
// 3. the scenarios of test/e2e/scenarios/index.mjs, in its order. Those with
//    `workbench: true` share one code-server (the .vsix installed into a fresh profile, a
//    temporary copy of examples/) and one headless Chromium workbench; each sets up what it
//    needs and leaves the workbench as it found it (after a failure the runner resets it).
//    The others (g: the integration suite in the extension host) bring their own server.
// Each scenario saves a screenshot under test-output/e2e/ (a failure: <id>-FAILED.png).
// Metrics go to test-output/e2e/metrics.json. The last line reads "N passed, M failed";
// the exit code is 0 only when every selected scenario passed.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_VERSION, REPO_ROOT, errorMessage, openWorkbench, startCodeServer } from '../../scripts/code-server/serve.mjs';
import { VSIX_PATH, ensureVsix } from '../../scripts/code-server/vsix.mjs';
import { SCENARIOS } from './scenarios/index.mjs';
import { EXAMPLE, INTEGRATION_TEST, OUT_DIR, createSession, makeWorkspace, shot } from './support.mjs';
import { recordKeydowns } from './workbench.mjs';

const argv = process.argv.slice(2);
const flag = (/** @type {string} */ name) => argv.includes(name);
const onlyArg = argv.find((a) => a.startsWith('--only'));
const ONLY = onlyArg ? new Set((onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',')) : undefined;

/** Settings of the shared workbench: a light theme the theme scenario switches from, no minimap, no auto save. */
const USER_SETTINGS = {
  'workbench.colorTheme': 'Default Light Modern',
  'window.autoDetectColorScheme': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
};

/** @type {Array<{ id: string, title: string, ok: boolean, ms?: number, detail?: string }>} */
const results = [];
/** @type {import('./support.mjs').Metrics} */
const metrics = {};
const t0 = Date.now();
const secs = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (/** @type {string} */ line) => console.log(line);

/** @param {string} cmd @param {string[]} args */
function sh(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  return { code: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function buildIntegrationSuite() {
  const r = sh(process.execPath, ['scripts/build-integration.mjs']);
  if (r.code !== 0 || !fs.existsSync(INTEGRATION_TEST)) throw new Error(`scripts/build-integration.mjs failed:\n${r.output}`);
}

/**
 * Runs one scenario within its timeout and records the result; `page` (if any) gets the failure screenshot.
 * @param {import('./support.mjs').Scenario} scenario @param {any} ctx the Session, or { metrics }
 * @param {import('playwright-core').Page} [page]
 */
async function runScenario(scenario, ctx, page) {
  const { id, title, timeoutMs } = scenario;
  const t = Date.now();
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  try {
    const detail = await Promise.race([
      scenario.run(ctx),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`scenario timed out after ${secs(timeoutMs)}`)), timeoutMs);
      }),
    ]);
    results.push({ id, title, ok: true, ms: Date.now() - t, detail });
    log(`  ok   ${id}. ${title} (${secs(Date.now() - t)})${detail ? `\n       ${detail}` : ''}`);
    return true;
  } catch (e) {
    const failShot = page ? await shot(page, `${id}-FAILED.png`).catch(() => '') : '';
    const message = errorMessage(e).split('\n').slice(0, 15).join('\n       ');
    results.push({ id, title, ok: false, ms: Date.now() - t, detail: message });
    log(`  FAIL ${id}. ${title} (${secs(Date.now() - t)})\n       ${message}${failShot ? `\n       screenshot ${failShot}` : ''}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** The workbench scenarios in one code-server and one workbench. @param {import('./support.mjs').WorkbenchScenario[]} selected */
async function workbenchScenarios(selected) {
  const ws = makeWorkspace('blueprint-e2e-ws-');
  let server;
  let wb;
  try {
    server = await startCodeServer({ vsixPath: VSIX_PATH, workspaceDir: ws, userSettings: USER_SETTINGS, keepTemp: process.env.E2E_KEEP_TEMP === '1' });
    if (process.env.E2E_KEEP_TEMP === '1') log(`e2e: profile and logs kept in ${server.root} (E2E_KEEP_TEMP=1)`);
    metrics.codeServer = { version: CODE_SERVER_VERSION, installVsixMs: server.timings.installVsixMs, startMs: server.timings.startMs };
    wb = await openWorkbench(server, ws, { viewport: { width: 1600, height: 1000 } });
    metrics.codeServer.workbenchReadyMs = wb.readyMs;
    await recordKeydowns(wb.page);
  } catch (e) {
    // code-server or the workbench did not come up: every workbench scenario fails.
    for (const { id, title } of selected) {
      results.push({ id, title, ok: false, detail: errorMessage(e) });
      log(`  FAIL ${id}. (no workbench) ${errorMessage(e).split('\n')[0]}`);
    }
    await wb?.close();
    await server?.stop();
    fs.rmSync(ws, { recursive: true, force: true });
    return;
  }
  const session = createSession({ page: wb.page, server, ws, metrics });
  try {
    for (const scenario of selected) {
      const ok = await runScenario(scenario, session, wb.page);
      if (!ok) await session.reset().catch((e) => log(`       (reset after ${scenario.id} failed: ${errorMessage(e).split('\n')[0]})`));
    }
  } finally {
    await wb.close();
    await server.stop();
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

function printMetrics() {
  const a = metrics.activation;
  const small = metrics.keystrokeToRepaintSmall;
  const k = metrics.keystrokeToRepaint;
  if (a) log(`metric: activation: first .blueprint opened → first diagnostic in the Problems view ${a.firstBlueprintToDiagnosticsMs} ms; VS Code "Running Extensions" activation ${a.vscodeReportedActivationMs} ms`);
  if (small) log(`metric: keystroke → preview repaint, ${EXAMPLE} (${small.steps} steps): median ${small.medianMs} ms`);
  if (k) {
    const split = k.keystrokeToUpdateMessageMedianMs !== undefined ? ` = ~${k.keystrokeToUpdateMessageMedianMs} ms to the page's update message + ~${k.updateMessageToRepaintMedianMs} ms rendering in the page` : '';
    log(`metric: keystroke → preview repaint, ${k.steps} steps: median ${k.medianMs} ms (${k.samplesMs.join(', ')})${split}; includes the server's ${k.debounce.serverPushDelayMs} ms push delay`);
  }
  log(`metric: total ${secs(metrics.totalMs)} (setup ${secs(metrics.setupMs)}, scenarios ${secs(metrics.scenariosMs)}); ${path.relative(REPO_ROOT, path.join(OUT_DIR, 'metrics.json'))}`);
}

async function main() {
  if (flag('--list')) {
    for (const s of SCENARIOS) log(`${s.id}  ${s.title}`);
    return 0;
  }
  const unknown = [...(ONLY ?? [])].filter((id) => !SCENARIOS.some((s) => s.id === id));
  if (unknown.length) throw new Error(`unknown scenario(s) ${unknown.join(', ')}; --list shows them`);
  const selected = SCENARIOS.filter((s) => !ONLY || ONLY.has(s.id));

  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const f of fs.readdirSync(OUT_DIR)) if (selected.some((s) => f.startsWith(`${s.id}-`) && f.endsWith('.png')) || f === 'metrics.json') fs.rmSync(path.join(OUT_DIR, f));
  log(`e2e: service-blueprint in code-server ${CODE_SERVER_VERSION} (VS Code ${CODE_SERVER_VERSION.replace(/^4\./, '1.')}) + Chromium; scenarios ${selected.map((s) => s.id).join(', ')}`);

  let t = Date.now();
  if (!flag('--skip-setup')) {
    const r = sh('bash', ['scripts/code-server/setup.sh']);
    if (r.code !== 0) throw new Error(`scripts/code-server/setup.sh failed:\n${r.output.slice(-4000)}`);
    log(`e2e: setup ok (${secs(Date.now() - t)}): ${(r.output.trim().split('\n').pop() ?? '').replace(/^\[e2e-setup\]\s*/, '')}`);
  }
  metrics.setupMs = Date.now() - t;
  t = Date.now();
  /** @type {{ summary: string, ms?: number }} */
  const packed = flag('--skip-build') && fs.existsSync(VSIX_PATH) ? { summary: `${path.basename(VSIX_PATH)} as it is (--skip-build)` } : ensureVsix({ force: flag('--rebuild') });
  if (packed.ms) metrics.packageMs = packed.ms;
  buildIntegrationSuite();
  metrics.vsix = { file: path.basename(VSIX_PATH), bytes: fs.statSync(VSIX_PATH).size };
  log(`e2e: ${packed.summary}, ${(metrics.vsix.bytes / 1024).toFixed(1)} KiB; integration suite built (${secs(Date.now() - t)})`);

  const tScenarios = Date.now();
  const inWorkbench = selected.flatMap((s) => (s.workbench ? [s] : []));
  if (inWorkbench.length) await workbenchScenarios(inWorkbench);
  for (const scenario of selected.filter((s) => !s.workbench)) await runScenario(scenario, { metrics });
  metrics.scenariosMs = Date.now() - tScenarios;
  metrics.totalMs = Date.now() - t0;
  metrics.machine = { cpus: os.cpus().length, node: process.version };
  metrics.results = results.map(({ id, title, ok, ms }) => ({ id, title, ok, ms }));
  fs.writeFileSync(path.join(OUT_DIR, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');

  printMetrics();
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e?.stack || String(e));
    const passed = results.filter((r) => r.ok).length;
    console.log(`${passed} passed, ${results.length - passed + 1} failed`);
    process.exit(1);
  },
);
