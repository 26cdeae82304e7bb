/**
 * The one typed protocol shared by the language server, the extension and the
 * preview webview: custom LSP messages (server ⇄ extension) and webview
 * messages (extension ⇄ webview). Plain data only; no vscode, no langium.
 */
import type { BlueprintModel, Classification, Position, SourceRange } from './model/types.js';

// ---- Language server ⇄ extension -------------------------------------------------

/** The first error of a document, shown as the preview's banner while the last good picture stays. */
export interface DocumentError { message: string; range: SourceRange }

export interface ModelSnapshot {
    uri: string;
    /** The document version the models were built from. */
    version: number;
    blueprints: BlueprintModel[];
    /** Set when the document has errors; `blueprints` then is the server's best effort. */
    firstError?: DocumentError;
}

/** Server → client, after each validated change of a blueprint document (debounced). */
export const ModelChangedNotification = 'blueprint/modelChanged';
export type ModelChangedParams = ModelSnapshot;

/**
 * Client → server: the documents the open previews show, sent whenever that
 * set changes. The server pushes models only for these, so typing in a file
 * nobody previews costs no model transfer.
 */
export const PreviewedDocumentsNotification = 'blueprint/previewedDocuments';
export interface PreviewedDocumentsParams { uris: string[] }

/** Client → server: the current model of a document (for a preview that opens on an unchanged file). */
export const ModelRequest = 'blueprint/model';
export interface ModelRequestParams { uri: string }
export type ModelRequestResult = ModelSnapshot | null;

/**
 * Client → server: what the language status item shows for the blueprint at
 * `position` (the cursor) in a document, or its first blueprint.
 */
export const BlueprintStatusRequest = 'blueprint/status';
export interface BlueprintStatusParams { uri: string; position?: Position }
export interface BlueprintStatus {
    name: string;
    title: string;
    classification: Classification;
    failPoints: number;
    waitPoints: number;
    /** How many blueprints the document holds. */
    blueprintCount: number;
}
export type BlueprintStatusResult = BlueprintStatus | null;

// ---- Extension ⇄ webview ----------------------------------------------------------

/** The theme kind is the renderer's (src/render/theme.ts); re-exported for older importers. */
export type { ThemeKind } from './render/theme.js';

export type ToWebview =
    /** Which document the preview shows and whether it is locked; resets the stale-version check. */
    | { type: 'source'; uri: string; fileName: string; locked: boolean }
    | { type: 'update'; snapshot: ModelSnapshot; fileName: string }
    /** `scroll`: the cursor moved there; bring the step into view when it is off-screen. */
    | { type: 'highlight'; stepIds: string[]; scroll?: boolean }
    /** Rasterize `svg` (standalone colours) at `scale` and answer with a `png` message carrying the same id. */
    | { type: 'requestPng'; requestId: number; scale: number; svg: string }
    | { type: 'zoom'; action: 'in' | 'out' | 'fit' | 'reset' };

export type ExportFormat = 'svg' | 'png' | 'copy-svg';

export type FromWebview =
    | { type: 'ready' }
    | { type: 'reveal'; uri: string; range: SourceRange }
    | { type: 'export'; format: ExportFormat }
    | { type: 'toggleLock' }
    /** `dataUrl` is a data:image/png;base64 URL; `error` says why there is none. */
    | { type: 'png'; requestId?: number; dataUrl: string; error?: string }
    | { type: 'error'; message: string };

/** What the webview persists with setState, so a reload restores the same view. */
export interface PreviewState {
    uri: string;
    locked: boolean;
    /** 1 = 100%; 0 = not chosen yet: fit the first picture. */
    zoom: number;
    scrollX: number;
    scrollY: number;
    /** The zoom last chosen for each document this preview showed (uri → zoom), so switching back restores it. */
    zoomByUri?: Record<string, number>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isPosition = (value: unknown): value is Position => isRecord(value) && isCount(value.line) && isCount(value.character);
export const isSourceRange = (value: unknown): value is SourceRange => isRecord(value) && isPosition(value.start) && isPosition(value.end);

/** Checks the shape of every message a webview posts: nothing from it is used before this says yes. */
export function isFromWebview(value: unknown): value is FromWebview {
    if (!isRecord(value)) return false;
    switch (value.type) {
        case 'ready':
        case 'toggleLock':
            return true;
        case 'reveal':
            return typeof value.uri === 'string' && isSourceRange(value.range);
        case 'export':
            return value.format === 'svg' || value.format === 'png' || value.format === 'copy-svg';
        case 'png':
            return typeof value.dataUrl === 'string' && (value.requestId === undefined || isCount(value.requestId))
                && (value.error === undefined || typeof value.error === 'string');
        case 'error':
            return typeof value.message === 'string';
        default:
            return false;
    }
}

/** Checks a persisted PreviewState (a serializer gets whatever the webview last stored, or nothing). */
export function isPreviewState(value: unknown): value is PreviewState {
    return isRecord(value) && typeof value.uri === 'string' && typeof value.locked === 'boolean'
        && [value.zoom, value.scrollX, value.scrollY].every(n => typeof n === 'number' && Number.isFinite(n))
        && (value.zoomByUri === undefined || (isRecord(value.zoomByUri)
            && Object.values(value.zoomByUri).every(n => typeof n === 'number' && Number.isFinite(n) && n > 0)));
}
