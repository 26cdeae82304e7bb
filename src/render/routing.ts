/**
 * Orthogonal flow routing in the gutters. Every flow leaves its source box on
 * the right border and enters its target box on the left border. Vertical
 * segments run only in the gutters between columns, horizontal ones only at a
 * box's port height (where the row is known to be empty) or in the gaps
 * between rows, so no segment can cross a box. Parallel segments in one
 * gutter or gap get distinct tracks. Route kinds, cheapest first:
 *
 * - straight: same lane and stack position, nothing in between;
 * - adjacent: the next column: one vertical in the gutter between;
 * - horizontal-first: along the source's row, then down/up beside the target;
 * - vertical-first: down/up beside the source, then along the target's row;
 * - channel: beside the source, along a gap next to the target, beside the target.
 *   Back edges (cycles, phase order) always take a channel.
 *
 * Planning happens before coordinates exist (only the number of horizontal
 * tracks per gap is needed to size the rows); vertical tracks are assigned
 * once the rows have their heights, and then size the gutters.
 */
import type { BlueprintModel, FlowModel } from '../model/types.js';
import type { ColumnAssignment } from './columns.js';
import { FONTS, SIZES } from './dimensions.js';
import type { IndexedGraph } from './graph.js';
import { isRowFree, type RowPlan } from './rows.js';
import { assignTracks, sortSmall, type Interval } from './tracks.js';
import { measureText, truncateText } from './text.js';
import type { FittedText, Point } from './types.js';

export type RouteKind = 'straight' | 'adjacent' | 'horizontal-first' | 'vertical-first' | 'channel';

/**
 * A horizontal gap of a lane: gap 0 is above the lane's first stack slot, gap k
 * between slots k-1 and k; the last lane also has gap `slotCount` below it.
 */
export interface GapRef { lane: number; gap: number }

export interface PlannedEdge {
    flow: FlowModel;
    /** Step indices, in the drawn direction. */
    from: number;
    to: number;
    /** A two-way flow drawn from its written target to its written source. */
    reversed: boolean;
    back: boolean;
    route: RouteKind;
    fromColumn: number;
    toColumn: number;
    /** Port heights, from the top of the source and target boxes. */
    outY: number;
    inY: number;
    channel?: GapRef & { track: number };
    label?: FittedText;
    labelWidth: number;
    verticals: VerticalSegment[];
}

/** Pools keep a gutter's tracks in order: leaving the left column, passing through, entering the right column. */
const EXIT = 0;
const THROUGH = 1;
const ENTRY = 2;

export interface VerticalSegment { gutter: number; pool: number; from: number; to: number; track: number }

export interface RoutePlan {
    edges: PlannedEdge[];
    /** Horizontal track count per gap, keyed `lane:gap`. */
    gapTracks: Map<string, number>;
}

export function gapKey(gap: GapRef): string {
    return `${gap.lane}:${gap.gap}`;
}

export function planRoutes(model: BlueprintModel, graph: IndexedGraph, columns: ColumnAssignment, rows: RowPlan, boxHeight: number): RoutePlan {
    const edges: PlannedEdge[] = [];
    // A box side has one middle port: a repeated flow between the same two steps cannot be straight twice.
    const straightOut = new Uint8Array(model.steps.length);
    const straightIn = new Uint8Array(model.steps.length);
    for (const flow of model.flows) {
        let from = graph.indexOf.get(flow.from);
        let to = graph.indexOf.get(flow.to);
        if (from === undefined || to === undefined) continue;
        // A two-way flow reads the same both ways: draw it forward rather than as a loop back.
        const reversed = flow.kind === 'two-way' && from !== to && columns.rankOf[from] >= columns.rankOf[to];
        if (reversed) [from, to] = [to, from];
        const edge = planEdge(flow, from, to, reversed, columns);
        edge.route = edge.back ? 'channel' : forwardRoute(edge, rows, straightOut, straightIn);
        edges.push(edge);
    }
    assignPorts(edges, rows, model.steps.length, boxHeight);
    const gapTracks = assignChannels(edges, rows);
    return { edges, gapTracks };
}

