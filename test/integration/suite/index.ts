/**
 * The extensionTestsPath for @vscode/test-electron (bundled to out/integration/suite.cjs):
 * runs the compiled suite out/integration/extension.test.cjs with mocha's BDD globals.
 * code-server's extension host runs the same file through scripts/code-server/mocha-runner.cjs.
 * When BLUEPRINT_TEST_RESULT names a file, the counts are also written there.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type MochaType from 'mocha';

export async function run(): Promise<void> {
    // mocha 12 is an ES module: import it (from the repository's node_modules), do not require it.
    const mochaEntry = require.resolve('mocha');
    const { default: Mocha } = (await import(pathToFileURL(mochaEntry).href)) as { default: typeof MochaType };
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, grep: process.env.BLUEPRINT_TEST_GREP || undefined });
    mocha.addFile(resolve(__dirname, 'extension.test.cjs'));
    await mocha.loadFilesAsync();
    const failureTitles: string[] = [];
    let passed = 0;
    const failures = await new Promise<number>(done => {
        const runner = mocha.run(done);
        runner.on('pass', () => { passed++; });
        runner.on('fail', (test, error) => failureTitles.push(`${test.fullTitle()}: ${(error as Error).message}`));
    });
    const result = { passed, failed: failures, failures: failureTitles };
    if (process.env.BLUEPRINT_TEST_RESULT) writeFileSync(process.env.BLUEPRINT_TEST_RESULT, JSON.stringify(result));
    console.log(`${result.passed} passed, ${result.failed} failed`);
    if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
}
