/**
 * One bundled language server (dist/server.cjs) over stdio, as an editor drives it: open,
 * incremental and full changes, requests; it records published diagnostics by version,
 * error log messages, and whether the process exited.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams, ServerCapabilities, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';

const REPO_ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** The bundle VS Code runs (scripts/build.mjs); FUZZ_SERVER points a long run at a copy, so a rebuild meanwhile cannot disturb it. */
export const SERVER = process.env.FUZZ_SERVER ?? join(REPO_ROOT, 'dist', 'server.cjs');

/** JSON-RPC's internal error: an exception escaped a request handler. */
export const INTERNAL_ERROR = -32603;

export interface RequestOutcome<T> { result?: T; error?: { code: number; message: string } }

export class ServerSession {
    readonly connection: MessageConnection;
    capabilities: ServerCapabilities = {};
    /** Set when the process ended on its own (a crash). */
    exited: string | undefined;
    /** window/logMessage of type Error, and stderr: the server logging a failure it caught. */
    readonly errorLogs: string[] = [];
    private readonly published = new Map<string, PublishDiagnosticsParams[]>();
    private readonly waiters = new Set<() => void>();
    private readonly process: ChildProcess;
    private stopping = false;

    private constructor() {
        if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build first`);
        this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const { stdin, stdout, stderr } = this.process;
        if (!stdin || !stdout || !stderr) throw new Error('the server has no stdio');
        stderr.setEncoding('utf8');
        stderr.on('data', (chunk: string) => { if (chunk.trim()) this.errorLogs.push(`stderr: ${chunk.trim()}`); });
        this.process.on('exit', (code, signal) => {
            if (!this.stopping) this.exited = `the server exited (${code ?? signal})`;
            this.notify();
        });
        this.connection = createMessageConnection(new StreamMessageReader(stdout), new StreamMessageWriter(stdin));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            const list = this.published.get(params.uri) ?? [];
            list.push(params);
            this.published.set(params.uri, list);
            this.notify();
        });
        this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
            if (params.type === 1) this.errorLogs.push(params.message);
        });
        this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onError(() => undefined);
        this.connection.listen();
    }

    static async start(): Promise<ServerSession> {
        const session = new ServerSession();
        const result = await session.connection.sendRequest<InitializeResult>('initialize', {
            processId: process.pid, rootUri: null, workspaceFolders: null,
            capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } }
        });
        session.capabilities = result.capabilities;
        await session.connection.sendNotification('initialized', {});
        return session;
    }

    private notify(): void {
        for (const waiter of this.waiters) waiter();
    }

    /** A request's result or its error; a crash or a request unanswered after `timeoutMs` rejects. */
    async request<T>(method: string, params: unknown, timeoutMs = 30_000): Promise<RequestOutcome<T>> {
        if (this.exited) throw new Error(this.exited);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${method} unanswered after ${timeoutMs} ms`)), timeoutMs); });
        try {
            const result = await Promise.race([this.connection.sendRequest<T>(method, params), timeout]);
            return { result };
        } catch (error) {
            if (error instanceof ResponseError) return { error: { code: error.code, message: error.message } };
            throw error;
        } finally {
            clearTimeout(timer);
        }
    }

    async open(uri: string, text: string, version: number): Promise<void> {
        if (process.env.FUZZ_TRACE) process.stderr.write(`${JSON.stringify({ version, contentChanges: [{ text }] })}\n`);
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'blueprint', version, text } });
    }

    async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
        if (process.env.FUZZ_TRACE) process.stderr.write(`${JSON.stringify({ version, contentChanges })}\n`);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    }

    async close(uri: string): Promise<void> {
        await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        this.published.delete(uri);
    }

    /** The diagnostics published for `version` of `uri`; rejects after `timeoutMs` or when the server exits. */
    diagnostics(uri: string, version: number, timeoutMs: number): Promise<Diagnostic[]> {
        return new Promise((resolve, reject) => {
            const check = () => {
                const found = this.published.get(uri)?.find(p => p.version === version);
                if (found || this.exited) {
                    this.waiters.delete(check);
                    clearTimeout(timer);
                    if (found) resolve(found.diagnostics);
                    else reject(new Error(this.exited));
                }
            };
            const timer = setTimeout(() => { this.waiters.delete(check); reject(new Error(`no diagnostics for version ${version} after ${timeoutMs} ms`)); }, timeoutMs);
            this.waiters.add(check);
            check();
        });
    }

    async stop(): Promise<void> {
        this.stopping = true;
        if (!this.exited) {
            await Promise.race([this.connection.sendRequest('shutdown').catch(() => undefined), new Promise(resolve => setTimeout(resolve, 2_000))]);
            await this.connection.sendNotification('exit').catch(() => undefined);
        }
        this.connection.dispose();
        this.process.kill();
    }
}
