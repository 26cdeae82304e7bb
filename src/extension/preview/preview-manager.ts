/**
 * The preview manager: the commands, the serializer that restores previews
 * after a reload, and the wiring between editors, the language server's
 * model notifications and the preview panels.
 *
 * At most one preview is unlocked; it follows the active blueprint editor.
 * A locked preview stays on its document. Nothing is created until a
 * command (or a restore) asks for a panel.
 */
import * as vscode from 'vscode';
import { logFailure } from '../log.js';
import {
    isPreviewState, ModelChangedNotification, ModelRequest, PreviewedDocumentsNotification,
    type ExportFormat, type FromWebview, type ModelRequestParams, type ModelRequestResult, type ModelSnapshot,
    type PreviewedDocumentsParams
} from '../../protocol.js';
import type { SourceRange } from '../../model/types.js';
import { stepIdsAt } from '../../preview-state.js';
import { exportPicture } from './export.js';
import { BlueprintPreview, PREVIEW_VIEW_TYPE, type PreviewHost } from './preview-panel.js';

/** The part of the LanguageClient the previews use. */
export interface ModelClient {
    sendRequest(method: typeof ModelRequest, params: ModelRequestParams): Promise<ModelRequestResult>;
    sendNotification(method: typeof PreviewedDocumentsNotification, params: PreviewedDocumentsParams): Promise<void>;
    onNotification(method: typeof ModelChangedNotification, handler: (snapshot: ModelSnapshot) => void): vscode.Disposable;
}

/** The `blueprint.preview.scrollWithCursor` setting (default on). */
const scrollWithCursor = (): boolean => vscode.workspace.getConfiguration('blueprint.preview').get<boolean>('scrollWithCursor', true);

const isBlueprint = (document: vscode.TextDocument | undefined): document is vscode.TextDocument => document?.languageId === 'blueprint';
const sameUri = (a: vscode.Uri, b: vscode.Uri | string): boolean => a.toString() === b.toString();

export class PreviewManager implements vscode.WebviewPanelSerializer, PreviewHost, vscode.Disposable {
    private readonly previews = new Set<BlueprintPreview>();
    /** The preview that was focused last. */
    private lastActive: BlueprintPreview | undefined;
    /** The blueprint editor that was active last (a focused preview has no active text editor). */
    private lastEditor: vscode.TextEditor | undefined;
    private readonly disposables: vscode.Disposable[] = [];
    readonly extensionUri: vscode.Uri;

    constructor(context: vscode.ExtensionContext, private readonly client: Promise<ModelClient>) {
        this.extensionUri = context.extensionUri;
        const command = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
        this.disposables.push(
            command('blueprint.showPreview', uri => this.showPreview(uri, false)),
            command('blueprint.showPreviewToSide', uri => this.showPreview(uri, true)),
            command('blueprint.togglePreviewLock', () => this.toggleLock()),
            // The export commands take an optional target file (for scripts and tests; no dialog then).
            command('blueprint.exportSvg', target => this.export('svg', this.target(true), target)),
            command('blueprint.exportPng', target => this.export('png', this.target(true), target)),
            command('blueprint.copySvg', () => this.export('copy-svg', this.target(true))),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
            vscode.window.onDidChangeActiveTextEditor(editor => this.followEditor(editor)),
            vscode.window.onDidChangeTextEditorSelection(event => this.highlightAt(event.textEditor, scrollWithCursor())),
            vscode.workspace.onDidOpenTextDocument(document => this.reopened(document))
        );
        client.then(
            c => this.disposables.push(c.onNotification(ModelChangedNotification, snapshot => this.modelChanged(snapshot))),
            () => { /* the client failed to start: activation reports it */ }
        );
    }

