import { buildFlowGraph, heaviestPath, type FlowGraph } from './graph.js';
import {
    LINE_BOUNDARIES, LINES, SELF_SERVICE_CHANNELS, ZONES,
    type BlueprintModel, type FlowModel, type LineKind, type Metrics, type StepModel, type ZoneKind
} from './types.js';

const PROVIDER_ZONES: readonly ZoneKind[] = ['onstage', 'backstage', 'support'];
const CUSTOMER_VISIBLE_ZONES: readonly ZoneKind[] = ['customer', 'onstage'];

/** Seconds a step takes: its standard time plus the expected wait before it. */
export function stepDuration(step: StepModel): number {
    return (step.time?.standard ?? 0) + (step.wait?.expected ?? 0);
}

export function isCustomerVisible(step: StepModel): boolean {
    return CUSTOMER_VISIBLE_ZONES.includes(step.zone);
}

/** Which side of a line a zone lies on: true when above it. */
export function isAboveLine(zone: ZoneKind, line: LineKind): boolean {
    return ZONES.indexOf(zone) <= ZONES.indexOf(LINE_BOUNDARIES[line].above);
}

export function crossesLine(from: ZoneKind, to: ZoneKind, line: LineKind): boolean {
    return isAboveLine(from, line) !== isAboveLine(to, line);
}

/** A flow that crosses a line, with the step on each side of it. */
export interface Crossing {
    flow: FlowModel;
    upper: StepModel;
    lower: StepModel;
    /** True when the flow is written from the upper step down to the lower one. */
    downward: boolean;
}

/** The flows that cross a line, in source order. A two-way flow crosses in both directions. */
export function flowsAcross(model: Pick<BlueprintModel, 'steps' | 'flows'>, line: LineKind): Crossing[] {
    const byId = new Map(model.steps.map(s => [s.id, s]));
    const crossings: Crossing[] = [];
    for (const flow of model.flows) {
        const from = byId.get(flow.from);
        const to = byId.get(flow.to);
        if (!from || !to || !crossesLine(from.zone, to.zone, line)) continue;
        const downward = isAboveLine(from.zone, line);
        crossings.push({ flow, upper: downward ? from : to, lower: downward ? to : from, downward });
    }
    return crossings;
}

/**
 * A step where the customer works technology instead of staff: a customer or
 * onstage step performed by technology, or a customer step on a self-service
 * channel (ATM, kiosk, POS, web, app) even when a performer is named.
 */
export function isSelfService(step: StepModel): boolean {
    if (step.zone !== 'customer' && step.zone !== 'onstage') return false;
    return step.technology || (step.zone === 'customer' && step.channel !== undefined && SELF_SERVICE_CHANNELS.includes(step.channel));
}

/** A step's share of the customer-visible time: its duration when the customer sees it, else 0. */
export function customerVisibleDuration(step: StepModel): number {
    return isCustomerVisible(step) ? stepDuration(step) : 0;
}

/** The path along which the customer-visible time is longest (Metrics.customerVisibleTime is its total). */
export function customerVisiblePath(graph: FlowGraph, steps: StepModel[]): { total: number; path: string[] } {
    return heaviestPath(graph, steps, customerVisibleDuration);
}

export function computeMetrics(model: Omit<BlueprintModel, 'metrics'>, graph: FlowGraph = buildFlowGraph(model)): Metrics {
    const stepsPerZone = Object.fromEntries(ZONES.map(z => [z, 0])) as Record<ZoneKind, number>;
    for (const step of model.steps) stepsPerZone[step.zone]++;

    const lineCrossings = Object.fromEntries(LINES.map(line => [line, flowsAcross(model, line).length])) as Record<LineKind, number>;

    const longestPathTime = heaviestPath(graph, model.steps, stepDuration).total;
    const customerVisibleTime = customerVisiblePath(graph, model.steps).total;
    const providerSteps = model.steps.filter(s => PROVIDER_ZONES.includes(s.zone));
    return {
        totalSteps: model.steps.length,
        stepsPerZone,
        lineCrossings,
        failPoints: model.steps.filter(s => s.fail).length,
        waitPoints: model.steps.filter(s => s.wait).length,
        longestPathTime,
        customerVisibleTime,
        contactRatio: longestPathTime > 0 ? customerVisibleTime / longestPathTime : undefined,
        automationShare: providerSteps.length > 0 ? providerSteps.filter(s => s.technology).length / providerSteps.length : undefined
    };
}
