import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { comparisonMarkdown, markdownText, staffingHeadline, staffingMarkdown } from '../../src/extension/analysis-report.js';
import { messagesFor } from '../../src/i18n/index.js';
import { compareModels } from '../../src/model/analysis/compare.js';
import { analyseBlueprint } from '../../src/model/analysis/index.js';
import { parseGoal, searchStaff, staffablePerformers } from '../../src/model/analysis/staffing.js';
import { modelOf } from '../model/analysis/analysis-helpers.js';

const AS_IS = readFileSync('examples/counter-deposit.blueprint', 'utf8');
const TO_BE = readFileSync('examples/kiosk-deposit.blueprint', 'utf8');
const en = messagesFor('en').analysis;
const zh = messagesFor('zh-cn').analysis;

function decodedImages(markdown: string): string[] {
    return [...markdown.matchAll(/\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/g)].map(m => Buffer.from(m[1], 'base64').toString('utf8'));
}

describe('Compare with…: the comparison document', () => {
    test('metrics with deltas, the step diff and both diagrams with the differing steps marked', async () => {
        const [asIs, toBe] = [await modelOf(AS_IS), await modelOf(TO_BE.replace(/^actor .*$/gm, ''))];
        const comparison = compareModels(asIs, toBe, { asIs: '午间高峰', toBe: '午间高峰' }, 2000, 1);
        const markdown = comparisonMarkdown({ model: asIs, label: 'counter-deposit.blueprint#柜台存款' }, { model: toBe, label: 'kiosk' }, comparison, en, 'light');
        expect(markdown).toContain('| metric | as-is | to-be | Δ |');
        const steps = comparison.metrics.find(m => m.metric === 'steps')!;
        expect(markdown).toContain(`| steps | ${steps.asIs} | ${steps.toBe} |`);
        expect(comparison.steps.added.length + comparison.steps.removed.length + comparison.steps.changed.length).toBeGreaterThan(0);
        for (const id of comparison.steps.added) expect(markdown).toContain(`added: ${markdownText(id)}`);
        const [left, right] = decodedImages(markdown);
        expect(left).toContain('<svg');
        const marked = (svg: string) => [...svg.matchAll(/<g class="step[^"]*bp-highlight" data-step="([^"]*)"/g)].map(m => m[1]).sort();
        expect(marked(right)).toEqual([...comparison.steps.added, ...comparison.steps.changed.map(c => c.step)].sort());
        expect(marked(left)).toEqual([...comparison.steps.removed, ...comparison.steps.changed.map(c => c.step)].sort());
    });

    test('a blueprint against one of its own scenarios; in Chinese', async () => {
        const model = await modelOf(AS_IS);
        const comparison = compareModels(model, model, { toBe: '午间高峰' }, 2000, 1);
        expect(comparison.metrics.find(m => m.metric === 'demand')).toMatchObject({ asIs: 40, toBe: 90, delta: 50 });
        expect(comparison.steps).toEqual({ added: [], removed: [], changed: [] });
        const markdown = comparisonMarkdown({ model, label: 'a' }, { model, label: 'b' }, comparison, zh, 'dark');
        expect(markdown).toContain('| 指标 | 现状 | 改进后 | 差值 |');
        expect(markdown).toContain('需求(人/小时) | 40 | 90 | +50');
        expect(markdown).toContain('声明的需求与人员 → 午间高峰');
    });

    test('document text cannot inject HTML or Markdown', () => {
        expect(markdownText('<img src=x onerror=alert(1)> [link](javascript:x) **b**')).not.toMatch(/<img|\]\(|\*\*/);
    });
});

describe('Find Staffing for Goal…', () => {
    test('the answer and the trials, the least staff that meets the goal', async () => {
        const model = await modelOf(AS_IS);
        const analysis = analyseBlueprint(model, '午间高峰');
        if (analysis.missing) throw new Error(analysis.missing.join());
        const teller = staffablePerformers(analysis.network).find(i => analysis.network.performers[i].id === '柜员')!;
        const answer = searchStaff(analysis.network, analysis.analytic, teller, parseGoal('p90 wait < 2 min')!, 3000, 1);
        expect(answer.staff).toBeDefined();
        expect(answer.trials.at(-1)!.meets).toBe(true);
        expect(answer.trials.slice(0, -1).every(t => !t.meets)).toBe(true);
        expect(staffingHeadline(answer, 90, en)).toContain(`${answer.staff} × 柜员 meets "p90 wait < 2 min" at 90 customers an hour`);
        expect(staffingMarkdown('Deposit', answer, 90, zh).split('\n').filter(l => l.startsWith('- '))).toHaveLength(answer.trials.length);
    });

    test('goals read as the CLI reads them', () => {
        expect(parseGoal('p90 wait < 10 min')).toMatchObject({ statistic: 'p90', of: 'wait', limit: 600 });
        expect(parseGoal('p95 time < 30 分钟')).toMatchObject({ statistic: 'p95', of: 'time', limit: 1800 });
        expect(parseGoal('p95 wait < 1 min')).toBeUndefined();
        expect(parseGoal('fast please')).toBeUndefined();
    });
});

describe('the analysis commands', () => {
    test('are contributed, in the command palette for blueprint files', () => {
        const { contributes } = JSON.parse(readFileSync('package.json', 'utf8'));
        const ids = contributes.commands.map((c: { command: string }) => c.command);
        for (const id of ['blueprint.compareWith', 'blueprint.findStaffing']) { // ANALYSIS_COMMANDS in src/extension/analysis-commands.ts
            expect(ids).toContain(id);
            expect(contributes.menus.commandPalette).toContainEqual({ command: id, when: 'editorLangId == blueprint' });
        }
    });
});
