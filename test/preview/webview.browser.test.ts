/**
 * The preview page in a real browser: the page from buildPreviewHtml, under
 * its CSP (enforced, not bypassed), with src/webview bundled by esbuild as the
 * build does and a fake acquireVsCodeApi. Skipped where Chromium is missing.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { standaloneSvg } from '../../src/extension/preview/export-data.js';
import { buildPreviewHtml, createNonce } from '../../src/extension/preview/preview-html.js';
import type { FromWebview, ModelSnapshot, PreviewState, ToWebview } from '../../src/protocol.js';
import { themeVariables } from '../../src/render/theme.js';
import { BLUEPRINT, snapshotFor } from './fixtures.js';
import { blueprintText, randomBlueprint, stepId as generatedStepId } from '../support/random-blueprint.js';

const WIDE_STEPS = 60;
const stepId = (i: number) => generatedStepId(i, WIDE_STEPS);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ORIGIN = 'https://webview.test';
const URI = 'file:///work/deposit.blueprint';
const SCREENSHOTS = 'test-output/preview';

/**
 * What VS Code does to a webview page: theme colours as --vscode-… variables
 * on <html> and the theme kind as a class on <body> (a few colours of Light
 * and Dark Modern), switchable with window.__setTheme.
 */
const VSCODE_THEMES = `(() => {
    const themes = {
        light: { 'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', 'foreground': '#3b3b3b', 'descriptionForeground': '#3b3b3b',
            'focusBorder': '#005fb8', 'errorForeground': '#f85149', 'panel-border': '#e5e5e5', 'editorWidget-background': '#f8f8f8',
            'editorWidget-border': '#e5e5e5', 'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b',
            'button-background': '#005fb8', 'button-foreground': '#ffffff', 'inputValidation-errorBackground': '#f2dede', 'inputValidation-errorBorder': '#be1100' },
        dark: { 'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'foreground': '#cccccc', 'descriptionForeground': '#9d9d9d',
            'focusBorder': '#0078d4', 'errorForeground': '#f85149', 'panel-border': '#2b2b2b', 'editorWidget-background': '#202020',
            'editorWidget-border': '#313131', 'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc',
            'button-background': '#0078d4', 'button-foreground': '#ffffff', 'inputValidation-errorBackground': '#5a1d1d', 'inputValidation-errorBorder': '#be1100' }
    };
    window.__setTheme = kind => {
        const style = document.documentElement.style;
        style.cssText = '--vscode-font-family: system-ui, sans-serif; --vscode-font-size: 13px;';
        for (const [name, value] of Object.entries(themes[kind])) style.setProperty('--vscode-' + name, value);
        document.body.classList.remove('vscode-light', 'vscode-dark');
        document.body.classList.add('vscode-' + kind);
    };
    new MutationObserver((_, observer) => {
        if (!document.body) return;
        observer.disconnect();
        window.__setTheme('light');
    }).observe(document, { childList: true, subtree: true });
})();`;

interface Harness {
    posted: FromWebview[];
    states: PreviewState[];
    violations: string[];
}

declare global {
    interface Window { __harness: Harness; __setTheme(kind: 'light' | 'dark'): void }
}

let browser: Browser;
let bundle: { js: string; css: string };
let good1: ModelSnapshot;
let good2: ModelSnapshot;
let broken3: ModelSnapshot;
/** 60 steps in 5 lanes and 6 phases: wider and taller than the page at 100 %. */
let wide: ModelSnapshot;

