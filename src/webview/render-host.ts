/**
 * The DOM side of the picture: draws models with the shared renderer into
 * #preview-root, shows the error banner, marks highlighted steps and reports
 * step clicks. Document text only ever reaches the page as SVG text nodes
 * (built by the renderer, parsed as XML) or through textContent.
 */
import type { BlueprintModel } from '../model/types.js';
import type { ThemeKind } from '../render/theme.js';
import { layoutBlueprint, renderLayoutToSvg, type BlueprintLayout } from '../render/index.js';
import { RULE_CODE } from '../protocol.js';
import type { PreviewMessages } from '../i18n/preview-messages.js';
import { applyTheme } from './theme.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements a picture has no business containing; the CSP would block most of them anyway. */
const FORBIDDEN = 'script, foreignObject, iframe, object, embed, animate, set, animateMotion, animateTransform';

export interface StepTarget { stepId: string; blueprint?: string }

export class RenderHost {
    private svg: SVGSVGElement | undefined;
    /** The layouts the picture on the page was drawn from (the minimap draws from them too). */
    layouts: BlueprintLayout[] = [];
    private highlighted: readonly string[] = [];
    private theme: ThemeKind = 'light';

    constructor(
        private readonly root: HTMLElement,
        private readonly banner: HTMLElement,
        /** The page's script nonce, given to the SVG's <style> elements so the CSP lets them apply. */
        private readonly nonce: string,
        /** The page's texts and the picture's labels, in its language. */
        private readonly text: Pick<PreviewMessages, 'loading' | 'drawFailed' | 'diagram'>,
        onStep: (target: StepTarget) => void
    ) {
        const activate = (event: Event) => {
            const target = stepTargetOf(event.target);
            if (target) onStep(target);
        };
        root.addEventListener('click', activate);
        root.addEventListener('keydown', event => {
            if (event.key === 'Enter' || event.key === ' ') activate(event);
        });
        // VS Code reads data-vscode-context up from the right-clicked element: a step offers "go to the step".
        // Set here, on the one step clicked, rather than on every step of a large picture.
        root.addEventListener('contextmenu', event => {
            const target = stepTargetOf(event.target);
            const step = event.target instanceof Element ? event.target.closest('.step[data-step]') : null;
            if (target && step) step.setAttribute('data-vscode-context', JSON.stringify({ webviewSection: 'step', ...target }));
        });
    }

    /** Defines the picture's colours for a theme kind (call draw() after it). */
    setTheme(theme: ThemeKind): void {
        this.theme = theme;
        applyTheme(this.root, theme);
    }

    /** Draws the models (CSS-variable colours, defined by setTheme); returns the new <svg>, if any. */
    draw(models: BlueprintModel[] | undefined, emptyText: string): SVGSVGElement | undefined {
        // Timed with performance marks (the e2e suite and scripts/profile-webview.mjs read them).
        this.layouts = timed('bp-layout', () => models ? models.map(model => layoutBlueprint(model, this.text.diagram)) : []);
        const svgText = timed('bp-svg', () => this.layouts.length > 0 ? renderLayoutToSvg(this.layouts, { theme: this.theme, cssVariablesOnly: true, labels: this.text.diagram }) : undefined);
        if (svgText !== undefined && this.patch(svgText)) {
            this.highlight(this.highlighted);
            return this.svg;
        }
        this.svg = svgText !== undefined ? timed('bp-insert', () => this.insert(svgText)) : undefined;
        if (!this.svg) {
            this.pieces = [];
            this.placeholder(models ? emptyText : this.text.loading);
        }
        this.highlight(this.highlighted);
        return this.svg;
    }

    /** Whether the last draw replaced only the steps and flows that changed (the <svg> on the page stayed). */
    patched = false;

    /**
     * Replaces just the steps and flows whose markup changed, keeping the rest
     * of the picture on the page: typing in a label repaints one box, not
     * thousands. False when the picture must be drawn whole.
     */
    private patch(svgText: string): boolean {
        this.patched = false;
        const pieces = svgPieces(svgText);
        const changed = this.svg && this.svg.isConnected ? changedPieces(this.pieces, pieces) : undefined;
        if (!changed || changed.some(index => !this.pieceElements[index])) {
            this.pieces = pieces;
            return false;
        }
        if (changed.length > 0) {
            const ok = timed('bp-patch', () => {
                const fresh = parseClean(`<svg xmlns="${SVG_NS}">${changed.map(i => pieces[i]).join('')}</svg>`);
                const elements = fresh ? Array.from(fresh.children) : [];
                if (elements.length !== changed.length) return false;
                changed.forEach((index, k) => {
                    const element = elements[k];
                    if (element.matches('.step[data-step]')) makeFocusable(element);
                    this.pieceElements[index]?.replaceWith(element);
                    this.pieceElements[index] = element;
                });
                return true;
            });
            if (!ok) {
                this.pieces = pieces;
                return false;
            }
        }
        this.pieces = pieces;
        this.patched = true;
        return true;
    }

