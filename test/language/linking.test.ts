import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';

async function workspace(files: Record<string, string>) {
    const services = createBlueprintServices(EmptyFileSystem);
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
        expect(documents[0].diagnostics!.map(d => d.message)).toContain("Unknown step 'x'.");
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
});
