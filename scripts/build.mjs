// Bundles every entry point with esbuild. The extension host loads CommonJS,
// while Langium 4 is ESM: the extension and server become .cjs bundles.
import { build } from 'esbuild';
import { writeLocalizationFiles } from './l10n.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
    bundle: true,
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    legalComments: 'none'
};

const node = { ...common, platform: 'node', target: 'node20' };

/**
 * protocol.ts builds its LSP message types with vscode-jsonrpc; the webview
 * uses only its data types and guards. Marked free of side effects, the
 * library is dropped from the webview bundle with the unused message types.
 */
const jsonrpcWithoutSideEffects = {
    name: 'jsonrpc-without-side-effects',
    setup(build) {
        build.onResolve({ filter: /^vscode-jsonrpc$/ }, async args => {
            if (args.pluginData?.resolving) return undefined;
            const result = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: { resolving: true } });
            return { ...result, sideEffects: false };
        });
    }
};

const entries = [
    // The extension host: CommonJS, `vscode` provided by the host.
    { ...node, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.cjs', format: 'cjs', external: ['vscode'] },
    // The Markdown preview's fence renderer (parser + renderer), loaded by the extension on demand.
    { ...node, entryPoints: ['src/markdown/markdown-it-plugin.ts'], outfile: 'dist/markdown.cjs', format: 'cjs' },
    // The language server process started by the extension over IPC.
    { ...node, entryPoints: ['src/language/main.ts'], outfile: 'dist/server.cjs', format: 'cjs' },
    // The server's simulation worker (BP303 off the validation path), a worker thread beside it.
    { ...node, entryPoints: ['src/language/analysis/worker.ts'], outfile: 'dist/analysis-worker.cjs', format: 'cjs' },
    // The CLI, ESM so `import.meta` works; native PNG rendering stays external.
    { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.mjs', format: 'esm', external: ['@resvg/resvg-js'],
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } },
    // The preview's browser side.
    { ...common, platform: 'browser', target: 'es2022', entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview.js', format: 'iife',
      plugins: [jsonrpcWithoutSideEffects] }
];

// VS Code's localization files come from the typed catalogues: written first, so a package always has current ones.
await writeLocalizationFiles();

if (watch) {
    const { context } = await import('esbuild');
    for (const entry of entries) await (await context(entry)).watch();
    console.log('watching…');
} else {
    await Promise.all(entries.map(entry => build(entry)));
}
