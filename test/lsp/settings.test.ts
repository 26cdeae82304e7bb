import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, waitFor, type TestClient } from './lsp-client.js';

const URI = 'file:///virtual/settings.blueprint';
const TEXT = 'blueprint B { customer { step a { fail "lost card" } } onstage { step b } a -> b }';

let client: TestClient;

beforeAll(async () => {
    client = await startServer({ rules: { BP101: 'off', BP102: 'error' } });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'blueprint', version: 1, text: TEXT } });
});

afterAll(async () => {
    await client?.stop();
});

test('the blueprint.rules setting sets severities, and applies live when changed', async () => {
    const first = await waitFor(client.diagnostics, d => d.uri === URI && d.diagnostics.some(x => x.code === 'BP102'), 'diagnostics');
    expect(first.diagnostics.map(d => d.code)).not.toContain('BP101');
    expect(first.diagnostics.find(d => d.code === 'BP102')!.severity).toBe(1);

    const before = client.diagnostics.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { blueprint: { rules: { BP102: 'off', BP999: 'warning' } } } });
    const next = await waitFor(client.diagnostics, d => d.uri === URI, 'diagnostics after the settings change', before);
    const codes = next.diagnostics.map(d => d.code);
    expect(codes).toContain('BP101');
    expect(codes).not.toContain('BP102');
    expect(next.diagnostics.find(d => d.code === 'settings')!.message).toContain("unknown rule code 'BP999'");
});
