import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { buildPreviewHtml, createNonce, escapeHtml, type PreviewHtmlInput } from '../../src/extension/preview/preview-html.js';

const input = (overrides: Partial<PreviewHtmlInput> = {}): PreviewHtmlInput => ({
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview.css',
    nonce: createNonce(),
    state: { uri: 'file:///work/a.blueprint', locked: false, zoom: 0, scrollX: 0, scrollY: 0 },
    fileName: 'a.blueprint',
    locale: 'en',
    text: messagesFor('en').preview,
    ...overrides
});

const cspOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];

describe('buildPreviewHtml', () => {
    it('carries a strict CSP with default-src none and the nonce for scripts and styles', () => {
        const page = input();
        const csp = cspOf(buildPreviewHtml(page));
        expect(csp).toBe(
            `default-src 'none'; img-src ${page.cspSource} data:; style-src ${page.cspSource} 'nonce-${page.nonce}'; ` +
            `script-src 'nonce-${page.nonce}'; font-src ${page.cspSource}`
        );
        expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    });

    it('puts the CSP before any script or stylesheet', () => {
        const html = buildPreviewHtml(input());
        const csp = html.indexOf('Content-Security-Policy');
        expect(csp).toBeGreaterThan(0);
        expect(csp).toBeLessThan(html.indexOf('<link'));
        expect(csp).toBeLessThan(html.indexOf('<script'));
    });

    it('gives every script and style element the nonce', () => {
        const page = input();
        const html = buildPreviewHtml(page);
        const tags = html.match(/<(script|style|link)\b[^>]*>/g) ?? [];
        expect(tags.length).toBeGreaterThanOrEqual(2);
        for (const tag of tags) expect(tag).toContain(`nonce="${page.nonce}"`);
    });

    it('has no inline event handlers, inline scripts or style attributes', () => {
        const html = buildPreviewHtml(input());
        expect(html).not.toMatch(/\son[a-z]+\s*=/i);
        expect(html).not.toMatch(/\sstyle\s*=/i);
        expect(html).not.toMatch(/javascript:/i);
        for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
            expect(script).toMatch(/<script\b[^>]*\bsrc="[^"]+"[^>]*><\/script>/);
        }
    });

    it('keeps the ids the end-to-end tests rely on', () => {
        const html = buildPreviewHtml(input());
        for (const id of ['preview-root', 'error-banner', 'zoom-in', 'zoom-out', 'zoom-fit', 'zoom-reset', 'export-svg', 'export-png', 'copy-svg']) {
            expect(html).toContain(`id="${id}"`);
        }
    });

    it('escapes a hostile file name and uri everywhere', () => {
        const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)>'.blueprint`;
        const html = buildPreviewHtml(input({
            fileName: hostile,
            state: { uri: `file:///tmp/${hostile}`, locked: true, zoom: 1, scrollX: 0, scrollY: 0 }
        }));
        expect(html).not.toContain('<script>alert(1)');
        expect(html).not.toContain('<img src=x');
        // Attribute names, once the (double-quoted, escaped) values are taken out: none is a handler.
        for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) expect(tag.replace(/"[^"]*"/g, '""')).not.toMatch(/\son[a-z]+\s*=/i);
        expect(html.match(/<script\b/g)).toHaveLength(1);
        expect(html).toContain(escapeHtml(hostile));
        // The embedded state survives the round trip through the attribute.
        const attribute = /data-preview-state="([^"]*)"/.exec(html)![1];
        const decoded = attribute.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        expect(JSON.parse(decoded).uri).toBe(`file:///tmp/${hostile}`);
    });

    it('escapes the resource URIs it is given', () => {
        const html = buildPreviewHtml(input({ scriptUri: 'https://x/"><script>bad()</script>' }));
        expect(html).not.toContain('<script>bad()');
    });
});

describe('createNonce', () => {
    it('differs per call and is long and CSP-safe', () => {
        const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
        expect(nonces.size).toBe(100);
        for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    });

    it('gives two renders of the same preview different nonces', () => {
        const first = buildPreviewHtml(input({ nonce: createNonce() }));
        const second = buildPreviewHtml(input({ nonce: createNonce() }));
        const nonceOf = (html: string) => /script-src 'nonce-([^']+)'/.exec(html)?.[1];
        expect(nonceOf(first)).toBeTruthy();
        expect(nonceOf(first)).not.toBe(nonceOf(second));
    });
});
