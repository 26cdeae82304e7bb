/**
 * The preview follows VS Code's theme: the renderer's `--bp-…` colours are
 * defined on #preview-root from the renderer's own palette for the current
 * theme kind (body.vscode-light / vscode-dark / vscode-high-contrast / vscode-high-contrast-light), and the
 * roles VS Code has a colour for take VS Code's colour (the palette value is
 * the fallback). Only roles whose pairs VS Code itself keeps readable are
 * mapped (editor text on editor ground, borders, focus); a badge's fill stays
 * the palette's, as its letter's colour is the palette's (the contrast test
 * checks the palettes). Set through the CSSOM, which the CSP allows; not on <html>,
 * whose style VS Code rewrites on every theme change.
 */
import type { ThemeKind } from '../render/theme.js';
import { themeVariables, type ColorRole } from '../render/theme.js';

/** Renderer colour role → VS Code theme colour variable. */
export const VSCODE_COLORS: Readonly<Partial<Record<ColorRole, string>>> = {
    'bg': '--vscode-editor-background',
    'fg': '--vscode-editor-foreground',
    'title': '--vscode-editor-foreground',
    'muted': '--vscode-descriptionForeground',
    'step-fg': '--vscode-editor-foreground',
    'step-bg': '--vscode-editor-background',
    'lane-border': '--vscode-panel-border',
    'line-interaction': '--vscode-editor-foreground',
    'line-visibility': '--vscode-editor-foreground',
    'line-internal': '--vscode-editor-foreground',
    'legend-bg': '--vscode-editorWidget-background',
    'legend-border': '--vscode-editorWidget-border',
    'highlight': '--vscode-focusBorder'
};

/** The `--bp-…` declarations for a theme kind: VS Code's colour where there is one, the palette's otherwise. */
export function themeDeclarations(theme: ThemeKind): Array<[name: string, value: string]> {
    return Object.entries(themeVariables(theme)).map(([name, value]) => {
        const vscodeColor = VSCODE_COLORS[name.replace(/^--bp-/, '') as ColorRole];
        return [name, vscodeColor ? `var(${vscodeColor}, ${value})` : value];
    });
}

export function applyTheme(element: HTMLElement, theme: ThemeKind): void {
    for (const [name, value] of themeDeclarations(theme)) element.style.setProperty(name, value);
}
