import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './client.js';
import { useLogChannel } from './log.js';
import { PreviewManager } from './preview/preview-manager.js';

/** The one log of the extension and its language client. */
const LOG_CHANNEL_NAME = 'Service Blueprint';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const channel = vscode.window.createOutputChannel(LOG_CHANNEL_NAME, { log: true });
    context.subscriptions.push(channel);
    useLogChannel(channel);
    const starting = startLanguageClient(context, channel);
    // Registered before the client is up, so a preview restored after a reload finds its serializer;
    // the manager only registers commands and listeners here and creates panels on demand.
    context.subscriptions.push(new PreviewManager(context, starting));
    client = await starting;
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
