import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // Builds dist/ (and the Langium files when the grammar changed): the CLI and LSP tests run the bundles.
        globalSetup: ['test/global-setup.ts'],
        // The integration (mocha, inside VS Code) and e2e (code-server) suites have their own runners.
        exclude: ['test/integration/**', 'test/e2e/**', 'node_modules/**'],
        testTimeout: 20_000
    }
});
