/**
 * The overview of a large picture: a small canvas in the viewport's corner
 * with the lanes, the three lines and every step drawn from the same layouts
 * the picture was drawn from, and the visible window marked. Clicking or
 * dragging in it moves the view there. It shows only while the picture is
 * larger than a few screens; a canvas keeps it cheap at 10,000 steps (no
 * second DOM copy of the picture).
 */
import { SIZES } from '../render/dimensions.js';
import type { BlueprintLayout } from '../render/types.js';

/** The overview's largest size on screen, in CSS pixels. */
const MAX_WIDTH = 280;
const MAX_HEIGHT = 120;
/** A long process would give a thin strip: the overview is then stretched to this height (lanes stay tellable apart). */
const MIN_HEIGHT = 56;
/** Shown once the zoomed picture is this many viewports wide (or high). */
const SHOW_FROM_SCREENS = 2.5;

export interface MinimapPicture {
    svg: SVGSVGElement;
    layouts: BlueprintLayout[];
    /** The picture's size in SVG units. */
    width: number;
    height: number;
}

export class Minimap {
    private readonly canvas: HTMLCanvasElement;
    private readonly window: HTMLDivElement;
    private picture: MinimapPicture | undefined;
    /** Overview pixels per picture unit, across and down (they differ for a long, low picture). */
    private scaleX = 1;
    private scaleY = 1;
    private dragging = false;
    private frame = 0;

    constructor(
        private readonly container: HTMLElement,
        private readonly viewport: HTMLElement,
        label: string,
        /** The element the picture's `--bp-…` colours are defined on. */
        private readonly colorsFrom: HTMLElement
    ) {
        this.canvas = document.createElement('canvas');
        this.window = document.createElement('div');
        this.window.className = 'minimap-window';
        container.setAttribute('role', 'img');
        container.setAttribute('aria-label', label);
        container.title = label;
        container.hidden = true;
        container.append(this.canvas, this.window);
        container.addEventListener('pointerdown', event => {
            if (event.button !== 0) return;
            event.preventDefault();
            event.stopPropagation();
            this.dragging = true;
            container.setPointerCapture(event.pointerId);
            this.moveTo(event);
        });
        container.addEventListener('pointermove', event => { if (this.dragging) this.moveTo(event); });
        const end = (event: PointerEvent) => {
            this.dragging = false;
            if (container.hasPointerCapture(event.pointerId)) container.releasePointerCapture(event.pointerId);
        };
        container.addEventListener('pointerup', end);
        container.addEventListener('pointercancel', end);
    }

    /** Takes a freshly drawn picture (undefined: none) and draws its overview. */
    setPicture(picture: MinimapPicture | undefined): void {
        this.picture = picture;
        if (picture) this.draw(picture);
        this.schedule();
    }

    /** Redraws the overview's colours (after a theme change). */
    recolor(): void {
        if (this.picture) this.draw(this.picture);
    }

    /** Marks the visible window after a scroll, zoom or resize, once per frame. */
    schedule(): void {
        if (this.frame) return;
        this.frame = requestAnimationFrame(() => {
            this.frame = 0;
            this.update();
        });
    }

    private update(): void {
        const picture = this.picture;
        const zoom = picture ? zoomOf(picture) : 0;
        const large = picture !== undefined && zoom > 0
            && (picture.width * zoom > SHOW_FROM_SCREENS * this.viewport.clientWidth || picture.height * zoom > SHOW_FROM_SCREENS * this.viewport.clientHeight);
        this.container.hidden = !large;
        if (!large || !picture) return;
        const view = this.viewport.getBoundingClientRect();
        const svg = picture.svg.getBoundingClientRect();
        const left = (view.left - svg.left) / zoom;
        const top = (view.top - svg.top) / zoom;
        const width = this.viewport.clientWidth / zoom;
        const height = this.viewport.clientHeight / zoom;
        const [sx, sy] = [this.scaleX, this.scaleY];
        const x1 = clamp(left * sx, 0, picture.width * sx);
        const y1 = clamp(top * sy, 0, picture.height * sy);
        const x2 = clamp((left + width) * sx, 0, picture.width * sx);
        const y2 = clamp((top + height) * sy, 0, picture.height * sy);
        Object.assign(this.window.style, { left: `${x1}px`, top: `${y1}px`, width: `${Math.max(2, x2 - x1)}px`, height: `${Math.max(2, y2 - y1)}px` });
    }

