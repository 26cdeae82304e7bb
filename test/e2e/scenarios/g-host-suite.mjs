// @ts-check
// g. The integration suite (test/integration, the file @vscode/test-electron runs) inside
// code-server's extension host, through runExtensionTests: its own server and workspace.
import fs from 'node:fs';
import path from 'node:path';
import { runExtensionTests } from '../../../scripts/code-server/serve.mjs';
import { INTEGRATION_TEST, OUT_DIR, REPO_ROOT, makeWorkspace } from '../support.mjs';

/** @type {import('../support.mjs').StandaloneScenario} */
export default {
  id: 'g',
  title: "the integration suite (mocha) inside code-server's extension host",
  timeoutMs: 240_000,
  workbench: false,
  async run({ metrics }) {
    const ws = makeWorkspace('blueprint-e2e-host-');
    try {
      const r = await runExtensionTests({
        extensionDevelopmentPath: REPO_ROOT,
        testFiles: [INTEGRATION_TEST],
        workspaceDir: ws,
        timeoutMs: 180_000,
        print: false,
        screenshotPath: path.join(OUT_DIR, 'g-host-suite.png'),
      });
      const res = r.result;
      const lines = r.output.split('\n').filter((l) => /✔|✓|\d+\) |passing|failing|pending/.test(l)).map((l) => l.trim());
      metrics.integrationSuite = { passes: res?.passes, failures: res?.failures, pending: res?.pending, exitCode: r.exitCode };
      if (r.exitCode !== 0 || !res || res.failures !== 0 || res.passes === 0) {
        const failed = (res?.tests ?? []).filter((x) => x.state === 'failed').map((x) => `${x.title}: ${String(x.error ?? '').split('\n')[0]}`);
        throw new Error(`exit ${r.exitCode}, ${res?.passes} passed, ${res?.failures} failed\n${failed.join('\n')}\n${r.output.slice(-2000)}`);
      }
      return `${res.passes} passed, ${res.failures} failed (exit 0): ${lines.filter((l) => /✔|✓/.test(l)).map((l) => l.replace(/^[✔✓]\s*/, '').replace(/\s*\(\d+ms\)$/, '')).join(' · ')} [g-host-suite.png]`;
    } finally {
      fs.rmSync(ws, { recursive: true, force: true });
    }
  },
};
