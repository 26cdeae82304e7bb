/**
 * vitest globalSetup: builds what the tests execute before any test file loads.
 *
 * The CLI tests run `bin/blueprint.js` (→ dist/cli.mjs) and the LSP tests run
 * dist/server.cjs as separate processes, so without this they would test
 * whatever bundle the last `npm run build` left behind (or fail when dist/ is
 * missing). esbuild takes about a second; the Langium generator runs only when
 * the grammar or its config is newer than the generated files (every test
 * imports them, and they are not committed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const GRAMMAR_INPUTS = ['src/language/blueprint.langium', 'langium-config.json'];
const GENERATED = ['ast.ts', 'grammar.ts', 'module.ts'].map(file => `src/language/generated/${file}`);

function modified(path: string): number {
    return statSync(path).mtimeMs;
}

/** True when a generated file is missing or older than the grammar or the config. */
export function generatedIsStale(): boolean {
    if (GENERATED.some(path => !existsSync(path))) return true;
    const oldestOutput = Math.min(...GENERATED.map(modified));
    return GRAMMAR_INPUTS.some(path => modified(path) > oldestOutput);
}

function run(what: string, args: string[]): void {
    const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (result.status !== 0) {
        throw new Error(`globalSetup: ${what} failed (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
    }
}

export default function setup(): void {
    if (generatedIsStale()) {
        run('langium generate', ['-r', './scripts/node20-polyfills.cjs', 'node_modules/langium-cli/bin/langium.js', 'generate']);
    }
    run('node scripts/build.mjs', ['scripts/build.mjs']);
}
