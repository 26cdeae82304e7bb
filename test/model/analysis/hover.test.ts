import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blueprintAnalysisHover, performerAnalysisHover, stepAnalysisHover } from '../../../src/language/lsp/analysis-hover.js';
import { modelOf } from './analysis-helpers.js';

const TEXT = readFileSync('examples/counter-deposit.blueprint', 'utf8');

describe('analysis in hovers', () => {
    test('the blueprint summary has a row per scenario with the bottleneck and the cost', async () => {
        const hover = blueprintAnalysisHover(await modelOf(TEXT));
        // Hand calculation in counter-deposit.test.ts: tellers 69.2% at 40/h, 77.9% at 90/h with 10; 15.75 per customer.
        expect(hover).toMatch(/^\| declared \| 40 \/h \| 柜员 69\.2 % \| [\d.]+ min \| 15\.75 \|$/m);
        expect(hover).toMatch(/^\| 午间高峰 \| 90 \/h \| 柜员 77\.9 % \|/m);
    });

    test('a step where the customer meets the tellers shows the predicted wait; the wait point stands for that queue', async () => {
        const model = await modelOf(TEXT);
        const atCall = stepAnalysisHover(model, '叫号');
        expect(atCall).toMatch(/^\| declared \| 柜员 69\.2 % \| [\d.]+ s \| [\d.]+ % \| [\d.]+ \|$/m);
        expect(stepAnalysisHover(model, '排队等待')).toBe(atCall);
        expect(stepAnalysisHover(model, '递交存折')).toBe('');
    });

    test('a performer shows its utilisation per scenario', async () => {
        const hover = performerAnalysisHover('柜员', [await modelOf(TEXT)]);
        expect(hover).toMatch(/^\| 柜台存款 \| declared \| 5 \| 69\.2 % \|/m);
        expect(hover).toMatch(/^\| 柜台存款 \| 午间高峰 \| 10 \| 77\.9 % \|/m);
    });

    test('without a demand there is no analysis section; with missing staff it says what is missing', async () => {
        expect(blueprintAnalysisHover(await modelOf('blueprint B { customer { step a } }'))).toBe('');
        expect(blueprintAnalysisHover(await modelOf('actor T\nblueprint B { demand 5 per h customer { step a { by T time 1 min } } }'))).toContain("needs staff for 'T'");
    });
});
