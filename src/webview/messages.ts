/**
 * The webview's side of the protocol: the host API VS Code injects, typed
 * here (no `vscode` import in browser code), and a shape check on what
 * arrives.
 */
import type { FromWebview, PreviewState, ToWebview } from '../protocol.js';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): unknown;
    setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** acquireVsCodeApi may be called once per page: everything goes through this one host. */
export interface Host {
    post(message: FromWebview): void;
    savedState(): unknown;
    saveState(state: PreviewState): void;
}

export function connectHost(): Host {
    const api = acquireVsCodeApi();
    return {
        post: message => api.postMessage(message),
        savedState: () => api.getState(),
        saveState: state => api.setState(state)
    };
}

const TYPES: ReadonlySet<string> = new Set<ToWebview['type']>(['source', 'update', 'highlight', 'requestPng', 'zoom']);

/** A light check: messages come from our extension, but a malformed one must not break the page. */
export function isToWebview(value: unknown): value is ToWebview {
    return typeof value === 'object' && value !== null && TYPES.has(String((value as { type?: unknown }).type));
}
