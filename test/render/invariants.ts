/** Geometric invariants every layout must satisfy; each check returns the violations it found. */
import { buildFlowGraph } from '../../src/model/graph.js';
import { LINE_BOUNDARIES, ZONES, type BlueprintModel } from '../../src/model/types.js';
import type { BlueprintLayout, Point, Rect } from '../../src/render/index.js';

const EPSILON = 0.01;

function zoneIndex(zone: string): number {
    return ZONES.indexOf(zone as (typeof ZONES)[number]);
}

export function checkLayout(model: BlueprintModel, layout: BlueprintLayout): string[] {
    return [
        ...stepsInTheirLanes(layout),
        ...bandsInZoneOrder(layout),
        ...linesBetweenTheirZones(layout),
        ...noBoxesOverlap(layout),
        ...edgesOnBorders(layout),
        ...edgesAvoidBoxes(layout),
        ...labelsAvoidBoxes(layout),
        ...flowsClearOfLines(layout),
        ...flowsCrossLinesOnlyWhereTheyMust(layout),
        ...columnsFollowFlows(model, layout),
        ...everythingInside(layout)
    ];
}

function stepsInTheirLanes(layout: BlueprintLayout): string[] {
    const lanes = new Map(layout.lanes.map(l => [l.id, l]));
    const contentLeft = layout.header.x + layout.header.width;
    return layout.steps.flatMap(step => {
        const lane = lanes.get(step.lane);
        if (!lane) return [`step ${step.id}: lane ${step.lane} not drawn`];
        const inside = step.y >= lane.y - EPSILON && step.y + step.height <= lane.y + lane.height + EPSILON
            && step.x >= contentLeft && step.x + step.width <= lane.x + lane.width + EPSILON;
        return inside ? [] : [`step ${step.id} outside lane ${lane.id}`];
    });
}

function bandsInZoneOrder(layout: BlueprintLayout): string[] {
    const problems: string[] = [];
    for (let i = 1; i < layout.bands.length; i++) {
        const [a, b] = [layout.bands[i - 1], layout.bands[i]];
        if (zoneIndex(a.zone) >= zoneIndex(b.zone)) problems.push(`band ${b.zone} after ${a.zone}`);
        if (Math.abs(a.y + a.height - b.y) > EPSILON) problems.push(`band ${b.zone} does not follow ${a.zone}`);
    }
    for (let i = 1; i < layout.lanes.length; i++) {
        const [a, b] = [layout.lanes[i - 1], layout.lanes[i]];
        if (zoneIndex(a.zone) > zoneIndex(b.zone)) problems.push(`lane ${b.id} (${b.zone}) below ${a.id} (${a.zone})`);
        if (Math.abs(a.y + a.height - b.y) > EPSILON) problems.push(`lane ${b.id} does not follow ${a.id}`);
    }
    if (layout.evidence.length > 0 && layout.bands[0]?.zone !== 'evidence') problems.push('evidence band missing on top');
    return problems;
}

function linesBetweenTheirZones(layout: BlueprintLayout): string[] {
    return layout.lines.flatMap(line => {
        const { above, below } = LINE_BOUNDARIES[line.kind];
        const bad = layout.lanes.filter(lane => {
            const middle = lane.y + lane.height / 2;
            return middle < line.y ? zoneIndex(lane.zone) > zoneIndex(above) : zoneIndex(lane.zone) < zoneIndex(below);
        });
        return bad.map(lane => `line ${line.kind} on the wrong side of lane ${lane.id}`);
    });
}

function overlaps(a: Rect, b: Rect): boolean {
    return a.x < b.x + b.width - EPSILON && b.x < a.x + a.width - EPSILON && a.y < b.y + b.height - EPSILON && b.y < a.y + a.height - EPSILON;
}

