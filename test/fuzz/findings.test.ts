/**
 * Findings of the fuzzer (npm run fuzz) fixed in src/language, each as the smallest case that
 * failed before its fix. The shrunk inputs themselves are in test/fuzz-regressions/.
 */
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, test, vi } from 'vitest';
import { editDistance } from '../../src/language/suggest.js';
import { services, validate } from '../helpers.js';

/** Validation time of `text`, best of two (the first run warms up). */
async function validationMs(text: string): Promise<number> {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
        const started = performance.now();
        await validate(text);
        best = Math.min(best, performance.now() - started);
    }
    return best;
}

describe('"did you mean" on a very long unknown name', () => {
    const long = (n: number) => 'n'.repeat(n);
    test('costs about what the same document without the unknown name costs', async () => {
        // Fuzz input: a 7,000-character step name and a 7,700-character flow source. Before: the full
        // 7,000 × 7,700 edit-distance table (4-6 s for 15 KB); now only a band as wide as the typo limit.
        const unknown = await validationMs(`blueprint B { customer { step ${long(7_000)} } ${long(7_700)} -> ${long(7_000)} }`);
        const known = await validationMs(`blueprint B { customer { step ${long(7_000)} } ${long(7_000)} -> ${long(7_000)} }`);
        expect(unknown).toBeLessThan(Math.max(10 * known, 300));
    }, 60_000);

    test('the banded distance is the full distance, and past the limit says so', () => {
        expect(editDistance('kitten', 'sitting')).toBe(3);
        expect(editDistance('ab', 'ba')).toBe(1);
        expect(editDistance('审比', '审批', 1)).toBe(1);
        expect(editDistance('abcdef', 'badcfe', 2)).toBe(3);
        expect(editDistance(long(7_000), long(7_700), 8)).toBe(9);
        expect(editDistance(long(7_000), `${long(3_000)}x${long(3_999)}`, 8)).toBe(1);
    });
});

describe('a quick fix never leaves a syntax error the text did not have', () => {
    test('no evidence stub is offered into an unterminated label (`step s "`)', async () => {
        const { document, diagnostics } = await validate('blueprint{customer{step s"');
        const before = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
        for (const diagnostic of diagnostics) {
            const actions = await services.Blueprint.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) as CodeAction[];
            for (const action of actions) {
                const fixed = TextDocument.applyEdits(document.textDocument, action.edit!.changes![document.uri.toString()]);
                const after = services.Blueprint.parser.LangiumParser.parse(fixed);
                expect(after.lexerErrors.length + after.parserErrors.length, action.title).toBeLessThanOrEqual(before);
            }
        }
    });

    test('the same fix is still offered where it parses', async () => {
        const { document, diagnostics } = await validate('blueprint B { customer { step s "label" } }');
        const diagnostic = diagnostics.find(d => d.code === 'BP007')!;
        const actions = await services.Blueprint.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toContain('Add physical evidence to this step');
    });
});

describe('completion in a half-typed step', () => {
    test('`step{by}` answers at every offset without logging an error', async () => {
        // Fuzz input: Langium asked the scope of `performer` on the step itself ("Property performer of
        // type Step is not a reference"), caught it and logged it as a server error.
        const text = 'blueprint{evidence{step{by}';
        const { document } = await validate(text);
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            for (let character = 0; character <= text.length; character++) {
                await services.Blueprint.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: { line: 0, character } });
            }
            expect(logged).not.toHaveBeenCalled();
        } finally {
            logged.mockRestore();
        }
    });
});
