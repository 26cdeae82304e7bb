import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { messagesFor } from '../../src/i18n/index.js';
import { analyticFigures, performerSeverity, simulateFigures } from '../../src/model/analysis/figures.js';
import { durationText, renderAnalysisPanel, waitBadge } from '../../src/render/analysis-view.js';
import { paletteColor, THEME_KINDS } from '../../src/render/theme.js';
import { modelOf } from '../model/analysis/analysis-helpers.js';
import { allElements, parseSvg, textOf } from './xml.js';

const TEXT = readFileSync('examples/counter-deposit.blueprint', 'utf8');
const en = messagesFor('en').analysis;

async function figuresOf(text: string, scenario?: string) {
    const result = analyticFigures(await modelOf(text), scenario);
    if (result.missing) throw new Error(result.missing.join('; '));
    return result;
}

describe('the Analysis view\'s figures', () => {
    test('utilisation per counted performer is the analytic pass\'s (counter deposit, hand calculation in counter-deposit.test.ts)', async () => {
        const { figures } = await figuresOf(TEXT);
        const teller = figures.performers.find(p => p.id === '柜员')!;
        expect(teller.utilisation).toBeCloseTo(40 * (280 + 600 * 0.05 / 0.95) / 3600 / 5, 9);
        expect(teller.severity).toBe('ok');
        expect(figures.performers.find(p => p.id === '叫号机')?.utilisation).toBeCloseTo(1 / 3, 9);
        expect(figures.bottleneck).toBe('柜员');
        expect(figures.visibleTime).toBeUndefined(); // not simulated yet
    });

    test('severity: at or over 100% over, from 85% warn, under 30% idle', () => {
        expect([1.2, 1, 0.9, 0.5, 0.2].map(performerSeverity)).toEqual(['over', 'over', 'warn', 'ok', 'idle']);
    });

    test('the simulation adds p90 waits and the customer-visible time, seeded', async () => {
        const { figures, network } = await figuresOf(TEXT, '午间高峰');
        const simulated = simulateFigures(figures, network, 4000, 1);
        expect(simulated.visibleTime?.customers).toBe(4000);
        expect(simulated.visibleTime!.p90).toBeGreaterThanOrEqual(simulated.visibleTime!.p50);
        expect(simulated.visibleTime!.histogram.counts.reduce((a, b) => a + b, 0)).toBe(3600); // the measured 90%
        expect(simulated.waits.length).toBeGreaterThan(0);
        for (const wait of simulated.waits) expect(wait.p90).toBeDefined();
        expect(simulateFigures(figures, network, 4000, 1)).toEqual(simulated);
    });

    test('an overloaded performer is not simulated (the queue never settles) and shows as over', async () => {
        const { figures, network } = await figuresOf(TEXT.replace('staff 柜员 10', 'staff 柜员 3'), '午间高峰');
        expect(figures.performers.find(p => p.id === '柜员')?.severity).toBe('over');
        expect(simulateFigures(figures, network).visibleTime).toBeUndefined();
        expect(figures.waits.some(w => w.severity === 'over' && !Number.isFinite(w.mean))).toBe(true);
    });
});

describe('the Analysis panel SVG', () => {
    test('is well-formed, with a bar per performer, a row per wait, a histogram and the target line', async () => {
        const { figures, network } = await figuresOf(TEXT);
        const svg = parseSvg(renderAnalysisPanel(simulateFigures(figures, network, 3000), 'Declared', en, 'light'));
        const elements = allElements(svg);
        expect(elements.filter(e => e.getAttribute('class') === 'bp-analysis-bar').map(e => e.getAttribute('data-performer'))).toEqual(figures.performers.map(p => p.id));
        expect(elements.filter(e => e.getAttribute('class') === 'bp-analysis-wait')).toHaveLength(figures.waits.length);
        expect(elements.some(e => e.getAttribute('class') === 'bp-analysis-histogram')).toBe(true);
        expect(elements.some(e => e.getAttribute('class') === 'bp-analysis-target')).toBe(figures.target !== undefined);
        expect(textOf(svg.documentElement!)).toContain('Utilisation per performer');
    });

    test('escapes every text from the document', async () => {
        const hostile = TEXT.replace('blueprint 柜台存款 "', 'blueprint 柜台存款 "<script>alert(1)</script> & "');
        const { figures } = await figuresOf(hostile);
        expect(figures.title).toContain('<script>');
        const markup = renderAnalysisPanel({ ...figures, waits: figures.waits.map(w => ({ ...w, label: '<b onload="x">' })) }, '"><img>', en, 'dark');
        expect(markup).not.toMatch(/<script|<b |<img/);
        parseSvg(markup);
    });

    test('takes its colours from the palette of each of the four theme kinds', async () => {
        const { figures } = await figuresOf(TEXT);
        const colours = THEME_KINDS.map(theme => {
            const markup = renderAnalysisPanel(figures, 'x', en, theme);
            expect(markup).toContain(`fill="${paletteColor(theme, 'fg')}"`);
            return markup;
        });
        expect(new Set(colours).size).toBe(4);
    });

    test('speaks Chinese with the Chinese catalogue', async () => {
        const { figures } = await figuresOf(TEXT);
        const markup = renderAnalysisPanel(figures, '午间高峰', messagesFor('zh-cn').analysis, 'light');
        expect(markup).toContain('各执行者利用率');
        expect(durationText(90, messagesFor('zh-cn').analysis.units)).toBe('1.5 分钟');
    });

    test('a wait badge sits right above its step, coloured by severity', () => {
        const badge = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${waitBadge({ mean: 90, severity: 'over' }, 'wait 1.5 min', 'a <title>', 140, 'light')}</svg>`);
        const rect = allElements(badge).find(e => e.localName === 'rect')!;
        expect(rect.getAttribute('fill')).toBe(paletteColor('light', 'fail'));
        expect(Number(rect.getAttribute('x')) + Number(rect.getAttribute('width'))).toBe(140);
    });
});
