/**
 * The DOM side of the picture: draws models with the shared renderer into
 * #preview-root, shows the error banner, marks highlighted steps and reports
 * step clicks. Document text only ever reaches the page as SVG text nodes
 * (built by the renderer, parsed as XML) or through textContent.
 */
import type { BlueprintModel } from '../model/types.js';
import type { ThemeKind } from '../render/theme.js';
import { renderSvg } from '../render/index.js';
import type { PreviewMessages } from '../i18n/preview-messages.js';
import { applyTheme } from './theme.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements a picture has no business containing; the CSP would block most of them anyway. */
const FORBIDDEN = 'script, foreignObject, iframe, object, embed, animate, set, animateMotion, animateTransform';

export interface StepTarget { stepId: string; blueprint?: string }

export class RenderHost {
    private svg: SVGSVGElement | undefined;
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
    }

    /** Defines the picture's colours for a theme kind (call draw() after it). */
    setTheme(theme: ThemeKind): void {
        this.theme = theme;
        applyTheme(this.root, theme);
    }

    /** Draws the models (CSS-variable colours, defined by setTheme); returns the new <svg>, if any. */
    draw(models: BlueprintModel[] | undefined, emptyText: string): SVGSVGElement | undefined {
        this.svg = models && models.length > 0 ? this.insert(renderSvg(models, { theme: this.theme, cssVariablesOnly: true, labels: this.text.diagram })) : undefined;
        if (!this.svg) this.placeholder(models ? emptyText : this.text.loading);
        this.highlight(this.highlighted);
        return this.svg;
    }

    /** The drawn box of a step, in page coordinates (undefined when not drawn). */
    stepBox(stepId: string | undefined): DOMRect | undefined {
        if (stepId === undefined || !this.svg) return undefined;
        const step = Array.from(this.svg.querySelectorAll<SVGGElement>('.step[data-step]')).find(s => s.getAttribute('data-step') === stepId);
        return step?.getBoundingClientRect();
    }

    showBanner(text: string | undefined): void {
        this.banner.textContent = text ?? '';
        this.banner.hidden = text === undefined;
    }

    highlight(stepIds: readonly string[]): void {
        this.highlighted = stepIds;
        for (const step of Array.from(this.root.querySelectorAll<SVGElement>('.step[data-step]'))) {
            const on = stepIds.includes(step.getAttribute('data-step') ?? '');
            step.classList.toggle('highlighted', on);
            step.classList.toggle('bp-highlight', on); // the renderer's own highlight style
        }
    }

    /** Parses SVG text as XML (nothing in it runs), cleans it and puts it on the page. */
    private insert(svgText: string): SVGSVGElement | undefined {
        const svg = parseSvg(svgText, this.nonce);
        if (!svg) {
            this.placeholder(this.text.drawFailed);
            return undefined;
        }
        for (const step of Array.from(svg.querySelectorAll('.step[data-step]'))) {
            step.setAttribute('tabindex', '0');
            step.setAttribute('role', 'button');
        }
        this.root.replaceChildren(svg);
        return svg;
    }

    private placeholder(text: string): void {
        const p = document.createElement('p');
        p.className = 'placeholder';
        p.textContent = text;
        this.root.replaceChildren(p);
    }
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
    const doc = new DOMParser().parseFromString(withoutStyles, 'image/svg+xml');
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
    const svg = document.importNode(parsed, true) as unknown as SVGSVGElement;
    svg.prepend(...styles.map(css => {
        const style = document.createElementNS(SVG_NS, 'style');
        style.setAttribute('nonce', nonce);
        style.textContent = css;
        return style;
    }));
    return svg;
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
