/**
 * The preview webview's entry (bundled to dist/webview.js): wires the host
 * messages, the pure PreviewView reducer, the renderer host, zoom/pan and the
 * toolbar. Document text reaches the page only through textContent and the
 * renderer's escaped SVG.
 */
// The page's stylesheet: esbuild writes it next to the bundle, as dist/webview.css.
import './preview.css';
import { isPreviewState, type PreviewState, type ToWebview } from '../protocol.js';
import { AnalysisView } from './analysis.js';
import { previewMessagesFor } from '../i18n/preview-messages.js';
import { localeFromSetting } from '../i18n/locale.js';
import { connectHost, isToWebview } from './messages.js';
import { rasterize } from './png.js';
import { bannerText, findStep, initialView, reducePreview, type PreviewView } from '../preview-state.js';
import { RenderHost, themeOfBody } from './render-host.js';
import { StickyHeaders } from './sticky.js';
import { Minimap } from './minimap.js';
import { pageTexts } from './texts.js';
import { applyTheme } from './theme.js';
import { ZoomPanView } from './view.js';

const byId = <T extends HTMLElement>(id: string): T => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`#${id} is missing from the preview page`);
    return element as T;
};

const host = connectHost();
/** The page's language, chosen by the extension (data-locale). */
const text = previewMessagesFor(localeFromSetting(document.body.dataset.locale, 'en'));
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const initial = initialState();
/** Zoom per document (uri → zoom), restored when the preview comes back to a document. */
const MAX_REMEMBERED_ZOOMS = 50;
const zoomByUri: Record<string, number> = { ...initial.zoomByUri };
let view: PreviewView = { ...initialView(), uri: initial.uri || undefined, locked: initial.locked };

const zoomLabel = byId('zoom-level');
const stickyLayer = byId('sticky-layer');
const sticky = new StickyHeaders(stickyLayer, byId('viewport'));
const minimapBox = document.createElement('div');
minimapBox.id = 'minimap';
document.body.append(minimapBox);
const minimap = new Minimap(minimapBox, byId('viewport'), pageTexts().minimap, byId('preview-root'));
byId('viewport').addEventListener('scroll', () => minimap.schedule(), { passive: true });
const zoomPan = new ZoomPanView(byId('viewport'), {
    zoomed: zoom => {
        zoomLabel.textContent = `${Math.round(zoom * 100)}%`;
        sticky.schedule();
        minimap.schedule();
        rememberZoom(zoom);
    },
    moved: () => saveState()
});
zoomPan.restore(initial);
zoomPan.insets = () => sticky.insets;
window.addEventListener('resize', () => {
    sticky.schedule();
    minimap.schedule();
});

const renderHost = new RenderHost(byId('preview-root'), byId('error-banner'), nonce, text, ({ stepId, blueprint }) => {
    const step = findStep(view, stepId, blueprint);
    if (step && view.uri) host.post({ type: 'reveal', uri: view.uri, range: step.nameRange });
});

renderHost.onRule = code => host.post({ type: 'openRule', code });
const analysis = new AnalysisView(byId('toolbar'), byId('viewport'), nonce);

const post = (message: Parameters<typeof host.post>[0]) => () => host.post(message);
const buttons: Record<string, () => void> = {
    'zoom-in': () => zoomPan.zoomIn(),
    'zoom-out': () => zoomPan.zoomOut(),
    'zoom-fit': () => zoomPan.fit(),
    'zoom-fit-height': () => zoomPan.fit(undefined, 'height'),
    'zoom-fit-width': () => zoomPan.fit(undefined, 'width'),
    'zoom-reset': () => zoomPan.reset(),
    'toggle-lock': post({ type: 'toggleLock' }),
    'export-svg': post({ type: 'export', format: 'svg' }),
    'export-png': post({ type: 'export', format: 'png' }),
    'copy-svg': post({ type: 'export', format: 'copy-svg' })
};
for (const [id, action] of Object.entries(buttons)) byId(id).addEventListener('click', action);

const keys: Record<string, () => void> = {
    '+': buttons['zoom-in'], '=': buttons['zoom-in'], '-': buttons['zoom-out'], '0': buttons['zoom-reset'], f: buttons['zoom-fit'],
    h: buttons['zoom-fit-height'], w: buttons['zoom-fit-width']
};
document.addEventListener('keydown', event => {
    if (event.ctrlKey || event.metaKey || event.altKey) return; // ctrl+- and friends belong to VS Code
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
});

window.addEventListener('message', event => {
    if (isToWebview(event.data)) handle(event.data);
});
window.addEventListener('error', event => host.post({ type: 'error', message: String(event.message) }));

