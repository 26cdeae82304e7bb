import { TextDocument } from 'vscode-languageserver-textdocument';
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { expectFindReferences, expectGoToDefinition, expectHover } from 'langium/test';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { lsp, withWorkspaceFiles } from './editor-helpers.js';

const TEXT = `actor 柜员 "Teller"
blueprint 柜台存款 {
    phase 到达
    phase 办理
    customer 顾客 { step 取号 { phase 到达 } step 排队 }
    onstage 柜台 { step 叫号 { by 柜员 } }
    取号 -> 排队 -> 叫号
}
blueprint 另一个 {
    customer { step 登记 }
}`;

async function rename(document: LangiumDocument, at: string, newName: string): Promise<WorkspaceEdit | undefined> {
    const offset = document.textDocument.getText().indexOf(at);
    expect(offset).toBeGreaterThanOrEqual(0);
    return lsp.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset), newName });
}

async function refusal(edit: Promise<unknown>): Promise<string> {
    const error = await edit.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    return (error as ResponseError<unknown>).message;
}

function applied(document: LangiumDocument, edit: WorkspaceEdit | undefined): string {
    return TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
}

describe('rename refuses a name already taken in the same scope', () => {
    test('a step renamed to another step of its blueprint (also from a reference)', async () => {
        const { documents: [doc], dispose } = await withWorkspaceFiles(TEXT);
        try {
            expect(await refusal(rename(doc, '取号 {', '叫号'))).toBe(
                "Cannot rename: '叫号' is already the name of a step in blueprint 柜台存款; step names must be unique there.");
            expect(await refusal(rename(doc, '排队 -> 叫号', '取号'))).toContain("'取号' is already the name of a step");
        } finally {
            await dispose();
        }
    });

    test('a step may take a name used in another blueprint, and every use follows', async () => {
        const { documents: [doc], dispose } = await withWorkspaceFiles(TEXT);
        try {
            const text = applied(doc, await rename(doc, '取号 {', '登记'));
            expect(text).toContain('step 登记 { phase 到达 }');
            expect(text).toContain('登记 -> 排队 -> 叫号');
            expect(text).toContain('customer { step 登记 }');
        } finally {
            await dispose();
        }
    });

    test('phases and lanes clash only with their own kind', async () => {
        const { documents: [doc], dispose } = await withWorkspaceFiles(TEXT);
        try {
            expect(await refusal(rename(doc, '到达\n', '办理'))).toContain('a phase in blueprint 柜台存款');
            expect(await refusal(rename(doc, '顾客 {', '柜台'))).toContain('a lane in blueprint 柜台存款');
            expect(applied(doc, await rename(doc, '到达\n', '取号'))).toContain('phase 取号 }');
        } finally {
            await dispose();
        }
    });

    test('an actor renamed to a name declared in another file is refused; a free name renames across files', async () => {
        const { documents: [actors, blueprints], dispose } = await withWorkspaceFiles('actor 柜员 "Teller"\nsystem 核心系统', TEXT.replace('actor 柜员 "Teller"\n', ''));
        try {
            const otherName = actors.uri.path.slice(actors.uri.path.lastIndexOf('/') + 1);
            expect(await refusal(rename(actors, '柜员', '另一个'))).toBe(
                `Cannot rename: '另一个' is already declared in ${blueprints.uri.path.slice(blueprints.uri.path.lastIndexOf('/') + 1)}; blueprint, actor and system names are shared by the whole workspace.`);
            expect(await refusal(rename(blueprints, '柜员 }', '核心系统'))).toContain(`already declared in ${otherName}`);
            const edit = await rename(blueprints, '柜员 }', '综合柜员');
            expect(applied(actors, edit)).toContain('actor 综合柜员 "Teller"');
            expect(applied(blueprints, edit)).toContain('by 综合柜员 }');
        } finally {
            await dispose();
        }
    });

    test('renaming to the same name is no clash', async () => {
        const { documents: [doc], dispose } = await withWorkspaceFiles(TEXT);
        try {
            expect(applied(doc, await rename(doc, '取号 {', '取号'))).toBe(TEXT);
        } finally {
            await dispose();
        }
    });
});

describe('navigation with Chinese names (langium/test helpers)', () => {
    test('go to definition from a flow to the step', async () => {
        await expectGoToDefinition(lsp)({
            text: 'blueprint 蓝图 { customer { step <|取号|> } onstage { step 叫号 } <|>取号 -> 叫号 }',
            index: 0, rangeIndex: 0, disposeAfterCheck: true
        });
    });

    test('find references of a step: declaration, flow and recovery', async () => {
        await expectFindReferences(lsp)({
            text: 'blueprint 蓝图 { customer { step <|<|>取号|> } onstage { step 叫号 { fail "错" recover <|取号|> } } <|取号|> -> 叫号 }',
            includeDeclaration: true, disposeAfterCheck: true
        });
    });
});

describe('hover with Chinese names (langium/test helper)', () => {
    test('a step reference shows its label and lane', async () => {
        await expectHover(lsp)({
            text: 'blueprint 蓝图 { customer 顾客 { step 取号 "取号 Take a number" } onstage { step 叫号 } <|>取号 -> 叫号 }',
            index: 0, hover: /取号 Take a number.*customer step `取号` in lane 顾客/s, disposeAfterCheck: true
        });
    });
});
