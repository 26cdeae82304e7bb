import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

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
        synchronize: {
            // Blueprints for cross-file references; config files for the rule severities.
            fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.blueprint,blueprint.config.json}')
        }
    };
    const client = new LanguageClient('blueprint', 'Service Blueprint', serverOptions, clientOptions);
    await client.start();
    return client;
}
