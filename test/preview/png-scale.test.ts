import { describe, expect, it } from 'vitest';
import { CANVAS_MAX_AREA, CANVAS_MAX_SIDE, fittedScale } from '../../src/webview/png.js';

describe('PNG export scale', () => {
    it('keeps the asked scale while the canvas fits', () => {
        expect(fittedScale(2000, 1500, 2)).toBe(2);
    });

    it.each([
        [30_000, 3_000], [8_000, 12_000], [12_000, 9_000], [200_000, 5_000]
    ])('scales a %i×%i picture down to the canvas limits', (width, height) => {
        const scale = fittedScale(width, height, 2);
        expect(scale).toBeLessThan(2);
        expect(Math.ceil(width * scale)).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
        expect(Math.ceil(height * scale)).toBeLessThanOrEqual(CANVAS_MAX_SIDE);
        expect(width * scale * height * scale).toBeLessThanOrEqual(CANVAS_MAX_AREA * 1.0001);
        // The largest scale within the limits: one limit is reached.
        const reached = Math.max(width * scale / CANVAS_MAX_SIDE, height * scale / CANVAS_MAX_SIDE, (width * height * scale * scale) / CANVAS_MAX_AREA);
        expect(reached).toBeCloseTo(1, 5);
    });
});
