/**
 * The one typed protocol shared by the language server, the extension and the
 * preview webview: custom LSP messages (server ⇄ extension) and webview
 * messages (extension ⇄ webview). Plain data only; no vscode, no langium.
 * The message types come from vscode-jsonrpc's platform-neutral entry (what
 * the client and server use), so this module stays loadable in the webview.
 */
import { NotificationType, RequestType } from 'vscode-jsonrpc';
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

export type ModelChangedParams = ModelSnapshot;
/** Server → client, after each validated change of a previewed blueprint document (debounced). */
export const ModelChangedNotification = /* @__PURE__ */ new NotificationType<ModelChangedParams>('blueprint/modelChanged');

/**
 * Client → server: the documents the open previews show, sent whenever that
 * set changes. The server pushes models only for these, so typing in a file
 * nobody previews costs no model transfer.
 */
export interface PreviewedDocumentsParams { uris: string[] }
export const PreviewedDocumentsNotification = /* @__PURE__ */ new NotificationType<PreviewedDocumentsParams>('blueprint/previewedDocuments');

export interface ModelRequestParams { uri: string }
export type ModelRequestResult = ModelSnapshot | null;
/** Client → server: the current model of a document (for a preview that opens on an unchanged file). */
export const ModelRequest = /* @__PURE__ */ new RequestType<ModelRequestParams, ModelRequestResult, void>('blueprint/model');

/**
 * Client → server: what the language status item shows for the blueprint at
 * `position` (the cursor) in a document, or its first blueprint.
 */
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
export const BlueprintStatusRequest = /* @__PURE__ */ new RequestType<BlueprintStatusParams, BlueprintStatusResult, void>('blueprint/status');

// ---- Extension ⇄ webview ----------------------------------------------------------

/**
 * The fail or wait points of one blueprint, asked when its code lens is clicked: the lens names
 * the blueprint rather than carrying positions, which an edit above it would make stale.
 */
export type PointKind = 'fail' | 'wait';
export interface PointLocationsParams { uri: string; blueprint: string; kind: PointKind }
export interface PointLocations { at: Position; locations: Array<{ uri: string; range: SourceRange }> }
export type PointLocationsResult = PointLocations | null;
export const PointLocationsRequest = /* @__PURE__ */ new RequestType<PointLocationsParams, PointLocationsResult, void>('blueprint/pointLocations');

/** The theme kind is the renderer's (src/render/theme.ts); re-exported for older importers. */
export type { ThemeKind } from './render/theme.js';

export type ZoomAction = 'in' | 'out' | 'fit' | 'reset';

export type ToWebview =
    /** Which document the preview shows and whether it is locked; resets the stale-version check. */
    | { type: 'source'; uri: string; fileName: string; locked: boolean }
    | { type: 'update'; snapshot: ModelSnapshot; fileName: string }
    /** `scroll`: the cursor moved there; bring the step into view when it is off-screen. */
    | { type: 'highlight'; stepIds: string[]; scroll?: boolean }
    /** Rasterize `svg` (standalone colours) at `scale` and answer with a `png` message carrying the same id. */
    | { type: 'requestPng'; requestId: number; scale: number; svg: string }
    | { type: 'zoom'; action: ZoomAction };

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
const isOptional = <T>(value: unknown, check: (v: unknown) => v is T): boolean => value === undefined || check(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isArrayOf = <T>(value: unknown, check: (v: unknown) => v is T): value is T[] => Array.isArray(value) && value.every(check);
const ZOOM_ACTIONS: readonly unknown[] = ['in', 'out', 'fit', 'reset'] satisfies ZoomAction[];
const EXPORT_FORMATS: readonly unknown[] = ['svg', 'png', 'copy-svg'] satisfies ExportFormat[];
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
            return isString(value.uri) && isSourceRange(value.range);
        case 'export':
            return EXPORT_FORMATS.includes(value.format);
        case 'png':
            return isString(value.dataUrl) && isOptional(value.requestId, isCount) && isOptional(value.error, isString);
        case 'error':
            return isString(value.message);
        default:
            return false;
    }
}

const isDocumentError = (value: unknown): value is DocumentError =>
    isRecord(value) && isString(value.message) && isSourceRange(value.range);

/**
 * The frame of a blueprint model: what the preview walks. The model's inner
 * records come from our own server; their lists are checked so that a
 * malformed message cannot break the page's renderer.
 */
const isBlueprintModel = (value: unknown): value is BlueprintModel =>
    isRecord(value) && isString(value.name) && isString(value.title) && isRecord(value.classification) && isRecord(value.metrics)
    && [value.lanes, value.lines, value.phases, value.steps, value.flows].every(list => isArrayOf(list, isRecord))
    && isOptional(value.target, (v): v is number => typeof v === 'number') && isSourceRange(value.range) && isSourceRange(value.nameRange);

export const isModelSnapshot = (value: unknown): value is ModelSnapshot =>
    isRecord(value) && isString(value.uri) && isCount(value.version) && isArrayOf(value.blueprints, isBlueprintModel)
    && isOptional(value.firstError, isDocumentError);

/** Checks every message the extension posts to a webview, before the page acts on it. */
export function isToWebview(value: unknown): value is ToWebview {
    if (!isRecord(value)) return false;
    switch (value.type) {
        case 'source':
            return isString(value.uri) && isString(value.fileName) && typeof value.locked === 'boolean';
        case 'update':
            return isModelSnapshot(value.snapshot) && isString(value.fileName);
        case 'highlight':
            return isArrayOf(value.stepIds, isString);
        case 'requestPng':
            return isCount(value.requestId) && typeof value.scale === 'number' && value.scale > 0 && Number.isFinite(value.scale) && isString(value.svg);
        case 'zoom':
            return ZOOM_ACTIONS.includes(value.action);
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
