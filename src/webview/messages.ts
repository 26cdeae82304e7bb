/**
 * The webview's side of the protocol: the host API VS Code injects, typed
 * here (no `vscode` import in browser code), and the shape check on what
 * arrives.
 */
import type { FromWebview, PreviewState } from '../protocol.js';

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

/** The check of every field lives beside the message types. */
export { isToWebview } from '../protocol.js';
