/** Writes PNGs of every example to test-output/render/ for looking at them (RENDER_PNG=1). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, it } from 'vitest';
import { renderSvg } from '../../src/render/index.js';
import type { ThemeKind } from '../../src/protocol.js';
import { ROOT, exampleFiles, loadExample } from './examples.js';

const enabled = process.env.RENDER_PNG === '1';
const THEMES: ThemeKind[] = (process.env.RENDER_THEMES?.split(',') as ThemeKind[] | undefined) ?? ['light'];

describe.skipIf(!enabled)('PNG previews (RENDER_PNG=1)', () => {
    it('renders every example', async () => {
        const dir = join(ROOT, 'test-output', 'render');
        mkdirSync(dir, { recursive: true });
        const only = process.env.RENDER_ONLY;
        for (const file of exampleFiles()) {
            const example = await loadExample(file);
            if (only && !example.name.includes(only)) continue;
            for (const theme of THEMES) {
                const svg = renderSvg(example.models, { theme });
                writeFileSync(join(dir, `${example.name}-${theme}.svg`), svg);
                if (process.env.RENDER_CROP) writeFileSync(join(dir, `${example.name}-${theme}-crop.png`), renderPng(crop(svg, process.env.RENDER_CROP), 1));
                const png = renderPng(svg, Number(process.env.RENDER_ZOOM ?? 1));
                writeFileSync(join(dir, `${example.name}-${theme}.png`), png);
            }
        }
    }, 900_000);
});

function renderPng(svg: string, zoom: number): Buffer {
    const fitTo = zoom === 1 ? undefined : { mode: 'zoom' as const, value: zoom };
    return new Resvg(svg, { font: { loadSystemFonts: true }, fitTo }).render().asPng();
}

/**
 * A part of the picture ("x,y,width,height"), to look at details at full size.
 * resvg panics on a marker of a path entirely outside the canvas, so those lose their markers.
 */
function crop(svg: string, region: string): string {
    const [x, y, w, h] = region.split(',').map(Number);
    const outside = (d: string) => {
        const numbers = [...d.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g)].map(m => [Number(m[1]), Number(m[2])]);
        const xs = numbers.map(p => p[0]);
        const ys = numbers.map(p => p[1]);
        return Math.max(...xs) < x || Math.min(...xs) > x + w || Math.max(...ys) < y || Math.min(...ys) > y + h;
    };
    return svg
        .replace(/width="\d+" height="\d+" viewBox="[^"]*"/, `width="${w}" height="${h}" viewBox="${x} ${y} ${w} ${h}"`)
        .replace(/<path d="([^"]*)"( marker-[^/]*)\/>/g, (all, d: string) => (outside(d) ? `<path d="${d}"/>` : all));
}
