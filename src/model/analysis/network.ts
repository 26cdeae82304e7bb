/**
 * The queueing network behind a blueprint: what the analytic pass and the
 * simulation both read. Built from the model and, optionally, one scenario's
 * overrides. When something the analysis needs is missing, `missing` says
 * what to add and there is no network.
 *
 * Semantics (docs/analysis.md): a customer arrives at each start step; after
 * a step, one conditional flow is taken with its probability, and with the
 * remaining probability all unconditional flows are taken at once (parallel
 * hand-offs; none: the customer's path ends there). A step entered from
 * several earlier steps (a join) is done once per customer: the first
 * hand-off to arrive starts it, later ones merge into it. Flows back into a
 * loop always enter again.
 */
import { found } from '../lookup.js';
import { buildFlowGraph, type FlowGraph } from '../graph.js';
import { isCustomerVisible } from '../metrics.js';
import type { BlueprintModel, FlowModel, PerformerModel, ScenarioModel, StepModel } from '../types.js';
import { serviceTime, type ServiceTime } from './distribution.js';

export interface NetworkPerformer {
    id: string;
    title: string;
    kind: 'actor' | 'system';
    /** Servers; Infinity for an unlimited system. */
    servers: number;
    costPerHour?: number;
}

export interface NetworkStep {
    id: string;
    /** Index in `performers`, or -1: the customer's own step (no queue). */
    performer: number;
    /** The step has a wait point. */
    waitPoint: boolean;
    time: ServiceTime;
    /** A customer or onstage step: it counts towards the customer-visible time. */
    visible: boolean;
    /** Tolerated wait of the step's wait point, if any. */
    waitTolerance?: number;
    /** Index of the step whose queue this step's wait point stands for (itself or the next queued step), or -1. */
    waitQueueStep: number;
}

export interface NetworkRoute {
    /** Conditional flows: target and probability. */
    conditional: Array<{ to: number; probability: number }>;
    /** Unconditional flows, all taken together with the remaining probability. */
    unconditional: number[];
    /** Probability left for the unconditional flows (or for ending). */
    remainder: number;
}

export interface Network {
    steps: NetworkStep[];
    performers: NetworkPerformer[];
    routes: NetworkRoute[];
    starts: number[];
    /** For each step, whether a hand-off from an earlier part of the process (not from its own loop) enters it, per source step. */
    forward: boolean[][];
    /** Customers per hour. */
    demand: number;
    /** Customer-visible time target in seconds. */
    target?: number;
    scenario?: string;
    graph: FlowGraph;
}

/** Something the analysis needs and the blueprint does not say, as a fact (the catalogue words it: `analysis.missing`). */
export type MissingInput =
    | { kind: 'demand' }
    | { kind: 'staff'; performers: string[] }
    | { kind: 'time'; step: string }
    | { kind: 'probabilitiesOver'; step: string; percent: number }
    | { kind: 'conditionalProbability'; from: string; to: string }
    | { kind: 'scenario'; name: string }
    | { kind: 'loopExit' };

export type NetworkResult = { network: Network; missing?: undefined } | { network?: undefined; missing: MissingInput[] };

export function scenarioOf(model: BlueprintModel, name: string | undefined): ScenarioModel | undefined {
    return name === undefined ? undefined : model.scenarios?.find(s => s.id === name);
}

/** True when the blueprint asks for analysis: a demand, a scenario, its own staff or a probability is written. */
export function wantsAnalysis(model: BlueprintModel): boolean {
    return model.demand !== undefined || (model.scenarios?.length ?? 0) > 0 || Object.keys(model.staff ?? {}).length > 0 || model.flows.some(f => f.probability !== undefined);
}

export function buildNetwork(model: BlueprintModel, scenario?: ScenarioModel, graph: FlowGraph = buildFlowGraph(model)): NetworkResult {
    const missing: MissingInput[] = [];
    const demand = scenario?.demand ?? model.demand;
    if (demand === undefined || demand <= 0) missing.push({ kind: 'demand' });
    const starts = startSteps(model, graph);
    const reached = reachable(graph, starts);
    const { performers, performerIndex } = collectPerformers(model, reached, scenario, missing);
    const index = new Map(model.steps.map((s, i) => [s.id, i]));
    const steps = model.steps.map(step => networkStep(step, reached.has(step.id), performerIndex, scenario, missing));
    const outgoing = new Map<string, FlowModel[]>();
    for (const flow of model.flows) outgoing.set(flow.from, [...(outgoing.get(flow.from) ?? []), flow]);
    const routes = model.steps.map(step => route(outgoing.get(step.id) ?? [], step, index, missing));
    if (missing.length > 0) return { missing };
    linkWaitPoints(steps, performers, routes);
    const forward = model.steps.map(() => [] as boolean[]);
    for (const flow of model.flows) {
        const from = found(index.get(flow.from), 'index.get(flow.from)'), to = found(index.get(flow.to), 'index.get(flow.to)');
        forward[to][from] = graph.componentOf.get(flow.from) !== graph.componentOf.get(flow.to);
    }
    return {
        network: {
            steps, performers, routes, starts: starts.map(id => found(index.get(id), 'index.get(id)')), forward,
            demand: found(demand, 'demand'), target: model.target, scenario: scenario?.id, graph
        }
    };
}

