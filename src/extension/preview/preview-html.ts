/**
 * The preview webview's HTML: a pure function (no `vscode` import) so the
 * CSP, nonces and escaping are unit-tested. The page is static chrome; the
 * picture arrives by message and is drawn by dist/webview.js.
 */
import { randomBytes } from 'node:crypto';
import type { Locale, Messages } from '../../i18n/index.js';
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
    /** The page's language: the webview reads its texts from the same catalogue section. */
    locale: Locale;
    /** The preview's texts in that language (`messagesFor(locale).preview`). */
    text: Messages['preview'];
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
    const t = input.text.toolbar;
    // Labels are catalogue texts (escaped) or the entity of the minus sign.
    const button = (id: string, label: string, title: string) =>
        `<button type="button" id="${id}" title="${escapeHtml(title)}" aria-label="${escapeHtml(title)}">${label.startsWith('&#') ? label : escapeHtml(label)}</button>`;
    return `<!DOCTYPE html>
<html lang="${input.locale === 'zh-cn' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${escapeHtml(input.styleUri)}">
<title>${escapeHtml(input.text.pageTitle(input.fileName))}</title>
</head>
<body data-locale="${input.locale}" data-preview-state="${escapeHtml(JSON.stringify(input.state))}" data-vscode-context="${escapeHtml(JSON.stringify({ preventDefaultContextMenuItems: true }))}">
<div id="toolbar" role="toolbar" aria-label="${escapeHtml(t.label)}">
<span id="file-name" title="${fileName}">${fileName}</span>
<span class="spacer"></span>
${button('zoom-out', '&#x2212;', t.zoomOut)}
<span id="zoom-level" aria-live="polite">100%</span>
${button('zoom-in', '+', t.zoomIn)}
${button('zoom-fit', t.fit, t.fitTitle)}
${button('zoom-fit-height', t.height, t.heightTitle)}
${button('zoom-fit-width', t.width, t.widthTitle)}
${button('zoom-reset', '100%', t.actualSizeTitle)}
<span class="separator"></span>
<button type="button" id="toggle-lock" title="${escapeHtml(t.lockTitle)}" aria-pressed="${input.state.locked}">${escapeHtml(input.state.locked ? t.locked : t.lock)}</button>
${button('export-svg', 'SVG', t.exportSvgTitle)}
${button('export-png', 'PNG', t.exportPngTitle)}
${button('copy-svg', t.copySvg, t.copySvgTitle)}
</div>
<div id="error-banner" role="status" hidden></div>
<div id="viewport" tabindex="0"><div id="preview-root"></div></div>
<div id="sticky-layer"></div>
<script nonce="${nonce}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}