/** Opens the preview page; `saved` is what getState() returns (a reload). */
async function openPage(saved?: PreviewState): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
    const nonce = createNonce();
    const html = buildPreviewHtml({
        cspSource: ORIGIN,
        scriptUri: `${ORIGIN}/dist/webview.js`,
        styleUri: `${ORIGIN}/dist/webview.css`,
        nonce,
        state: { uri: URI, locked: false, zoom: 0, scrollX: 0, scrollY: 0 },
        fileName: 'deposit.blueprint',
        locale: 'en',
        text: messagesFor('en').preview
    });
    await page.route(`${ORIGIN}/**`, route => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
        if (path === '/dist/webview.js') return route.fulfill({ contentType: 'text/javascript', body: bundle.js });
        if (path === '/dist/webview.css') return route.fulfill({ contentType: 'text/css', body: bundle.css });
        return route.fulfill({ status: 404, body: '' });
    });
    // Init scripts run outside the page's CSP, like VS Code's own webview bootstrap.
    await page.addInitScript(VSCODE_THEMES);
    await page.addInitScript((savedState: PreviewState | undefined) => {
        const harness: Harness = { posted: [], states: [], violations: [] };
        window.__harness = harness;
        let state: unknown = savedState;
        (window as unknown as { acquireVsCodeApi(): unknown }).acquireVsCodeApi = () => ({
            postMessage: (message: FromWebview) => harness.posted.push(JSON.parse(JSON.stringify(message))),
            getState: () => state,
            setState: (next: PreviewState) => { state = next; harness.states.push(next); }
        });
        document.addEventListener('securitypolicyviolation', event => {
            harness.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
    }, saved);
    const errors: string[] = [];
    page.on('pageerror', error => errors.push(error.message));
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => window.__harness.posted.some(m => m.type === 'ready'));
    expect(errors).toEqual([]);
    return page;
}

const send = (page: Page, message: ToWebview) => page.evaluate(m => window.postMessage(m, '*'), message);
const harness = (page: Page) => page.evaluate(() => window.__harness);
const source: ToWebview = { type: 'source', uri: URI, fileName: 'deposit.blueprint', locked: false };
const update = (snapshot: ModelSnapshot): ToWebview => ({ type: 'update', snapshot, fileName: 'deposit.blueprint' });
const labels = (page: Page) => page.$$eval('#preview-root .step > text:not(.bp-meta)', nodes => nodes.map(n => n.textContent).join(' '));

/** A page showing `snapshot` (after the extension's source message), optionally reloaded from `saved`. */
async function openWith(snapshot: ModelSnapshot, saved?: PreviewState): Promise<Page> {
    const page = await openPage(saved);
    await send(page, source);
    await send(page, update(snapshot));
    await page.waitForSelector('#preview-root svg .step[data-step]');
    return page;
}

