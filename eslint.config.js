// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint/layers.js';

export default tseslint.config(
    { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', 'test-output/**', 'coverage/**', 'src/language/generated/**', 'test/fixtures/lint/**'] },
    {
        files: ['**/*.ts'],
        extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
        },
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            // `void promise` drops its failure: hand it to a logger (logFailure) instead.
            '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }]
        }
    },
    {
        files: ['src/**/*.ts'],
        plugins: { blueprint: layers },
        rules: {
            'blueprint/layers': 'error',
            // Assert once, with a message, in an accessor (see e.g. model/graph.ts) instead of `!`.
            '@typescript-eslint/no-non-null-assertion': 'error',
            // Each process has one named logger; the CLI writes through its stdout/stderr writer.
            'no-console': 'error'
        }
    },
    {
        // Tests read JSON (CLI output, package.json, grammars) and fake async APIs with sync bodies.
        files: ['test/**/*.ts'],
        rules: {
            '@typescript-eslint/no-unsafe-assignment': 'off',
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/no-unsafe-argument': 'off',
            '@typescript-eslint/require-await': 'off',
            '@typescript-eslint/unbound-method': 'off',
            '@typescript-eslint/no-unsafe-call': 'off',
            // Failure messages print diagnostics' messages, which are strings here.
            '@typescript-eslint/no-base-to-string': 'off',
            '@typescript-eslint/restrict-template-expressions': 'off'
        }
    },
    {
        // Control characters are what these patterns strip from document text before it reaches SVG.
        files: ['src/render/text.ts'],
        rules: { 'no-control-regex': 'off' }
    },
    {
        // Plain JavaScript (scripts, the e2e harness, this config): recommended rules, untyped.
        files: ['**/*.{js,mjs,cjs}'],
        extends: [js.configs.recommended],
        languageOptions: { globals: { ...globals.node, ...globals.browser } },
        rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }] }
    }
);
