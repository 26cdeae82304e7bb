/**
 * One preview panel: its webview (HTML with a fresh nonce, tight resource
 * roots, no retained context), the document it shows, whether it is locked,
 * and the message exchange with the page. Which document to show is the
 * manager's decision; this class carries it out.
 */
import * as vscode from 'vscode';
import { log, logFailure } from '../log.js';
import { isFromWebview, type FromWebview, type ModelSnapshot, type PreviewState, type ToWebview, type ZoomAction } from '../../protocol.js';
import type { SourceRange } from '../../model/types.js';
import { findStep, initialView, reducePreview, type PreviewView } from '../../preview-state.js';
import { decodePngDataUrl } from './export-data.js';
import { buildPreviewHtml, createNonce } from './preview-html.js';
import { currentLocale, previewTexts, texts } from '../i18n.js';

export const PREVIEW_VIEW_TYPE = 'blueprint.preview';

/** A PNG from the page and the scale it was drawn at (below the asked one for a picture over the canvas limit). */
export interface RasterizedPng { bytes: Uint8Array; scale: number }

/** What a panel needs from the manager. */
export interface PreviewHost {
    readonly extensionUri: vscode.Uri;
    /** The current model of a document, from the language server. */
    fetchModel(uri: vscode.Uri): Promise<ModelSnapshot | null | undefined>;
    /** Messages the panel does not answer itself (reveal, export, toggleLock), already validated. */
    onMessage(preview: BlueprintPreview, message: FromWebview): void;
    onDispose(preview: BlueprintPreview): void;
    onActive(preview: BlueprintPreview): void;
}

const PNG_TIMEOUT_MS = 30_000;
/** How long a rasterization waits for a loading page to say `ready` before asking anyway. */
const READY_GRACE_MS = 5_000;

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')]
    };
}

export const fileNameOf = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();

export class BlueprintPreview implements vscode.Disposable {
    /** What the page shows, by the page's own rules: the manager exports `view.picture`. */
    private view: PreviewView = initialView();
    /** The page said `ready` and was not hidden since (hiding destroys a page without retained context). */
    private ready = false;
    private readonly whenReady: Array<() => void> = [];
    private readonly pngRequests = new Map<number, (result: { dataUrl: string; error?: string; scale?: number }) => void>();
    private nextRequestId = 1;
    private readonly disposables: vscode.Disposable[] = [];
    private disposed = false;

    constructor(
        readonly panel: vscode.WebviewPanel,
        private source: vscode.Uri,
        private isLocked: boolean,
        /** The editor column the preview came from: reveals open the source there. */
        public resourceColumn: vscode.ViewColumn | undefined,
        private readonly host: PreviewHost,
        restored?: PreviewState
    ) {
        panel.webview.options = webviewOptions(host.extensionUri);
        this.disposables.push(
            panel.webview.onDidReceiveMessage(message => this.onMessage(message)),
            panel.onDidChangeViewState(({ webviewPanel }) => {
                // Without retainContextWhenHidden a hidden page is gone; it says `ready` again when shown.
                if (!webviewPanel.visible) this.ready = false;
                if (webviewPanel.active) host.onActive(this);
            }),
            panel.onDidDispose(() => this.dispose())
        );
        this.view = reducePreview(this.view, this.sourceMessage());
        this.updateTitle();
        panel.webview.html = this.html(restored);
        logFailure(this.refresh(), 'preview: refresh');
    }

    get uri(): vscode.Uri { return this.source; }
    get locked(): boolean { return this.isLocked; }
    /** The snapshot on screen (the last good one while the document has errors). */
    get picture(): ModelSnapshot | undefined { return this.view.picture; }
    /** The newest snapshot: its ranges match the document's text. */
    get latest(): ModelSnapshot | undefined { return this.view.latest; }

    /** Shows another document (the same one again: just reloads its model). */
    setSource(uri: vscode.Uri, resourceColumn?: vscode.ViewColumn): void {
        if (resourceColumn !== undefined) this.resourceColumn = resourceColumn;
        if (uri.toString() !== this.source.toString()) {
            this.source = uri;
            this.sendSource();
            this.updateTitle();
        }
        logFailure(this.refresh(), 'preview: refresh');
    }

    /** Starts the document over (it was reopened, so its versions restart) and reloads its model. */
    reload(): void {
        this.sendSource();
        logFailure(this.refresh(), 'preview: refresh');
    }

    /**
     * The language changed: the title, and the page built again in the new
     * language (it says `ready` and gets the view replayed, zoom and scroll kept in its state).
     */
    relocalize(): void {
        this.updateTitle();
        this.ready = false;
        this.panel.webview.html = this.html(undefined);
    }

    toggleLock(): void {
        this.isLocked = !this.isLocked;
        this.sendSource();
        this.updateTitle();
    }

    acceptSnapshot(snapshot: ModelSnapshot): void {
        if (snapshot.uri !== this.source.toString()) return;
        this.post({ type: 'update', snapshot, fileName: fileNameOf(this.source) });
    }

    zoom(action: ZoomAction): void {
        this.post({ type: 'zoom', action });
    }

