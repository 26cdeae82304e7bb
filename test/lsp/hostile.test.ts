import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PublishDiagnosticsParams, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { RENAME_MESSAGES } from '../../src/language/lsp/rename.js';
import { startServer, waitFor, type TestClient } from './lsp-client.js';

let client: TestClient;
beforeAll(async () => { client = await startServer(); });
afterAll(async () => { await client?.stop(); });

function open(uri: string, text: string, version = 1): Promise<void> {
    return client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'blueprint', version, text } });
}

const blueprint = (name: string) => `blueprint ${name} {\n    customer { step Ask }\n    onstage { step Serve { by Teller } }\n    Ask -> Serve\n}\nactor Teller`;

describe('rename over LSP', () => {
    const URI = 'file:///hostile/rename.blueprint';
    const SERVE = { line: 2, character: 20 };

    test('refuses names the document could not parse back, with a message saying why', async () => {
        await open(URI, blueprint('R'));
        await waitFor(client.diagnostics, d => d.uri === URI, 'diagnostics');
        for (const newName of ['', 'two words', 'step', 'blueprint', '1abc', 'a\nb', '"q"', "it's", '名，字', 'a×b']) {
            const answer = await client.connection.sendRequest('textDocument/rename', { textDocument: { uri: URI }, position: SERVE, newName })
                .then(() => 'accepted', (error: Error) => error.message);
            expect(answer, JSON.stringify(newName)).toBe(RENAME_MESSAGES.invalidName(newName));
        }
    });

    test('accepts valid names, soft keywords included', async () => {
        for (const newName of ['Serve2', '办理', 'note', '_x']) {
            const edit = await client.connection.sendRequest<WorkspaceEdit>('textDocument/rename', { textDocument: { uri: URI }, position: SERVE, newName });
            expect(edit.changes![URI].map(e => e.newText)).toEqual([newName, newName]);
        }
    });

    test('prepareRename answers the range of the name', async () => {
        const range = await client.connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: URI }, position: SERVE });
        expect(range).toEqual({ start: { line: 2, character: 19 }, end: { line: 2, character: 24 } });
    });
});

describe('publishDiagnostics', () => {
    test('carries the version of the text it was computed for', async () => {
        const uri = 'file:///hostile/version.blueprint';
        await open(uri, blueprint('V'), 7);
        const published = await waitFor(client.diagnostics, d => d.uri === uri, 'diagnostics');
        expect(published.version).toBe(7);
        const from = client.diagnostics.length;
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: [{ text: blueprint('V2') }] });
        expect((await waitFor(client.diagnostics, d => d.uri === uri, 'diagnostics after the edit', from)).version).toBe(8);
    });

    test('reaches every one of 100 documents opened at once, round after round', async () => {
        for (let round = 0; round < 5; round++) {
            const uris = Array.from({ length: 100 }, (_, i) => `file:///hostile/race${round}/doc${i}.blueprint`);
            await Promise.all(uris.map((uri, i) => open(uri, blueprint(`B${round}_${i}`))));
            // Edits while the first build runs cancel it: the case where one document was left without diagnostics.
            await Promise.all(uris.filter((_, i) => i % 7 === 0).map(uri =>
                client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: blueprint('Edited') }] })));
            const missing = async () => uris.filter(uri => !client.diagnostics.some((d: PublishDiagnosticsParams) => d.uri === uri));
            const deadline = Date.now() + 30_000;
            while ((await missing()).length && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 50));
            expect(await missing(), `round ${round}`).toEqual([]);
            await Promise.all(uris.map(uri => client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } })));
        }
    }, 180_000);
});
