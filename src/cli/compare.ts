/**
 * blueprint compare <as-is[#Name]> <to-be[#Name]> [--scenario NAME] [--customers N] [--seed S] [--format text|md|json]
 * Metric deltas (the process metrics and, under the same scenario, the
 * analysis) and a step-level diff by name.
 */
import { output as stdio } from './output.js';
import type { StepModel } from '../model/types.js';
import { choiceOf, loadBlueprint, markdownTable, minutes, money, parseOptions, percent, textTable, wholeNumber, type LoadedBlueprint } from './analysis-input.js';
import { diffSteps as diffStepModels, type StepChange as ModelStepChange } from '../model/analysis/compare.js';
import { CliError } from './errors.js';
import { cliLocale, text } from './text.js';
import { messagesFor } from '../i18n/index.js';
import { missingInputsText } from '../i18n/missing-inputs.js';
import { DEFAULT_CUSTOMERS, simulateBlueprint, type SimulateReport } from './simulate.js';


type Kind = 'count' | 'duration' | 'share' | 'money' | 'rate';
export type MetricName = keyof ReturnType<typeof text>['compare']['metric'];
export interface MetricDelta { metric: MetricName; kind: Kind; asIs?: number; toBe?: number; delta?: number }

export interface StepChange { step: string; changes: string[] }
export interface StepDiff { added: string[]; removed: string[]; changed: StepChange[] }

export interface Comparison {
    asIs: string;
    toBe: string;
    scenario?: string;
    metrics: MetricDelta[];
    steps: StepDiff;
    notes: string[];
}

export async function compareCommand(args: string[]): Promise<number> {
    const { values, positionals } = parseOptions(args, {
        scenario: { type: 'string' }, customers: { type: 'string' }, seed: { type: 'string' }, format: { type: 'string' }
    });
    if (positionals.length !== 2) throw new CliError(text().compare.needsTwo);
    const format = choiceOf(values.format, ['text', 'md', 'json'] as const, 'format', 'text');
    const customers = wholeNumber(values.customers, 'customers', DEFAULT_CUSTOMERS);
    const seed = wholeNumber(values.seed, 'seed', 1, 0);
    const scenario = values.scenario as string | undefined;
    const [asIs, toBe] = [await loadBlueprint(positionals[0]), await loadBlueprint(positionals[1])];
    for (const side of [asIs, toBe]) {
        if (scenario !== undefined && !side.model.scenarios?.some(s => s.id === scenario)) throw new CliError(text().compare.noScenario(side.path, scenario));
    }
    const comparison = compare(asIs, toBe, scenario, customers, seed);
    stdio.line(format === 'json' ? JSON.stringify(comparison, null, 2) : format === 'md' ? formatMarkdown(comparison) : formatText(comparison));
    return asIs.errors > 0 || toBe.errors > 0 ? 1 : 0;
}

export function compare(asIs: LoadedBlueprint, toBe: LoadedBlueprint, scenario: string | undefined, customers: number, seed: number): Comparison {
    const notes: string[] = [];
    const analysed = (side: LoadedBlueprint): SimulateReport | undefined => {
        const result = simulateBlueprint(side, scenario, customers, seed);
        if ('missing' in result) { notes.push(text().compare.notAnalysed(side.path, missingInputsText(result.missing, messagesFor(cliLocale()).analysis))); return undefined; }
        return result.report;
    };
    const [a, b] = [analysed(asIs), analysed(toBe)];
    return {
        asIs: `${asIs.path}#${asIs.model.name}`,
        toBe: `${toBe.path}#${toBe.model.name}`,
        scenario,
        metrics: [...processMetrics(asIs, toBe), ...analysisMetrics(a, b)],
        steps: diffSteps(asIs.model.steps, toBe.model.steps),
        notes
    };
}

function delta(metric: MetricName, kind: Kind, asIs: number | undefined, toBe: number | undefined): MetricDelta {
    return { metric, kind, asIs, toBe, delta: asIs !== undefined && toBe !== undefined ? toBe - asIs : undefined };
}

function processMetrics(asIs: LoadedBlueprint, toBe: LoadedBlueprint): MetricDelta[] {
    const [a, b] = [asIs.model.metrics, toBe.model.metrics];
    return [
        delta('steps', 'count', a.totalSteps, b.totalSteps),
        ...(['customer', 'onstage', 'backstage', 'support'] as const).map(zone => delta(`steps ${zone}`, 'count', a.stepsPerZone[zone], b.stepsPerZone[zone])),
        ...(['interaction', 'visibility', 'internal'] as const).map(line => delta(`crossings ${line}`, 'count', a.lineCrossings[line], b.lineCrossings[line])),
        delta('fail points', 'count', a.failPoints, b.failPoints),
        delta('wait points', 'count', a.waitPoints, b.waitPoints),
        delta('customer-visible time (standard)', 'duration', a.customerVisibleTime, b.customerVisibleTime),
        delta('contact ratio', 'share', a.contactRatio, b.contactRatio),
        delta('automation share', 'share', a.automationShare, b.automationShare)
    ];
}

