/**
 * PNG export with the browser's own rasterizer: the standalone SVG goes into
 * an <img> through a data: URL (img-src allows data:), is drawn on a canvas
 * at `scale` and comes back as a PNG data URL. No native code in the .vsix.
 */

/**
 * Chromium refuses canvases over 32,767 px a side or 268 M pixels (and gives
 * an empty PNG); a quarter of that area keeps the page's memory sane. A larger
 * picture is drawn at the largest scale within these limits (scaled, not tiled:
 * one PNG file, every part of the picture in it).
 */
export const CANVAS_MAX_SIDE = 16_384;
export const CANVAS_MAX_AREA = 67_108_864;

/** The scale to draw a `width`×`height` picture at: `wanted`, or less where the canvas limits require. */
export function fittedScale(width: number, height: number, wanted: number): number {
    if (width <= 0 || height <= 0) return wanted;
    return Math.min(wanted, CANVAS_MAX_SIDE / width, CANVAS_MAX_SIDE / height, Math.sqrt(CANVAS_MAX_AREA / (width * height)));
}

export interface Raster { dataUrl: string; scale: number }

/** Rasterizes standalone SVG text; rejects when the image does not load or is empty. */
export async function rasterize(svgText: string, wantedScale: number): Promise<Raster> {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
    });
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
    await loaded;
    const { width, height } = sizeOf(svgText, image);
    if (width <= 0 || height <= 0) throw new Error('the SVG has no size');
    const scale = fittedScale(width, height, wantedScale);
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff'; // the light export theme; transparent areas would turn black in some viewers
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const dataUrl = canvas.toDataURL('image/png');
    // An oversized or lost canvas gives "data:," instead of throwing.
    if (!dataUrl.startsWith('data:image/png')) throw new Error(`the browser could not draw a ${canvas.width}×${canvas.height} canvas`);
    return { dataUrl, scale };
}

/** The picture's intrinsic size: the <img>'s, else the SVG's width/height or viewBox. */
function sizeOf(svgText: string, image: HTMLImageElement): { width: number; height: number } {
    if (image.naturalWidth > 0 && image.naturalHeight > 0) return { width: image.naturalWidth, height: image.naturalHeight };
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    const width = parseFloat(svg.getAttribute('width') ?? '') || viewBox[2] || 0;
    const height = parseFloat(svg.getAttribute('height') ?? '') || viewBox[3] || 0;
    return { width, height };
}