/** Boxes of different columns never share x; within a column, sorted by y, neighbours must not overlap. */
function noBoxesOverlap(layout: BlueprintLayout): string[] {
    const problems: string[] = [];
    const columns = [...layout.columns].sort((a, b) => a.x - b.x);
    for (let i = 1; i < columns.length; i++) {
        if (columns[i].x < columns[i - 1].x + columns[i - 1].width) problems.push(`columns ${i - 1} and ${i} overlap`);
    }
    const byColumn = new Map<number, Array<Rect & { name: string }>>();
    for (const s of layout.steps) (byColumn.get(s.column) ?? byColumn.set(s.column, []).get(s.column)!).push({ ...s, name: `step ${s.id}` });
    for (const e of layout.evidence) (byColumn.get(e.column) ?? byColumn.set(e.column, []).get(e.column)!).push({ ...e, name: `evidence of ${e.step}` });
    for (const boxes of byColumn.values()) {
        boxes.sort((a, b) => a.y - b.y);
        for (let i = 1; i < boxes.length; i++) {
            if (overlaps(boxes[i - 1], boxes[i])) problems.push(`${boxes[i - 1].name} overlaps ${boxes[i].name}`);
        }
    }
    return problems;
}

function edgesOnBorders(layout: BlueprintLayout): string[] {
    const steps = new Map(layout.steps.map(s => [s.id, s]));
    return layout.edges.flatMap(edge => {
        const problems: string[] = [];
        const [first, last] = [edge.points[0], edge.points[edge.points.length - 1]];
        const from = steps.get(edge.from)!;
        const to = steps.get(edge.to)!;
        if (Math.abs(first.x - (from.x + from.width)) > EPSILON || first.y <= from.y || first.y >= from.y + from.height) problems.push(`flow ${edge.index} does not start on ${edge.from}'s right border`);
        if (Math.abs(last.x - to.x) > EPSILON || last.y <= to.y || last.y >= to.y + to.height) problems.push(`flow ${edge.index} does not end on ${edge.to}'s left border`);
        for (let i = 1; i < edge.points.length; i++) {
            const [a, b] = [edge.points[i - 1], edge.points[i]];
            if (Math.abs(a.x - b.x) > EPSILON && Math.abs(a.y - b.y) > EPSILON) problems.push(`flow ${edge.index} has a diagonal segment`);
        }
        return problems;
    });
}

function segmentCrosses(a: Point, b: Point, box: Rect): boolean {
    const [x1, x2] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
    const [y1, y2] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
    return x1 < box.x + box.width - EPSILON && x2 > box.x + EPSILON && y1 < box.y + box.height - EPSILON && y2 > box.y + EPSILON;
}

/** Checks each segment against the boxes of the columns its x range touches. */
function edgesAvoidBoxes(layout: BlueprintLayout): string[] {
    const find = boxFinder<Rect & { name: string }>([
        ...layout.steps.map(s => ({ ...s, name: `step ${s.id}` })),
        ...layout.evidence.map(e => ({ ...e, name: `evidence of ${e.step}` }))
    ]);
    const problems: string[] = [];
    for (const edge of layout.edges) {
        for (let i = 1; i < edge.points.length; i++) {
            const [a, b] = [edge.points[i - 1], edge.points[i]];
            const hit = find(Math.min(a.x, b.x), Math.max(a.x, b.x)).find(box => segmentCrosses(a, b, box));
            if (hit) problems.push(`flow ${edge.index} (${edge.from} -> ${edge.to}) crosses ${hit.name}`);
        }
    }
    return problems;
}

/** Finds the boxes whose x range may meet [x1, x2]: a binary search on left edges, widened by the widest box. */
function boxFinder<T extends Rect>(boxes: T[]): (x1: number, x2: number) => T[] {
    const sorted = [...boxes].sort((a, b) => a.x - b.x);
    const widest = Math.max(0, ...sorted.map(b => b.width));
    return (x1, x2) => {
        let lo = 0;
        let hi = sorted.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (sorted[mid].x + widest < x1) lo = mid + 1;
            else hi = mid;
        }
        const result: T[] = [];
        for (let i = lo; i < sorted.length && sorted[i].x <= x2; i++) result.push(sorted[i]);
        return result;
    };
}

