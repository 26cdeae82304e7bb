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

test('a blueprint.config.json above the document sets severities, and a change to it applies live', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { pathToFileURL } = await import('node:url');
    const root = mkdtempSync(join(tmpdir(), 'blueprint-project-'));
    mkdirSync(join(root, 'processes'));
    const config = join(root, 'blueprint.config.json');
    writeFileSync(config, '{ "rules": { "BP102": "off" } }');
    const file = join(root, 'processes', 'p.blueprint');
    writeFileSync(file, TEXT);
    const uri = pathToFileURL(file).toString();
    const project = await startServer();
    try {
        await project.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'blueprint', version: 1, text: TEXT } });
        const first = await waitFor(project.diagnostics, d => d.uri === uri, 'diagnostics');
        expect(first.diagnostics.map(d => d.code)).toContain('BP101');
        expect(first.diagnostics.map(d => d.code)).not.toContain('BP102');

        writeFileSync(config, '{ "rules": { "BP102": "error" } }');
        const before = project.diagnostics.length;
        await project.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).toString(), type: 2 }] });
        const next = await waitFor(project.diagnostics, d => d.uri === uri && d.diagnostics.some(x => x.code === 'BP102'), 'diagnostics after the config change', before);
        expect(next.diagnostics.find(d => d.code === 'BP102')!.severity).toBe(1);
    } finally {
        await project.stop();
    }
});

test('the client\'s display language sets the server\'s, and blueprint.language overrides it live', async () => {
    const uri = 'file:///virtual/language.blueprint';
    const zh = await startServer({}, 'zh-CN');
    try {
        await zh.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'blueprint', version: 1, text: TEXT } });
        const first = await waitFor(zh.diagnostics, d => d.uri === uri && d.diagnostics.some(x => x.code === 'BP102'), 'diagnostics');
        expect(first.diagnostics.find(d => d.code === 'BP102')!.message).toContain('失误点没有补救措施');

        const before = zh.diagnostics.length;
        await zh.connection.sendNotification('workspace/didChangeConfiguration', { settings: { blueprint: { language: 'en' } } });
        const english = await waitFor(zh.diagnostics, d => d.uri === uri, 'diagnostics after blueprint.language en', before);
        expect(english.diagnostics.find(d => d.code === 'BP102')!.message).toContain('has no recovery');
        // Code lenses are text too: the client is asked to fetch them again, in the new language.
        await waitFor([zh], c => c.lensRefreshes >= 1, 'a code lens refresh after the language change');
        const refreshes = zh.lensRefreshes;
        await zh.connection.sendNotification('workspace/didChangeConfiguration', { settings: { blueprint: { language: 'en', rules: {} } } });
        await new Promise(resolve => setTimeout(resolve, 300));
        expect(zh.lensRefreshes, 'no refresh when the language stays').toBe(refreshes);

        const again = zh.diagnostics.length;
        await zh.connection.sendNotification('workspace/didChangeConfiguration', { settings: { blueprint: { language: 'auto' } } });
        const auto = await waitFor(zh.diagnostics, d => d.uri === uri, 'diagnostics after blueprint.language auto', again);
        expect(auto.diagnostics.find(d => d.code === 'BP102')!.message).toContain('失误点没有补救措施');
    } finally {
        await zh.stop();
    }
});
