import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer, waitFor, type TestClient } from './lsp-client.js';

let client: TestClient;
beforeAll(async () => { client = await startServer(); });
afterAll(async () => { await client?.stop(); });

const UNTITLED = 'untitled:Untitled-1';
const FILE = 'file:///closed/uses-ghost.blueprint';
const GHOST = 'actor Ghost "From an unsaved editor"\nblueprint Draft { customer { step a } }';
const user = (label: string) => `blueprint Uses {\n    customer { step ask "${label}" }\n    onstage { step serve { by Ghost } }\n    ask -> serve\n}`;

function open(uri: string, text: string): Promise<void> {
    return client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'blueprint', version: 1, text } });
}

const unknownGhost = (uri: string) => client.diagnostics.filter(d => d.uri === uri).at(-1)?.diagnostics.some(d => /Ghost/.test(typeof d.message === 'string' ? d.message : d.message.value)) ?? false;

describe('an untitled editor closed without saving', () => {
    test('is forgotten: its declarations stop resolving, its diagnostics are cleared, and the server goes on', async () => {
        await open(UNTITLED, GHOST);
        await open(FILE, user('Ask'));
        await waitFor(client.diagnostics, d => d.uri === FILE, 'diagnostics of the file');
        await waitFor(client.diagnostics, d => d.uri === FILE && !unknownGhost(FILE), 'Ghost resolved from the untitled editor');

        const from = client.diagnostics.length;
        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: UNTITLED } });
        await waitFor(client.diagnostics, d => d.uri === UNTITLED && d.diagnostics.length === 0, 'the untitled editor\'s diagnostics cleared', from);
        await waitFor(client.diagnostics, d => d.uri === FILE && unknownGhost(FILE), 'Ghost no longer resolves', from);

        // The next builds used to end the server: the registry threw for the closed editor's URI.
        const edited = client.diagnostics.length;
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: FILE, version: 2 }, contentChanges: [{ text: user('Ask again') }] });
        await waitFor(client.diagnostics, d => d.uri === FILE && d.version === 2, 'diagnostics after an edit', edited);
        const symbols = await client.connection.sendRequest<Array<{ name: string }>>('workspace/symbol', { query: 'Ghost' });
        expect(symbols.map(s => s.name)).not.toContain('Ghost');
    });
});
