import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { LanguageClient } from 'vscode-languageclient/node';
import { startLanguageClient } from './client.js';
import { registerAnalysisCommands } from './analysis-commands.js';
import { registerEditorCommands } from './editor-commands.js';
import { currentLocale } from './i18n.js';
import { useLogChannel } from './log.js';
import { PreviewManager } from './preview/preview-manager.js';
import { registerBlueprintTasks } from './tasks.js';

/** The one log of the extension and its language client. */
const LOG_CHANNEL_NAME = 'Service Blueprint';

let client: LanguageClient | undefined;

/** What the Markdown preview asks of an extension contributing `markdown.markdownItPlugins`. */
export interface BlueprintExtensionApi {
    extendMarkdownIt(md: MarkdownIt): MarkdownIt;
}

export async function activate(context: vscode.ExtensionContext): Promise<BlueprintExtensionApi> {
    const channel = vscode.window.createOutputChannel(LOG_CHANNEL_NAME, { log: true });
    context.subscriptions.push(channel);
    useLogChannel(channel);
    const starting = startLanguageClient(context, channel);
    // Registered before the client is up, so a preview restored after a reload finds its serializer;
    // the manager only registers commands and listeners here and creates panels on demand.
    context.subscriptions.push(new PreviewManager(context, starting));
    registerEditorCommands(context, starting);
    registerAnalysisCommands(context, starting);
    registerBlueprintTasks(context);
    client = await starting;
    return { extendMarkdownIt: md => markdownFences(context).blueprintFences(md, currentLocale) };
}

/**
 * The fence renderer carries the parser and renderer, so it is its own bundle,
 * loaded the first time a Markdown preview asks for it (activation stays light).
 */
function markdownFences(context: vscode.ExtensionContext): typeof import('../markdown/markdown-it-plugin.js') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(vscode.Uri.joinPath(context.extensionUri, 'dist', 'markdown.cjs').fsPath) as typeof import('../markdown/markdown-it-plugin.js');
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
