/**
 * The pure half of exporting (no `vscode` import, unit-tested): which SVG an
 * export writes, the default file name, and decoding the webview's PNG.
 */
import type { ModelSnapshot } from '../../protocol.js';
import { renderSvg, type DiagramLabels } from '../../render/index.js';

/** Exports are drawn in the light theme with standalone colours: they must look right outside VS Code. */
export function standaloneSvg(snapshot: ModelSnapshot, labels?: DiagramLabels): string | undefined {
    return snapshot.blueprints.length > 0 ? renderSvg(snapshot.blueprints, { theme: 'light', labels }) : undefined;
}

/** `/a/b/flow.blueprint` → `/a/b/flow.svg` (any other name just gets the extension). */
export function exportPath(sourcePath: string, extension: 'svg' | 'png'): string {
    return `${sourcePath.replace(/\.blueprint$/i, '')}.${extension}`;
}

const PNG_PREFIX = 'data:image/png;base64,';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The bytes of a `data:image/png;base64,…` URL, or undefined when it is anything else. */
export function decodePngDataUrl(dataUrl: string): Uint8Array | undefined {
    if (!dataUrl.startsWith(PNG_PREFIX)) return undefined;
    const base64 = dataUrl.slice(PNG_PREFIX.length);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return undefined;
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    return PNG_SIGNATURE.every((byte, i) => bytes[i] === byte) ? bytes : undefined;
}
