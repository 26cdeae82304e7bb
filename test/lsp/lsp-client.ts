import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import { ModelChangedNotification, type ModelChangedParams } from '../../src/protocol.js';

/** The bundled server file, the one VS Code runs (built by test/global-setup.ts before the tests). */
export const SERVER = 'dist/server.cjs';

export interface TestClient {
    connection: MessageConnection;
    diagnostics: PublishDiagnosticsParams[];
    models: ModelChangedParams[];
    /** How many times the server asked the client to refresh its code lenses. */
    lensRefreshes: number;
    /** Both kinds of notification in the order they arrived. */
    arrivals: Array<{ kind: 'diagnostics' | 'model'; uri: string; version?: number }>;
    stop(): Promise<void>;
}

/** Starts the server over stdio and initializes it; `settings` answers workspace/configuration. */
/** A server over stdio; `locale` is the client's display language sent in `initialize`. */
export async function startServer(settings?: Record<string, unknown>, locale?: string): Promise<TestClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
    const server: ChildProcess = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const client: TestClient = {
        connection,
        diagnostics: [],
        models: [],
        lensRefreshes: 0,
        arrivals: [],
        async stop() {
            await connection.sendRequest('shutdown').catch(() => undefined);
            await connection.sendNotification('exit').catch(() => undefined);
            connection.dispose();
            server.kill();
        }
    };
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        client.diagnostics.push(params);
        client.arrivals.push({ kind: 'diagnostics', uri: params.uri, version: params.version });
    });
    connection.onNotification(ModelChangedNotification, (params: ModelChangedParams) => {
        client.models.push(params);
        client.arrivals.push({ kind: 'model', uri: params.uri, version: params.version });
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
        params.items.map(item => (item.section === 'blueprint' ? settings : undefined) ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => { client.lensRefreshes++; return null; });
    connection.listen();
    const capabilities = settings ? { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, codeLens: { refreshSupport: true } } } : {};
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null, locale });
    await connection.sendNotification('initialized', {});
    return client;
}

/** Resolves with the first item from index `from` on that matches, polling; rejects after the timeout. */
export function waitFor<T>(list: T[], predicate: (item: T) => boolean, what: string, from = 0, timeoutMs = 15_000): Promise<T> {
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
