import { describe, expect, test } from 'vitest';
import { MAX_DIAGNOSTICS } from '../../src/language/validation/document-validator.js';
import { validate } from '../helpers.js';

/** Any text yields diagnostics — capped — and never a crash or a hang. */
const pathological: Record<string, () => string> = {
    'random garbage': () => Array.from({ length: 20000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
    'binary bytes': () => Array.from({ length: 50000 }, (_, i) => String.fromCharCode((i * 131) % 256)).join(''),
    'a 1 MB single line': () => 'blueprint X { customer { step a "' + 'x'.repeat(1_000_000) + '" } }',
    '100k unmatched braces': () => '{'.repeat(100_000),
    '100k unmatched closing braces': () => '}'.repeat(100_000),
    '50k flow lines': () => 'blueprint B {\n customer { step a step b }\n' + 'a -> b\n'.repeat(50_000) + '}',
    '50k dangling arrows': () => '->\n'.repeat(50_000),
    'unterminated string and comment': () => 'blueprint X { customer { step a "never closed\n /* never closed',
    'deep chain of unknown names': () => 'blueprint X {\n' + Array.from({ length: 20000 }, (_, i) => `n${i} -> n${i + 1}`).join('\n') + '\n}'
};

describe('pathological input', () => {
    for (const [name, make] of Object.entries(pathological)) {
        test(`${name}: capped diagnostics, no crash`, async () => {
            const { diagnostics } = await validate(make());
            expect(diagnostics.length).toBeGreaterThan(0);
            expect(diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
            if (diagnostics.length > MAX_DIAGNOSTICS) expect(diagnostics.at(-1)!.code).toBe('too-many-diagnostics');
        }, 20_000);
    }
});

describe('every broken version of a real blueprint', () => {
    /**
     * Recovered parses leave holes in the AST (a flow without its target, a
     * time without its unit). Cut the example at many places and drop tokens;
     * validation (model building, every rule) must never throw.
     */
    test('validates without an internal error', async () => {
        const { readFileSync } = await import('node:fs');
        const { vi } = await import('vitest');
        const text = readFileSync('examples/counter-deposit.blueprint', 'utf8');
        const tokens = [...text.matchAll(/\S+/g)];
        const errors = vi.spyOn(console, 'error');
        try {
            for (let i = 0; i < tokens.length; i += 3) {
                const cut = tokens[i].index;
                await validate(text.slice(0, cut));
                await validate(text.slice(0, cut) + text.slice(cut + tokens[i][0].length));
            }
            expect(errors.mock.calls.map(call => String(call[0]))).toEqual([]);
        } finally {
            errors.mockRestore();
        }
    }, 120_000);
});