    /** Where a step's name is in the text, by the newest snapshot (undefined: no such step). */
    stepRange(stepId: string, blueprint?: string): SourceRange | undefined {
        return findStep(this.view, stepId, blueprint)?.nameRange;
    }

    highlight(stepIds: string[], scroll = false): void {
        this.post({ type: 'highlight', stepIds, ...(scroll ? { scroll } : {}) });
    }

    /** Asks the language server for the document's current model (on open, on switch, after a reload). */
    async refresh(): Promise<void> {
        const uri = this.source;
        try {
            const snapshot = await this.host.fetchModel(uri);
            if (snapshot && !this.disposed && uri.toString() === this.source.toString()) this.acceptSnapshot(snapshot);
        } catch (error) {
            log.error(`preview: cannot load the model of ${uri.toString()}`, error);
        }
    }

    /** Has the page rasterize standalone SVG text; resolves to PNG bytes and the scale they were drawn at. */
    async rasterize(svg: string, scale: number): Promise<RasterizedPng> {
        await this.pageReady();
        const requestId = this.nextRequestId++;
        const result = await new Promise<{ dataUrl: string; error?: string; scale?: number }>((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pngRequests.delete(requestId);
                reject(new Error(texts().previewTimedOut));
            }, PNG_TIMEOUT_MS);
            this.pngRequests.set(requestId, answer => {
                clearTimeout(timer);
                resolve(answer);
            });
            this.post({ type: 'requestPng', requestId, scale, svg });
        });
        const bytes = decodePngDataUrl(result.dataUrl);
        if (!bytes) throw new Error(result.error ?? texts().previewNoPng);
        return { bytes, scale: result.scale ?? scale };
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.host.onDispose(this);
        for (const answer of this.pngRequests.values()) answer({ dataUrl: '', error: texts().previewClosed });
        this.pngRequests.clear();
        this.panel.dispose();
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
    }

    private onMessage(message: unknown): void {
        if (!isFromWebview(message)) {
            log.warn('preview: ignored a malformed message from the webview');
            return;
        }
        switch (message.type) {
            case 'ready':
                this.ready = true;
                this.replay();
                for (const resolve of this.whenReady.splice(0)) resolve();
                return;
            case 'png':
                if (message.requestId !== undefined) this.pngRequests.get(message.requestId)?.(message);
                this.pngRequests.delete(message.requestId ?? -1);
                return;
            case 'error':
                log.error(`preview (webview): ${message.message}`);
                return;
            case 'reveal':
                if (message.uri !== this.source.toString()) return; // only the previewed document
                this.host.onMessage(this, message);
                return;
            default:
                this.host.onMessage(this, message);
        }
    }

    /**
     * Posts to the page, keeping `view` in step with what it shows. A page that
     * is not there (hidden, still loading) misses nothing: it says `ready` when
     * it is, and gets the whole view replayed.
     */
    private post(message: ToWebview): void {
        this.view = reducePreview(this.view, message);
        if (this.panel.visible) logFailure(this.panel.webview.postMessage(message), `preview: cannot post ${message.type}`);
    }

    /** Brings a (re)loaded page to what this preview shows: the good picture, then the newest snapshot and highlight. */
    private replay(): void {
        const { picture, latest, highlighted } = this.view;
        this.sendSource();
        for (const snapshot of new Set([picture, latest])) {
            if (snapshot) this.post({ type: 'update', snapshot, fileName: fileNameOf(this.source) });
        }
        if (highlighted.length > 0) this.highlight(highlighted);
    }

    private sendSource(): void {
        this.post(this.sourceMessage());
    }

    private sourceMessage(): ToWebview {
        return { type: 'source', uri: this.source.toString(), fileName: fileNameOf(this.source), locked: this.isLocked };
    }

    /**
     * Resolves once the page can answer: it said `ready`, or (visible, and
     * quiet for a while) it evidently survived being hidden. Shows a hidden panel.
     */
    private pageReady(): Promise<void> {
        if (this.ready) return Promise.resolve();
        if (!this.panel.visible) this.panel.reveal(undefined, true);
        return new Promise(resolve => {
            const timer = setTimeout(resolve, READY_GRACE_MS);
            this.whenReady.push(() => {
                clearTimeout(timer);
                resolve();
            });
        });
    }

    private updateTitle(): void {
        const name = fileNameOf(this.source);
        const text = texts();
        this.panel.title = this.isLocked ? text.previewTitleLocked(name) : text.previewTitle(name);
    }

    private html(restored: PreviewState | undefined): string {
        const webview = this.panel.webview;
        const dist = vscode.Uri.joinPath(this.host.extensionUri, 'dist');
        const state: PreviewState = { zoom: 0, scrollX: 0, scrollY: 0, ...restored, uri: this.source.toString(), locked: this.isLocked };
        return buildPreviewHtml({
            cspSource: webview.cspSource,
            scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
            styleUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.css')).toString(),
            nonce: createNonce(),
            state,
            fileName: fileNameOf(this.source),
            locale: currentLocale(),
            text: previewTexts()
        });
    }
}
