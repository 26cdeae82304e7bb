/**
 * Just enough of the `vscode` API for the preview manager, recording what the
 * extension does (panels, messages, editors shown, files written) so tests can
 * drive it without VS Code. Used through `vi.mock('vscode', …)`.
 */
import { URI, Utils } from 'vscode-uri';

type Listener<T> = (value: T) => unknown;

export class EventEmitter<T> {
    private listeners: Array<Listener<T>> = [];
    readonly event = (listener: Listener<T>) => {
        this.listeners.push(listener);
        return { dispose: () => { this.listeners = this.listeners.filter(l => l !== listener); } };
    };
    fire(value: T): void {
        for (const listener of [...this.listeners]) listener(value);
    }
}

export const Uri = Object.assign(URI, { joinPath: Utils.joinPath });
export type Uri = URI;

export enum ViewColumn { Active = -1, Beside = -2, One = 1, Two = 2, Three = 3 }
export enum TextEditorRevealType { Default = 0, InCenter = 1, InCenterIfOutsideViewport = 2, AtTop = 3 }

export class Position {
    constructor(readonly line: number, readonly character: number) {}
}
export class Range {
    readonly start: Position;
    readonly end: Position;
    constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
        this.start = new Position(startLine, startCharacter);
        this.end = new Position(endLine, endCharacter);
    }
}

export interface FakeDocument { uri: URI; languageId: string; validateRange(range: Range): Range }
export interface FakeEditor { document: FakeDocument; viewColumn: ViewColumn; selection: { active: Position }; revealed?: Range; revealRange(range: Range): void }

export class FakePanel {
    title: string;
    active = false;
    visible = true;
    disposed = false;
    readonly posted: Array<{ type: string; [key: string]: unknown }> = [];
    readonly received = new EventEmitter<unknown>();
    readonly disposeEmitter = new EventEmitter<void>();
    readonly viewState = new EventEmitter<{ webviewPanel: FakePanel }>();
    readonly webview = {
        options: {} as { enableScripts?: boolean; localResourceRoots?: URI[]; retainContextWhenHidden?: boolean },
        html: '',
        cspSource: 'https://fake.vscode-cdn.net',
        asWebviewUri: (uri: URI) => Uri.parse(`https://fake.vscode-cdn.net${uri.path}`),
        postMessage: async (message: { type: string }) => { this.posted.push(message); return true; },
        onDidReceiveMessage: this.received.event
    };
    readonly onDidDispose = this.disposeEmitter.event;
    readonly onDidChangeViewState = this.viewState.event;

    constructor(readonly viewType: string, title: string, public viewColumn: ViewColumn, readonly options: Record<string, unknown> = {}) {
        this.title = title;
    }

    reveal(column?: ViewColumn): void {
        if (column !== undefined) this.viewColumn = column;
        this.visible = true;
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.disposeEmitter.fire();
    }

    /** The page posts a message to the extension. */
    fromPage(message: unknown): void {
        this.received.fire(message);
    }

    messages(type: string) {
        return this.posted.filter(m => m.type === type);
    }
}

/** Everything the fake records; reset between tests. */
export const world = {
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    serializers: new Map<string, { deserializeWebviewPanel(panel: FakePanel, state: unknown): Promise<void> }>(),
    panels: [] as FakePanel[],
    activeEditor: undefined as FakeEditor | undefined,
    visibleEditors: [] as FakeEditor[],
    shown: [] as Array<{ uri: string; viewColumn: ViewColumn | undefined; selection: Range | undefined }>,
    written: new Map<string, Uint8Array>(),
    clipboard: '',
    saveDialogAnswer: undefined as URI | undefined,
    messages: [] as string[],
    /** The buttons of the last message that had some, and the one the fake user presses. */
    messageItems: [] as string[],
    messageAnswer: undefined as string | undefined,
    /** Commands run through executeCommand (not registered ones), with their arguments. */
    executed: [] as Array<{ id: string; args: unknown[] }>,
    activeEditorChanged: new EventEmitter<FakeEditor | undefined>(),
    selectionChanged: new EventEmitter<{ textEditor: FakeEditor }>(),
    /** Settings by full key, e.g. 'blueprint.preview.scrollWithCursor'. */
    settings: new Map<string, unknown>(),
    documentOpened: new EventEmitter<FakeDocument>(),
    configurationChanged: new EventEmitter<{ affectsConfiguration(section: string): boolean }>(),
    /** VS Code's display language (`vscode.env.language`) and the l10n bundle VS Code would load for it. */
    displayLanguage: 'en',
    l10nBundle: {} as Record<string, string>
};

