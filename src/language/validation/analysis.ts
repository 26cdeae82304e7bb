/**
 * Process analysis rules BP301–BP305: what the declared demand and staff
 * will produce. They run the analytic pass (Erlang C: microseconds) for the
 * blueprint and each scenario on every validation; BP303, which needs the
 * p90 of the customer-visible time, asks for a short seeded simulation only
 * for blueprints small enough that it stays cheap; the language server runs
 * it in a worker and reports BP303 when it is in (docs/analysis.md).
 */
import { formatDuration } from '../../model/duration.js';
import {
    analyseBlueprint, erlangCWait, wantsAnalysis,
    type AnalyticResult, type BlueprintAnalysis, type Network, type PerformerLoad
} from '../../model/analysis/index.js';
import type { BlueprintModel } from '../../model/types.js';
import * as ast from '../generated/ast.js';
import { atBlueprintName, defineRule, nameOf, type FindingTarget, type RuleContext } from './rule.js';

/** At most this many step visits are simulated per blueprint and validation (about 40 ms at 0.25 µs a visit). */
const SIMULATION_BUDGET = 150_000;
const MIN_CUSTOMERS = 500;
const MAX_CUSTOMERS = 4000;
const OVERSTAFFED_BELOW = 0.3;

/** One analysed case: the blueprint's own demand and staff, or a scenario. */
interface AnalysedCase {
    scenario?: string;
    network: Network;
    analytic: AnalyticResult;
}

interface Analyses {
    cases: AnalysedCase[];
    missing: string[];
}

const cache = new WeakMap<BlueprintModel, Analyses>();

/** The blueprint (when it has a demand or no scenario) and every scenario, analysed once per model. */
export function analysesOf(context: RuleContext): Analyses {
    let analyses = cache.get(context.model);
    if (!analyses) {
        analyses = analyseAll(context);
        cache.set(context.model, analyses);
    }
    return analyses;
}

function analyseAll(context: RuleContext): Analyses {
    const model = context.model;
    if (!wantsAnalysis(model)) return { cases: [], missing: [] };
    const scenarios = model.scenarios ?? [];
    const runs: Array<[string | undefined, BlueprintAnalysis]> = [];
    if (model.demand !== undefined || scenarios.length === 0) runs.push([undefined, analyseBlueprint(model, undefined, context.graph)]);
    for (const scenario of scenarios) runs.push([scenario.id, analyseBlueprint(model, scenario.id, context.graph)]);
    const cases: AnalysedCase[] = [];
    const missing = new Set<string>();
    for (const [scenario, result] of runs) {
        if (result.missing) result.missing.forEach(m => missing.add(scenario ? `${m} in scenario '${scenario}'` : m));
        else cases.push({ scenario, network: result.network, analytic: result.analytic });
    }
    return { cases, missing: [...missing] };
}

/** Where a case's finding about load goes: the scenario's name, or the blueprint's `demand`. */
function atCase(context: RuleContext, scenario: string | undefined): FindingTarget {
    const members = context.source.blueprint.members;
    if (scenario !== undefined) {
        const node = members.filter(ast.isScenario).find(s => s.name === scenario);
        if (node) return { node, property: 'name' };
    }
    const demand = members.filter(ast.isDemand).at(-1);
    return demand ? { node: demand } : atBlueprintName(context);
}

function inCase(scenario: string | undefined): string {
    return scenario === undefined ? '' : ` in scenario '${scenario}'`;
}

function percent(share: number): string {
    return `${Math.round(share * 1000) / 10}%`;
}

/** The smallest staff that keeps a performer under 100%. */
function staffToCope(load: PerformerLoad): number {
    return Math.floor(load.offeredLoad) + 1;
}

const overloaded = defineRule({
    code: 'BP301',
    severity: 'error',
    title: 'a performer is at or over 100% utilisation',
    rationale: 'When work arrives faster than the staff can do it, the queue grows without bound: no wait point or target can hold.',
    check(context) {
        for (const { scenario, analytic } of analysesOf(context).cases) {
            for (const load of analytic.performers) {
                if (!Number.isFinite(load.servers) || load.utilisation < 1) continue;
                context.report(atCase(context, scenario),
                    `'${load.id}' is at ${percent(load.utilisation)} utilisation${inCase(scenario)}: ${analytic.demand} customers an hour bring ${load.offeredLoad.toFixed(2)} people's worth of work `
                    + `for ${load.servers}, so the queue grows without bound. Staff at least ${staffToCope(load)}, shorten or automate its steps, or move work to self-service.`);
            }
        }
    }
});