function planEdge(flow: FlowModel, from: number, to: number, reversed: boolean, columns: ColumnAssignment): PlannedEdge {
    const fromColumn = columns.columnOf[from];
    const toColumn = columns.columnOf[to];
    const back = columns.rankOf[from] >= columns.rankOf[to];
    const label = flow.label !== undefined || flow.condition !== undefined ? fitEdgeLabel(flow) : undefined;
    return {
        flow, from, to, reversed, back, fromColumn, toColumn, label,
        route: 'channel',
        outY: 0, inY: 0,
        labelWidth: label ? Math.ceil(Math.max(...label.lines.map(line => measureText(line, FONTS.edgeLabel)))) : 0,
        verticals: []
    };
}

/**
 * The label, then the condition in brackets: `label [condition]` on one line
 * when it fits, else the label above the condition, each cut to the maximum
 * width (the tooltip has both whole).
 */
function fitEdgeLabel(flow: FlowModel): FittedText {
    const condition = flow.condition !== undefined ? `[${flow.condition}]` : undefined;
    const parts = [flow.label, condition].filter((part): part is string => part !== undefined);
    const full = parts.join(' ');
    const oneLine = truncateText(full, SIZES.edgeLabelMaxWidth, FONTS.edgeLabel);
    if (oneLine === full || parts.length === 1) return { lines: [oneLine], full, truncated: oneLine !== full };
    const lines = parts.map(part => truncateText(part, SIZES.edgeLabelMaxWidth, FONTS.edgeLabel));
    return { lines, full, truncated: lines.some((line, i) => line !== parts[i]) };
}

function forwardRoute(edge: PlannedEdge, rows: RowPlan, straightOut: Uint8Array, straightIn: Uint8Array): RouteKind {
    const { from, to, fromColumn, toColumn } = edge;
    const fromLane = rows.stepLane[from];
    const toLane = rows.stepLane[to];
    const fromSlot = rows.slotOf[from];
    const toSlot = rows.slotOf[to];
    const sameRow = fromLane === toLane && fromSlot === toSlot;
    if (sameRow && !straightOut[from] && !straightIn[to] && isRowFree(rows, fromLane, fromSlot, fromColumn, toColumn)) {
        straightOut[from] = straightIn[to] = 1;
        return 'straight';
    }
    if (toColumn === fromColumn + 1) return 'adjacent';
    if (isRowFree(rows, fromLane, fromSlot, fromColumn, toColumn)) return 'horizontal-first';
    if (isRowFree(rows, toLane, toSlot, fromColumn, toColumn)) return 'vertical-first';
    return 'channel';
}

/** Where a step sits top to bottom, for ordering ports so flows leave toward their targets. */
function verticalOrder(rows: RowPlan, step: number): number {
    return rows.stepLane[step] * 1e6 + rows.slotOf[step];
}

/**
 * Spreads each box's out-ports (right border) and in-ports (left border) so
 * that flows going up use upper ports; a straight flow keeps the middle.
 */
function assignPorts(edges: PlannedEdge[], rows: RowPlan, stepCount: number, boxHeight: number): void {
    const outs = groupBy(edges, e => e.from, stepCount);
    const ins = groupBy(edges, e => e.to, stepCount);
    const byTarget = (a: PlannedEdge, b: PlannedEdge) => verticalOrder(rows, a.to) - verticalOrder(rows, b.to) || a.toColumn - b.toColumn || a.flow.index - b.flow.index;
    const bySource = (a: PlannedEdge, b: PlannedEdge) => verticalOrder(rows, a.from) - verticalOrder(rows, b.from) || a.fromColumn - b.fromColumn || a.flow.index - b.flow.index;
    for (const list of outs) {
        if (!list) continue;
        if (list.length === 1) {
            list[0].outY = boxHeight / 2 + (list[0].route === 'straight' ? 0 : SIZES.outPortShift);
            continue;
        }
        sortSmall(list, byTarget);
        const ports = new PortSpread(list.length, list.findIndex(e => e.route === 'straight'), boxHeight, SIZES.portSpacing);
        list.forEach((edge, i) => { edge.outY = ports.offset(i, SIZES.outPortShift); });
    }
    for (const list of ins) {
        if (!list) continue;
        if (list.length === 1) {
            list[0].inY = boxHeight / 2;
            continue;
        }
        sortSmall(list, bySource);
        const labelLines = Math.max(0, ...list.map(e => e.label?.lines.length ?? 0));
        const spacing = labelLines > 0 ? SIZES.labelledPortSpacing + (labelLines - 1) * SIZES.edgeLabelLineHeight : SIZES.portSpacing;
        const ports = new PortSpread(list.length, list.findIndex(e => e.route === 'straight'), boxHeight, spacing);
        list.forEach((edge, i) => { edge.inY = ports.offset(i, 0); });
    }
}

