/**
 * Rows: the lanes top to bottom in zone order, the stacking of steps that share
 * a lane and a column, the evidence row, and where the three lines go.
 */
import { LINE_BOUNDARIES, LINES, ZONES, type BlueprintModel, type LineKind, type ZoneKind } from '../model/types.js';
import type { ColumnAssignment } from './columns.js';
import { sortSmall } from './tracks.js';
import type { DiagramLabels } from './types.js';

/** The titles of lanes the model leaves untitled: the added evidence lane and a lane without title or name. */
type LaneTitles = Pick<DiagramLabels, 'evidenceLane' | 'laneTitles'>;

export interface PlannedLane {
    id: string;
    title: string;
    zone: ZoneKind;
    synthetic: boolean;
    /** How many steps stack in this lane's fullest column. */
    slotCount: number;
}

export interface PlannedLine {
    kind: LineKind;
    /** Index of the last lane above the line (-1: above every lane). */
    afterLane: number;
    implied: boolean;
}

export interface RowPlan {
    lanes: PlannedLane[];
    /** Step index → lane index. */
    stepLane: Int32Array;
    /** Step index → position in its lane's stack within its column. */
    slotOf: Int32Array;
    /** Index of the lane that shows the evidence items, or -1. */
    evidenceLane: number;
    /** Steps with evidence, per column, top to bottom. */
    evidenceByColumn: Map<number, number[]>;
    lines: PlannedLine[];
    /** occupied[lane][slot]: the columns holding a step there, ascending. */
    occupied: number[][][];
}

/** Not a valid blueprint name, so it cannot clash with a declared lane. */
export const SYNTHETIC_EVIDENCE_LANE = '#evidence';

/**
 * `titles.evidenceLane`: the title of the evidence lane added when steps show evidence but no lane holds it;
 * `titles.laneTitles`: the title of a lane the author gave none, by zone.
 */
export function planRows(model: BlueprintModel, columns: ColumnAssignment, titles: LaneTitles): RowPlan {
    const lanes = orderedLanes(model, titles);
    const laneIndexOf = new Map(lanes.map((lane, i) => [lane.id, i]));
    const n = model.steps.length;
    const stepLane = new Int32Array(n);
    const slotOf = new Int32Array(n);
    const cellSize = lanes.map(() => new Int32Array(columns.columnCount));
    const occupied: number[][][] = lanes.map(() => []);
    // Stack in rank order, so a column's stack reads in flow order; columns are pushed in
    // rank order too, which is not column order, hence the sort below.
    for (const v of columns.ordered) {
        const lane = laneIndexOf.get(model.steps[v].lane) ?? 0;
        const column = columns.columnOf[v];
        const slot = cellSize[lane][column]++;
        stepLane[v] = lane;
        slotOf[v] = slot;
        (occupied[lane][slot] ??= []).push(column);
        lanes[lane].slotCount = Math.max(lanes[lane].slotCount, slot + 1);
    }
    for (const rows of occupied) for (const row of rows) if (row.length > 1) row.sort((a, b) => a - b);
    const evidenceLane = lanes.findIndex(l => l.zone === 'evidence');
    const evidenceByColumn = collectEvidence(model, columns, stepLane, slotOf);
    return { lanes, stepLane, slotOf, evidenceLane, evidenceByColumn, lines: placeLines(model, lanes), occupied };
}

/**
 * Declared lanes in zone order (a stable sort: authors normally write them so),
 * with an evidence row added on top when steps have evidence but no evidence lane exists.
 */
function orderedLanes(model: BlueprintModel, { evidenceLane: evidenceTitle, laneTitles }: LaneTitles): PlannedLane[] {
    const lanes: PlannedLane[] = model.lanes
        .map(l => ({ id: l.id, title: l.title ?? laneTitles[l.zone], zone: l.zone, synthetic: false, slotCount: 0 }))
        .sort((a, b) => ZONES.indexOf(a.zone) - ZONES.indexOf(b.zone));
    const hasEvidence = model.steps.some(s => s.evidence.length > 0);
    if (hasEvidence && !lanes.some(l => l.zone === 'evidence')) {
        lanes.unshift({ id: SYNTHETIC_EVIDENCE_LANE, title: evidenceTitle, zone: 'evidence', synthetic: true, slotCount: 0 });
    }
    return lanes;
}

/**
 * Every line is drawn at its zone boundary. With lanes in zone order that is
 * the one place the validator accepts, so it equals `afterLane` for a valid
 * model; lines the author left out are drawn as implied.
 */
function placeLines(model: BlueprintModel, lanes: PlannedLane[]): PlannedLine[] {
    if (lanes.length === 0) return [];
    return LINES.map(kind => {
        const lastAbove = ZONES.indexOf(LINE_BOUNDARIES[kind].above);
        let afterLane = -1;
        lanes.forEach((lane, i) => { if (ZONES.indexOf(lane.zone) <= lastAbove) afterLane = i; });
        const declared = model.lines.find(l => l.kind === kind);
        return { kind, afterLane, implied: declared?.implied ?? true };
    });
}

function collectEvidence(model: BlueprintModel, columns: ColumnAssignment, stepLane: Int32Array, slotOf: Int32Array): Map<number, number[]> {
    const byColumn = new Map<number, number[]>();
    model.steps.forEach((step, v) => {
        if (step.evidence.length === 0) return;
        const column = columns.columnOf[v];
        const list = byColumn.get(column);
        if (list) list.push(v);
        else byColumn.set(column, [v]);
    });
    const verticalOrder = (v: number) => stepLane[v] * 1e6 + slotOf[v];
    for (const list of byColumn.values()) sortSmall(list, (a, b) => verticalOrder(a) - verticalOrder(b));
    return byColumn;
}

/** True when no step sits in `lane`/`slot` strictly between the two columns. */
export function isRowFree(plan: RowPlan, lane: number, slot: number, fromColumn: number, toColumn: number): boolean {
    const row = plan.occupied[lane]?.[slot];
    if (!row) return true;
    const lo = Math.min(fromColumn, toColumn);
    const hi = Math.max(fromColumn, toColumn);
    // Binary search for the first occupied column after lo.
    let left = 0;
    let right = row.length;
    while (left < right) {
        const mid = (left + right) >> 1;
        if (row[mid] <= lo) left = mid + 1;
        else right = mid;
    }
    return left >= row.length || row[left] >= hi;
}