function analysisMetrics(a: SimulateReport | undefined, b: SimulateReport | undefined): MetricDelta[] {
    const pick = (r: SimulateReport | undefined, f: (r: SimulateReport) => number) => (r ? f(r) : undefined);
    const staff = (r: SimulateReport) => r.analytic.performers.filter(p => Number.isFinite(p.servers) && p.kind === 'actor').reduce((sum, p) => sum + p.servers, 0);
    const busiest = (r: SimulateReport) => Math.max(0, ...r.analytic.performers.map(p => p.utilisation));
    return [
        delta('demand (customers/h)', 'rate', pick(a, r => r.analytic.demand), pick(b, r => r.analytic.demand)),
        delta('staff (people)', 'count', pick(a, staff), pick(b, staff)),
        delta('bottleneck utilisation', 'share', pick(a, busiest), pick(b, busiest)),
        delta('customer-visible time mean (simulated)', 'duration', pick(a, r => r.simulation.customerVisible.mean), pick(b, r => r.simulation.customerVisible.mean)),
        delta('customer-visible time p90 (simulated)', 'duration', pick(a, r => r.simulation.customerVisible.p90), pick(b, r => r.simulation.customerVisible.p90)),
        delta('cost per customer', 'money', pick(a, r => r.simulation.costPerCustomer), pick(b, r => r.simulation.costPerCustomer)),
        delta('throughput limit (customers/h)', 'rate', pick(a, r => r.analytic.throughputLimit), pick(b, r => r.analytic.throughputLimit))
    ];
}

/** A step's change in the CLI's words (times in minutes, a missing performer as —). */
function changeText(change: ModelStepChange['changes'][number]): string {
    const words = text().compare.change;
    const name = (value: string | number | undefined) => (value === undefined ? '—' : String(value));
    const time = (value: string | number | undefined) => minutes(typeof value === 'number' ? value : undefined);
    if (change.kind === 'time') return words.time(time(change.from), time(change.to));
    return words[change.kind](name(change.from), name(change.to));
}

/** The model's step diff (src/model/analysis/compare.ts), its changes as text. */
export function diffSteps(asIs: StepModel[], toBe: StepModel[]): StepDiff {
    const diff = diffStepModels(asIs, toBe);
    return { ...diff, changed: diff.changed.map(c => ({ step: c.step, changes: c.changes.map(changeText) })) };
}

function show(kind: Kind, value: number | undefined): string {
    if (value === undefined) return '—';
    if (kind === 'duration') return minutes(value);
    if (kind === 'share') return percent(value);
    if (kind === 'money') return money(value);
    if (kind === 'rate') return Number.isFinite(value) ? (Math.round(value * 10) / 10).toString() : '∞';
    return String(value);
}

function showDelta(m: MetricDelta): string {
    if (m.delta === undefined || !Number.isFinite(m.delta)) return '—';
    if (m.delta === 0) return '0';
    const sign = m.delta > 0 ? '+' : '−';
    const size = Math.abs(m.delta);
    const shown = m.kind === 'share' ? text().compare.points((Math.round(size * 1000) / 10).toFixed(1)) : show(m.kind, size);
    return `${sign}${shown}`;
}

function metricRows(c: Comparison): string[][] {
    const { header, metric } = text().compare;
    return [[header.metric, header.asIs, header.toBe, header.delta], ...c.metrics.map(m => [metric[m.metric], show(m.kind, m.asIs), show(m.kind, m.toBe), showDelta(m)])];
}

function stepLines(diff: StepDiff, bullet: string): string[] {
    return [
        ...diff.added.map(id => `${bullet}+ ${id}`),
        ...diff.removed.map(id => `${bullet}- ${id}`),
        ...diff.changed.map(c => `${bullet}~ ${c.step}: ${c.changes.join('; ')}`)
    ];
}

function heading(c: Comparison): string {
    const t = text().compare;
    return c.scenario ? t.headingWithScenario(c.asIs, c.toBe, c.scenario) : t.heading(c.asIs, c.toBe);
}

export function formatText(c: Comparison): string {
    return [
        heading(c), '', ...textTable(metricRows(c)), '',
        text().compare.stepSummary(c.steps.added.length, c.steps.removed.length, c.steps.changed.length),
        ...stepLines(c.steps, '  '), ...c.notes.map(n => `${text().errors.notePrefix}${n}`)
    ].join('\n');
}

export function formatMarkdown(c: Comparison): string {
    return [
        `### ${heading(c)}`, '', ...markdownTable(metricRows(c)), '',
        `**${text().compare.stepSummary(c.steps.added.length, c.steps.removed.length, c.steps.changed.length)}**`, '',
        ...stepLines(c.steps, '- ').map(l => l.replace(/^- ([+~-]) /, '- `$1` ')), ...c.notes.map(n => `> ${n}`)
    ].join('\n');
}
