/**
 * What the preview's Analysis view shows of one blueprint under one scenario:
 * utilisation per counted performer, the predicted wait at each step where a
 * customer queues (against the wait point's tolerance), and — once simulated —
 * the p90 waits and the customer-visible time's distribution. Each figure
 * carries a severity, so the view colours it without judging it again.
 */
import type { BlueprintModel } from '../types.js';
import { expectedVisits } from './analytic.js';
import { analyseBlueprint } from './index.js';
import type { MissingInput, Network } from './network.js';
import { simulate, type SimulationResult } from './simulate.js';

/** over: the limit is broken; warn: close to it (p90 over the tolerance, 85% busy); idle: under 30% busy. */
export type Severity = 'ok' | 'warn' | 'over' | 'idle';

export interface PerformerFigure { id: string; title: string; servers: number; utilisation: number; severity: Severity }

export interface WaitFigure {
    /** The step the wait is shown at: the wait point, or the step where the customer first meets the performer. */
    step: string;
    label: string;
    performer: string;
    /** Analytic mean wait, seconds (Infinity at or over 100%). */
    mean: number;
    /** Simulated p90 wait, seconds, once simulated. */
    p90?: number;
    tolerance?: number;
    severity: Severity;
}

export interface VisibleTimeFigure {
    customers: number;
    p50: number;
    p90: number;
    p95: number;
    overTarget?: number;
    histogram: SimulationResult['histogram'];
}

export interface AnalysisFigures {
    blueprint: string;
    title: string;
    scenario?: string;
    demand: number;
    bottleneck?: string;
    throughputLimit: number;
    costPerCustomer: number;
    target?: number;
    performers: PerformerFigure[];
    waits: WaitFigure[];
    visibleTime?: VisibleTimeFigure;
}

export type FiguresResult =
    | { figures: AnalysisFigures; network: Network; missing?: undefined }
    | { figures?: undefined; network?: undefined; missing: MissingInput[] };

const BUSY = 0.85;
const IDLE = 0.3;
/** The view's simulation stays within this many step visits (about 80 ms), and this many customers. */
const VISIT_BUDGET = 300_000;
const MIN_CUSTOMERS = 500;
const MAX_CUSTOMERS = 20_000;

export function performerSeverity(utilisation: number): Severity {
    return utilisation >= 1 ? 'over' : utilisation >= BUSY ? 'warn' : utilisation < IDLE ? 'idle' : 'ok';
}

function waitSeverity(mean: number, p90: number | undefined, tolerance: number | undefined, utilisation: number): Severity {
    if (utilisation >= 1 || (tolerance !== undefined && mean > tolerance)) return 'over';
    if (tolerance !== undefined) return p90 !== undefined && p90 > tolerance ? 'warn' : 'ok';
    return utilisation >= BUSY ? 'warn' : 'ok';
}

/** The analytic figures (cheap: every keystroke); `simulateFigures` adds the simulated ones. */
export function analyticFigures(model: BlueprintModel, scenario?: string): FiguresResult {
    const analysis = analyseBlueprint(model, scenario);
    if (analysis.missing) return { missing: analysis.missing };
    const { network, analytic } = analysis;
    const labels = new Map(model.steps.map(s => [s.id, s.label || s.id]));
    const performers = analytic.performers.filter(p => Number.isFinite(p.servers))
        .map(p => ({ id: p.id, title: p.title, servers: p.servers, utilisation: p.utilisation, severity: performerSeverity(p.utilisation) }));
    return {
        network,
        figures: {
            blueprint: model.name, title: model.title, scenario, demand: analytic.demand, bottleneck: analytic.bottleneck,
            throughputLimit: analytic.throughputLimit, costPerCustomer: analytic.costPerCustomer, target: model.target,
            performers,
            waits: waitRows(network).map(({ shownAt, queueAt }) => {
                const load = analytic.performers[network.steps[queueAt].performer];
                const tolerance = network.steps[shownAt].waitTolerance;
                const id = network.steps[shownAt].id;
                return {
                    step: id, label: labels.get(id) ?? id, performer: load.id, mean: load.meanWait, tolerance,
                    severity: waitSeverity(load.meanWait, undefined, tolerance, load.utilisation)
                };
            })
        }
    };
}

/**
 * Where the view shows a wait: at each wait point standing for a queue, and at
 * the first step of each counted performer no wait point stands for.
 */
function waitRows(network: Network): Array<{ shownAt: number; queueAt: number }> {
    const rows: Array<{ shownAt: number; queueAt: number }> = [];
    const represented = new Set<number>();
    network.steps.forEach((step, i) => {
        if (step.waitPoint && step.waitQueueStep >= 0) {
            rows.push({ shownAt: i, queueAt: step.waitQueueStep });
            represented.add(network.steps[step.waitQueueStep].performer);
        }
    });
    const met = new Set<number>();
    network.steps.forEach((step, i) => {
        const p = step.performer;
        if (p < 0 || met.has(p) || !Number.isFinite(network.performers[p].servers)) return;
        met.add(p);
        if (!represented.has(p)) rows.push({ shownAt: i, queueAt: i });
    });
    return rows;
}

/** How many customers the view simulates: as many as the visit budget allows, within bounds. */
export function viewCustomers(network: Network): number {
    const visits = Math.max(1, (expectedVisits(network) ?? []).reduce((sum, v) => sum + v, 0));
    return Math.max(MIN_CUSTOMERS, Math.min(MAX_CUSTOMERS, Math.floor(VISIT_BUDGET / visits)));
}

/** The figures with the simulated p90 waits and the customer-visible time (not run at or over 100%: it never settles). */
export function simulateFigures(figures: AnalysisFigures, network: Network, customers = viewCustomers(network), seed = 1): AnalysisFigures {
    if (figures.performers.some(p => p.utilisation >= 1)) return figures;
    const run = simulate(network, { customers, seed });
    const index = new Map(network.steps.map((s, i) => [s.id, i]));
    const utilisation = new Map(figures.performers.map(p => [p.id, p.utilisation]));
    return {
        ...figures,
        waits: figures.waits.map(wait => {
            const shownAt = index.get(wait.step) ?? -1;
            const queueAt = network.steps[shownAt]?.waitQueueStep >= 0 ? network.steps[shownAt].waitQueueStep : shownAt;
            const p90 = run.steps[queueAt]?.p90Wait;
            return { ...wait, p90, severity: waitSeverity(wait.mean, p90, wait.tolerance, utilisation.get(wait.performer) ?? 0) };
        }),
        visibleTime: {
            customers: run.customers, p50: run.customerVisible.p50, p90: run.customerVisible.p90, p95: run.customerVisible.p95,
            overTarget: run.overTarget, histogram: run.histogram
        }
    };
}
