/**
 * As-is against to-be: the process metrics and, under the same scenario,
 * the analysis figures, each with its delta; and a step-level diff by name.
 * Plain data with metric keys: the CLI and the editor word them.
 */
import type { BlueprintModel, LineKind, StepModel, ZoneKind } from '../types.js';
import { analyseBlueprint } from './index.js';
import { simulate, type SimulationResult } from './simulate.js';
import type { AnalyticResult } from './analytic.js';
import type { MissingInput } from './network.js';

export type MetricKind = 'count' | 'duration' | 'share' | 'money' | 'rate';
export type MetricKey =
    | { metric: 'steps' } | { metric: 'stepsInZone'; zone: Exclude<ZoneKind, 'evidence'> } | { metric: 'crossings'; line: LineKind }
    | { metric: 'failPoints' | 'waitPoints' | 'visibleStandard' | 'contactRatio' | 'automationShare' }
    | { metric: 'demand' | 'staff' | 'bottleneck' | 'visibleMean' | 'visibleP90' | 'cost' | 'throughput' };

export type MetricDelta = MetricKey & { kind: MetricKind; asIs?: number; toBe?: number; delta?: number };

export type StepChangeKind = 'zone' | 'lane' | 'performer' | 'time';
export interface StepChange { step: string; changes: Array<{ kind: StepChangeKind; from?: string | number; to?: string | number }> }
export interface StepDiff { added: string[]; removed: string[]; changed: StepChange[] }

export interface AnalysedSide { analytic: AnalyticResult; simulation: SimulationResult }
/** The scenario each side is analysed under (undefined: its declared demand and staff). */
export interface Scenarios { asIs?: string; toBe?: string }

export interface ModelComparison {
    scenarios: Scenarios;
    metrics: MetricDelta[];
    steps: StepDiff;
    /** What each side's analysis still needs (empty when it ran). */
    missing: { asIs: MissingInput[]; toBe: MissingInput[] };
}

const ZONES = ['customer', 'onstage', 'backstage', 'support'] as const;
const LINES = ['interaction', 'visibility', 'internal'] as const;

export function analyseSide(model: BlueprintModel, scenario: string | undefined, customers: number, seed: number): AnalysedSide | { missing: MissingInput[] } {
    const analysis = analyseBlueprint(model, scenario);
    if (analysis.missing) return { missing: analysis.missing };
    return { analytic: analysis.analytic, simulation: simulate(analysis.network, { customers, seed }) };
}

/** Two blueprints, or one blueprint against itself under a scenario (as-is: declared; to-be: the what-if). */
export function compareModels(asIs: BlueprintModel, toBe: BlueprintModel, scenarios: Scenarios, customers: number, seed: number): ModelComparison {
    const [a, b] = [analyseSide(asIs, scenarios.asIs, customers, seed), analyseSide(toBe, scenarios.toBe, customers, seed)];
    const ran = (side: AnalysedSide | { missing: MissingInput[] }) => ('missing' in side ? undefined : side);
    return {
        scenarios,
        metrics: [...processMetrics(asIs, toBe), ...analysisMetrics(ran(a), ran(b))],
        steps: diffSteps(asIs.steps, toBe.steps),
        missing: { asIs: 'missing' in a ? a.missing : [], toBe: 'missing' in b ? b.missing : [] }
    };
}

function delta<K extends MetricKey>(key: K, kind: MetricKind, asIs: number | undefined, toBe: number | undefined): MetricDelta {
    return { ...key, kind, asIs, toBe, delta: asIs !== undefined && toBe !== undefined ? toBe - asIs : undefined };
}

function processMetrics(asIs: BlueprintModel, toBe: BlueprintModel): MetricDelta[] {
    const [a, b] = [asIs.metrics, toBe.metrics];
    return [
        delta({ metric: 'steps' }, 'count', a.totalSteps, b.totalSteps),
        ...ZONES.map(zone => delta({ metric: 'stepsInZone', zone }, 'count', a.stepsPerZone[zone], b.stepsPerZone[zone])),
        ...LINES.map(line => delta({ metric: 'crossings', line }, 'count', a.lineCrossings[line], b.lineCrossings[line])),
        delta({ metric: 'failPoints' }, 'count', a.failPoints, b.failPoints),
        delta({ metric: 'waitPoints' }, 'count', a.waitPoints, b.waitPoints),
        delta({ metric: 'visibleStandard' }, 'duration', a.customerVisibleTime, b.customerVisibleTime),
        delta({ metric: 'contactRatio' }, 'share', a.contactRatio, b.contactRatio),
        delta({ metric: 'automationShare' }, 'share', a.automationShare, b.automationShare)
    ];
}

function analysisMetrics(a: AnalysedSide | undefined, b: AnalysedSide | undefined): MetricDelta[] {
    const pick = (side: AnalysedSide | undefined, f: (s: AnalysedSide) => number) => (side ? f(side) : undefined);
    const staff = (s: AnalysedSide) => s.analytic.performers.filter(p => Number.isFinite(p.servers) && p.kind === 'actor').reduce((sum, p) => sum + p.servers, 0);
    const busiest = (s: AnalysedSide) => Math.max(0, ...s.analytic.performers.map(p => p.utilisation));
    return [
        delta({ metric: 'demand' }, 'rate', pick(a, s => s.analytic.demand), pick(b, s => s.analytic.demand)),
        delta({ metric: 'staff' }, 'count', pick(a, staff), pick(b, staff)),
        delta({ metric: 'bottleneck' }, 'share', pick(a, busiest), pick(b, busiest)),
        delta({ metric: 'visibleMean' }, 'duration', pick(a, s => s.simulation.customerVisible.mean), pick(b, s => s.simulation.customerVisible.mean)),
        delta({ metric: 'visibleP90' }, 'duration', pick(a, s => s.simulation.customerVisible.p90), pick(b, s => s.simulation.customerVisible.p90)),
        delta({ metric: 'cost' }, 'money', pick(a, s => s.simulation.costPerCustomer), pick(b, s => s.simulation.costPerCustomer)),
        delta({ metric: 'throughput' }, 'rate', pick(a, s => s.analytic.throughputLimit), pick(b, s => s.analytic.throughputLimit))
    ];
}

/** Steps matched by name: added, removed, and for those in both what moved or changed. */
export function diffSteps(asIs: StepModel[], toBe: StepModel[]): StepDiff {
    const before = new Map(asIs.map(s => [s.id, s]));
    const after = new Map(toBe.map(s => [s.id, s]));
    const changed: StepChange[] = [];
    for (const step of toBe) {
        const old = before.get(step.id);
        if (!old) continue;
        const changes: StepChange['changes'] = [];
        if (old.zone !== step.zone) changes.push({ kind: 'zone', from: old.zone, to: step.zone });
        else if (old.lane !== step.lane) changes.push({ kind: 'lane', from: old.lane, to: step.lane });
        if (old.performer?.id !== step.performer?.id) changes.push({ kind: 'performer', from: old.performer?.id, to: step.performer?.id });
        if (old.time?.standard !== step.time?.standard) changes.push({ kind: 'time', from: old.time?.standard, to: step.time?.standard });
        if (changes.length > 0) changed.push({ step: step.id, changes });
    }
    return {
        added: toBe.filter(s => !before.has(s.id)).map(s => s.id),
        removed: asIs.filter(s => !after.has(s.id)).map(s => s.id),
        changed
    };
}
