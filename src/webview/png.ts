/**
 * PNG export with the browser's own rasterizer: the standalone SVG goes into
 * an <img> through a data: URL (img-src allows data:), is drawn on a canvas
 * at `scale` and comes back as a PNG data URL. No native code in the .vsix.
 */

/** Rasterizes standalone SVG text; rejects when the image does not load or is empty. */
export async function rasterize(svgText: string, scale: number): Promise<string> {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
        image.onload = () => resolve();
        image.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
    });
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
    await loaded;
    const { width, height } = sizeOf(svgText, image);
    if (width <= 0 || height <= 0) throw new Error('the SVG has no size');
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff'; // the light export theme; transparent areas would turn black in some viewers
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
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
