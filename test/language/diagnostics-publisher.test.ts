import { Cancellation, DocumentState, EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createBlueprintServices } from '../../src/language/blueprint-module.js';
import { publishVersionedDiagnostics } from '../../src/language/diagnostics-publisher.js';

const URI_TEXT = 'file:///ws/edited.blueprint';
/** What a waiting request got within two seconds: its answer, or 'still waiting'. */
const withinTwoSeconds = (waiting: Promise<string>) => Promise.race([waiting, new Promise(resolve => setTimeout(() => resolve('still waiting'), 2000))]);
const blueprint = (title: string) => `blueprint B "${title}" { customer { step a "Ask" } onstage { step b "Answer" } a -> b }`;

describe('versioned diagnostics', () => {
    test('a build cancelled right after indexing a document still lets its next diagnostics through, with their version', async () => {
        const { shared } = createBlueprintServices(EmptyFileSystem);
        const builder = shared.workspace.DocumentBuilder;
        // A newer edit arriving just after the document is indexed: Langium then skips the phase's other listeners.
        const source = new Cancellation.CancellationTokenSource();
        let cancelAfterIndexing = false;
        builder.onDocumentPhase(DocumentState.IndexedContent, () => { if (cancelAfterIndexing) source.cancel(); });
        const sent: PublishDiagnosticsParams[] = [];
        const connection = { sendDiagnostics: (params: PublishDiagnosticsParams) => { sent.push(params); return Promise.resolve(); } } as unknown as Connection;
        publishVersionedDiagnostics(connection, shared);
        // What startLanguageServer registers: send each document's diagnostics once it is validated.
        builder.onDocumentPhase(DocumentState.Validated, document => connection.sendDiagnostics({ uri: document.uri.toString(), diagnostics: document.diagnostics ?? [] }));

        const text = TextDocument.create(URI_TEXT, 'blueprint', 1, blueprint('One'));
        shared.workspace.TextDocuments.set(text);
        await builder.update([URI.parse(URI_TEXT)], []);
        expect(sent.map(p => p.version)).toEqual([1]);

        TextDocument.update(text, [{ text: blueprint('Two') }], 2);
        cancelAfterIndexing = true;
        await expect(builder.update([URI.parse(URI_TEXT)], [], source.token)).rejects.toThrow();
        cancelAfterIndexing = false;
        await builder.update([], []);
        expect(sent.map(p => p.version)).toEqual([1, 2]);
    });
});

describe('document phases under cancellation', () => {
    test('a request waiting for a document to be linked is answered when the build is cancelled right after linking it', async () => {
        const { shared } = createBlueprintServices(EmptyFileSystem);
        const builder = shared.workspace.DocumentBuilder;
        const source = new Cancellation.CancellationTokenSource();
        builder.onDocumentPhase(DocumentState.Linked, () => source.cancel());
        const document = shared.workspace.LangiumDocumentFactory.fromString(blueprint('One'), URI.parse(URI_TEXT));
        shared.workspace.LangiumDocuments.addDocument(document);
        // What Langium's request handlers do: wait for the state the request needs.
        const linked = builder.waitUntil(DocumentState.Linked, document.uri).then(() => 'answered');
        await expect(builder.build([document], { validation: true }, source.token)).rejects.toThrow();
        expect(document.state).toBe(DocumentState.Linked);
        expect(await withinTwoSeconds(linked)).toBe('answered');
    });

    // Document highlight and rename wait for the workspace's state, not the document's (fuzz seed 31,
    // inputs 3699, 5811 and 6260: unanswered after 30 s).
    test('a request waiting for the workspace state is answered when the build is cancelled right after the phase', async () => {
        const { shared } = createBlueprintServices(EmptyFileSystem);
        const builder = shared.workspace.DocumentBuilder;
        const source = new Cancellation.CancellationTokenSource();
        // The first listener of the phase sees the cancellation come in; Langium then skipped the others.
        builder.onBuildPhase(DocumentState.IndexedReferences, () => source.cancel());
        const document = shared.workspace.LangiumDocumentFactory.fromString(blueprint('One'), URI.parse(URI_TEXT));
        shared.workspace.LangiumDocuments.addDocument(document);
        const indexed = builder.waitUntil(DocumentState.IndexedReferences).then(() => 'answered');
        await builder.build([document], { validation: true }, source.token).catch(() => undefined);
        expect(await withinTwoSeconds(indexed)).toBe('answered');
    });

    test('a request waiting for the workspace state is answered by an update with nothing to rebuild', async () => {
        const { shared } = createBlueprintServices(EmptyFileSystem);
        const builder = shared.workspace.DocumentBuilder;
        const document = shared.workspace.LangiumDocumentFactory.fromString(blueprint('One'), URI.parse(URI_TEXT));
        shared.workspace.LangiumDocuments.addDocument(document);
        await builder.build([document], { validation: true });
        // An update that rebuilds nothing (a file event for a file that is not a blueprint, say) moves the
        // workspace's state back to Changed and then forward again without a document in any phase.
        const update = builder.update([], []);
        const indexed = builder.waitUntil(DocumentState.IndexedReferences).then(() => 'answered');
        await update;
        expect(await withinTwoSeconds(indexed)).toBe('answered');
    });
});
