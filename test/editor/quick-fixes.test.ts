import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { parseDocument } from 'langium/test';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';
import { services, validate } from '../helpers.js';

async function actionsFor(text: string, code: string) {
    const provider = services.Blueprint.lsp.CodeActionProvider!;
    const { document, diagnostics } = await validate(text);
    const diagnostic = diagnostics.find(d => d.code === code);
    expect(diagnostic, `expected a ${code} diagnostic`).toBeDefined();
    const actions = await provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic!.range, context: { diagnostics: [diagnostic!] }
    }) as CodeAction[];
    const apply = (a: CodeAction) => TextDocument.applyEdits(document.textDocument, a.edit!.changes![document.uri.toString()]);
    return { actions, apply };
}

const codesOf = async (text: string) => (await validate(text)).diagnostics.map(d => String(d.code));

describe('BP007: an evidence stub', () => {
    test('in a step with a block on several lines, on its own line', async () => {
        const text = 'blueprint 蓝图 {\n    customer {\n        step 取号 "取号" {\n            time 1 min\n        }\n    }\n}';
        const { actions, apply } = await actionsFor(text, 'BP007');
        expect(actions[0].title).toBe('Add physical evidence to this step');
        const fixed = apply(actions[0]);
        expect(fixed).toContain('step 取号 "取号" {\n            evidence "what the customer sees or receives"\n            time 1 min');
        expect(await codesOf(fixed)).not.toContain('BP007');
    });

    test('in a step without a block, a block is added', async () => {
        const { actions, apply } = await actionsFor('blueprint 蓝图 { customer { step 取号 "取号" } }', 'BP007');
        const fixed = apply(actions[0]);
        expect(fixed).toBe('blueprint 蓝图 { customer { step 取号 "取号" { evidence "what the customer sees or receives" } } }');
        expect(await codesOf(fixed)).not.toContain('BP007');
    });
});

describe('BP104: raise the tolerance or the target', () => {
    test('a standard beyond its tolerance: the tolerance becomes the standard', async () => {
        const { actions, apply } = await actionsFor('blueprint 蓝图 { customer { step 取号 { evidence "号" time 5 min tolerance 2 min } } }', 'BP104');
        expect(actions.map(a => a.title)).toEqual(['Raise the tolerance to the standard time (5 min)']);
        const fixed = apply(actions[0]);
        expect(fixed).toContain('time 5 min tolerance 5 min');
        expect(await codesOf(fixed)).not.toContain('BP104');
    });

    test('customer-visible time over the target: the target becomes that time', async () => {
        const text = 'blueprint 蓝图 { target 10 min customer { step 取号 { evidence "号" time 7 min } step 排队 { evidence "屏" wait 6 min } } 取号 -> 排队 }';
        const { actions, apply } = await actionsFor(text, 'BP104');
        expect(actions.map(a => a.title)).toEqual(['Raise the target to the customer-visible time (13 min)']);
        const fixed = apply(actions[0]);
        expect(fixed).toContain('target 13 min');
        expect(await codesOf(fixed)).not.toContain('BP104');
    });
});

describe('duplicate property: remove the earlier one', () => {
    test('in a step, the earlier line goes and the later value stays', async () => {
        const text = 'blueprint 蓝图 {\n    customer {\n        step 取号 {\n            evidence "号"\n            time 1 min\n            time 2 min\n        }\n    }\n}';
        const { actions, apply } = await actionsFor(text, 'duplicate-property');
        expect(actions[0].title).toBe('Remove the earlier time');
        const fixed = apply(actions[0]);
        expect(fixed).toBe(text.replace('            time 1 min\n', ''));
        expect(await codesOf(fixed)).not.toContain('duplicate-property');
    });

    test('in a classification on one line', async () => {
        const text = 'blueprint 蓝图 { classification { divergence standard object information divergence customized } customer { step 取号 { evidence "号" } } }';
        const { actions, apply } = await actionsFor(text, 'duplicate-property');
        expect(actions[0].title).toBe('Remove the earlier divergence standard');
        const fixed = apply(actions[0]);
        expect(fixed).toContain('classification { object information divergence customized }');
        expect(await codesOf(fixed)).not.toContain('duplicate-property');
    });
});

describe('fix all of a kind in the file', () => {
    test('every BP102 of the file in one action; the result has none left', async () => {
        const text = 'blueprint 蓝图 { customer { step 取号 { evidence "号" fail "卡纸" } step 排队 { evidence "屏" fail "叫号机故障" } } 取号 -> 排队 }';
        const { actions, apply } = await actionsFor(text, 'BP102');
        expect(actions.map(a => a.title)).toEqual(['Add a recovery for this fail point', 'Fix all 2 BP102 problems in this file']);
        const fixed = apply(actions[1]);
        expect(fixed.match(/recover "describe how the service recovers"/g)).toHaveLength(2);
        expect(await codesOf(fixed)).not.toContain('BP102');
    });

    test('a single diagnostic gets no fix-all action', async () => {
        const { actions } = await actionsFor('blueprint 蓝图 { customer { step 取号 { evidence "号" fail "卡纸" } } }', 'BP102');
        expect(actions.map(a => a.title)).toEqual(['Add a recovery for this fail point']);
    });
});

describe('placeholder text is inserted as a snippet when the client supports it', () => {
    test('a client announcing snippet edits gets BP102\'s recovery as a snippet with the placeholder', async () => {
        const own = createBlueprintServices(EmptyFileSystem);
        await own.shared.lsp.LanguageServer.initialize({
            processId: null, rootUri: null, capabilities: { workspace: { workspaceEdit: { snippetEditSupport: true } } }
        });
        const document = await parseDocument(own.Blueprint, 'blueprint 蓝图 { customer { step 取号 { fail "卡纸" } } }', { validation: true });
        const diagnostic = document.diagnostics!.find(d => d.code === 'BP102')!;
        const actions = await own.Blueprint.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const change = actions[0].edit!.documentChanges![0] as TextDocumentEdit;
        expect(change.textDocument.uri).toBe(document.uri.toString());
        expect(change.edits).toEqual([{ range: expect.anything(), snippet: { kind: 'snippet', value: ' recover "${1:describe how the service recovers}"' } }]);
    });

    test('without that capability the same fix inserts plain text', async () => {
        const { actions } = await actionsFor('blueprint 蓝图 { customer { step 取号 { fail "卡纸" } } }', 'BP102');
        expect(actions[0].edit!.documentChanges).toBeUndefined();
    });
});