// Chromium comes from Debian (scripts/code-server/setup.sh installs it; `npm test` runs that first).
describe('preview webview in Chromium', () => {
    it('finds Chromium', () => {
        expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: run npm run e2e:setup (apt-get install chromium)`).toBe(true);
    });

    beforeAll(async () => {
        const result = await build({
            entryPoints: ['src/webview/main.ts'], bundle: true, format: 'iife', platform: 'browser', target: 'es2022',
            write: false, outdir: 'out-test', logLevel: 'silent'
        });
        const text = (extension: string) => result.outputFiles.find(f => f.path.endsWith(extension))?.text ?? '';
        bundle = { js: text('.js'), css: text('.css') };
        expect(bundle.css).toContain('#preview-root');
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
        });
        good1 = await snapshotFor(BLUEPRINT, 1);
        good2 = await snapshotFor(BLUEPRINT.replace('"Serve"', '"Serve well"'), 2);
        broken3 = await snapshotFor(BLUEPRINT.replace('arrive -> serve -> pay', 'arrive -> serve -> nowhere'), 3);
        wide = await snapshotFor(blueprintText(randomBlueprint({ steps: WIDE_STEPS, phases: 6, shape: 'chain', labels: 'short' })), 1);
        mkdirSync(SCREENSHOTS, { recursive: true });
    }, 60_000);

    afterAll(async () => {
        await browser?.close();
    });

    it('renders the SVG under the CSP, its <style> applying through the nonce', async () => {
        const page = await openWith(good1);
        expect(await page.$$eval('#preview-root .step', steps => steps.map(s => s.getAttribute('data-step')).sort())).toEqual(['arrive', 'pay', 'serve']);
        // The renderer's rules (in the SVG's <style>) apply: the box takes the palette colour via --bp-step-border.
        const stroke = await page.$eval('#preview-root .step > rect', box => getComputedStyle(box).stroke);
        expect(stroke).not.toBe('none');
        expect(await page.$eval('#preview-root svg style', style => (style as HTMLStyleElement).nonce)).not.toBe('');
        expect((await harness(page)).violations).toEqual([]);
        await page.screenshot({ path: `${SCREENSHOTS}/light.png` });

        // Negative control: a <style> without the nonce is refused, so the CSP really is in force.
        await page.evaluate(() => {
            const style = document.createElement('style');
            style.textContent = 'body { background: red }';
            document.head.append(style);
        });
        await page.waitForFunction(() => window.__harness.violations.length > 0);
        expect((await harness(page)).violations[0]).toMatch(/^style-src/);
        await page.close();
    });

    it('drops stale versions and keeps the last good picture with a banner while there is an error', async () => {
        const page = await openPage();
        await send(page, source);
        await send(page, update(good2));
        await send(page, update(good1)); // stale
        await page.waitForSelector('#preview-root svg');
        expect(await labels(page)).toContain('Serve well');
        expect(await page.$eval('#error-banner', b => (b as HTMLElement).hidden)).toBe(true);

        await send(page, update(broken3));
        await page.waitForSelector('#error-banner:not([hidden])');
        const banner = await page.$eval('#error-banner', b => b.textContent);
        expect(banner).toBe(`Line ${broken3.firstError!.range.start.line + 1}: ${broken3.firstError!.message} — showing the last valid version`);
        expect(await labels(page)).toContain('Serve well');
        await page.screenshot({ path: `${SCREENSHOTS}/error-banner.png` });
        await page.close();
    });

    it('repaints only the step whose label changed, and draws the picture whole when its shape changes', async () => {
        const page = await openWith(good1);
        await page.evaluate(() => {
            const tagged = window as unknown as { __old: { svg: Element; steps: Element[] } };
            tagged.__old = { svg: document.querySelector('#preview-root svg')!, steps: Array.from(document.querySelectorAll('#preview-root .step')) };
        });
        await send(page, { type: 'highlight', stepIds: ['serve'] });
        await send(page, update(good2)); // "Serve" → "Serve well"
        await page.waitForFunction(() => document.querySelector('#preview-root .step[data-step="serve"] text')?.textContent === 'Serve well');
        const kept = await page.evaluate(() => {
            const old = (window as unknown as { __old: { svg: Element; steps: Element[] } }).__old;
            const steps = Array.from(document.querySelectorAll('#preview-root .step'));
            return {
                sameSvg: document.querySelector('#preview-root svg') === old.svg,
                same: steps.map((step, i) => step === old.steps[i]),
                ids: steps.map(step => step.getAttribute('data-step')),
                serve: { highlighted: steps[steps.findIndex(s => s.getAttribute('data-step') === 'serve')].classList.contains('highlighted'), tabindex: document.querySelector('#preview-root .step[data-step="serve"]')!.getAttribute('tabindex') }
            };
        });
        expect(kept.sameSvg).toBe(true);
        expect(kept.ids).toEqual(['arrive', 'pay', 'serve']);
        expect(kept.same).toEqual([true, true, false]);
        expect(kept.serve).toEqual({ highlighted: true, tabindex: '0' });
        expect(await labels(page)).toBe('Arrive Pay Serve well');
        // A new step changes the picture's shape: a new <svg>.
        const grown = await snapshotFor(BLUEPRINT.replace('step pay "Pay" {', 'step extra "Extra"\n        step pay "Pay" {'), 4);
        await send(page, update(grown));
        await page.waitForFunction(() => document.querySelector('#preview-root .step[data-step="extra"]') !== null);
        expect(await page.evaluate(() => document.querySelector('#preview-root svg') === (window as unknown as { __old: { svg: Element } }).__old.svg)).toBe(false);
        expect((await harness(page)).violations).toEqual([]);
        await page.close();
    });

    it("links the banner's rule code to the rule's explanation", async () => {
        const page = await openWith(good1);
        const error = { message: 'a flow goes from a customer step straight to a backstage step', range: broken3.firstError!.range, code: 'BP002' };
        await send(page, update({ ...broken3, version: 5, firstError: error }));
        await page.waitForSelector('#error-banner .rule-link');
        expect(await page.$eval('#error-banner', e => e.textContent)).toMatch(/^BP002 Line \d+: a flow goes/);
        await page.click('#error-banner .rule-link');
        await page.waitForFunction(() => window.__harness.posted.some(m => m.type === 'openRule'));
        expect((await harness(page)).posted.find(m => m.type === 'openRule')).toEqual({ type: 'openRule', code: 'BP002' });
        // A tool code (a syntax error) is no link.
        await send(page, update({ ...broken3, version: 6, firstError: { ...error, code: 'syntax' } }));
        await page.waitForFunction(() => !document.querySelector('#error-banner .rule-link'));
        await page.close();
    });

    it('shows document text as text, never as markup', async () => {
        const page = await openPage();
        const hostile = `<img src=x onerror="window.__pwned=1">`;
        const snapshot = await snapshotFor(BLUEPRINT.replace('"Serve"', JSON.stringify(hostile)), 1);
        await send(page, { ...source, fileName: hostile });
        await send(page, { type: 'update', snapshot: { ...snapshot, firstError: { message: hostile, range: good1.blueprints[0].range } }, fileName: hostile });
        await page.waitForSelector('#preview-root svg');
        expect(await page.$$('#preview-root img, #error-banner img, #file-name img')).toHaveLength(0);
        expect(await page.$eval('#file-name', e => e.textContent)).toBe(hostile);
        expect(await page.$eval('#error-banner', e => e.textContent)).toContain(hostile);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
        await page.close();
    });

    it('reveals a clicked step, highlights the cursor step, and follows the theme', async () => {
        const page = await openWith(good1);
        await page.click('#preview-root .step[data-step="serve"]');
        const serve = good1.blueprints[0].steps.find(s => s.id === 'serve')!;
        const reveals = (await harness(page)).posted.filter(m => m.type === 'reveal');
        expect(reveals).toEqual([{ type: 'reveal', uri: URI, range: serve.nameRange }]);

        await send(page, { type: 'highlight', stepIds: ['pay'] });
        await page.waitForSelector('#preview-root .step.highlighted');
        expect(await page.$$eval('#preview-root .step.highlighted', s => s.map(e => e.getAttribute('data-step')))).toEqual(['pay']);
        // The highlight survives a redraw.
        await send(page, update(good2));
        await page.waitForFunction(() => document.querySelector('#preview-root')?.textContent?.includes('Serve well'));
        expect(await page.$$eval('#preview-root .step.highlighted', s => s.map(e => e.getAttribute('data-step')))).toEqual(['pay']);

        const bg = () => page.$eval('#preview-root', root => getComputedStyle(root).getPropertyValue('--bp-lane-customer').trim());
        expect(await bg()).toBe(themeVariables('light')['--bp-lane-customer']);
        await page.evaluate(() => window.__setTheme('dark'));
        await page.waitForFunction(expected => getComputedStyle(document.getElementById('preview-root')!).getPropertyValue('--bp-lane-customer').trim() === expected,
            themeVariables('dark')['--bp-lane-customer']);
        await page.screenshot({ path: `${SCREENSHOTS}/dark.png` });
        expect((await harness(page)).violations).toEqual([]);
        await page.close();
    });

    it('follows both high-contrast themes, the light one also when <body> carries both high-contrast classes', async () => {
        const page = await openWith(good1);
        const laneColour = () => page.$eval('#preview-root', root => getComputedStyle(root).getPropertyValue('--bp-lane-customer').trim());
        // VS Code marks High Contrast Light with vscode-high-contrast as well (seen in code-server 1.139).
        for (const [classes, kind] of [['vscode-high-contrast', 'high-contrast'], ['vscode-high-contrast-light vscode-high-contrast', 'high-contrast-light']] as const) {
            await page.evaluate(names => { document.body.className = names; }, classes);
            await page.waitForFunction(expected => getComputedStyle(document.getElementById('preview-root')!).getPropertyValue('--bp-lane-customer').trim() === expected,
                themeVariables(kind)['--bp-lane-customer'], { timeout: 5_000 }).catch(() => undefined);
            expect(await laneColour(), classes).toBe(themeVariables(kind)['--bp-lane-customer']);
        }
        expect((await harness(page)).violations).toEqual([]);
        await page.close();
    });

    it('zooms with the buttons, pans by dragging (without revealing), and saves the position as state', async () => {
        const page = await openWith(good1);
        const width = () => page.$eval('#preview-root svg', svg => Number(svg.getAttribute('width')));
        const before = await width();
        await page.click('#zoom-reset');
        const actual = await width();
        for (let i = 0; i < 3; i++) await page.click('#zoom-in');
        expect(await width()).toBeCloseTo(actual * 1.25 ** 3, 1);
        expect(await page.$eval('#zoom-level', e => e.textContent)).toBe('195%');
        expect(before).toBeGreaterThan(0);

        // Drag on a step: the view pans and the click that ends the drag is not a reveal.
        const box = (await page.$('#preview-root .step[data-step="arrive"]'))!;
        const at = (await box.boundingBox())!;
        await page.mouse.move(at.x + 10, at.y + 10);
        await page.mouse.down();
        await page.mouse.move(at.x - 150, at.y - 100, { steps: 5 });
        await page.mouse.up();
        const scroll = await page.$eval('#viewport', v => ({ x: v.scrollLeft, y: v.scrollTop }));
        expect(scroll.x).toBeGreaterThan(100);
        expect((await harness(page)).posted.filter(m => m.type === 'reveal')).toEqual([]);

        await page.waitForFunction(() => window.__harness.states.some(s => s.zoom > 1.9 && s.scrollX > 100));
        const saved = (await harness(page)).states.at(-1)!;
        expect(saved).toMatchObject({ uri: URI, locked: false });
        await page.close();

        // A reload (the serializer restores the panel) comes back at the same zoom and position.
        const restored = await openWith(good1, saved);
        expect(await restored.$eval('#zoom-level', e => e.textContent)).toBe('195%');
        const again = await restored.$eval('#viewport', v => ({ x: v.scrollLeft, y: v.scrollTop }));
        expect(again.x).toBeCloseTo(saved.scrollX, 0);
        expect(again.y).toBeCloseTo(saved.scrollY, 0);
        await restored.close();
    });

    it('fits the height or the width, and remembers the zoom per document', async () => {
        const page = await openWith(wide);
        const zoom = () => page.$eval('#preview-root svg', svg => Number(svg.getAttribute('width')) / (svg as SVGSVGElement).viewBox.baseVal.width);
        const view = await page.$eval('#viewport', v => ({ width: v.clientWidth, height: v.clientHeight }));
        const natural = await page.$eval('#preview-root svg', svg => ({ width: (svg as SVGSVGElement).viewBox.baseVal.width, height: (svg as SVGSVGElement).viewBox.baseVal.height }));
        await page.click('#zoom-fit-height');
        expect(natural.height * await zoom()).toBeLessThanOrEqual(view.height);
        expect(natural.height * await zoom()).toBeGreaterThan(view.height - 40); // the padding
        expect(natural.width * await zoom()).toBeGreaterThan(view.width); // wide: scroll in time
        await page.screenshot({ path: `${SCREENSHOTS}/zoom-fit-height.png` });
        await page.click('#zoom-fit-width');
        // The width fits within the page's 16 px padding, unless that is below the 10 % minimum.
        expect(await zoom()).toBeCloseTo(Math.max(0.1, (view.width - 32) / natural.width), 3);
        await page.screenshot({ path: `${SCREENSHOTS}/zoom-fit-width.png` });
        await page.click('#zoom-fit-height');
        const heightZoom = await zoom();
        await page.waitForFunction(() => window.__harness.states.some(s => s.zoomByUri !== undefined && Object.keys(s.zoomByUri).length > 0));
        // Another document, then back: the first one comes back at its own zoom.
        const other = 'file:///work/other.blueprint';
        await send(page, { type: 'source', uri: other, fileName: 'other.blueprint', locked: false });
        await send(page, { type: 'update', snapshot: { ...good1, uri: other }, fileName: 'other.blueprint' });
        await page.waitForFunction(() => !document.querySelector('#preview-root .step[data-step="s59"]') && document.querySelector('#preview-root .step'));
        await page.click('#zoom-reset');
        await send(page, source);
        await send(page, update(wide));
        await page.waitForSelector('#preview-root .step[data-step]');
        await page.waitForFunction(() => document.querySelectorAll('#preview-root .step').length > 50);
        expect(await zoom()).toBeCloseTo(heightZoom, 3);
        await page.close();
    });

    it('zooms with ctrl+wheel around the pointer', async () => {
        const page = await openWith(good1);
        await page.click('#zoom-reset');
        await page.mouse.move(300, 300);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -300);
        await page.keyboard.up('Control');
        await page.waitForFunction(() => document.getElementById('zoom-level')?.textContent !== '100%');
        const zoom = parseInt((await page.$eval('#zoom-level', e => e.textContent)), 10);
        expect(zoom).toBeGreaterThan(100);
        await page.close();
    });

    it('scrolls the cursor step into view when it is off-screen, and only then', async () => {
        const page = await openWith(wide);
        await page.click('#zoom-reset');
        await page.$eval('#viewport', v => { v.scrollLeft = 0; v.scrollTop = 0; });
        const last = stepId(59);
        const inView = (id: string) => page.evaluate(stepIdInView => {
            const box = document.querySelector(`#preview-root .step[data-step="${stepIdInView}"]`)!.getBoundingClientRect();
            const view = document.getElementById('viewport')!.getBoundingClientRect();
            return box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;
        }, id);
        expect(await inView(last)).toBe(false);
        await send(page, { type: 'highlight', stepIds: [last] }); // no scroll asked: stays
        await page.waitForSelector('#preview-root .step.highlighted');
        expect(await page.$eval('#viewport', v => v.scrollLeft)).toBe(0);
        await send(page, { type: 'highlight', stepIds: [stepId(58)], scroll: true });
        await page.waitForFunction(id => {
            const box = document.querySelector(`#preview-root .step[data-step="${id}"]`)!.getBoundingClientRect();
            const view = document.getElementById('viewport')!.getBoundingClientRect();
            return box.left >= view.left && box.right <= view.right;
        }, stepId(58), { timeout: 5000 });
        await page.waitForTimeout(1000); // the smooth scroll ends
        const scrolled = await page.$eval('#viewport', v => v.scrollLeft);
        expect(scrolled).toBeGreaterThan(1000);
        // A step already in view does not move the picture.
        await send(page, { type: 'highlight', stepIds: [] });
        await send(page, { type: 'highlight', stepIds: [stepId(58)], scroll: true });
        await page.waitForTimeout(600);
        expect(await page.$eval('#viewport', v => v.scrollLeft)).toBe(scrolled);
        await page.screenshot({ path: `${SCREENSHOTS}/follow-cursor.png` });
        await page.close();
    });

    it('keeps lane titles at the left and the phase header at the top while panning', async () => {
        const page = await openWith(wide);
        await page.click('#zoom-reset');
        await page.$eval('#viewport', v => { v.scrollLeft = 0; v.scrollTop = 0; });
        await page.waitForTimeout(100);
        const shown = (id: string) => page.$eval(`#${id}`, e => getComputedStyle(e).display !== 'none');
        expect(await shown('sticky-lanes')).toBe(false);
        expect(await shown('sticky-phases')).toBe(false);
        await page.$eval('#viewport', v => { v.scrollLeft = 1500; });
        await page.waitForFunction(() => getComputedStyle(document.getElementById('sticky-lanes')!).display !== 'none');
        expect(await shown('sticky-phases')).toBe(false);
        // The overlay is the picture's own header: the same lane titles.
        const titles = (selector: string) => page.$$eval(`${selector} .bp-lane-title`, nodes => nodes.map(n => n.textContent).join('|'));
        expect(await titles('#sticky-lanes')).toBe(await titles('#preview-root'));
        const lanes = await page.$eval('#sticky-lanes', e => e.getBoundingClientRect());
        const view = await page.$eval('#viewport', e => e.getBoundingClientRect());
        expect(lanes.left).toBeCloseTo(view.left, 0);
        await page.$eval('#viewport', v => { v.scrollTop = 300; });
        await page.waitForFunction(() => getComputedStyle(document.getElementById('sticky-phases')!).display !== 'none');
        expect(await page.$$eval('#sticky-phases .bp-phase-title', nodes => nodes.length)).toBeGreaterThan(0);
        await page.waitForTimeout(100);
        await page.screenshot({ path: `${SCREENSHOTS}/sticky-headers.png` });
        // Clicks go through the overlays to the picture.
        expect(await page.$eval('#sticky-lanes', e => getComputedStyle(e).pointerEvents)).toBe('none');
        await page.close();
    });

    it('rasterizes the standalone SVG to a PNG with the browser canvas', async () => {
        const page = await openPage();
        const svg = standaloneSvg(good1)!;
        await send(page, { type: 'requestPng', requestId: 7, scale: 2, svg });
        await page.waitForFunction(() => window.__harness.posted.some(m => m.type === 'png'));
        const answer = (await harness(page)).posted.find(m => m.type === 'png') as Extract<FromWebview, { type: 'png' }>;
        expect(answer.error).toBeUndefined();
        expect(answer.requestId).toBe(7);
        expect(answer.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
        const png = Buffer.from(answer.dataUrl.slice('data:image/png;base64,'.length), 'base64');
        const width = png.readUInt32BE(16);
        const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
        expect(width).toBe(Math.ceil(svgWidth * 2));
        expect((await harness(page)).violations).toEqual([]);
        await page.close();
    });

    it('shows an overview of a large picture with the visible window marked, and moves the view from it', async () => {
        const page = await openWith(wide);
        const minimapShown = () => page.$eval('#minimap', e => !(e as HTMLElement).hidden);
        await page.click('#zoom-fit');
        await page.waitForTimeout(100);
        expect(await minimapShown()).toBe(false); // the whole picture is in view: nothing to overview
        await page.click('#zoom-reset');
        await page.$eval('#viewport', v => { v.scrollLeft = 0; v.scrollTop = 0; });
        await page.waitForFunction(() => !(document.getElementById('minimap') as HTMLElement).hidden);
        const box = await page.$eval('#minimap', e => e.getBoundingClientRect().toJSON() as DOMRect);
        const windowAt = () => page.$eval('#minimap .minimap-window', e => e.getBoundingClientRect().toJSON() as DOMRect);
        const before = await windowAt();
        expect(before.left).toBeCloseTo(box.left + 1, 0);
        expect(before.width).toBeLessThan(box.width / 2);
        // Drawn from the layout: the canvas is not blank.
        const inked = await page.$eval('#minimap canvas', c => {
            const data = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
            const colours = new Set<number>();
            for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
            return colours.size;
        });
        expect(inked).toBeGreaterThan(3);
        // A click near its right end brings the end of the process into view, and the window follows.
        await page.mouse.click(box.right - 6, box.top + box.height / 2);
        await page.waitForTimeout(200);
        expect(await page.$eval('#viewport', v => v.scrollLeft)).toBeGreaterThan(1500);
        const after = await windowAt();
        expect(after.left).toBeGreaterThan(before.left + box.width / 2);
        await page.screenshot({ path: `${SCREENSHOTS}/minimap.png` });
        expect((await harness(page)).violations).toEqual([]);
        await page.close();
    });

    it('draws a picture over the canvas limit smaller instead of failing, whole and not blank', async () => {
        const page = await openPage();
        const big = await snapshotFor(blueprintText(randomBlueprint({ steps: 300, seed: 9 })), 1);
        const svg = standaloneSvg(big)!;
        const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
        expect(svgWidth * 2).toBeGreaterThan(16_384); // too wide for the canvas at the asked scale
        await send(page, { type: 'requestPng', requestId: 8, scale: 2, svg });
        await page.waitForFunction(() => window.__harness.posted.some(m => m.type === 'png'), undefined, { timeout: 60_000 });
        const answer = (await harness(page)).posted.find(m => m.type === 'png') as Extract<FromWebview, { type: 'png' }>;
        expect(answer.error).toBeUndefined();
        expect(answer.scale).toBeLessThan(2);
        const png = Buffer.from(answer.dataUrl.slice('data:image/png;base64,'.length), 'base64');
        expect(png.readUInt32BE(16)).toBe(Math.ceil(svgWidth * answer.scale!));
        expect(png.readUInt32BE(16)).toBeLessThanOrEqual(16_384);
        // Ink in each tenth of the width: nothing cropped, nothing left blank.
        const inkedTenths = await page.evaluate(async url => {
            const image = new Image();
            image.src = url;
            await image.decode();
            const canvas = document.createElement('canvas');
            canvas.width = 1000;
            canvas.height = 100;
            const context = canvas.getContext('2d')!;
            context.drawImage(image, 0, 0, 1000, 100);
            const data = context.getImageData(0, 0, 1000, 100).data;
            const tenths = new Set<number>();
            for (let y = 0; y < 100; y++) for (let x = 0; x < 1000; x++) {
                const i = (y * 1000 + x) * 4;
                if (data[i] + data[i + 1] + data[i + 2] < 600) tenths.add(Math.floor(x / 100));
            }
            return tenths.size;
        }, answer.dataUrl);
        expect(inkedTenths).toBe(10);
        await page.close();
    }, 120_000);
});
