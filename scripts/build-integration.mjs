// Bundles the integration suite (CommonJS, `vscode` from the host) into out/integration/:
//   run.cjs             the @vscode/test-electron runner (npm run test:integration)
//   suite.cjs           its extensionTestsPath: mocha over extension.test.cjs
//   extension.test.cjs  the tests (global describe/it); code-server's extension host runs
//                       this same file through scripts/code-server/mocha-runner.cjs (test/e2e/run.mjs)
import { build } from 'esbuild';

const common = {
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
    external: ['vscode', 'mocha', '@vscode/test-electron']
};
await Promise.all([
    build({ ...common, entryPoints: ['test/integration/run.ts'], outfile: 'out/integration/run.cjs' }),
    build({ ...common, entryPoints: ['test/integration/suite/index.ts'], outfile: 'out/integration/suite.cjs' }),
    build({ ...common, entryPoints: ['test/integration/suite/extension.test.ts'], outfile: 'out/integration/extension.test.cjs' })
]);
