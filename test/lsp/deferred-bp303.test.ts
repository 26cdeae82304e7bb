/**
 * The bundled server (dist/server.cjs with dist/analysis-worker.cjs): opening
 * a blueprint publishes its diagnostics before BP303's simulation is in (a
 * fresh server has simulated nothing), and BP303 follows in a later publish
 * of the same version.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PEAK } from '../rules/analysis-fixtures.js';
import { startServer, waitFor, type TestClient } from './lsp-client.js';

const URI = 'file:///deferred/peak.blueprint';
const TEXT = PEAK;

let client: TestClient;
beforeAll(async () => { client = await startServer(); }, 30_000);
afterAll(async () => { await client.stop(); });

describe('BP303 in the language server', () => {
    test('the other diagnostics are published first, BP303 after the worker\'s simulation', async () => {
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'blueprint', version: 1, text: TEXT } });
        const codes = (i: number) => client.diagnostics[i].diagnostics.map(d => d.code);
        const first = await waitFor(client.diagnostics, d => d.uri === URI, 'the first publish');
        const firstIndex = client.diagnostics.indexOf(first);
        expect(codes(firstIndex)).toContain('BP302');
        expect(codes(firstIndex)).not.toContain('BP303');
        const withSimulation = await waitFor(client.diagnostics, d => d.uri === URI && d.diagnostics.some(x => x.code === 'BP303'), 'BP303', firstIndex + 1);
        expect(withSimulation.version).toBe(1);
        expect(withSimulation.diagnostics.map(d => d.code)).toContain('BP302');
        expect(withSimulation.diagnostics.find(d => d.code === 'BP303')?.range.start.line).toBe(TEXT.split('\n').findIndex(l => l.includes('target 5 min')));
    }, 30_000);
});