    /** The markup pieces of the picture on the page, and the element drawn from each keyed one (steps, flows). */
    private pieces: string[] = [];
    private pieceElements: Array<Element | undefined> = [];

    /** The drawn box of a step, in page coordinates (undefined when not drawn). */
    stepBox(stepId: string | undefined): DOMRect | undefined {
        if (stepId === undefined || !this.svg) return undefined;
        const step = Array.from(this.svg.querySelectorAll<SVGGElement>('.step[data-step]')).find(s => s.getAttribute('data-step') === stepId);
        return step?.getBoundingClientRect();
    }

    /** The banner's text; a rule code goes first, as a link to the rule's explanation. */
    showBanner(text: string | undefined, ruleCode?: string): void {
        this.banner.replaceChildren();
        if (text !== undefined && ruleCode !== undefined && RULE_CODE.test(ruleCode)) {
            const link = document.createElement('a');
            link.href = '#';
            link.className = 'rule-link';
            link.textContent = ruleCode;
            link.addEventListener('click', event => {
                event.preventDefault();
                this.onRule?.(ruleCode);
            });
            this.banner.append(link, ' ');
        }
        this.banner.append(text ?? '');
        this.banner.hidden = text === undefined;
    }

    /** Called with the code of a rule link clicked in the banner. */
    onRule: ((code: string) => void) | undefined;

    highlight(stepIds: readonly string[]): void {
        this.highlighted = stepIds;
        // Only the steps marked before and those to mark: a large picture has thousands.
        const marked = Array.from(this.root.querySelectorAll<SVGElement>('.step.highlighted, .step.bp-highlight'));
        const wanted = stepIds.length > 0 ? Array.from(this.root.querySelectorAll<SVGElement>('.step[data-step]')).filter(step => stepIds.includes(step.getAttribute('data-step') ?? '')) : [];
        for (const step of marked) {
            if (wanted.includes(step)) continue;
            step.classList.remove('highlighted', 'bp-highlight');
        }
        // bp-highlight: the renderer's own highlight style.
        for (const step of wanted) step.classList.add('highlighted', 'bp-highlight');
    }

    /** Parses SVG text as XML (nothing in it runs), cleans it and puts it on the page. */
    private insert(svgText: string): SVGSVGElement | undefined {
        const svg = parseSvg(svgText, this.nonce);
        if (!svg) {
            this.placeholder(this.text.drawFailed);
            return undefined;
        }
        for (const step of Array.from(svg.querySelectorAll('.step[data-step]'))) makeFocusable(step);
        this.root.replaceChildren(svg);
        this.pieceElements = pieceElements(this.pieces, svg);
        return svg;
    }

    private placeholder(text: string): void {
        const p = document.createElement('p');
        p.className = 'placeholder';
        p.textContent = text;
        this.root.replaceChildren(p);
    }
}

function makeFocusable(step: Element): void {
    step.setAttribute('tabindex', '0');
    step.setAttribute('role', 'button');
}

/**
 * The element drawn from each keyed piece (steps and flows, in document
 * order, as the renderer writes them); none at all when the counts disagree,
 * so that a picture of an unexpected shape is always drawn whole.
 */
function pieceElements(pieces: readonly string[], svg: SVGSVGElement): Array<Element | undefined> {
    const drawn = KEYED_KINDS.map(kind => Array.from(svg.querySelectorAll(kind.elements)));
    const used = KEYED_KINDS.map(() => 0);
    const elements = new Array<Element | undefined>(pieces.length);
    pieces.forEach((piece, i) => {
        const kind = KEYED_KINDS.findIndex(k => k.piece.test(piece));
        if (kind >= 0) elements[i] = drawn[kind][used[kind]++];
    });
    return used.every((count, kind) => count === drawn[kind].length) ? elements : [];
}

/** Runs `work` between two performance marks, measured as `name`. */
function timed<T>(name: string, work: () => T): T {
    const start = performance.now();
    const result = work();
    performance.measure(name, { start, end: performance.now() });
    return result;
}

/** A <style> element in SVG source. Document text cannot fake one: the renderer escapes every `<` in it. */
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style>/g;

/**
 * Parses SVG text into an element of this document: active content and
 * event-handler attributes dropped, every <style> carrying the nonce (inline
 * SVG styles fall under style-src). The <style> elements are taken out before
 * parsing and made here, because Chromium checks a <style> against the page's
 * CSP already while DOMParser parses it (and reports a violation), before any
 * nonce could be set.
 */
