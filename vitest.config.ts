import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // The integration (mocha, inside VS Code) and e2e (code-server) suites have their own runners.
        exclude: ['test/integration/**', 'test/e2e/**', 'node_modules/**'],
        testTimeout: 20_000
    }
});
