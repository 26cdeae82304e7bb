// Writes VS Code's localization files from the typed catalogues (src/i18n, docs/i18n.md):
// package.nls.json, package.nls.zh-cn.json and l10n/bundle.l10n.zh-cn.json.
// Run by scripts/build.mjs; `node scripts/l10n.mjs` alone works too.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The catalogues and the bundle functions, bundled in memory and loaded as a module. */
async function loadCatalogues() {
    const result = await build({
        stdin: {
            contents: "export { en } from './src/i18n/en/index.ts'; export { zhCn } from './src/i18n/zh-cn/index.ts'; export * from './src/i18n/bundles.ts';",
            resolveDir: root, loader: 'ts'
        },
        bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning'
    });
    return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

const json = value => `${JSON.stringify(value, null, 4)}\n`;

export async function writeLocalizationFiles() {
    const { en, zhCn, nlsBundle, l10nBundle } = await loadCatalogues();
    writeFileSync(`${root}package.nls.json`, json(nlsBundle(en)));
    writeFileSync(`${root}package.nls.zh-cn.json`, json(nlsBundle(zhCn)));
    mkdirSync(`${root}l10n`, { recursive: true });
    writeFileSync(`${root}l10n/bundle.l10n.zh-cn.json`, json(l10nBundle(en, zhCn)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeLocalizationFiles();
