// Where the preview page spends a repaint: the page (dist/webview.js, as built) in
// Chromium, fed 'update' messages of generated blueprints (17 / 300 / 1,000 steps, one
// label changed per update, as when typing), timed from the message to the next painted
// frame, split by the page's own performance measures (bp-layout, bp-svg, bp-insert when
// the picture is drawn whole, bp-patch when only the changed steps and flows are replaced)
// and two of this script's: bp-clone (deserialising the message) and bp-handle (the page's
// whole handling of it, the above included).
// Run: node scripts/profile-webview.mjs [steps…]   (needs `npm run build` and Chromium)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { importTs } from './lib/import-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ORIGIN = 'https://webview.test';
const RUNS = 9;
const sizes = process.argv.slice(2).map(Number).filter(n => n > 0);
/** PROFILE_TRACE=1: also a Chrome trace, summed by the renderer's own rendering steps. */
const TRACE = process.env.PROFILE_TRACE === '1';
const RENDERING_EVENTS = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'RasterTask', 'FunctionCall', 'MajorGC', 'MinorGC'];

/** Total ms of each rendering step in a trace, per update. */
function renderingWork(trace, updates) {
    const sums = new Map(RENDERING_EVENTS.map(name => [name, 0]));
    for (const event of trace.traceEvents ?? []) {
        if (event.ph === 'X' && sums.has(event.name)) sums.set(event.name, sums.get(event.name) + event.dur / 1000);
    }
    return [...sums].map(([name, ms]) => `${name} ${(ms / updates).toFixed(1)}`).join(', ');
}

const [{ randomBlueprint }, { buildPreviewHtml, createNonce }, { messagesFor }] = await Promise.all([
    importTs('test/support/random-blueprint.ts'), importTs('src/extension/preview/preview-html.ts'), importTs('src/i18n/index.ts')
]);
const js = readFileSync(join(root, 'dist/webview.js'), 'utf8');
const css = readFileSync(join(root, 'dist/webview.css'), 'utf8');
const median = values => [...values].sort((a, b) => a - b)[values.length >> 1];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
    for (const steps of sizes.length ? sizes : [17, 300, 1000]) {
        const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
        const html = buildPreviewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/webview.js`, styleUri: `${ORIGIN}/webview.css`, nonce: createNonce(), state: { uri: 'file:///p.blueprint', locked: false, zoom: Number(process.env.PROFILE_ZOOM ?? 0), scrollX: 0, scrollY: 0 }, fileName: 'p.blueprint', locale: 'en', text: messagesFor('en').preview });
        await page.route(`${ORIGIN}/**`, route => {
            const path = new URL(route.request().url()).pathname;
            const body = { '/index.html': html, '/webview.js': js, '/webview.css': css }[path];
            return route.fulfill(body === undefined ? { status: 404, body: '' } : { contentType: path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html', body });
        });
        await page.addInitScript(() => {
            window.acquireVsCodeApi = () => ({ postMessage() {}, getState() { return undefined; }, setState() {} });
            document.addEventListener('DOMContentLoaded', () => document.body.classList.add('vscode-light'));
            // Before the page's own listener: reading event.data deserialises the message (bp-clone);
            // after it (added once the page's script ran): the page's whole handling of it (bp-handle).
            let handled = 0;
            window.addEventListener('message', event => {
                const start = performance.now();
                void event.data;
                handled = performance.now();
                performance.measure('bp-clone', { start, end: handled });
            });
            document.addEventListener('DOMContentLoaded', () => window.addEventListener('message', () => performance.measure('bp-handle', { start: handled, end: performance.now() })));
        });
        await page.goto(`${ORIGIN}/index.html`);
        const model = randomBlueprint({ steps, seed: 3, labels: 'short' });
        await page.evaluate(() => window.postMessage({ type: 'source', uri: 'file:///p.blueprint', fileName: 'p.blueprint', locked: false }, '*'));
        const rows = [];
        if (TRACE) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
        for (let run = 0; run <= RUNS; run++) {
            model.steps[0].label = `Step 0 typed ${run}`;
            const snapshot = { uri: 'file:///p.blueprint', version: run + 1, blueprints: [model] };
            const result = await page.evaluate(async ({ snapshot, label }) => {
                performance.clearMeasures();
                const start = performance.now();
                window.postMessage({ type: 'update', snapshot, fileName: 'p.blueprint' }, '*');
                for (;;) {
                    await new Promise(requestAnimationFrame);
                    if (document.querySelector('#preview-root .step text')?.textContent === label) break;
                }
                await new Promise(requestAnimationFrame); // the frame with the new picture is painted
                const parts = Object.fromEntries(performance.getEntriesByType("measure").map(m => [m.name, m.duration]));
                return { total: performance.now() - start, ...parts };
            }, { snapshot, label: model.steps[0].label });
            if (process.env.DEBUG_PROFILE) console.log(JSON.stringify(result));
            if (run > 0) rows.push(result); // the first draw builds the page: not a keystroke
        }
        if (TRACE) console.log(`${steps} steps, main-thread rendering work per update (Chrome trace): ${renderingWork(JSON.parse(String(await browser.stopTracing())), RUNS + 1)}`);
        const part = name => median(rows.map(r => r[name] ?? 0)).toFixed(1);
        console.log(`${steps} steps: message → painted ${part('total')} ms: message clone ${part('bp-clone')}, handling ${part('bp-handle')} (layout ${part('bp-layout')}, svg ${part('bp-svg')}, parse+insert ${part('bp-insert')}, patch ${part('bp-patch')}); rest: waiting for frames, style, layout, paint · load ${loadavg()[0].toFixed(1)}`);
        await page.close();
    }
} finally {
    await browser.close();
}
