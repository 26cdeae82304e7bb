import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { services, validate } from '../helpers.js';

const OPTIONS = { tabSize: 4, insertSpaces: true };

/** Formats lines 0..endLine of the text; returns the text after the edits. */
async function formatLines(text: string, endLine: number): Promise<string> {
    const { document } = await validate(text);
    const edits = await services.Blueprint.lsp.Formatter!.formatDocumentRange(document, {
        textDocument: { uri: document.uri.toString() }, options: OPTIONS,
        range: { start: { line: 0, character: 0 }, end: { line: endLine, character: 1000 } }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

const tokens = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');

describe('Format Selection never removes a token the parser skipped', () => {
    const cases = [
        'blueprint B {\n customer { step a "x" "y" }\n}',
        'blueprint B {\n customer { step a by }\n}',
        'blueprint B { customer { step a * } }',
        'blueprint B {\n customer {\n step a "x" "y"\n }\n}'
    ];
    for (const text of cases) {
        test(JSON.stringify(text), async () => {
            for (let end = 0; end < text.split('\n').length; end++) {
                expect(tokens(await formatLines(text, end))).toBe(tokens(text));
            }
        });
    }

    test('a selection before the first error is still formatted', async () => {
        const text = 'blueprint B {\ncustomer { step a }\n}\nblueprint C {\n customer { step a "x" "y" }\n}';
        expect(await formatLines(text, 2)).toBe('blueprint B {\n    customer {\n        step a\n    }\n}\nblueprint C {\n customer { step a "x" "y" }\n}');
    });
});

describe('the BP201 quick fix on a one-line classification', () => {
    test('keeps the values apart when the brace follows a value directly', async () => {
        const { document, diagnostics } = await validate('blueprint B { classification { divergence standard contact none} customer { step a } }');
        const diagnostic = diagnostics.find(d => d.code === 'BP201')!;
        const actions = await services.Blueprint.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const fixed = TextDocument.applyEdits(document.textDocument, actions[0].edit!.changes![document.uri.toString()]);
        expect(fixed).toContain('contact none object information }');
        const after = await validate(fixed);
        expect(after.document.parseResult.parserErrors).toEqual([]);
        expect(after.diagnostics.map(d => d.code)).not.toContain('BP201');
    });
});

describe('hover on a half-typed document', () => {
    test('`step a { note }` answers at every offset without an error', async () => {
        const text = 'blueprint B { customer { step a { note } } }';
        const { document } = await validate(text);
        const hovers: string[] = [];
        for (let character = 0; character <= text.length; character++) {
            const hover = await services.Blueprint.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position: { line: 0, character } });
            if (hover) hovers.push(JSON.stringify(hover.contents));
        }
        expect(hovers.some(h => h.includes('step `a`'))).toBe(true);
    });
});
