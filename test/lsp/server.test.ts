import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CompletionList, Hover } from 'vscode-languageserver-protocol';
import { PreviewedDocumentsNotification } from '../../src/protocol.js';
import { startServer, waitFor, type TestClient } from './lsp-client.js';

const URI = 'file:///virtual/deposit.blueprint';
const TEXT = `blueprint Deposit {
    classification { divergence standard object customer-goods contact interactive approach production-line }
    customer { step Hand "Hand over cash" { evidence "slip" } }
    onstage { step Count { evidence "counter" fail "miscount" } }
    backstage { step File }
    Hand -> Count -> File
    Hand -> File
}`;

let client: TestClient;

beforeAll(async () => {
    client = await startServer();
    await client.connection.sendNotification(PreviewedDocumentsNotification, { uris: [URI] });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'blueprint', version: 1, text: TEXT } });
});

afterAll(async () => {
    await client?.stop();
});

describe('the bundled language server over stdio', () => {
    test('publishes diagnostics with their rule codes', async () => {
        const published = await waitFor(client.diagnostics, d => d.uri === URI, 'publishDiagnostics');
        const codes = published.diagnostics.map(d => d.code);
        expect(codes).toContain('BP002');
        expect(codes).toContain('BP101');
        expect(codes).toContain('BP102');
        const bp002 = published.diagnostics.find(d => d.code === 'BP002')!;
        expect(bp002.severity).toBe(1);
        expect(bp002.range.start.line).toBe(6);
        expect(bp002.codeDescription?.href).toMatch(/README\.md#bp002$/);
    });

    test('pushes the blueprint model for the preview', async () => {
        const pushed = await waitFor(client.models, m => m.uri === URI, 'blueprint/modelChanged');
        expect(pushed.version).toBe(1);
        expect(pushed.blueprints.map(b => b.name)).toEqual(['Deposit']);
        expect(pushed.blueprints[0].steps.map(s => s.id)).toEqual(['Hand', 'Count', 'File']);
    });

    test('answers hover and completion', async () => {
        const hover = await client.connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 22 } });
        expect(JSON.stringify(hover.contents)).toContain('Hand over cash');
        const completion = await client.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: URI }, position: { line: 6, character: 12 } });
        expect(completion.items.map(i => i.label)).toEqual(expect.arrayContaining(['Count', 'File']));
    });

    test('re-validates after an edit', async () => {
        const before = client.diagnostics.length;
        await client.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: URI, version: 2 },
            contentChanges: [{ text: TEXT.replace('    Hand -> File\n', '') }]
        });
        const updated = await waitFor(client.diagnostics, d => d.uri === URI, 'diagnostics after the edit', before);
        expect(updated.diagnostics.map(d => d.code)).not.toContain('BP002');
    });

    test('pushes no model for a document no preview shows', async () => {
        const other = 'file:///virtual/other.blueprint';
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'blueprint', version: 1, text: TEXT } });
        await waitFor(client.diagnostics, d => d.uri === other, 'diagnostics of the other document');
        // Pushes follow validation by a 30 ms coalescing delay; a later one for URI proves the queue has drained.
        const before = client.models.length;
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: TEXT }] });
        await waitFor(client.models, m => m.uri === URI && m.version === 3, 'the push for the previewed document', before);
        expect(client.models.map(m => m.uri)).not.toContain(other);
    });
});
