import { describe, expect, it } from 'vitest';
import { THEME_KINDS, themeVariables } from '../../src/render/theme.js';
import { themeDeclarations, VSCODE_COLORS } from '../../src/webview/theme.js';

describe('themeDeclarations', () => {
    it.each(THEME_KINDS)('defines every renderer colour for %s', theme => {
        const declared = new Map(themeDeclarations(theme));
        expect([...declared.keys()].sort()).toEqual(Object.keys(themeVariables(theme)).sort());
        for (const value of declared.values()) expect(value).toBeTruthy();
    });

    it('maps the main roles to VS Code theme colours, falling back to the palette', () => {
        const declared = new Map(themeDeclarations('dark'));
        const palette = themeVariables('dark');
        expect(declared.get('--bp-bg')).toBe(`var(--vscode-editor-background, ${palette['--bp-bg']})`);
        expect(declared.get('--bp-fg')).toBe(`var(--vscode-editor-foreground, ${palette['--bp-fg']})`);
        expect(declared.get('--bp-highlight')).toBe(`var(--vscode-focusBorder, ${palette['--bp-highlight']})`);
        // A badge's fill stays the palette's: its letter's colour is the palette's too.
        expect(declared.get('--bp-fail')).toBe(palette['--bp-fail']);
    });

    it('maps only roles the renderer has', () => {
        const roles = Object.keys(themeVariables('light')).map(name => name.replace(/^--bp-/, ''));
        for (const role of Object.keys(VSCODE_COLORS)) expect(roles).toContain(role);
    });

    it('has a light high-contrast palette of its own: light ground, dark text', () => {
        const palette = themeVariables('high-contrast-light');
        expect(palette['--bp-bg']).toBe('#ffffff');
        expect(palette['--bp-fg']).toBe('#000000');
        expect(palette).not.toEqual(themeVariables('high-contrast'));
    });

    it('follows the theme kind for unmapped roles', () => {
        expect(new Map(themeDeclarations('light')).get('--bp-lane-customer')).toBe(themeVariables('light')['--bp-lane-customer']);
        expect(new Map(themeDeclarations('dark')).get('--bp-lane-customer')).toBe(themeVariables('dark')['--bp-lane-customer']);
    });
});