/** Changes settings as the Settings editor would: stored, then the change event. */
export function changeSettings(values: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(values)) world.settings.set(key, value);
    world.configurationChanged.fire({ affectsConfiguration: section => Object.keys(values).some(key => key === section || key.startsWith(`${section}.`)) });
}

export function resetWorld(): void {
    world.commands.clear();
    world.serializers.clear();
    world.panels.length = 0;
    world.activeEditor = undefined;
    world.visibleEditors.length = 0;
    world.shown.length = 0;
    world.written.clear();
    world.clipboard = '';
    world.saveDialogAnswer = undefined;
    world.messages.length = 0;
    world.messageItems = [];
    world.messageAnswer = undefined;
    world.executed.length = 0;
    world.settings.clear();
    world.displayLanguage = 'en';
    world.l10nBundle = {};
}

export function fakeDocument(uri: string): FakeDocument {
    return { uri: Uri.parse(uri), languageId: uri.endsWith('.blueprint') ? 'blueprint' : 'plaintext', validateRange: range => range };
}

export function fakeEditor(uri: string, viewColumn = ViewColumn.One, line = 0, character = 0): FakeEditor {
    return {
        document: fakeDocument(uri),
        viewColumn,
        selection: { active: new Position(line, character) },
        revealRange(range) { this.revealed = range; }
    };
}

const disposable = { dispose: () => undefined };

export const window = {
    get activeTextEditor() { return world.activeEditor; },
    get visibleTextEditors() { return world.visibleEditors; },
    createWebviewPanel(viewType: string, title: string, show: { viewColumn: ViewColumn }, options?: Record<string, unknown>) {
        const panel = new FakePanel(viewType, title, show.viewColumn, options);
        world.panels.push(panel);
        return panel;
    },
    registerWebviewPanelSerializer(viewType: string, serializer: { deserializeWebviewPanel(panel: FakePanel, state: unknown): Promise<void> }) {
        world.serializers.set(viewType, serializer);
        return disposable;
    },
    onDidChangeActiveTextEditor: world.activeEditorChanged.event,
    onDidChangeTextEditorSelection: world.selectionChanged.event,
    async showTextDocument(document: FakeDocument, options: { viewColumn?: ViewColumn; selection?: Range }) {
        world.shown.push({ uri: document.uri.toString(), viewColumn: options.viewColumn, selection: options.selection });
        const editor = fakeEditor(document.uri.toString(), options.viewColumn);
        world.activeEditor = editor;
        return editor;
    },
    async showSaveDialog() { return world.saveDialogAnswer; },
    async showInformationMessage(message: string, ...items: string[]) {
        world.messages.push(message);
        if (items.length > 0) world.messageItems = items;
        return items.includes(world.messageAnswer ?? '') ? world.messageAnswer : undefined;
    },
    async showWarningMessage(message: string) { world.messages.push(message); return undefined; },
    async showErrorMessage(message: string) { world.messages.push(message); return undefined; },
    setStatusBarMessage(message: string) { world.messages.push(message); return disposable; }
};

export const workspace = {
    workspaceFolders: undefined,
    async openTextDocument(uri: URI) { return fakeDocument(uri.toString()); },
    onDidOpenTextDocument: world.documentOpened.event,
    onDidChangeConfiguration: world.configurationChanged.event,
    getConfiguration(section: string) {
        return { get: <T>(key: string, fallback?: T): T | undefined => (world.settings.has(`${section}.${key}`) ? world.settings.get(`${section}.${key}`) as T : fallback) };
    },
    fs: {
        async writeFile(uri: URI, bytes: Uint8Array) { world.written.set(uri.toString(), bytes); }
    }
};

export const commands = {
    registerCommand(id: string, run: (...args: unknown[]) => unknown) {
        world.commands.set(id, run);
        return { dispose: () => world.commands.delete(id) };
    },
    async executeCommand(id: string, ...args: unknown[]) {
        world.executed.push({ id, args });
        return world.commands.get(id)?.(...args);
    }
};

export const env = {
    clipboard: { async writeText(text: string) { world.clipboard = text; } },
    get language() { return world.displayLanguage; }
};

/** vscode.l10n.t as VS Code does it: the bundle's translation of the message (else the message), `{i}` → the i-th argument. */
export const l10n = {
    t(message: string, ...args: string[]): string {
        return (world.l10nBundle[message] ?? message).replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? `{${i}}`);
    }
};
