// The preview's model is pushed as soon as a document is linked, before its
// validation, when the text has no syntax or linking error; validation then
// pushes again only if the first error changed. Checked on a 300-step
// document, where validation takes long enough for the order to show.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PreviewedDocumentsNotification } from '../../src/protocol.js';
import { blueprintText, randomBlueprint } from '../support/random-blueprint.js';
import { startServer, waitFor, type TestClient } from './lsp-client.js';

const URI = 'file:///virtual/big.blueprint';
const TEXT = blueprintText(randomBlueprint({ steps: 300, seed: 7, lanes: { customer: 1, onstage: 2, backstage: 2, support: 1 }, phases: 4 }));
const LABEL = /step (\w+) "([^"]*)"/.exec(TEXT.slice(TEXT.length >> 1))!;

let client: TestClient;
let version = 1;

beforeAll(async () => {
    client = await startServer();
    await client.connection.sendNotification(PreviewedDocumentsNotification, { uris: [URI] });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'blueprint', version, text: TEXT } });
    await waitFor(client.models, m => m.uri === URI && m.version === 1, 'the first model');
}, 60_000);

afterAll(async () => {
    await client?.stop();
});

/** Replaces the whole text as version n + 1 and waits for its diagnostics; returns what arrived for it, in order. */
async function edit(text: string) {
    version++;
    const from = client.arrivals.length;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version }, contentChanges: [{ text }] });
    await waitFor(client.diagnostics, d => d.uri === URI && d.version === version, `diagnostics of version ${version}`);
    await new Promise(resolve => setTimeout(resolve, 100)); // a push after validation would be here by now
    return client.arrivals.slice(from).filter(a => a.uri === URI && a.version === version).map(a => a.kind);
}

const lastModel = () => client.models.filter(m => m.uri === URI).at(-1)!;

describe('the model pushed before validation', () => {
    test('a label edit: one push, ahead of the diagnostics, with the new label', async () => {
        const arrived = await edit(TEXT.replace(LABEL[0], `step ${LABEL[1]} "renamed label"`));
        expect(arrived).toEqual(['model', 'diagnostics']);
        const step = lastModel().blueprints.flatMap(b => b.steps).find(s => s.id === LABEL[1]);
        expect(step?.label).toBe('renamed label');
    }, 60_000);

    test('a flow to an unknown step (a linking error) waits for validation and carries the error', async () => {
        const arrived = await edit(TEXT.replace(/\n}\s*$/, `\n    ${LABEL[1]} -> nowhere\n}\n`));
        expect(arrived).toEqual(['diagnostics', 'model']);
        expect(lastModel().firstError?.message).toMatch(/nowhere/);
    }, 60_000);

    test('back to the first text: the early push still carries the old error, validation puts the right one', async () => {
        const arrived = await edit(TEXT);
        expect(arrived).toEqual(['model', 'diagnostics', 'model']);
        const pushes = client.models.filter(m => m.uri === URI && m.version === version);
        expect(pushes[0].firstError?.message).toMatch(/nowhere/);
        const original = client.models.find(m => m.uri === URI && m.version === 1)!.firstError;
        expect(pushes[1].firstError).toEqual(original);
        expect(original?.message ?? '').not.toMatch(/nowhere/);
    }, 60_000);
});
