/**
 * Mocha inside the extension host: the entry VS Code calls as extensionTestsPath.
 * When BLUEPRINT_TEST_RESULT names a file, the counts are also written there,
 * for hosts (code-server) whose runner cannot read the exit code.
 */
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';
import { suites } from './extension.test.js';

export function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
    suites(mocha.suite);
    return new Promise((resolve, reject) => {
        const runner = mocha.run(failures => {
            const result = { passed: runner.stats?.passes ?? 0, failed: failures, failures: failureTitles };
            if (process.env.BLUEPRINT_TEST_RESULT) writeFileSync(process.env.BLUEPRINT_TEST_RESULT, JSON.stringify(result));
            console.log(`${result.passed} passed, ${result.failed} failed`);
            if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
            else resolve();
        });
        const failureTitles: string[] = [];
        runner.on('fail', (test, error) => failureTitles.push(`${test.fullTitle()}: ${(error as Error).message}`));
    });
}
