import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './client.js';
import { registerEditorCommands } from './editor-commands.js';
import { PreviewManager } from './preview/preview-manager.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const starting = startLanguageClient(context);
    // Registered before the client is up, so a preview restored after a reload finds its serializer;
    // the manager only registers commands and listeners here and creates panels on demand.
    context.subscriptions.push(new PreviewManager(context, starting));
    registerEditorCommands(context, starting);
    client = await starting;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
