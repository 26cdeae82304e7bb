import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LensCommandIds } from './lens-command-ids.js';

/**
 * Starts the bundled language server (dist/server.cjs) over IPC. The client
 * logs to the extension's channel; `blueprint.trace.server` sets how much of
 * the traffic it traces there (the client reads `<id>.trace.server`).
 */
export async function startLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): Promise<LanguageClient> {
    const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.cjs').fsPath;
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'blueprint' }],
        outputChannel,
        middleware: { provideCodeLenses: async (document, token, next) => withStableCommands(document, await next(document, token)) },
        synchronize: {
            // Blueprints for cross-file references; config files for the rule severities.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.blueprint,blueprint.config.json}')
        }
    };
    context.subscriptions.push(lensIds, vscode.workspace.onDidCloseTextDocument(document => lensIds.release(document.uri.toString())));
    const client = new LanguageClient('blueprint', 'Service Blueprint', serverOptions, clientOptions);
    await client.start();
    return client;
}

/** Lens commands without arguments (see lens-command-ids.ts: a click on a lens drawn before a refresh must still run). */
const lensIds = new LensCommandIds('blueprint.lens.', (id, call) =>
    vscode.commands.registerCommand(id, () => vscode.commands.executeCommand(call.command, ...call.arguments)));

function withStableCommands(document: vscode.TextDocument, lenses: vscode.CodeLens[] | null | undefined): vscode.CodeLens[] | null | undefined {
    if (!lenses) return lenses;
    const calls = lenses.flatMap(lens => {
        const command = lens.command;
        return command?.command && command.arguments?.length ? [{ lens, command, call: { command: command.command, arguments: command.arguments } }] : [];
    });
    const ids = lensIds.answer(document.uri.toString(), calls.map(({ call }) => call));
    calls.forEach(({ lens, command }, i) => {
        lens.command = { title: command.title, tooltip: command.tooltip, command: ids[i] };
    });
    return lenses;
}
