/**
 * Sticky lane titles and phase header: while the picture is panned, the
 * header column (zone strips, lane titles, line labels) stays at the left
 * edge and the phase row at the top. They are overlays made from the drawn
 * picture itself (clones of its lane, line and phase groups, shown through a
 * viewBox on the part that scrolled away), not a second rendering.
 */
import { SIZES } from '../render/dimensions.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The header column's right edge and the phase row, in picture units (as the layout places them). */
const HEADER_RIGHT = SIZES.margin + SIZES.header;
const PHASE_TOP = SIZES.margin + SIZES.titleBlock;
const PHASE_PAD = 3;
const PHASE_HEIGHT = SIZES.phaseRow + 2 * PHASE_PAD;

interface Blueprint { top: number; bottom: number }

export class StickyHeaders {
    private readonly left: SVGSVGElement;
    private readonly top: SVGSVGElement;
    private picture: SVGSVGElement | undefined;
    private blueprints: Blueprint[] = [];
    private phaseGroups: SVGGElement[] = [];
    private frame = 0;

    constructor(layer: HTMLElement, private readonly viewport: HTMLElement) {
        this.left = overlay('sticky-lanes');
        this.top = overlay('sticky-phases');
        layer.append(this.top, this.left);
    }

    /** Takes the header parts of a freshly drawn picture. */
    attach(svg: SVGSVGElement | undefined): void {
        this.picture = svg;
        this.left.replaceChildren();
        this.top.replaceChildren();
        this.blueprints = [];
        this.phaseGroups = [];
        if (!svg) return this.update();
        const background = (parent: SVGSVGElement) => {
            const rect = document.createElementNS(SVG_NS, 'rect');
            rect.setAttribute('class', 'bp-bg');
            rect.setAttribute('x', '-100000');
            rect.setAttribute('y', '-100000');
            rect.setAttribute('width', '200000');
            rect.setAttribute('height', '200000');
            parent.append(rect);
        };
        background(this.left);
        background(this.top);
        for (const group of Array.from(svg.querySelectorAll<SVGGElement>('.bp-blueprint'))) {
            const offset = translateY(group);
            const height = group.getBBox().height;
            this.blueprints.push({ top: offset, bottom: offset + height });
            const lanes = shifted(offset, group.querySelector('.bp-lanes'), group.querySelector('.bp-lines'));
            this.left.append(lanes);
            const phases = shifted(offset, group.querySelector('.bp-phases'));
            for (const shade of Array.from(phases.querySelectorAll('.bp-phase-shade'))) shade.remove();
            this.top.append(phases);
            this.phaseGroups.push(phases);
        }
        this.update();
    }

    /** Follows scroll and zoom (coalesced to one update per frame). */
    schedule(): void {
        if (this.frame) return;
        this.frame = requestAnimationFrame(() => {
            this.frame = 0;
            this.update();
        });
    }

    /** What the overlays cover of the viewport, so a step scrolled into view is not hidden under them. */
    get insets(): { left: number; top: number } {
        const zoom = this.zoom();
        return { left: this.left.style.display === 'none' ? 0 : HEADER_RIGHT * zoom, top: this.top.style.display === 'none' ? 0 : PHASE_HEIGHT * zoom };
    }

    update(): void {
        const svg = this.picture;
        const zoom = this.zoom();
        if (!svg || !svg.isConnected || zoom <= 0) {
            this.left.style.display = 'none';
            this.top.style.display = 'none';
            return;
        }
        const view = this.viewport.getBoundingClientRect();
        const picture = svg.getBoundingClientRect();
        const width = this.viewport.clientWidth;
        const height = this.viewport.clientHeight;
        // The picture point at the viewport's top-left corner.
        const x = (view.left - picture.left) / zoom;
        const y = (view.top - picture.top) / zoom;
        this.showLanes(x > SIZES.margin, view, y, height, zoom);
        const current = this.blueprints.findIndex(b => y >= b.top && y < b.bottom);
        const phaseTop = current >= 0 ? this.blueprints[current].top + PHASE_TOP - PHASE_PAD : 0;
        const showPhases = current >= 0 && y > phaseTop;
        this.phaseGroups.forEach((group, i) => { group.style.display = i === current ? '' : 'none'; });
        this.top.style.display = showPhases ? '' : 'none';
        if (!showPhases) return;
        place(this.top, view.left, view.top, width, PHASE_HEIGHT * zoom);
        this.top.setAttribute('viewBox', `${x} ${phaseTop} ${width / zoom} ${PHASE_HEIGHT}`);
    }

    private showLanes(show: boolean, view: DOMRect, y: number, height: number, zoom: number): void {
        this.left.style.display = show ? '' : 'none';
        if (!show) return;
        place(this.left, view.left, view.top, HEADER_RIGHT * zoom, height);
        this.left.setAttribute('viewBox', `0 ${y} ${HEADER_RIGHT} ${height / zoom}`);
    }

    private zoom(): number {
        const svg = this.picture;
        if (!svg) return 0;
        const natural = svg.viewBox.baseVal;
        return natural && natural.width > 0 ? svg.getBoundingClientRect().width / natural.width : 0;
    }
}

function overlay(id: string): SVGSVGElement {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.id = id;
    svg.setAttribute('class', 'bp-root sticky');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('preserveAspectRatio', 'xMinYMin slice');
    svg.style.display = 'none';
    return svg;
}

/** Clones of picture groups, moved by their blueprint's offset. */
function shifted(offset: number, ...groups: Array<Element | null>): SVGGElement {
    const wrapper = document.createElementNS(SVG_NS, 'g');
    if (offset) wrapper.setAttribute('transform', `translate(0 ${offset})`);
    for (const group of groups) if (group) wrapper.append(group.cloneNode(true));
    return wrapper;
}

function translateY(group: SVGGElement): number {
    const match = /translate\(\s*[-\d.]+[\s,]+([-\d.]+)/.exec(group.getAttribute('transform') ?? '');
    return match ? Number(match[1]) : 0;
}

function place(element: SVGSVGElement, left: number, top: number, width: number, height: number): void {
    element.style.left = `${left}px`;
    element.style.top = `${top}px`;
    element.setAttribute('width', String(width));
    element.setAttribute('height', String(height));
}