function labelsAvoidBoxes(layout: BlueprintLayout): string[] {
    const find = boxFinder<Rect>([...layout.steps, ...layout.evidence]);
    return layout.edges.flatMap(edge => {
        const label = edge.label;
        if (!label) return [];
        return find(label.x, label.x + label.width).some(box => overlaps(label, box)) ? [`label of flow ${edge.index} covers a box`] : [];
    });
}

/** No horizontal piece of a flow runs along one of the three lines (closer than this, it reads as a second line). */
export const LINE_CLEARANCE = 16;

function flowsClearOfLines(layout: BlueprintLayout): string[] {
    const problems: string[] = [];
    for (const edge of layout.edges) {
        for (let i = 1; i < edge.points.length; i++) {
            const [a, b] = [edge.points[i - 1], edge.points[i]];
            if (Math.abs(a.y - b.y) > EPSILON || Math.abs(a.x - b.x) < EPSILON) continue;
            const near = layout.lines.find(line => Math.abs(line.y - a.y) < LINE_CLEARANCE);
            if (near) problems.push(`flow ${edge.index} (${edge.from} -> ${edge.to}) runs ${Math.round(Math.abs(a.x - b.x))} px along the line of ${near.kind}, ${Math.round(Math.abs(near.y - a.y) * 10) / 10} px from it`);
        }
    }
    return problems;
}

/** A flow crosses a line once when its ends lie on either side of it, else never. */
function flowsCrossLinesOnlyWhereTheyMust(layout: BlueprintLayout): string[] {
    const problems: string[] = [];
    for (const edge of layout.edges) {
        for (const line of layout.lines) {
            const sides = edge.points.map(p => Math.sign(p.y - line.y)).filter(side => side !== 0);
            let crossings = 0;
            for (let i = 1; i < sides.length; i++) if (sides[i] !== sides[i - 1]) crossings++;
            const needed = sides.length > 0 && sides[0] !== sides[sides.length - 1] ? 1 : 0;
            if (crossings !== needed) problems.push(`flow ${edge.index} (${edge.from} -> ${edge.to}) crosses the line of ${line.kind} ${crossings} times, ${needed} needed`);
        }
    }
    return problems;
}

/** Forward flows go left to right; back edges only inside cycles or against the phase order. */
function columnsFollowFlows(model: BlueprintModel, layout: BlueprintLayout): string[] {
    const graph = buildFlowGraph(model);
    const column = new Map(layout.steps.map(s => [s.id, s.column]));
    const phaseIndex = new Map(model.phases.map((p, i) => [p.id, i]));
    const columnPhase = (c: number) => phaseIndex.get(layout.columns[c]?.phase ?? '') ?? 0;
    return layout.edges.flatMap(edge => {
        const [a, b] = [column.get(edge.from)!, column.get(edge.to)!];
        if (!edge.back) return a < b ? [] : [`forward flow ${edge.index} goes from column ${a} to ${b}`];
        const inCycle = graph.componentOf.get(edge.from) === graph.componentOf.get(edge.to);
        const againstPhases = columnPhase(a) > columnPhase(b);
        return inCycle || againstPhases ? [] : [`flow ${edge.index} is a back edge outside any cycle`];
    });
}

function everythingInside(layout: BlueprintLayout): string[] {
    const outside = (r: Rect) => r.x < 0 || r.y < 0 || r.x + r.width > layout.width + EPSILON || r.y + r.height > layout.height + EPSILON;
    return [...layout.steps, ...layout.evidence, ...layout.lanes, layout.legend].filter(outside).map(r => `outside the drawing: ${JSON.stringify(r).slice(0, 80)}`);
}
