/**
 * The parts of the model the process analysis reads: demand, staff and cost
 * of performers, probabilities of conditional flows, scenarios. Kept apart
 * from build.ts so each stays small.
 */
import * as ast from './generated/ast.js';
import { toSeconds } from '../model/duration.js';
import type { PerformerModel, ScenarioModel, SourceRange, TimeStandard } from '../model/types.js';

type RangeOf = (node: ast.Blueprint | ast.Scenario) => SourceRange;
type DurationOf = (duration: ast.Duration | undefined) => number | undefined;

/** `n per unit` as a number per hour; undefined when the unit is missing (a recovered parse). */
export function perHour(count: number | undefined, unit: string | undefined): number | undefined {
    const seconds = unit ? toSeconds(1, unit) : NaN;
    const rate = count !== undefined && seconds > 0 ? count * 3600 / seconds : NaN;
    return Number.isFinite(rate) ? rate : undefined;
}

/** Staff (or capacity) and cost per hour of an actor or system; the last one written counts. */
export function performerResources(node: ast.Actor | ast.System): Pick<PerformerModel, 'staff' | 'costPerHour'> {
    const staffing = node.resources.filter(ast.isStaffing).at(-1);
    const cost = node.resources.filter(ast.isCost).at(-1);
    return { staff: staffing?.count, costPerHour: cost && perHour(cost.amount, cost.unit) };
}

/** The blueprint's `demand`, in customers per hour. */
export function blueprintDemand(blueprint: ast.Blueprint): number | undefined {
    const demand = blueprint.members.filter(ast.isDemand).at(-1);
    return demand && perHour(demand.count, demand.unit);
}

/** A flow's probability as a share 0–1 (`5%` → 0.05). */
/** The blueprint's own `staff Performer N` lines: performer id → staff. */
export function blueprintStaff(blueprint: ast.Blueprint): Record<string, number> {
    return staffOverrides(blueprint.members);
}

function staffOverrides(nodes: Array<ast.BlueprintMember | ast.ScenarioOverride>): Record<string, number> {
    const staff: Record<string, number> = {};
    for (const node of nodes) {
        const performer = ast.isStaffOverride(node) ? node.performer?.ref?.name : undefined;
        if (performer && ast.isStaffOverride(node) && node.count !== undefined) staff[performer] = node.count;
    }
    return staff;
}

export function flowProbability(edge: ast.FlowEdge): number | undefined {
    return edge.probability === undefined ? undefined : edge.probability / 100;
}

export function buildScenarios(blueprint: ast.Blueprint, rangeOf: RangeOf, durationOf: DurationOf): ScenarioModel[] {
    const seen = new Set<string>();
    const scenarios: ScenarioModel[] = [];
    for (const node of blueprint.members.filter(ast.isScenario)) {
        if (!node.name || seen.has(node.name)) continue;
        seen.add(node.name);
        scenarios.push(buildScenario(node, rangeOf, durationOf));
    }
    return scenarios;
}

function buildScenario(node: ast.Scenario, rangeOf: RangeOf, durationOf: DurationOf): ScenarioModel {
    const staff = staffOverrides(node.overrides);
    const times: Record<string, TimeStandard> = {};
    let demand: number | undefined;
    for (const override of node.overrides) {
        if (ast.isDemand(override)) demand = perHour(override.count, override.unit) ?? demand;
        else if (ast.isTimeOverride(override)) {
            const step = override.step?.ref?.name;
            const standard = durationOf(override.standard);
            if (step && standard !== undefined) times[step] = { standard, tolerance: durationOf(override.tolerance) };
        }
    }
    return { id: node.name, title: node.title ?? node.name, demand, staff, times, range: rangeOf(node) };
}