const predictedWaitOverTolerance = defineRule({
    code: 'BP302',
    severity: 'warning',
    title: 'the predicted wait at a wait point exceeds its tolerance',
    rationale: 'A tolerance the declared staff cannot keep is a promise the customer will see broken at the peak.',
    check(context) {
        for (const { scenario, network, analytic } of analysesOf(context).cases) {
            const advice = new Map<string, string>(); // one staffing search per performer and tolerance
            network.steps.forEach(step => {
                if (step.waitTolerance === undefined || step.waitQueueStep < 0) return;
                const load = analytic.performers[network.steps[step.waitQueueStep].performer];
                if (load.utilisation >= 1 || load.meanWait <= step.waitTolerance) return; // at 100% BP301 says more
                const model = context.step(step.id);
                context.report({ node: context.lastProperty(step.id, ast.isWaitPoint) },
                    `Wait point at ${nameOf(model)}: at ${analytic.demand} customers an hour${inCase(scenario)} the predicted wait for '${load.id}' (${load.servers}, ${percent(load.utilisation)} busy) `
                    + `is ${formatDuration(load.meanWait)}, over the tolerated ${formatDuration(step.waitTolerance)}. Add staff (${adviceFor(advice, load, step.waitTolerance)}), shorten its steps, or spread the demand (appointments).`);
            });
        }
    }
});

function adviceFor(advice: Map<string, string>, load: PerformerLoad, limit: number): string {
    const key = `${load.id}\u0000${limit}`;
    let text = advice.get(key);
    if (text === undefined) {
        text = staffForWait(load, limit);
        advice.set(key, text);
    }
    return text;
}

/** A staff count that brings the performer's predicted wait within `limit`, by trying counts upwards. */
function staffForWait(load: PerformerLoad, limit: number): string {
    for (let staff = load.servers + 1; staff <= load.servers + 50; staff++) {
        const wait = erlangCWait(staff, load.offeredLoad, load.jobMean, load.jobCv2);
        if (wait <= limit) return `${staff} would wait ${formatDuration(wait)}`;
    }
    return `more than ${load.servers + 50}`;
}

const visibleTimeOverTarget = defineRule({
    code: 'BP303',
    severity: 'warning',
    title: 'the predicted p90 customer-visible time exceeds the target',
    rationale: 'The target is what nine customers in ten should get; queues the staff cannot absorb push the slow tenth far past it.',
    check(context) {
        const target = context.model.target;
        const targetNode = context.source.blueprint.members.find(ast.isTarget);
        if (target === undefined || !targetNode) return;
        const { cases } = analysesOf(context);
        if (cases.length === 0) return;
        // Loops repeat steps: the budget counts the expected visits, not the steps.
        const visitsPerCustomer = Math.max(...cases.map(c => c.analytic.steps.reduce((sum, s) => sum + s.visits, 0)), 1);
        const customers = Math.floor(SIMULATION_BUDGET / (visitsPerCustomer * cases.length));
        if (customers < MIN_CUSTOMERS) return; // too large to simulate while typing: `blueprint simulate` answers
        for (const { scenario, network, analytic } of cases) {
            if (analytic.performers.some(p => p.utilisation >= 1)) continue; // BP301
            const run = context.simulation(network, Math.min(customers, MAX_CUSTOMERS));
            if (!run || run.customerVisible.p90 <= target) continue; // no run yet: it is simulated in the background
            context.report({ node: targetNode },
                `At ${analytic.demand} customers an hour${inCase(scenario)}, one customer in ten spends more than ${formatDuration(run.customerVisible.p90)} in the process `
                + `(simulated p90; median ${formatDuration(run.customerVisible.p50)}), over the target of ${formatDuration(target)}. `
                + `The bottleneck is '${analytic.bottleneck}' at ${percent(analytic.performers.find(p => p.id === analytic.bottleneck)?.utilisation ?? 0)}: add staff there, or shorten the customer-visible steps.`);
        }
    }
});

const overstaffed = defineRule({
    code: 'BP304',
    severity: 'hint',
    title: 'a performer is under 30% utilisation',
    rationale: 'Staff who are idle most of the time cost without serving; the production-line approach asks for labour to follow the volume.',
    check(context) {
        for (const { scenario, analytic } of analysesOf(context).cases) {
            for (const load of analytic.performers) {
                if (!Number.isFinite(load.servers) || load.servers < 2 || load.utilisation >= OVERSTAFFED_BELOW) continue;
                const fewer = load.servers - 1;
                context.report(atCase(context, scenario),
                    `'${load.id}' is only ${percent(load.utilisation)} busy${inCase(scenario)} with ${load.servers}; ${fewer} would be ${percent(load.offeredLoad / fewer)} busy. Consider fewer, or give them other work.`,
                    'suggestion');
            }
        }
    }
});

const analysisNotPossible = defineRule({
    code: 'BP305',
    severity: 'info',
    title: 'the process analysis cannot run: something it needs is missing',
    rationale: 'A demand, staff counts and step times are what queues and waits are predicted from; saying what is missing is better than predicting nothing silently.',
    check(context) {
        const { missing } = analysesOf(context);
        if (missing.length === 0) return;
        context.report(atBlueprintName(context),
            `The process analysis needs ${missing.join('; ')}. Until then no utilisation, waits or costs are predicted (docs/analysis.md).`);
    }
});

export const analysisRules = [overloaded, predictedWaitOverTolerance, visibleTimeOverTarget, overstaffed, analysisNotPossible];