// VS Code swaps the body's theme class when the user switches theme: recolour and draw again.
let theme = themeOfBody();
renderHost.setTheme(theme);
applyTheme(stickyLayer, theme);
analysis.setTheme(theme);
new MutationObserver(() => {
    if (themeOfBody() === theme) return;
    theme = themeOfBody();
    renderHost.setTheme(theme);
    applyTheme(stickyLayer, theme);
    analysis.setTheme(theme);
    drawPicture();
    minimap.recolor();
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

show(view, undefined);
host.post({ type: 'ready' });

function handle(message: ToWebview): void {
    switch (message.type) {
        case 'zoom':
            ({ in: buttons['zoom-in'], out: buttons['zoom-out'], fit: buttons['zoom-fit'], reset: buttons['zoom-reset'] })[message.action]?.();
            return;
        case 'requestPng':
            rasterize(message.svg, message.scale).then(
                ({ dataUrl, scale }) => host.post({ type: 'png', requestId: message.requestId, dataUrl, scale }),
                (error: unknown) => host.post({ type: 'png', requestId: message.requestId, dataUrl: '', error: error instanceof Error ? error.message : String(error) })
            );
            return;
        default: {
            const previous = view;
            view = reducePreview(view, message);
            if (view !== previous) show(view, previous);
            // The cursor moved onto another step: follow it (the picture is drawn by now).
            if (message.type === 'highlight' && message.scroll && view.highlighted !== previous.highlighted) {
                const box = renderHost.stepBox(view.highlighted[0]);
                if (box) zoomPan.bringIntoView(box);
            }
        }
    }
}

/** Brings the page up to `next`, redrawing the picture only when it changed. */
function show(next: PreviewView, previous: PreviewView | undefined): void {
    // Another file: its own last zoom, else fit it.
    if (previous?.uri !== undefined && next.uri !== previous.uri) {
        const zoom = next.uri ? zoomByUri[next.uri] : undefined;
        zoomPan.restore(zoom ? { zoom, scrollX: 0, scrollY: 0 } : undefined);
    }
    if (!previous || next.picture !== previous.picture) drawPicture();
    else if (next.highlighted !== previous?.highlighted) renderHost.highlight(next.highlighted);
    renderHost.showBanner(bannerText(next, text), next.error?.code);
    const fileName = byId('file-name');
    fileName.textContent = next.fileName;
    fileName.title = next.locked ? text.fileLocked(next.fileName) : next.fileName;
    const lock = byId('toggle-lock');
    lock.textContent = next.locked ? text.toolbar.locked : text.toolbar.lock;
    lock.setAttribute('aria-pressed', String(next.locked));
    if (next.uri !== previous?.uri || next.locked !== previous?.locked) saveState();
}

function drawPicture(): void {
    renderHost.highlight(view.highlighted);
    const svg = renderHost.draw(view.picture?.blueprints, text.empty(view.fileName));
    // The analysis follows every keystroke, also when only some steps of the picture were replaced.
    analysis.update(view.picture?.blueprints, svg);
    // Only some steps and flows were replaced: the picture keeps its size, place and headers.
    if (renderHost.patched) return;
    zoomPan.setPicture(svg);
    sticky.attach(svg);
    const natural = svg?.viewBox.baseVal;
    minimap.setPicture(svg && natural ? { svg, layouts: renderHost.layouts, width: natural.width, height: natural.height } : undefined);
}

function saveState(): void {
    host.saveState({ ...zoomPan.position, uri: view.uri ?? initial.uri, locked: view.locked, zoomByUri: rememberedZooms() });
}

/** Notes the zoom as the current document's (at once: a debounced save could come after a switch). */
function rememberZoom(zoom: number): void {
    if (!view.uri || zoom <= 0 || zoomByUri[view.uri] === zoom) return;
    delete zoomByUri[view.uri]; // re-inserted last: the most recent
    zoomByUri[view.uri] = zoom;
}

/** The zooms of the documents shown most recently (a bounded list: state is saved often). */
function rememberedZooms(): Record<string, number> {
    const entries = Object.entries(zoomByUri);
    return Object.fromEntries(entries.slice(Math.max(0, entries.length - MAX_REMEMBERED_ZOOMS)));
}

/**
 * The page's state: the extension's (data-preview-state: which file, locked),
 * with zoom and scroll from the webview's own saved state when it is about the same file.
 */
function initialState(): PreviewState {
    const fallback: PreviewState = { uri: '', locked: false, zoom: 0, scrollX: 0, scrollY: 0 };
    let embedded: unknown;
    try {
        embedded = JSON.parse(document.body.dataset.previewState ?? 'null');
    } catch {
        embedded = undefined;
    }
    const base = isPreviewState(embedded) ? embedded : fallback;
    const saved = host.savedState();
    if (!isPreviewState(saved)) return base;
    if (base.uri && saved.uri !== base.uri) {
        const zoom = saved.zoomByUri?.[base.uri] ?? base.zoom;
        return { ...base, zoom, zoomByUri: saved.zoomByUri };
    }
    return { ...base, uri: base.uri || saved.uri, zoom: saved.zoom, scrollX: saved.scrollX, scrollY: saved.scrollY, zoomByUri: saved.zoomByUri };
}
