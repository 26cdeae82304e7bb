/**
 * Runs the mocha suite inside a real VS Code with @vscode/test-electron.
 * Uses VSCODE_EXECUTABLE_PATH when set; otherwise downloads VS Code, and
 * where that is impossible (no internet) says so in one line.
 */
import { resolve } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

async function main(): Promise<number> {
    const root = resolve(__dirname, '..', '..');
    let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
    if (!vscodeExecutablePath) {
        try {
            vscodeExecutablePath = await downloadAndUnzipVSCode({ timeout: 30_000 });
        } catch (error) {
            console.error(`integration tests: cannot download VS Code (${firstLine(error)}); set VSCODE_EXECUTABLE_PATH to a VS Code executable, or run the e2e suite (npm run test:e2e) which uses code-server`);
            return 2;
        }
    }
    try {
        await runTests({
            vscodeExecutablePath,
            extensionDevelopmentPath: root,
            extensionTestsPath: resolve(__dirname, 'suite.cjs'),
            launchArgs: [resolve(root, 'examples'), '--disable-extensions', '--skip-welcome', '--skip-release-notes']
        });
        return 0;
    } catch (error) {
        console.error(`integration tests failed: ${firstLine(error)}`);
        return 1;
    }
}

function firstLine(error: unknown): string {
    return String(error instanceof Error ? error.message : error).split('\n')[0];
}

main().then(code => process.exit(code), (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
});
