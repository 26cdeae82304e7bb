/**
 * Golden SVGs of every example (light theme) in test/render/golden/.
 * After an intended change of the drawing or of an example, regenerate them with
 * `UPDATE_GOLDENS=1 npx vitest run test/render/golden.test.ts` and look at the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/render/index.js';
import { ROOT, exampleFiles, loadExample } from './examples.js';

const GOLDEN_DIR = join(ROOT, 'test', 'render', 'golden');
const UPDATE = process.env.UPDATE_GOLDENS === '1';
const HOW_TO_UPDATE = 'If the change is intended, regenerate the goldens: UPDATE_GOLDENS=1 npx vitest run test/render/golden.test.ts';

describe('golden SVGs of the examples', () => {
    it.each(exampleFiles())('%s', async file => {
        const example = await loadExample(file);
        const svg = renderSvg(example.models, { theme: 'light' });
        const golden = join(GOLDEN_DIR, `${example.name}.svg`);
        if (UPDATE) {
            mkdirSync(GOLDEN_DIR, { recursive: true });
            writeFileSync(golden, svg);
            return;
        }
        if (!existsSync(golden)) expect.fail(`No golden SVG for ${file}. ${HOW_TO_UPDATE}`);
        const expected = readFileSync(golden, 'utf8');
        if (svg !== expected) expect.fail(`The SVG of ${file} differs from ${golden} (first difference at character ${firstDifference(svg, expected)}). ${HOW_TO_UPDATE}`);
    });
});

function firstDifference(a: string, b: string): number {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
}
