import { buildFlowGraph, heaviestPath, type FlowGraph } from './graph.js';
import { LINE_BOUNDARIES, LINES, ZONES, type BlueprintModel, type LineKind, type Metrics, type StepModel, type ZoneKind } from './types.js';

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

export function computeMetrics(model: Omit<BlueprintModel, 'metrics'>, graph: FlowGraph = buildFlowGraph(model)): Metrics {
    const stepsPerZone = Object.fromEntries(ZONES.map(z => [z, 0])) as Record<ZoneKind, number>;
    for (const step of model.steps) stepsPerZone[step.zone]++;

    const zoneOf = new Map(model.steps.map(s => [s.id, s.zone]));
    const lineCrossings = Object.fromEntries(LINES.map(l => [l, 0])) as Record<LineKind, number>;
    for (const flow of model.flows) {
        const from = zoneOf.get(flow.from);
        const to = zoneOf.get(flow.to);
        if (!from || !to) continue;
        for (const line of LINES) if (crossesLine(from, to, line)) lineCrossings[line]++;
    }

    const longestPathTime = heaviestPath(graph, model.steps, stepDuration).total;
    const customerVisibleTime = heaviestPath(graph, model.steps, s => (isCustomerVisible(s) ? stepDuration(s) : 0)).total;
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