/** Items by a small integer key (a step index): an array slot per key instead of a hash map. */
function groupBy<T>(items: T[], keyOf: (item: T) => number, keyCount: number): Array<T[] | undefined> {
    const groups = new Array<T[] | undefined>(keyCount);
    for (const item of items) {
        const key = keyOf(item);
        const group = groups[key];
        if (group) group.push(item);
        else groups[key] = [item];
    }
    return groups;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

/** Ports spread evenly around the middle of a box side (or around the straight flow, which keeps the middle). */
class PortSpread {
    private readonly center: number;
    private readonly anchor: number;
    private readonly step: number;

    constructor(count: number, private readonly straight: number, boxHeight: number, spacing: number) {
        this.center = boxHeight / 2;
        this.anchor = straight >= 0 ? straight : (count - 1) / 2;
        const reach = Math.max(this.anchor, count - 1 - this.anchor);
        this.step = reach > 0 ? Math.min(spacing, (this.center - 6) / reach) : 0;
    }

    offset(i: number, shift: number): number {
        return this.center + (i - this.anchor) * this.step + (i === this.straight ? 0 : shift);
    }
}

/** The gap of an edge routed through a channel (assignChannels gives every one of them a gap). */
function channelOf(edge: PlannedEdge): NonNullable<PlannedEdge['channel']> {
    if (!edge.channel) throw new Error(`internal error: the channel route ${edge.flow.from} → ${edge.flow.to} has no gap`);
    return edge.channel;
}

/** The gap a channel route runs in: next to the target, on the side facing the source. */
function channelGap(edge: PlannedEdge, rows: RowPlan): GapRef {
    const fromLane = rows.stepLane[edge.from];
    const toLane = rows.stepLane[edge.to];
    const fromSlot = rows.slotOf[edge.from];
    const toSlot = rows.slotOf[edge.to];
    const targetIsHigher = toLane < fromLane || (toLane === fromLane && toSlot < fromSlot);
    if (!targetIsHigher) return { lane: toLane, gap: toSlot };
    if (toSlot + 1 < rows.lanes[toLane].slotCount) return { lane: toLane, gap: toSlot + 1 };
    if (toLane + 1 < rows.lanes.length) return { lane: toLane + 1, gap: 0 };
    return { lane: toLane, gap: rows.lanes[toLane].slotCount };
}

function assignChannels(edges: PlannedEdge[], rows: RowPlan): Map<string, number> {
    const byGap = new Map<string, PlannedEdge[]>();
    for (const edge of edges) {
        if (edge.route !== 'channel') continue;
        const gap = channelGap(edge, rows);
        edge.channel = { lane: gap.lane, gap: gap.gap, track: 0 };
        pushTo(byGap, gapKey(gap), edge);
    }
    const gapTracks = new Map<string, number>();
    for (const [key, list] of byGap) {
        // Gutter indices: the source's right gutter to the target's left gutter; one shared gutter is an overlap.
        const intervals: Interval[] = list.map(e => {
            const a = e.fromColumn + 1;
            const b = e.toColumn;
            return { start: Math.min(a, b), end: Math.max(a, b) };
        });
        const { track, count } = assignTracks(intervals, 1);
        list.forEach((edge, i) => { channelOf(edge).track = track[i]; });
        gapTracks.set(key, count);
    }
    return gapTracks;
}

/** Vertical positions, known once the rows have their heights. */
export interface VerticalGeometry {
    boxTop(step: number): number;
    channelY(gap: GapRef, track: number): number;
}

/** Assigns the vertical segments of all edges to gutter tracks; returns the track count per gutter. */
export function assignVerticalTracks(edges: PlannedEdge[], geometry: VerticalGeometry, gutterCount: number): number[] {
    const all: VerticalSegment[] = [];
    for (const edge of edges) {
        edge.verticals = verticalSegments(edge, geometry);
        for (const segment of edge.verticals) all.push(segment);
    }
    const groups = groupBy(all, s => s.gutter * 3 + s.pool, gutterCount * 3);
    const poolCounts = Array.from({ length: gutterCount }, () => [0, 0, 0]);
    groups.forEach((segments, key) => {
        if (segments) poolCounts[Math.floor(key / 3)][key % 3] = segments.length === 1 ? 1 : spreadOverTracks(segments);
    });
    // Pools side by side: exit tracks leftmost, entry tracks rightmost.
    for (const segments of groups) {
        if (!segments) continue;
        for (const s of segments) {
            const counts = poolCounts[s.gutter];
            s.track += s.pool === EXIT ? 0 : s.pool === THROUGH ? counts[EXIT] : counts[EXIT] + counts[THROUGH];
        }
    }
    return poolCounts.map(c => c[0] + c[1] + c[2]);
}

/** Gives overlapping segments of one pool distinct tracks; returns how many tracks the pool needs. */
function spreadOverTracks(segments: VerticalSegment[]): number {
    const intervals = segments.map(s => ({ start: Math.min(s.from, s.to), end: Math.max(s.from, s.to) }));
    const { track, count } = assignTracks(intervals, SIZES.trackSpacingY);
    const position = orderTracks(segments, track, count);
    segments.forEach((s, i) => { s.track = position[track[i]]; });
    return count;
}

/**
 * Left-to-right order of a pool's tracks. A segment's stub from the left
 * column crosses the tracks left of it, its stub into the right column those
 * right of it; so among flows going down the upper one goes right, among
 * flows going up the upper one goes left: staggered segments then never cross.
 */
function orderTracks(segments: VerticalSegment[], track: number[], count: number): number[] {
    if (count === 1) return [0];
    const score = new Array<number>(count).fill(0);
    const size = new Array<number>(count).fill(0);
    segments.forEach((s, i) => {
        const top = Math.min(s.from, s.to);
        score[track[i]] += s.from < s.to ? -top : top;
        size[track[i]]++;
    });
    const order = sortSmall(Array.from({ length: count }, (_, t) => t), (a, b) => score[a] / size[a] - score[b] / size[b] || a - b);
    const position = new Array<number>(count);
    order.forEach((t, i) => { position[t] = i; });
    return position;
}

function verticalSegments(edge: PlannedEdge, geometry: VerticalGeometry): VerticalSegment[] {
    const outY = geometry.boxTop(edge.from) + edge.outY;
    const inY = geometry.boxTop(edge.to) + edge.inY;
    const besideSource = edge.fromColumn + 1;
    const besideTarget = edge.toColumn;
    switch (edge.route) {
        case 'straight': return [];
        case 'adjacent': return [segment(besideTarget, THROUGH, outY, inY)];
        case 'horizontal-first': return [segment(besideTarget, ENTRY, outY, inY)];
        case 'vertical-first': return [segment(besideSource, EXIT, outY, inY)];
        case 'channel': {
            const channel = channelOf(edge);
            const channelY = geometry.channelY(channel, channel.track);
            return [segment(besideSource, EXIT, outY, channelY), segment(besideTarget, ENTRY, channelY, inY)];
        }
    }
}

function segment(gutter: number, pool: number, from: number, to: number): VerticalSegment {
    return { gutter, pool, from, to, track: 0 };
}

/** Horizontal positions, known once the gutters have their widths. */
export interface HorizontalGeometry {
    columnLeft(column: number): number;
    columnRight(column: number): number;
    trackX(gutter: number, track: number): number;
}

/** The polyline of a routed edge, from the source's right border to the target's left border. */
export function edgePoints(edge: PlannedEdge, vertical: VerticalGeometry, horizontal: HorizontalGeometry): Point[] {
    const start = { x: horizontal.columnRight(edge.fromColumn), y: vertical.boxTop(edge.from) + edge.outY };
    const end = { x: horizontal.columnLeft(edge.toColumn), y: vertical.boxTop(edge.to) + edge.inY };
    const points: Point[] = [start];
    for (const s of edge.verticals) {
        const x = horizontal.trackX(s.gutter, s.track);
        points.push({ x, y: s.from }, { x, y: s.to });
    }
    points.push(end);
    return points;
}
