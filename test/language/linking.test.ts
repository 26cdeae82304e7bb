import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';

async function workspace(files: Record<string, string>, locale?: 'en' | 'zh-cn') {
    const services = createBlueprintServices(EmptyFileSystem);
    if (locale) services.Blueprint.i18n.Localization.setClientLocale(locale);
    const documents = Object.entries(files).map(([name, text]) =>
        services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`file:///ws/${name}`)));
    documents.forEach(d => services.shared.workspace.LangiumDocuments.addDocument(d));
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}

describe('linking', () => {
    test('actors and systems resolve across files', async () => {
        const { documents } = await workspace({
            'roles.blueprint': 'actor Teller "柜员"\nsystem Core',
            'deposit.blueprint': 'blueprint D { customer { step a } onstage { step b { by Teller } } support { step c { by Core } } a -> b -> c }'
        });
        expect(documents[1].diagnostics!.filter(d => d.severity === 1)).toEqual([]);
    });

    test('go to definition jumps to the other file', async () => {
        const { services, documents } = await workspace({
            'roles.blueprint': 'actor Teller "柜员"',
            'use.blueprint': 'blueprint D { onstage { step b { by Teller } } }'
        });
        const text = documents[1].textDocument.getText();
        const offset = text.indexOf('Teller') + 2;
        const links = await services.Blueprint.lsp.DefinitionProvider!.getDefinition(documents[1], {
            textDocument: { uri: documents[1].uri.toString() },
            position: documents[1].textDocument.positionAt(offset)
        });
        expect(links?.[0].targetUri).toBe('file:///ws/roles.blueprint');
        expect(links?.[0].targetSelectionRange.start).toEqual({ line: 0, character: 6 });
    });

    test('an unknown name is named, with the closest existing one suggested', async () => {
        const { documents } = await workspace({
            'a.blueprint': 'actor Teller\nblueprint D { customer { step 取号 step Pay } onstage { step b { by Teler } } 取号 -> b -> Paay }'
        });
        const messages = documents[0].diagnostics!.filter(d => d.code === 'unknown-name').map(d => d.message);
        expect(messages).toEqual([
            "Unknown performer (actor or system) 'Teler'. Did you mean 'Teller'?",
            "Unknown step 'Paay'. Did you mean 'Pay'?"
        ]);
    });

    test('steps are visible only inside their own blueprint', async () => {
        const { documents } = await workspace({
            'a.blueprint': 'blueprint A { customer { step x } }\nblueprint B { customer { step y } y -> x }'
        });
        expect(documents[0].diagnostics!.map(d => d.message)).toContain(
            "Unknown step 'x'. A step 'x' exists in blueprint 'A' (a.blueprint), but steps are local to their blueprint: a flow or recovery joins steps of the same blueprint only.");
    });
});