    /** Centres the view on the picture point under the pointer. */
    private moveTo(event: PointerEvent): void {
        const picture = this.picture;
        if (!picture) return;
        const zoom = zoomOf(picture);
        const box = this.canvas.getBoundingClientRect();
        const x = (event.clientX - box.left) / this.scaleX;
        const y = (event.clientY - box.top) / this.scaleY;
        const view = this.viewport.getBoundingClientRect();
        const svg = picture.svg.getBoundingClientRect();
        this.viewport.scrollLeft += svg.left + x * zoom - view.left - this.viewport.clientWidth / 2;
        this.viewport.scrollTop += svg.top + y * zoom - view.top - this.viewport.clientHeight / 2;
    }

    private draw(picture: MinimapPicture): void {
        const scale = Math.min(MAX_WIDTH / picture.width, MAX_HEIGHT / picture.height);
        this.scaleX = scale;
        this.scaleY = Math.max(scale, Math.min(MIN_HEIGHT, MAX_HEIGHT) / picture.height);
        const width = Math.max(1, Math.round(picture.width * this.scaleX));
        const height = Math.max(1, Math.round(picture.height * this.scaleY));
        const ratio = window.devicePixelRatio || 1;
        this.canvas.width = Math.round(width * ratio);
        this.canvas.height = Math.round(height * ratio);
        this.canvas.style.width = `${width}px`;
        this.canvas.style.height = `${height}px`;
        this.container.style.width = `${width}px`;
        this.container.style.height = `${height}px`;
        const context = this.canvas.getContext('2d');
        if (!context) return;
        const color = colorReader(this.colorsFrom);
        context.setTransform(ratio * this.scaleX, 0, 0, ratio * this.scaleY, 0, 0);
        context.fillStyle = color('bg');
        context.fillRect(0, 0, picture.width, picture.height);
        let offset = 0;
        for (const layout of picture.layouts) {
            drawLayout(context, layout, offset, color, this.scaleY);
            offset += layout.height + SIZES.blueprintGap;
        }
    }
}

function drawLayout(context: CanvasRenderingContext2D, layout: BlueprintLayout, offset: number, color: (role: string) => string, scale: number): void {
    for (const lane of layout.lanes) {
        context.fillStyle = color(`lane-${lane.zone}`);
        context.fillRect(lane.x, offset + lane.y, lane.width, lane.height);
    }
    for (const band of layout.bands) {
        context.fillStyle = color(`zone-${band.zone}`);
        context.fillRect(band.x, offset + band.y, band.width, band.height);
    }
    // At least a device pixel thick, whatever the scale.
    const hairline = 1 / scale;
    for (const line of layout.lines) {
        context.fillStyle = color(`line-${line.kind}`);
        context.fillRect(line.x1, offset + line.y - hairline / 2, line.x2 - line.x1, hairline * 1.5);
    }
    context.fillStyle = color('step-border');
    for (const step of layout.steps) context.fillRect(step.x, offset + step.y, step.width, step.height);
    context.fillStyle = color('fail');
    for (const step of layout.steps) {
        if (step.badges.some(badge => badge.kind === 'fail')) context.fillRect(step.x, offset + step.y, step.width, Math.max(hairline * 2, step.height / 4));
    }
}

/** Reads the picture's `--bp-…` colours as the page resolved them (VS Code's theme colour where mapped). */
function colorReader(element: HTMLElement): (role: string) => string {
    const style = getComputedStyle(element);
    const cache = new Map<string, string>();
    return role => {
        let value = cache.get(role);
        if (value === undefined) {
            value = style.getPropertyValue(`--bp-${role}`).trim() || '#888888';
            cache.set(role, value);
        }
        return value;
    };
}

/** Screen pixels per SVG unit. */
function zoomOf(picture: MinimapPicture): number {
    const box = picture.svg.getBoundingClientRect();
    return picture.width > 0 ? box.width / picture.width : 0;
}

function clamp(value: number, low: number, high: number): number {
    return Math.min(high, Math.max(low, value));
}
