/**
 * Process analysis rules BP301–BP305: what the declared demand and staff
 * will produce. They run the analytic pass (Erlang C: microseconds) for the
 * blueprint and each scenario on every validation; BP303, which needs the
 * p90 of the customer-visible time, asks for a short seeded simulation only
 * for blueprints small enough that it stays cheap; the language server runs
 * it in a worker and reports BP303 when it is in (docs/analysis.md).
 */
import {
    analyseBlueprint, erlangCWait, wantsAnalysis,
    type AnalyticResult, type BlueprintAnalysis, type MissingInput, type Network, type PerformerLoad
} from '../../model/analysis/index.js';
import { missingInputText } from '../../i18n/missing-inputs.js';
import type { BlueprintModel } from '../../model/types.js';
import * as ast from '../generated/ast.js';
import { atBlueprintName, defineRule, type FindingTarget, type RuleContext } from './rule.js';

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
    /** What the analysis lacks, once each, with the scenario that lacks it (formatted in the reader's language when reported). */
    missing: Array<{ item: MissingInput; scenario?: string }>;
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
    const missing = new Map<string, { item: MissingInput; scenario?: string }>();
    for (const [scenario, result] of runs) {
        if (result.missing) result.missing.forEach(item => missing.set(JSON.stringify([item, scenario]), { item, scenario }));
        else cases.push({ scenario, network: result.network, analytic: result.analytic });
    }
    return { cases, missing: [...missing.values()] };
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

function inCase(context: RuleContext, scenario: string | undefined): string {
    return scenario === undefined ? '' : context.messages.rules.common.inScenario(context.messages.format.quote(scenario));
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
    check(context) {
        for (const { scenario, analytic } of analysesOf(context).cases) {
            for (const load of analytic.performers) {
                if (!Number.isFinite(load.servers) || load.utilisation < 1) continue;
                context.report(atCase(context, scenario), context.messages.rules.BP301.message(context.messages.format.quote(load.id), percent(load.utilisation), inCase(context, scenario),
                    String(analytic.demand), load.offeredLoad.toFixed(2), String(load.servers), String(staffToCope(load))));
            }
        }
    }
});

const predictedWaitOverTolerance = defineRule({
    code: 'BP302',
    severity: 'warning',
    check(context) {
        for (const { scenario, network, analytic } of analysesOf(context).cases) {
            const advice = new Map<string, string>(); // one staffing search per performer and tolerance
            network.steps.forEach(step => {
                if (step.waitTolerance === undefined || step.waitQueueStep < 0) return;
                const load = analytic.performers[network.steps[step.waitQueueStep].performer];
                if (load.utilisation >= 1 || load.meanWait <= step.waitTolerance) return; // at 100% BP301 says more
                const model = context.step(step.id);
                const node = context.lastProperty(step.id, ast.isWaitPoint);
                const unitOf = node.tolerance ?? node.expected;
                const inUnit = (seconds: number) => context.inUnitOf(seconds, unitOf);
                context.report({ node }, context.messages.rules.BP302.message(context.name(model), String(analytic.demand), inCase(context, scenario),
                    context.messages.format.quote(load.id), String(load.servers), percent(load.utilisation), inUnit(load.meanWait),
                    node.tolerance ? context.written(node.tolerance) : inUnit(step.waitTolerance), adviceFor(context, advice, load, step.waitTolerance, inUnit)));
            });
        }
    }
});

function adviceFor(context: RuleContext, advice: Map<string, string>, load: PerformerLoad, limit: number, format: (seconds: number) => string): string {
    const key = `${load.id}\u0000${limit}`;
    let text = advice.get(key);
    if (text === undefined) {
        text = staffForWait(context, load, limit, format);
        advice.set(key, text);
    }
    return text;
}

/** A staff count that brings the performer's predicted wait within `limit`, by trying counts upwards. */
function staffForWait(context: RuleContext, load: PerformerLoad, limit: number, format: (seconds: number) => string): string {
    const t = context.messages.rules.BP302;
    for (let staff = load.servers + 1; staff <= load.servers + 50; staff++) {
        const wait = erlangCWait(staff, load.offeredLoad, load.jobMean, load.jobCv2);
        if (wait <= limit) return t.staffWould(String(staff), format(wait));
    }
    return t.moreThan(String(load.servers + 50));
}

const visibleTimeOverTarget = defineRule({
    code: 'BP303',
    severity: 'warning',
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
            const inUnit = (seconds: number) => context.inUnitOf(seconds, targetNode.time);
            context.report({ node: targetNode }, context.messages.rules.BP303.message(String(analytic.demand), inCase(context, scenario),
                inUnit(run.customerVisible.p90), inUnit(run.customerVisible.p50), context.written(targetNode.time),
                context.messages.format.quote(analytic.bottleneck ?? '?'), percent(analytic.performers.find(p => p.id === analytic.bottleneck)?.utilisation ?? 0)));
        }
    }
});

const overstaffed = defineRule({
    code: 'BP304',
    severity: 'hint',
    check(context) {
        for (const { scenario, analytic } of analysesOf(context).cases) {
            for (const load of analytic.performers) {
                if (!Number.isFinite(load.servers) || load.servers < 2 || load.utilisation >= OVERSTAFFED_BELOW) continue;
                const fewer = load.servers - 1;
                context.report(atCase(context, scenario), context.messages.rules.BP304.message(context.messages.format.quote(load.id), percent(load.utilisation),
                    inCase(context, scenario), String(load.servers), String(fewer), percent(load.offeredLoad / fewer)), 'suggestion');
            }
        }
    }
});

const analysisNotPossible = defineRule({
    code: 'BP305',
    severity: 'info',
    check(context) {
        const { missing } = analysesOf(context);
        if (missing.length === 0) return;
        const common = context.messages.rules.common;
        const items = missing.map(({ item, scenario }) => {
            const text = missingInputText(item, context.messages.analysis);
            return scenario === undefined ? text : common.missingInScenario(text, context.messages.format.quote(scenario));
        });
        context.report(atBlueprintName(context), context.messages.rules.BP305.message(items.join(common.separator)));
    }
});

export const analysisRules = [overloaded, predictedWaitOverTolerance, visibleTimeOverTarget, overstaffed, analysisNotPossible];
