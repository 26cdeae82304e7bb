import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';
import { revalidateDocuments } from '../../src/language/rule-settings-sync.js';

const text = (i: number) => `blueprint B${i} {\n    customer { step ask { fail "lost" } }\n    onstage { step serve }\n    ask -> serve\n}`;

const duplicated = (document: LangiumDocument) => {
    const keys = (document.diagnostics ?? []).map(d => JSON.stringify([d.range, d.code, d.message]));
    return keys.length - new Set(keys).size;
};

describe('a settings change during the workspace build', () => {
    test('validates each document once more, never twice at a time (no diagnostic twice)', async () => {
        for (let round = 0; round < 5; round++) {
            const { shared } = createBlueprintServices(EmptyFileSystem);
            const documents = Array.from({ length: 30 }, (_, i) =>
                shared.workspace.LangiumDocumentFactory.fromString(text(i), URI.parse(`file:///concurrent/r${round}/d${i}.blueprint`)));
            for (const document of documents) shared.workspace.LangiumDocuments.addDocument(document);
            const firstBuild = shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build(documents, { validation: true }, token));
            // The initial configuration arrives while the first build runs.
            await Promise.all([firstBuild, revalidateDocuments(shared), revalidateDocuments(shared)]);
            await shared.workspace.WorkspaceLock.write(() => Promise.resolve());
            for (const document of documents) {
                expect(document.diagnostics?.length, document.uri.toString()).toBeGreaterThan(0);
                expect(duplicated(document), document.uri.toString()).toBe(0);
            }
        }
    });
});