export function parseSvg(svgText: string, nonce: string): SVGSVGElement | undefined {
    const styles: string[] = [];
    const withoutStyles = svgText.replace(STYLE_ELEMENT, (_, css: string) => {
        styles.push(xmlText(css));
        return '';
    });
    const parsed = parseClean(withoutStyles);
    if (!parsed) return undefined;
    parsed.prepend(...styles.map(css => {
        const style = document.createElementNS(SVG_NS, 'style');
        style.setAttribute('nonce', nonce);
        style.textContent = css;
        return style;
    }));
    return parsed;
}

/**
 * Parses SVG text as XML, drops active content and event-handler attributes,
 * and moves the result into this document (adopted, not copied: a copy of a
 * large picture costs as much as parsing it).
 */
function parseClean(svgText: string): SVGSVGElement | undefined {
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const parsed = doc.documentElement;
    if (parsed.namespaceURI !== SVG_NS || parsed.localName !== 'svg' || doc.getElementsByTagName('parsererror').length > 0) return undefined;
    for (const element of Array.from(parsed.querySelectorAll(FORBIDDEN))) element.remove();
    for (const element of [parsed, ...Array.from(parsed.querySelectorAll('*'))]) {
        for (const attribute of Array.from(element.attributes)) {
            const name = attribute.name.toLowerCase();
            const isLink = name === 'href' || name === 'xlink:href';
            if (name.startsWith('on') || (isLink && !attribute.value.startsWith('#'))) element.removeAttributeNode(attribute);
        }
    }
    return document.adoptNode(parsed) as unknown as SVGSVGElement;
}

/**
 * The renderer writes each piece of the picture (every step and every flow)
 * on a line of its own; text never holds a raw `<`, so a line break before
 * `<` always starts a piece.
 */
export function svgPieces(svgText: string): string[] {
    return svgText.split(/\n(?=<)/);
}

/**
 * A piece that is one step, one flow or one evidence card of the picture (not
 * of the legend's key): replaceable on its own. Each kind, with the selector of
 * the elements drawn from its pieces (in the same order).
 */
const KEYED_KINDS: ReadonlyArray<{ piece: RegExp; elements: string }> = [
    { piece: /^<g class="step[^"]*" data-step="/, elements: '.bp-steps > .step' },
    { piece: /^<(?:path|g) class="bp-edge [^"]*" data-flow="/, elements: '.bp-edges > .bp-edge' },
    { piece: /^<g class="bp-ev" data-evidence-for="/, elements: '.bp-evidence > .bp-ev' }
];
const KEYED_PIECE = new RegExp(KEYED_KINDS.map(kind => kind.piece.source).join('|'));
/** Beyond this share of changed pieces a full redraw is cheaper. */
const MAX_PATCHED_SHARE = 0.2;

/**
 * The indices of the pieces that differ, when only steps, flows and evidence cards changed
 * (a label edited, a flow relabelled) and the picture kept its shape; undefined
 * when it must be drawn whole.
 */
export function changedPieces(previous: readonly string[], next: readonly string[]): number[] | undefined {
    if (previous.length !== next.length) return undefined;
    const changed: number[] = [];
    for (let i = 0; i < next.length; i++) {
        if (previous[i] === next[i]) continue;
        if (!KEYED_PIECE.test(previous[i]) || !KEYED_PIECE.test(next[i])) return undefined;
        changed.push(i);
        if (changed.length > next.length * MAX_PATCHED_SHARE) return undefined;
    }
    return changed;
}

/** The text of an XML element's source: a CDATA section, or text with the predefined entities. */
function xmlText(source: string): string {
    const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(source);
    if (cdata) return cdata[1];
    const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    return source.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => entities[name]);
}

function stepTargetOf(target: EventTarget | null): StepTarget | undefined {
    if (!(target instanceof Element)) return undefined;
    const step = target.closest('.step[data-step]');
    const stepId = step?.getAttribute('data-step');
    if (!step || !stepId) return undefined;
    return { stepId, blueprint: step.closest('[data-blueprint]')?.getAttribute('data-blueprint') ?? undefined };
}

/** VS Code marks the theme on <body>: vscode-light, vscode-dark, vscode-high-contrast(-light). */
export function themeOfBody(): ThemeKind {
    const classes = document.body.classList;
    // A light high-contrast body may carry vscode-high-contrast as well: test the light class first.
    if (classes.contains('vscode-high-contrast-light')) return 'high-contrast-light';
    if (classes.contains('vscode-high-contrast')) return 'high-contrast';
    return classes.contains('vscode-dark') ? 'dark' : 'light';
}