    dispose(): void {
        for (const preview of [...this.previews]) preview.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    // ---- commands ----------------------------------------------------------------

    showPreview(uriArgument: unknown, toSide: boolean): void {
        const editor = vscode.window.activeTextEditor;
        // A code lens passes the uri as a string (an LSP command's arguments are JSON).
        const given = typeof uriArgument === 'string' ? vscode.Uri.parse(uriArgument) : uriArgument;
        const uri = given instanceof vscode.Uri ? given : isBlueprint(editor?.document) ? editor.document.uri : undefined;
        if (!uri) {
            logFailure(vscode.window.showInformationMessage('Open a .blueprint file to preview it.'), 'preview: message');
            return;
        }
        const resourceColumn = editor && sameUri(editor.document.uri, uri) ? editor.viewColumn : undefined;
        const previewColumn = toSide ? vscode.ViewColumn.Beside : resourceColumn ?? vscode.ViewColumn.Active;
        const existing = [...this.previews].find(p => sameUri(p.uri, uri)) ?? [...this.previews].find(p => !p.locked);
        if (existing) {
            existing.setSource(uri, resourceColumn);
            existing.panel.reveal(existing.panel.viewColumn, toSide);
            return;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: previewColumn, preserveFocus: toSide });
        this.lastActive = this.track(new BlueprintPreview(panel, uri, false, resourceColumn, this));
    }

    toggleLock(): void {
        const preview = this.target();
        if (!preview) return;
        preview.toggleLock();
        if (preview.locked) return;
        // One unlocked preview at a time: the one just unlocked replaces any other.
        for (const other of this.previews) {
            if (other !== preview && !other.locked) other.dispose();
        }
        // Unlocked, it follows the editor at once, not only when the editor changes next.
        const editor = vscode.window.activeTextEditor ?? this.lastEditor;
        if (editor && isBlueprint(editor.document) && !editor.document.isClosed && !sameUri(preview.uri, editor.document.uri)) {
            preview.setSource(editor.document.uri, editor.viewColumn);
            this.highlightAt(editor);
        }
    }

    async export(format: ExportFormat, preview: BlueprintPreview | undefined, targetArgument?: unknown): Promise<void> {
        const target = targetArgument instanceof vscode.Uri ? targetArgument : undefined;
        if (preview) {
            // Right after opening, the model may still be on its way.
            if (!preview.picture) await preview.refresh();
            await exportPicture(format, { uri: preview.uri, snapshot: preview.picture, rasterize: (svg, scale) => preview.rasterize(svg, scale) }, target);
            return;
        }
        const document = vscode.window.activeTextEditor?.document;
        if (!isBlueprint(document)) {
            logFailure(vscode.window.showInformationMessage('Open a .blueprint file or its preview to export it.'), 'export: message');
            return;
        }
        const snapshot = (await this.fetchModel(document.uri)) ?? undefined;
        await exportPicture(format, {
            uri: document.uri,
            snapshot,
            // PNG needs a browser: open the preview beside the editor and rasterize there.
            rasterize: async (svg, scale) => {
                this.showPreview(document.uri, true);
                const opened = [...this.previews].find(p => sameUri(p.uri, document.uri));
                if (!opened) throw new Error('the preview did not open');
                return opened.rasterize(svg, scale);
            }
        }, target);
    }

    // ---- WebviewPanelSerializer ----------------------------------------------------

    deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        if (!isPreviewState(state) || !state.uri) {
            panel.dispose(); // nothing says which document it showed
            return Promise.resolve();
        }
        const uri = vscode.Uri.parse(state.uri, true);
        if (!state.locked) {
            for (const other of this.previews) if (!other.locked) other.dispose();
        }
        this.track(new BlueprintPreview(panel, uri, state.locked, undefined, this, state));
        return Promise.resolve();
    }

    // ---- PreviewHost ------------------------------------------------------------------

    async fetchModel(uri: vscode.Uri): Promise<ModelSnapshot | null> {
        // Opening makes the language client sync the document, so the server knows it even when no editor shows it.
        await vscode.workspace.openTextDocument(uri);
        // A preview being created asks before it is tracked: its document counts already.
        await this.syncPreviewed(uri);
        return (await this.client).sendRequest(ModelRequest, { uri: uri.toString() });
    }

    private previewedSent = '';

    /** Tells the server which documents to push models for, when that set changed. */
    private async syncPreviewed(extra?: vscode.Uri): Promise<void> {
        const uris = [...new Set([...this.previews].map(p => p.uri.toString()).concat(extra ? [extra.toString()] : []))].sort();
        const key = uris.join('\n');
        if (key === this.previewedSent) return;
        this.previewedSent = key;
        await (await this.client).sendNotification(PreviewedDocumentsNotification, { uris });
    }

    onMessage(preview: BlueprintPreview, message: FromWebview): void {
        switch (message.type) {
            case 'reveal':
                logFailure(this.revealSource(preview, message.range), 'preview: reveal the source');
                return;
            case 'export':
                logFailure(this.export(message.format, preview), `export ${message.format}`);
                return;
            case 'toggleLock':
                this.lastActive = preview;
                this.toggleLock();
                return;
        }
    }

    onDispose(preview: BlueprintPreview): void {
        this.previews.delete(preview);
        logFailure(this.syncPreviewed(), 'preview: tell the server the previewed documents');
        if (this.lastActive === preview) this.lastActive = undefined;
    }

    onActive(preview: BlueprintPreview): void {
        this.lastActive = preview;
    }

    // ---- editors ⇄ previews ----------------------------------------------------------

    private track(preview: BlueprintPreview): BlueprintPreview {
        this.previews.add(preview);
        return preview;
    }

    /**
     * The preview a command acts on: the focused one, else the one of the
     * active editor, else the last focused. With `editorFirst`, an active
     * blueprint editor without a preview wins over the last focused preview
     * (undefined: act on the editor's document).
     */
    private target(editorFirst = false): BlueprintPreview | undefined {
        const previews = [...this.previews];
        const focused = previews.find(p => p.panel.active);
        if (focused) return focused;
        const document = vscode.window.activeTextEditor?.document;
        if (document) {
            const own = previews.find(p => sameUri(p.uri, document.uri) && !p.locked) ?? previews.find(p => sameUri(p.uri, document.uri));
            if (own) return own;
            if (editorFirst && isBlueprint(document)) return undefined;
        }
        return this.lastActive;
    }

    private followEditor(editor: vscode.TextEditor | undefined): void {
        if (!editor || !isBlueprint(editor.document)) return;
        this.lastEditor = editor;
        for (const preview of this.previews) {
            if (!preview.locked && !sameUri(preview.uri, editor.document.uri)) preview.setSource(editor.document.uri, editor.viewColumn);
            else if (sameUri(preview.uri, editor.document.uri)) preview.resourceColumn = editor.viewColumn ?? preview.resourceColumn;
        }
        this.highlightAt(editor);
    }

    private highlightAt(editor: vscode.TextEditor, scroll = false): void {
        const { line, character } = editor.selection.active;
        for (const preview of this.previews) {
            if (sameUri(preview.uri, editor.document.uri)) preview.highlight(stepIdsAt(preview.latest, line, character), scroll);
        }
    }

    private modelChanged(snapshot: ModelSnapshot): void {
        let shown = false;
        for (const preview of this.previews) {
            if (!sameUri(preview.uri, snapshot.uri)) continue;
            preview.acceptSnapshot(snapshot);
            shown = true;
        }
        // The steps moved with the edit: highlight again what is under the cursor now.
        const editor = vscode.window.activeTextEditor;
        if (shown && editor && sameUri(editor.document.uri, snapshot.uri)) this.highlightAt(editor);
    }

    /** A document opened again starts its versions again: the previews on it reset and reload. */
    private reopened(document: vscode.TextDocument): void {
        if (!isBlueprint(document)) return;
        for (const preview of this.previews) {
            if (sameUri(preview.uri, document.uri)) preview.reload();
        }
    }

    /** Selects the step's name in an editor on the previewed document: a visible one, else one in the preview's source column. */
    private async revealSource(preview: BlueprintPreview, range: SourceRange): Promise<void> {
        const uri = preview.uri;
        const visible = vscode.window.visibleTextEditors.find(e => sameUri(e.document.uri, uri));
        const document = visible?.document ?? await vscode.workspace.openTextDocument(uri);
        const selection = document.validateRange(new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
        const editor = await vscode.window.showTextDocument(document, {
            viewColumn: visible?.viewColumn ?? preview.resourceColumn ?? vscode.ViewColumn.One,
            selection,
            preserveFocus: false
        });
        editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}