describe('linking messages that say where a name is', () => {
    test('a step of another blueprint: where it is, and that steps are local', async () => {
        const { documents } = await workspace({
            'a.blueprint': 'blueprint A { customer { step 审核 } }',
            'b.blueprint': 'blueprint B { customer { step y } y -> 审核 }'
        });
        expect(documents[1].diagnostics!.filter(d => d.code === 'unknown-name').map(d => d.message)).toEqual([
            "Unknown step '审核'. A step '审核' exists in blueprint 'A' (a.blueprint), but steps are local to their blueprint: "
            + 'a flow or recovery joins steps of the same blueprint only.'
        ]);
    });

    test('a two-character Chinese name one character off gets a suggestion', async () => {
        const { documents } = await workspace({ 'a.blueprint': 'blueprint A { customer { step 审批 step 取号 } 取号 -> 审比 }' });
        const unknown = documents[0].diagnostics!.filter(d => d.code === 'unknown-name');
        expect(unknown.map(d => d.message)).toEqual(["Unknown step '审比'. Did you mean '审批'?"]);
        expect(unknown[0].data).toMatchObject({ suggestion: '审批' });
    });

    test('a one-character name or a short Latin name gets none', async () => {
        const { documents } = await workspace({ 'a.blueprint': 'blueprint A { customer { step 审 step ab } ab -> 批 ab -> cb }' });
        expect(documents[0].diagnostics!.filter(d => d.code === 'unknown-name').map(d => d.message)).toEqual(["Unknown step '批'.", "Unknown step 'cb'."]);
    });

    test('in Chinese', async () => {
        const { documents } = await workspace({
            'a.blueprint': 'actor 柜员\nblueprint A { customer { step 审批 step 取号 } onstage { step b { by 柜圆 } } 取号 -> 审比 -> 无此 }'
        }, 'zh-cn');
        expect(documents[0].diagnostics!.filter(d => d.code === 'unknown-name').map(d => d.message)).toEqual([
            '未知的执行者(actor 或 system)“柜圆”。是否想写“柜员”?',
            '未知的步骤“审比”。是否想写“审批”?',
            '未知的步骤“无此”。'
        ]);
    });

    test('the blueprint.language setting overrides the client locale', async () => {
        const services = createBlueprintServices(EmptyFileSystem);
        services.Blueprint.i18n.Localization.setClientLocale('en');
        services.Blueprint.i18n.Localization.setLanguageSetting('zh-cn');
        expect(services.Blueprint.i18n.Localization.locale).toBe('zh-cn');
        services.Blueprint.i18n.Localization.setLanguageSetting('auto');
        expect(services.Blueprint.i18n.Localization.locale).toBe('en');
    });
});

describe('workspace-wide names', () => {
    test('a top-level name declared in two files is an error in both', async () => {
        const { documents } = await workspace({ 'a.blueprint': 'actor Teller', 'b.blueprint': 'system Teller' });
        for (const document of documents) {
            expect(document.diagnostics!.map(d => [d.code, d.message])).toEqual([
                ['duplicate-name', expect.stringMatching(/^'Teller' is also declared in [ab]\.blueprint; top-level names/)]
            ]);
        }
    });

    test('each file names another file that declares the name, and a fixed clash disappears in the other file', async () => {
        const { services, documents } = await workspace({ 'a.blueprint': 'actor Teller', 'b.blueprint': 'system Teller', 'c.blueprint': 'actor Teller' });
        const clashes = () => documents.map(d => d.diagnostics!.map(x => String(x.message).match(/declared in (\w)\.blueprint/)?.[1]));
        expect(clashes()).toEqual([['b'], ['a'], ['a']]);
        const builder = services.shared.workspace.DocumentBuilder;
        await builder.update([], [documents[0].uri]);
        // Validated again (as after an edit of their own), with a.blueprint gone from the index.
        const others = documents.slice(1);
        others.forEach(d => { d.state = DocumentState.IndexedReferences; d.diagnostics = undefined; });
        await builder.build(others, { validation: true });
        expect(others.map(d => d.diagnostics!.map(x => String(x.message).match(/declared in (\w)\.blueprint/)?.[1]))).toEqual([['c'], ['b']]);
    });

    test('the clash check reads the index once per build, not once per file (a 500-file workspace was quadratic)', async () => {
        const services = createBlueprintServices(EmptyFileSystem);
        const index = services.shared.workspace.IndexManager;
        const allElements = index.allElements.bind(index);
        let scans = 0;
        index.allElements = (...args) => { scans++; return allElements(...args); };
        const documents = Array.from({ length: 40 }, (_, i) =>
            services.shared.workspace.LangiumDocumentFactory.fromString(`actor A${i}\nblueprint B${i} { onstage { step s { by A${i} } } }`, URI.parse(`file:///ws/f${i}.blueprint`)));
        documents.forEach(d => services.shared.workspace.LangiumDocuments.addDocument(d));
        await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        expect(documents.every(d => d.diagnostics!.every(x => x.code !== 'duplicate-name'))).toBe(true);
        expect(scans).toBeLessThanOrEqual(2);
    });
});
