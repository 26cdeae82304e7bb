import * as vscode from 'vscode';
import { logFailure } from './log.js';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BlueprintStatusRequest, type BlueprintStatusResult } from '../protocol.js';
import { registerShowPoints } from './show-locations.js';
import { CLASSIFICATION_CHOICES, starterBlueprint, type StarterClassification, type TakenNames } from './starter-blueprint.js';

/** User-facing strings of the editor commands and the language status item. */
const TEXT = {
    newBlueprintTitle: 'New Blueprint',
    conflicts: 'conflicts with customized divergence (BP202)',
    statusName: 'Service Blueprint',
    statusNone: 'no blueprint',
    statusDetail: (s: NonNullable<BlueprintStatusResult>) => `${s.failPoints} fail point${s.failPoints === 1 ? '' : 's'} · ${s.waitPoints} wait point${s.waitPoints === 1 ? '' : 's'}`,
    statusText: (s: NonNullable<BlueprintStatusResult>) => {
        const c = s.classification;
        return `$(symbol-class) ${[c.divergence, c.object, c.contact, c.approach].map(v => v ?? '?').join(' · ')}`;
    },
    restarted: 'Blueprint language server restarted.'
};

export const EDITOR_COMMANDS = { newBlueprint: 'blueprint.newBlueprint', restart: 'blueprint.restartLanguageServer' } as const;

export function registerEditorCommands(context: vscode.ExtensionContext, client: Promise<LanguageClient>): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(EDITOR_COMMANDS.newBlueprint, () => newBlueprint()),
        vscode.commands.registerCommand(EDITOR_COMMANDS.restart, async () => {
            await (await client).restart();
            void vscode.window.setStatusBarMessage(TEXT.restarted, 3000);
        }),
        registerShowPoints(client),
        new BlueprintStatusItem(client)
    );
}

type Key = keyof StarterClassification;

/** Asks the four classification questions in turn; undefined when the user escapes one. */
async function askClassification(): Promise<StarterClassification | undefined> {
    const chosen: Partial<StarterClassification> = {};
    const keys: Key[] = ['divergence', 'object', 'contact', 'approach'];
    for (const [step, key] of keys.entries()) {
        const choice = CLASSIFICATION_CHOICES[key];
        const items = Object.entries(choice.options).map(([label, detail]) => ({
            label,
            detail,
            description: key === 'approach' && label === 'production-line' && chosen.divergence === 'customized' ? TEXT.conflicts : undefined
        }));
        const picked = await vscode.window.showQuickPick(items, {
            title: `${TEXT.newBlueprintTitle} (${step + 1}/${keys.length})`, placeHolder: choice.prompt, matchOnDetail: true, ignoreFocusOut: true
        });
        if (!picked) return undefined;
        (chosen as Record<Key, string>)[key] = picked.label;
    }
    return chosen as StarterClassification;
}

async function newBlueprint(): Promise<void> {
    const classification = await askClassification();
    if (!classification) return;
    const content = starterBlueprint(classification, await workspaceDeclarations());
    const document = await vscode.workspace.openTextDocument({ language: 'blueprint', content });
    await vscode.window.showTextDocument(document);
}

const TOP_LEVEL = /^[ \t]*(actor|system|blueprint)[ \t]+([^\s"'{]+)/gm;

/** The workspace's top-level names (they are shared by every file), read from its .blueprint files. */
async function workspaceDeclarations(): Promise<TakenNames> {
    const taken = new Map<string, 'actor' | 'system' | 'blueprint'>();
    const files = await vscode.workspace.findFiles('**/*.blueprint', '**/node_modules/**', 5000);
    const decoder = new TextDecoder();
    for (const file of files) {
        const text = decoder.decode(await vscode.workspace.fs.readFile(file));
        for (const [, kind, name] of text.matchAll(TOP_LEVEL)) if (!taken.has(name)) taken.set(name, kind as 'actor' | 'system' | 'blueprint');
    }
    return taken;
}

/** The classification and fail points of the blueprint at the cursor, beside the language mode. */
class BlueprintStatusItem implements vscode.Disposable {
    private readonly item = vscode.languages.createLanguageStatusItem('blueprint.status', { language: 'blueprint' });
    private readonly subscriptions: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly client: Promise<LanguageClient>) {
        this.item.name = TEXT.statusName;
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(() => this.schedule()),
            vscode.window.onDidChangeTextEditorSelection(() => this.schedule()),
            vscode.workspace.onDidChangeTextDocument(event => event.document === vscode.window.activeTextEditor?.document && this.schedule())
        );
        this.schedule();
    }

    /** Typing and moving the cursor come in bursts; one request after they settle. */
    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => logFailure(this.update(), 'language status: update'), 300);
    }

    private async update(): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.languageId !== 'blueprint') return;
        const status = await (await this.client).sendRequest(BlueprintStatusRequest, {
            uri: editor.document.uri.toString(), position: editor.selection.active
        }).then(result => result, () => null);
        this.item.text = status ? TEXT.statusText(status) : TEXT.statusNone;
        this.item.detail = status ? TEXT.statusDetail(status) : undefined;
        this.item.severity = status && status.failPoints > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
        this.item.command = status ? { title: 'Preview', command: 'blueprint.showPreviewToSide', arguments: [editor.document.uri] } : undefined;
    }

    dispose(): void {
        clearTimeout(this.timer);
        for (const subscription of this.subscriptions) subscription.dispose();
        this.item.dispose();
    }
}
