/**
 * Zoom and pan over the picture. The viewport scrolls natively (scroll bars,
 * wheel and trackpad pan); dragging with the mouse pans; ctrl/⌘ + wheel (and
 * pinch) zooms around the pointer. The SVG is resized through its width and
 * height attributes, so it stays sharp at every zoom and needs no inline style.
 */

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 8;
const STEP = 1.25;
/** Pointer travel (px) before a press becomes a drag rather than a click. */
const DRAG_THRESHOLD = 4;

export interface ViewPosition { zoom: number; scrollX: number; scrollY: number }

export const clampZoom = (zoom: number): number =>
    Number.isFinite(zoom) && zoom > 0 ? Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom)) : 1;

/** How a picture is fitted: whole, by its height (readable text, scroll in time) or by its width. */
export type FitMode = 'whole' | 'height' | 'width';

/** The zoom that fits a `width`×`height` picture into `available` space (by `mode`); at most `max`. */
export function fitZoom(width: number, height: number, availableWidth: number, availableHeight: number, max = MAX_ZOOM, mode: FitMode = 'whole'): number {
    if (width <= 0 || height <= 0 || availableWidth <= 0 || availableHeight <= 0) return 1;
    const byWidth = availableWidth / width;
    const byHeight = availableHeight / height;
    const zoom = mode === 'height' ? byHeight : mode === 'width' ? byWidth : Math.min(byWidth, byHeight);
    return clampZoom(Math.min(zoom, max));
}

interface Drag { pointerId: number; x: number; y: number; left: number; top: number; moved: boolean }

export class ZoomPanView {
    private svg: SVGSVGElement | undefined;
    private natural = { width: 0, height: 0 };
    private zoom = 1;
    /** Set until the first picture: restore this position, or fit when there is none. */
    private pending: ViewPosition | 'fit' | undefined;
    private drag: Drag | undefined;
    private swallowClick = false;
    private saveTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(
        private readonly viewport: HTMLElement,
        private readonly listener: { zoomed(zoom: number): void; moved(position: ViewPosition): void }
    ) {
        viewport.addEventListener('wheel', event => this.onWheel(event), { passive: false });
        viewport.addEventListener('pointerdown', event => this.onPointerDown(event));
        viewport.addEventListener('pointermove', event => this.onPointerMove(event));
        viewport.addEventListener('pointerup', event => this.onPointerEnd(event));
        viewport.addEventListener('pointercancel', event => this.onPointerEnd(event));
        // A drag ends with a click on whatever is under the pointer: that click is not a step click.
        viewport.addEventListener('click', event => {
            if (!this.swallowClick) return;
            this.swallowClick = false;
            event.stopPropagation();
            event.preventDefault();
        }, true);
        viewport.addEventListener('scroll', () => this.changed());
    }

    /** Starts from a saved position (zoom 0 or none: fit the first picture, but never enlarge it). */
    restore(position: ViewPosition | undefined): void {
        if (position && position.zoom > 0) {
            this.zoom = clampZoom(position.zoom);
            this.pending = position;
        } else {
            this.pending = 'fit';
        }
    }

    /** Where the view is; before the first picture, where it is going to be (zoom 0: fit). */
    get position(): ViewPosition {
        if (this.pending === 'fit') return { zoom: 0, scrollX: 0, scrollY: 0 };
        return this.pending ?? { zoom: this.zoom, scrollX: this.viewport.scrollLeft, scrollY: this.viewport.scrollTop };
    }

    /** Adopts a freshly inserted picture, keeping zoom and scroll position across updates. */
    setPicture(svg: SVGSVGElement | undefined): void {
        const { scrollLeft, scrollTop } = this.viewport;
        this.svg = svg;
        if (!svg) return;
        this.natural = naturalSize(svg);
        this.applySize();
        const pending = this.pending;
        this.pending = undefined;
        if (pending === 'fit') {
            this.fit(1);
        } else {
            this.scrollTo(pending?.scrollX ?? scrollLeft, pending?.scrollY ?? scrollTop);
            this.changed();
        }
    }

    zoomIn(): void { this.zoomTo(this.zoom * STEP); }
    zoomOut(): void { this.zoomTo(this.zoom / STEP); }
    reset(): void { this.zoomTo(1); }

