/**
 * The preview webview's HTML: a pure function (no `vscode` import) so the
 * CSP, nonces and escaping are unit-tested. The page is static chrome; the
 * picture arrives by message and is drawn by dist/webview.js.
 */
import { randomBytes } from 'node:crypto';
import type { PreviewState } from '../../protocol.js';

export interface PreviewHtmlInput {
    /** `webview.cspSource`. */
    cspSource: string;
    /** `webview.asWebviewUri(dist/webview.js)`, as a string. */
    scriptUri: string;
    /** `webview.asWebviewUri(dist/webview.css)`, as a string. */
    styleUri: string;
    /** A fresh `createNonce()` for every render. */
    nonce: string;
    /** The state the page starts from (the webview's own saved state wins for zoom and scroll). */
    state: PreviewState;
    /** Shown in the toolbar and the page title. */
    fileName: string;
}

/** 144 random bits, base64: a fresh one for every HTML render. */
export function createNonce(): string {
    return randomBytes(18).toString('base64');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for an HTML element body or a double-quoted attribute value (the only kind this page uses). */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"]/g, c => ESCAPES[c]);
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `img-src ${cspSource} data:`,
        `style-src ${cspSource} 'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        `font-src ${cspSource}`
    ].join('; ');
}

export function buildPreviewHtml(input: PreviewHtmlInput): string {
    const nonce = escapeHtml(input.nonce);
    const fileName = escapeHtml(input.fileName);
    const button = (id: string, label: string, title: string) =>
        `<button type="button" id="${id}" title="${title}" aria-label="${title}">${label}</button>`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(input.styleUri)}">
<title>Preview ${fileName}</title>
</head>
<body data-preview-state="${escapeHtml(JSON.stringify(input.state))}" data-vscode-context="${escapeHtml(JSON.stringify({ preventDefaultContextMenuItems: true }))}">
<div id="toolbar" role="toolbar" aria-label="Preview">
<span id="file-name" title="${fileName}">${fileName}</span>
<span class="spacer"></span>
${button('zoom-out', '&#x2212;', 'Zoom out (-)')}
<span id="zoom-level" aria-live="polite">100%</span>
${button('zoom-in', '+', 'Zoom in (+)')}
${button('zoom-fit', 'Fit', 'Fit to window (F)')}
${button('zoom-fit-height', 'Height', 'Fit the height: readable text, scroll in time (H)')}
${button('zoom-fit-width', 'Width', 'Fit the width (W)')}
${button('zoom-reset', '100%', 'Actual size (0)')}
<span class="separator"></span>
<button type="button" id="toggle-lock" title="Lock the preview to this file" aria-pressed="${input.state.locked}">${input.state.locked ? 'Locked' : 'Lock'}</button>
${button('export-svg', 'SVG', 'Export as SVG')}
${button('export-png', 'PNG', 'Export as PNG')}
${button('copy-svg', 'Copy SVG', 'Copy the SVG to the clipboard')}
</div>
<div id="error-banner" role="status" hidden></div>
<div id="viewport" tabindex="0"><div id="preview-root"></div></div>
<div id="sticky-layer"></div>
<script nonce="${nonce}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}