/** Customer steps that start the process; without one, every start step; without any (all in loops), the first step. */
function startSteps(model: BlueprintModel, graph: FlowGraph): string[] {
    const zone = new Map(model.steps.map(s => [s.id, s.zone]));
    const customer = graph.startSteps.filter(id => zone.get(id) === 'customer');
    if (customer.length > 0) return customer;
    if (graph.startSteps.length > 0) return graph.startSteps;
    return model.steps.length > 0 ? [model.steps[0].id] : [];
}

function reachable(graph: FlowGraph, starts: string[]): Set<string> {
    const seen = new Set(starts);
    const stack = [...starts];
    while (stack.length > 0) {
        for (const next of graph.successors.get(found(stack.pop(), 'stack.pop()')) ?? []) {
            if (!seen.has(next)) { seen.add(next); stack.push(next); }
        }
    }
    return seen;
}

function collectPerformers(model: BlueprintModel, reached: Set<string>, scenario: ScenarioModel | undefined, missing: MissingInput[]) {
    const performers: NetworkPerformer[] = [];
    const performerIndex = new Map<string, number>();
    const unstaffed: string[] = [];
    for (const step of model.steps) {
        const performer = step.performer;
        if (!performer || !reached.has(step.id) || performerIndex.has(performer.id) || unstaffed.includes(performer.id)) continue;
        const servers = serversOf(performer, model.staff ?? {}, scenario);
        if (servers === undefined) { unstaffed.push(performer.id); continue; }
        performerIndex.set(performer.id, performers.length);
        performers.push({ id: performer.id, title: performer.title, kind: performer.kind, servers, costPerHour: performer.costPerHour });
    }
    if (unstaffed.length > 0) missing.push({ kind: 'staff', performers: unstaffed });
    return { performers, performerIndex };
}

/** People must be counted; a system without a capacity is unlimited. */
function serversOf(performer: PerformerModel, blueprintStaff: Record<string, number>, scenario: ScenarioModel | undefined): number | undefined {
    const staff = scenario?.staff[performer.id] ?? blueprintStaff[performer.id] ?? performer.staff;
    if (staff !== undefined) return staff > 0 && Number.isInteger(staff) ? staff : undefined;
    return performer.kind === 'system' ? Infinity : undefined;
}

function networkStep(step: StepModel, reached: boolean, performerIndex: Map<string, number>, scenario: ScenarioModel | undefined, missing: MissingInput[]): NetworkStep {
    const time = scenario?.times[step.id] ?? step.time;
    if (reached && !time && !step.wait) missing.push({ kind: 'time', step: step.id });
    return {
        id: step.id,
        performer: step.performer ? performerIndex.get(step.performer.id) ?? -1 : -1,
        time: serviceTime(time?.standard ?? 0, time?.tolerance),
        visible: isCustomerVisible(step),
        waitPoint: step.wait !== undefined,
        waitTolerance: step.wait?.tolerance,
        waitQueueStep: -1
    };
}

function route(out: FlowModel[], step: StepModel, index: Map<string, number>, missing: MissingInput[]): NetworkRoute {
    const conditionalFlows = out.filter(f => f.condition !== undefined);
    const unconditional = [...new Set(out.filter(f => f.condition === undefined).map(f => found(index.get(f.to), 'index.get(f.to)')))];
    const given = conditionalFlows.reduce((sum, f) => sum + (f.probability ?? 0), 0);
    const unknown = conditionalFlows.filter(f => f.probability === undefined);
    if (given > 1 + 1e-9) missing.push({ kind: 'probabilitiesOver', step: step.id, percent: Math.round(given * 100) });
    let share = 0;
    if (unknown.length > 0) {
        // Named choices only: the unnamed share is split evenly. Beside a plain hand-off the split is unknown.
        if (unconditional.length > 0) missing.push({ kind: 'conditionalProbability', from: step.id, to: unknown[0].to });
        else share = Math.max(0, 1 - given) / unknown.length;
    }
    const conditional = conditionalFlows.map(f => ({ to: found(index.get(f.to), 'index.get(f.to)'), probability: f.probability ?? share }));
    const taken = conditional.reduce((sum, c) => sum + c.probability, 0);
    return { conditional, unconditional, remainder: Math.max(0, 1 - taken) };
}

/**
 * A wait point stands for the queue the customer waits in: the step's own
 * queue when it has a counted performer, else the queue of the first step
 * with one that the process goes on to along unconditional flows.
 */
function linkWaitPoints(steps: NetworkStep[], performers: NetworkPerformer[], routes: NetworkRoute[]): void {
    const queued = (i: number) => steps[i].performer >= 0 && Number.isFinite(performers[steps[i].performer].servers);
    steps.forEach((step, i) => {
        if (!step.waitPoint) return;
        const seen = new Set<number>();
        let current = i;
        while (!seen.has(current)) {
            seen.add(current);
            if (queued(current)) { step.waitQueueStep = current; return; }
            const next = routes[current].unconditional[0] ?? routes[current].conditional[0]?.to;
            if (next === undefined) return;
            current = next;
        }
    });
}
