import { describe, expect, it } from 'vitest';
import { MARK_GROUNDS, paletteColor, TEXT_GROUNDS, textColorRoles, THEME_KINDS, type ColorRole, type ThemeKind } from '../../src/render/theme.js';

/** #rrggbb or rgba(r,g,b,a) → [r, g, b, a] with channels 0–255 and alpha 0–1. */
function parseColor(color: string): [number, number, number, number] {
    const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16), 1];
    const rgba = /^rgba\((\d+),(\d+),(\d+),([\d.]+)\)$/.exec(color.replace(/\s/g, ''));
    if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), Number(rgba[4])];
    throw new Error(`unparsed colour ${color}`);
}

/** A translucent layer over an opaque ground. */
function composite(layer: string, ground: string): [number, number, number] {
    const [r, g, b, a] = parseColor(layer);
    const [R, G, B] = parseColor(ground);
    return [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance([r, g, b]: readonly number[]): number {
    const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
function contrast(a: readonly number[], b: readonly number[]): number {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
}

function groundColor(theme: ThemeKind, ground: ColorRole | { ground: ColorRole; over: ColorRole }): [number, number, number] {
    if (typeof ground === 'string') return composite(paletteColor(theme, ground), '#000000');
    return composite(paletteColor(theme, ground.over), paletteColor(theme, ground.ground));
}

const label = (ground: ColorRole | { ground: ColorRole; over: ColorRole }) => typeof ground === 'string' ? ground : `${ground.over} over ${ground.ground}`;

describe('palette contrast (WCAG AA)', () => {
    it('names a ground for every text colour the style sheet uses', () => {
        expect(textColorRoles().length).toBeGreaterThan(8);
        for (const role of textColorRoles()) expect(Object.keys(TEXT_GROUNDS), `text colour ${role}`).toContain(role);
    });

    it.each(THEME_KINDS)('%s: every text is at least 4.5:1 against its ground', theme => {
        const failures: string[] = [];
        for (const [text, grounds] of Object.entries(TEXT_GROUNDS)) {
            const fg = composite(paletteColor(theme, text as ColorRole), '#000000');
            for (const ground of grounds) {
                const ratio = contrast(fg, groundColor(theme, ground));
                if (ratio < 4.5) failures.push(`${text} on ${label(ground)}: ${ratio.toFixed(2)}`);
            }
        }
        expect(failures).toEqual([]);
    });

    it.each(THEME_KINDS)('%s: flows, arrowheads, the three lines and the highlight are at least 3:1 against their ground', theme => {
        const failures: string[] = [];
        for (const [mark, grounds] of Object.entries(MARK_GROUNDS)) {
            const fg = composite(paletteColor(theme, mark as ColorRole), '#000000');
            for (const ground of grounds) {
                const ratio = contrast(fg, groundColor(theme, ground));
                if (ratio < 3) failures.push(`${mark} on ${ground}: ${ratio.toFixed(2)}`);
            }
        }
        expect(failures).toEqual([]);
    });

    it('the contrast check itself: black on white is 21:1, a grey on white fails AA', () => {
        expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
        expect(contrast(parseColor('#999999'), [255, 255, 255])).toBeLessThan(4.5);
    });
});
