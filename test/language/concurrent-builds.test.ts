/**
 * The doubled-diagnostics race (src/language/document-builder.ts): two builds of the same
 * document must not leave each diagnostic twice, however they interleave.
 */
import { DocumentState, EmptyFileSystem, URI, type DocumentBuilder, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';

const TEXT = 'blueprint B {\n customer { step a }\n onstage { step b }\n a -> b -> unknown\n}';
let counter = 0;

/** A fresh workspace with one document, and what it holds after `race` ran its builds. */
async function diagnosticsAfter(race: (builder: DocumentBuilder, document: LangiumDocument) => Promise<void>): Promise<string[]> {
    const { shared } = createBlueprintServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(TEXT, URI.parse(`file:///race/doc${counter++}.blueprint`));
    shared.workspace.LangiumDocuments.addDocument(document);
    await race(shared.workspace.DocumentBuilder, document);
    return (document.diagnostics ?? []).map(d => `${d.range.start.line}:${d.range.start.character} ${d.message}`);
}

const repeated = (list: string[]) => list.filter((item, i) => list.indexOf(item) !== i);

describe('two builds of one document', () => {
    test('started together: each diagnostic once', async () => {
        const diagnostics = await diagnosticsAfter(async (builder, document) => {
            await Promise.all([builder.build([document], { validation: true }), builder.build([document], { validation: true })]);
        });
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(repeated(diagnostics)).toEqual([]);
    });

    test('the second started while the first is linking: each diagnostic once', async () => {
        const diagnostics = await diagnosticsAfter(async (builder, document) => {
            let second: Promise<void> | undefined;
            builder.onDocumentPhase(DocumentState.IndexedReferences, d => { second ??= builder.build([d], { validation: true }); });
            await builder.build([document], { validation: true });
            await second;
        });
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(repeated(diagnostics)).toEqual([]);
    });

    test('the record of what ran lost after a validation: each diagnostic once', async () => {
        const diagnostics = await diagnosticsAfter(async (builder, document) => {
            let second: Promise<void> | undefined;
            builder.onDocumentPhase(DocumentState.Validated, d => {
                // What a concurrent build did: the document back before validation, its diagnostics kept.
                d.state = DocumentState.IndexedReferences;
                second ??= builder.build([d], { validation: true });
            });
            await builder.build([document], { validation: true });
            await second;
        });
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(repeated(diagnostics)).toEqual([]);
    });
});
