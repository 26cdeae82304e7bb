import { describe, expect, it } from 'vitest';
import { FONTS } from '../../src/render/dimensions.js';
import { styleSheet } from '../../src/render/theme.js';

/** The declarations of the rule for `selector` in the style sheet. */
function declarations(selector: string): string {
    const css = styleSheet({ theme: 'light', cssVariablesOnly: true });
    const start = css.indexOf(`${selector}{`);
    expect(start, selector).toBeGreaterThanOrEqual(0);
    return css.slice(start + selector.length + 1, css.indexOf('}', start));
}

describe('the style sheet draws text in the fonts the layout measures', () => {
    // Regression: the fail badge's letter was 10px while the layout measured badges at 9.5px.
    it.each([
        ['.bp-fail text', FONTS.badge], ['.bp-wait text', FONTS.badge], ['.bp-disc text', FONTS.badge],
        ['.step>text', FONTS.label], ['.step>.bp-meta', FONTS.meta], ['.bp-zone-label', FONTS.zone],
        ['.bp-lane-title', FONTS.laneTitle], ['.bp-edge-label', FONTS.edgeLabel], ['.bp-legend-value', FONTS.legend]
    ])('%s', (selector, font) => {
        const css = declarations(selector);
        expect(css).toContain(`font-size:${font.size}px`);
        expect(css.includes('font-weight:700')).toBe('bold' in font && font.bold === true);
    });
});
