import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-languageserver-protocol/node';
import type { CompletionList, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ModelChangedNotification, type ModelChangedParams } from '../../src/protocol.js';

/**
 * Talks LSP over stdio to the bundled server file, the one VS Code runs
 * (build it first: `npm run build`).
 */
const SERVER = 'dist/server.cjs';
const URI = 'file:///virtual/deposit.blueprint';
const TEXT = `blueprint Deposit {
    classification { divergence standard object customer-goods contact interactive approach production-line }
    customer { step Hand "Hand over cash" { evidence "slip" } }
    onstage { step Count { evidence "counter" fail "miscount" } }
    backstage { step File }
    Hand -> Count -> File
    Hand -> File
}`;

let server: ChildProcess;
let connection: MessageConnection;
const diagnostics: PublishDiagnosticsParams[] = [];
const models: ModelChangedParams[] = [];

function waitFor<T>(list: T[], predicate: (item: T) => boolean, what: string, from = 0, timeoutMs = 20_000): Promise<T> {
    return new Promise((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
            const found = list.slice(from).find(predicate);
            if (found) resolve(found);
            else if (Date.now() - started > timeoutMs) reject(new Error(`timed out waiting for ${what}`));
            else setTimeout(poll, 10);
        };
        poll();
    });
}

beforeAll(async () => {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => { diagnostics.push(params); });
    connection.onNotification(ModelChangedNotification, (params: ModelChangedParams) => { models.push(params); });
    connection.listen();
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'blueprint', version: 1, text: TEXT } });
});

afterAll(async () => {
    await connection?.sendRequest('shutdown').catch(() => undefined);
    await connection?.sendNotification('exit').catch(() => undefined);
    connection?.dispose();
    server?.kill();
});

describe('the bundled language server over stdio', () => {
    test('publishes diagnostics with their rule codes', async () => {
        const published = await waitFor(diagnostics, d => d.uri === URI, 'publishDiagnostics');
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
        const pushed = await waitFor(models, m => m.uri === URI, 'blueprint/modelChanged');
        expect(pushed.version).toBe(1);
        expect(pushed.blueprints.map(b => b.name)).toEqual(['Deposit']);
        expect(pushed.blueprints[0].steps.map(s => s.id)).toEqual(['Hand', 'Count', 'File']);
    });

    test('answers hover and completion', async () => {
        const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 22 } }) as Hover;
        expect(JSON.stringify(hover.contents)).toContain('Hand over cash');
        const completion = await connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: { line: 6, character: 12 } }) as CompletionList;
        expect(completion.items.map(i => i.label)).toEqual(expect.arrayContaining(['Count', 'File']));
    });

    test('re-validates after an edit', async () => {
        const before = diagnostics.length;
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: URI, version: 2 },
            contentChanges: [{ text: TEXT.replace('    Hand -> File\n', '') }]
        });
        const updated = await waitFor(diagnostics, d => d.uri === URI, 'diagnostics after the edit', before);
        expect(updated.diagnostics.map(d => d.code)).not.toContain('BP002');
    });
});
