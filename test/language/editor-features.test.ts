import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { services, validate } from '../helpers.js';

async function format(text: string): Promise<string> {
    const { document } = await validate(text);
    const edits = await services.Blueprint.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

async function fixes(text: string, code: string): Promise<{ actions: CodeAction[]; apply: (a: CodeAction) => string; diagnostic: Diagnostic }> {
    const { document, diagnostics } = await validate(text);
    const diagnostic = diagnostics.find(d => d.code === code);
    expect(diagnostic, `expected a ${code} diagnostic`).toBeDefined();
    const actions = await services.Blueprint.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic!.range, context: { diagnostics: [diagnostic!] }
    }) as CodeAction[];
    const apply = (a: CodeAction) => TextDocument.applyEdits(document.textDocument, a.edit!.changes![document.uri.toString()]);
    return { actions, apply, diagnostic: diagnostic! };
}

describe('formatter', () => {
    test('indents blocks and puts one statement per line', async () => {
        const formatted = await format('blueprint B {classification {divergence standard object information contact none}\ncustomer {step a "A" {time 1 min evidence "x"} step b}\na->b}');
        expect(formatted).toBe([
            'blueprint B {',
            '    classification {',
            '        divergence standard',
            '        object information',
            '        contact none',
            '    }',
            '    customer {',
            '        step a "A" {',
            '            time 1 min',
            '            evidence "x"',
            '        }',
            '        step b',
            '    }',
            '    a -> b',
            '}'
        ].join('\n'));
    });

    test('leaves a well-formatted example unchanged', async () => {
        const text = readFileSync('examples/counter-deposit.blueprint', 'utf8');
        expect(await format(text)).toBe(text);
    });
});

describe('quick fixes', () => {
    test('unknown name: change to the closest existing one', async () => {
        const { actions, apply } = await fixes('blueprint B { customer { step Enter step Leave } Enter -> Laeve }', 'unknown-name');
        expect(actions.map(a => a.title)).toEqual(["Change to 'Leave'"]);
        const fixed = apply(actions[0]);
        expect(fixed).toContain('Enter -> Leave }');
        expect((await validate(fixed)).diagnostics.filter(d => d.code === 'unknown-name')).toEqual([]);
    });

    test('BP102: a recovery stub silences the missing recovery', async () => {
        const { actions, apply } = await fixes('blueprint B { customer { step a { fail "card swallowed" } } }', 'BP102');
        const fixed = apply(actions[0]);
        expect(fixed).toContain('fail "card swallowed" recover "describe how the service recovers"');
        expect((await validate(fixed)).diagnostics.map(d => d.code)).not.toContain('BP102');
    });

    test('BP201: inserting a classification block guessed from the drawing', async () => {
        const { actions, apply } = await fixes('blueprint B {\n    customer { step a }\n    onstage { step b { via counter } }\n    a -> b\n}', 'BP201');
        expect(actions[0].title).toBe('Add a classification block (guessed from the drawing: standard · information · interactive)');
        const fixed = apply(actions[0]);
        expect(fixed).toContain('    classification {\n        divergence standard\n        object information\n        contact interactive\n    }');
        expect((await validate(fixed)).diagnostics.map(d => d.code)).not.toContain('BP201');
    });

    test('BP201: completing a classification block that lacks values', async () => {
        const { actions, apply } = await fixes('blueprint B {\n    classification {\n        divergence standard\n    }\n    customer { step a }\n}', 'BP201');
        expect(actions[0].title).toBe('Add object, contact to the classification');
        const fixed = apply(actions[0]);
        expect(fixed).toContain('        divergence standard\n        object information\n        contact none\n    }');
        expect((await validate(fixed)).diagnostics.map(d => d.code)).not.toContain('BP201');
    });

    test('BP202: both ways out of production line with customized divergence', async () => {
        const text = 'blueprint B { classification { divergence customized object information contact interactive approach production-line } customer { step a } }';
        const { actions, apply } = await fixes(text, 'BP202');
        expect(actions.map(a => a.title)).toEqual([
            'Change divergence to standard (keep the production-line approach)',
            'Change approach to customer-contact (keep the customized divergence)'
        ]);
        for (const action of actions) {
            const fixed = apply(action);
            expect((await validate(fixed)).diagnostics.map(d => d.code)).not.toContain('BP202');
        }
        expect(apply(actions[0])).toContain('divergence standard');
        expect(apply(actions[1])).toContain('approach customer-contact');
    });

    test('BP003: removing the evidence from a backstage step', async () => {
        const { actions, apply } = await fixes('blueprint B { customer { step a } onstage { step b } backstage { step c { evidence "ledger" time 1 min } } a -> b -> c }', 'BP003');
        const fixed = apply(actions[0]);
        expect(fixed).not.toContain('ledger');
        expect((await validate(fixed)).diagnostics.map(d => d.code)).not.toContain('BP003');
    });
});

describe('navigation', () => {
    const text = 'actor Teller\nblueprint B { customer { step a } onstage { step b { by Teller } } a -> b }';

    test('references and rename reach every use of a step', async () => {
        const { document } = await validate(text);
        const position = document.textDocument.positionAt(text.indexOf('step b') + 5);
        const textDocument = { uri: document.uri.toString() };
        const references = await services.Blueprint.lsp.ReferencesProvider!.findReferences(document, { textDocument, position, context: { includeDeclaration: true } });
        expect(references.length).toBe(2);
        const rename = await services.Blueprint.lsp.RenameProvider!.rename(document, { textDocument, position, newName: 'Serve' });
        const renamed = TextDocument.applyEdits(document.textDocument, rename!.changes![document.uri.toString()]);
        expect(renamed).toContain('step Serve');
        expect(renamed).toContain('a -> Serve');
    });

    test('the outline lists blueprints, lanes\' steps and declarations', async () => {
        const { document } = await validate(text);
        const symbols = await services.Blueprint.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols.map(s => s.name)).toEqual(['Teller', 'B']);
        const names = JSON.stringify(symbols);
        expect(names).toContain('"a"');
        expect(names).toContain('"b"');
    });
});

describe('keyword docs cover the vocabularies', () => {
    test('every zone, line and classification value has a hover text', async () => {
        const { KEYWORD_DOCS } = await import('../../src/language/lsp/keyword-docs.js');
        const { APPROACHES, CONTACTS, DIVERGENCES, LINES, OBJECT_KINDS, ZONES } = await import('../../src/model/types.js');
        for (const word of [...ZONES, ...LINES, ...DIVERGENCES, ...OBJECT_KINDS, ...CONTACTS, ...APPROACHES]) {
            expect(KEYWORD_DOCS[word], word).toBeDefined();
        }
    });
});
