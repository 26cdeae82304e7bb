/**
 * The blueprint renderer: BlueprintModel → laid-out diagram → SVG string.
 * Pure TypeScript (no vscode, no node:, no DOM), deterministic: the same input
 * always gives byte-identical SVG.
 */
import type { BlueprintModel } from '../model/types.js';
import { layoutBlueprint } from './layout.js';
import { renderLayoutsToSvg, type RenderOptions } from './svg.js';
import type { BlueprintLayout } from './types.js';

export { layoutBlueprint } from './layout.js';
export { themeVariables } from './theme.js';
export { escapeXml, measureText, wrapText, truncateText } from './text.js';
export type { RenderOptions } from './svg.js';
export type * from './types.js';

/** Renders one blueprint, or several stacked top to bottom (each with its title). */
export function renderSvg(models: BlueprintModel[] | BlueprintModel, options: RenderOptions = {}): string {
    const list = Array.isArray(models) ? models : [models];
    return renderLayoutsToSvg(list.map(model => layoutBlueprint(model, options.labels)), options);
}

/** Draws layouts made by layoutBlueprint (e.g. after inspecting or adjusting them). */
export function renderLayoutToSvg(layouts: BlueprintLayout[] | BlueprintLayout, options: RenderOptions = {}): string {
    return renderLayoutsToSvg(Array.isArray(layouts) ? layouts : [layouts], options);
}