    /** Fits the picture into the viewport by `mode` (`max` caps the zoom, e.g. 1 to never enlarge). */
    fit(max = MAX_ZOOM, mode: FitMode = 'whole'): void {
        if (!this.svg) {
            this.pending = 'fit';
            return;
        }
        const style = getComputedStyle(this.viewport.firstElementChild ?? this.viewport);
        const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
        const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) || 0;
        this.zoom = fitZoom(this.natural.width, this.natural.height,
            this.viewport.clientWidth - padX, this.viewport.clientHeight - padY, max, mode);
        this.applySize();
        this.scrollTo(0, 0);
        this.changed();
    }

    /** Zooms keeping the picture point under (clientX, clientY) in place; the viewport centre by default. */
    zoomTo(next: number, anchor?: { clientX: number; clientY: number }): void {
        next = clampZoom(next);
        if (next === this.zoom) return;
        if (!this.svg) {
            this.zoom = next;
            this.pending = { zoom: next, scrollX: 0, scrollY: 0 };
            this.changed();
            return;
        }
        const box = this.viewport.getBoundingClientRect();
        const x = anchor?.clientX ?? box.left + this.viewport.clientWidth / 2;
        const y = anchor?.clientY ?? box.top + this.viewport.clientHeight / 2;
        const before = this.svg.getBoundingClientRect();
        const pictureX = (x - before.left) / this.zoom;
        const pictureY = (y - before.top) / this.zoom;
        this.zoom = next;
        this.applySize();
        const after = this.svg.getBoundingClientRect();
        this.scrollTo(this.viewport.scrollLeft + after.left + pictureX * next - x, this.viewport.scrollTop + after.top + pictureY * next - y);
        this.changed();
    }

    /**
     * Scrolls smoothly so that a box (page coordinates) is in view, centred,
     * but only when it is not wholly visible already: a visible step stays put.
     */
    bringIntoView(box: DOMRect): void {
        const view = this.viewport.getBoundingClientRect();
        const insets = this.insets();
        const visible = { left: view.left + insets.left, top: view.top + insets.top, right: view.right, bottom: view.bottom };
        const inside = box.left >= visible.left && box.right <= visible.right && box.top >= visible.top && box.bottom <= visible.bottom;
        if (inside) return;
        const centreX = (visible.left + visible.right) / 2;
        const centreY = (visible.top + visible.bottom) / 2;
        this.viewport.scrollTo({
            left: this.viewport.scrollLeft + box.left + box.width / 2 - centreX,
            top: this.viewport.scrollTop + box.top + box.height / 2 - centreY,
            behavior: reducedMotion() ? 'auto' : 'smooth'
        });
    }

    /** What overlays (the sticky lane titles and phase header) cover of the viewport's top-left; none by default. */
    insets: () => { left: number; top: number } = () => ({ left: 0, top: 0 });

    private applySize(): void {
        if (!this.svg || this.natural.width <= 0) return;
        this.svg.setAttribute('width', String(this.natural.width * this.zoom));
        this.svg.setAttribute('height', String(this.natural.height * this.zoom));
    }

    private scrollTo(left: number, top: number): void {
        this.viewport.scrollLeft = left;
        this.viewport.scrollTop = top;
    }

    /** Reports the zoom now and the whole position at most every 150 ms (it is saved as state). */
    private changed(): void {
        this.listener.zoomed(this.zoom);
        clearTimeout(this.saveTimer);
        this.saveTimer = setTimeout(() => this.listener.moved(this.position), 150);
    }

    private onWheel(event: WheelEvent): void {
        if (!event.ctrlKey && !event.metaKey) return; // plain wheel: native scrolling pans
        event.preventDefault();
        const perLine = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 0.05 : 0.002;
        this.zoomTo(this.zoom * Math.exp(-event.deltaY * perLine), event);
    }

    private onPointerDown(event: PointerEvent): void {
        this.swallowClick = false;
        if (event.button !== 0 || event.pointerType === 'touch') return;
        this.drag = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, left: this.viewport.scrollLeft, top: this.viewport.scrollTop, moved: false };
    }

    private onPointerMove(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag || drag.pointerId !== event.pointerId) return;
        const dx = event.clientX - drag.x;
        const dy = event.clientY - drag.y;
        if (!drag.moved) {
            if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
            drag.moved = true;
            this.viewport.setPointerCapture(event.pointerId);
            this.viewport.classList.add('panning');
        }
        this.scrollTo(drag.left - dx, drag.top - dy);
    }

    private onPointerEnd(event: PointerEvent): void {
        const drag = this.drag;
        if (!drag || drag.pointerId !== event.pointerId) return;
        this.drag = undefined;
        if (!drag.moved) return;
        this.swallowClick = event.type === 'pointerup';
        this.viewport.classList.remove('panning');
        if (this.viewport.hasPointerCapture(event.pointerId)) this.viewport.releasePointerCapture(event.pointerId);
    }
}

const reducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The picture's size in SVG user units: its viewBox, else its width and height (then given a viewBox to scale by). */
function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
    const box = svg.viewBox.baseVal;
    if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
    const width = parseFloat(svg.getAttribute('width') ?? '');
    const height = parseFloat(svg.getAttribute('height') ?? '');
    if (width > 0 && height > 0) {
        svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
        return { width, height };
    }
    return { width: 0, height: 0 };
}
