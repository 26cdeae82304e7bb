// Bundles the integration runner and the mocha suite (CommonJS, `vscode` from the host).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', external: ['vscode', 'mocha', '@vscode/test-electron'] };
await Promise.all([
    build({ ...common, entryPoints: ['test/integration/run.ts'], outfile: 'out/integration/run.cjs' }),
    build({ ...common, entryPoints: ['test/integration/suite/index.ts'], outfile: 'out/integration/suite.cjs' })
]);
