// @ts-check
// Imports a TypeScript module of this repository from a plain Node script (.mjs):
// esbuild bundles it (our sources only; packages stay external) into out/ts-import/
// and the bundle is imported. Rebuilt on every call (tens of ms), so it is never stale.
// Used for the shared test generator (test/support/random-blueprint.ts) by the benchmark
// and the e2e suite.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * @param {string} entry a .ts file, relative to the repository root
 * @returns {Promise<any>} the module's exports
 */
export async function importTs(entry) {
    const outfile = join(REPO_ROOT, 'out', 'ts-import', `${relative(REPO_ROOT, join(REPO_ROOT, entry)).replace(/[\\/]/g, '_').replace(/\.ts$/, '')}-${process.pid}.mjs`);
    await build({
        entryPoints: [join(REPO_ROOT, entry)],
        bundle: true,
        packages: 'external',
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile,
        logLevel: 'warning'
    });
    try {
        return await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
    } finally {
        rmSync(outfile, { force: true });
    }
}
