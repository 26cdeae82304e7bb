/**
 * Lays out one blueprint: columns (time) × lanes (zones), then routes the
 * flows in the gutters. Every step is linear or O(n log n) in steps + flows.
 */
import { lookup } from '../model/lookup.js';
import type { BlueprintModel } from '../model/types.js';
import { boxHeight, evidenceContent, stepBadges, stepContent, type EvidenceContent, type StepContent } from './boxes.js';
import { assignColumns, type ColumnAssignment } from './columns.js';
import { buildIndexedGraph } from './graph.js';
import { FONTS, SIZES } from './dimensions.js';
import { buildLegend } from './legend.js';
import { preview } from '../i18n/en/preview.js';
import { RowGeometry } from './row-geometry.js';
import { assignVerticalTracks, edgePoints, planRoutes, type HorizontalGeometry, type PlannedEdge } from './routing.js';
import { planRows, type RowPlan } from './rows.js';
import { measureText, truncateText } from './text.js';
import type {
    BandLayout, BlueprintLayout, DiagramLabels, ColumnLayout, EdgeLayout, EvidenceBox, FittedText, LaneLayout, LineLayout, PhaseLayout, StepBox
} from './types.js';

/** `labels`: the words drawn, in the reader's language (English unless the caller passes another catalogue's). */
const ENGLISH_LABELS: DiagramLabels = preview.diagram;

export function layoutBlueprint(model: BlueprintModel, labels: DiagramLabels = ENGLISH_LABELS): BlueprintLayout {
    const graph = buildIndexedGraph(model);
    const columns = assignColumns(model, graph);
    const rows = planRows(model, columns, labels);
    const contents = model.steps.map(step => stepContent(step, labels));
    const boxH = boxHeight(contents);
    const routes = planRoutes(model, graph, columns, rows, boxH);
    const evidence = new Map<number, EvidenceContent>();
    model.steps.forEach((step, v) => { if (step.evidence.length > 0) evidence.set(v, evidenceContent(step, labels.tooltips)); });
    const top = SIZES.margin + SIZES.titleBlock + SIZES.phaseRow + SIZES.phaseRowGap;
    const y = new RowGeometry({ rows, top, boxHeight: boxH, gapTracks: routes.gapTracks, evidence });
    const gutterTracks = assignVerticalTracks(routes.edges, y, columns.columnCount + 1);
    const x = new ColumnGeometry(columns.columnCount, gutterTracks, routes.edges);

    const legendTop = y.bottom + SIZES.legendGap;
    const legend = buildLegend(model, SIZES.margin, legendTop, labels);
    const subtitle = labels.subtitle(model.name, String(model.steps.length), String(model.flows.length));
    const width = Math.ceil(Math.max(
        x.right + SIZES.margin,
        legend.x + legend.width + SIZES.margin,
        SIZES.margin * 2 + Math.max(measureText(model.title, FONTS.title), measureText(subtitle, FONTS.subtitle))
    ));
    return {
        name: model.name,
        title: model.title,
        subtitle,
        width,
        height: Math.ceil(legend.y + legend.height + SIZES.margin),
        titleX: SIZES.margin,
        titleY: SIZES.margin + 18,
        header: { x: SIZES.margin, y: y.top, width: SIZES.header, height: y.bottom - y.top },
        phaseRow: { x: x.left, y: SIZES.margin + SIZES.titleBlock, width: x.right - x.left, height: SIZES.phaseRow },
        bands: layOutBands(rows, y, labels),
        lanes: layOutLanes(rows, y, x.right),
        lines: layOutLines(rows, y, x.right, labels),
        columns: layOutColumns(columns, x),
        phases: layOutPhases(columns, x, y),
        steps: layOutSteps(model, contents, boxH, columns, rows, x, y, labels),
        evidence: layOutEvidence(model, columns, evidence, x, y),
        edges: routes.edges.map(edge => layOutEdge(edge, y, x)),
        legend
    };
}

/** Horizontal geometry: gutter widths from their track counts and the edge labels they hold. */
class ColumnGeometry implements HorizontalGeometry {
    readonly left = SIZES.margin + SIZES.header;
    readonly right: number;
    private readonly gutterX: number[] = [];
    private readonly gutterWidth: number[] = [];
    /** Where a gutter's first track is. */
    private readonly lead: number[] = [];

    constructor(columnCount: number, gutterTracks: number[], edges: PlannedEdge[]) {
        const labelWidth = new Array<number>(columnCount + 1).fill(0);
        for (const edge of edges) {
            if (edge.label) labelWidth[edge.toColumn] = Math.max(labelWidth[edge.toColumn], edge.labelWidth);
        }
        let x = this.left;
        for (let g = 0; g <= columnCount; g++) {
            const tracks = gutterTracks[g] ?? 0;
            const tracksWidth = tracks > 0 ? (tracks - 1) * SIZES.trackSpacingX : 0;
            const labelRoom = labelWidth[g] > 0 ? 6 + labelWidth[g] + SIZES.arrowRoom : SIZES.gutterPad;
            const needed = SIZES.gutterPad + tracksWidth + labelRoom;
            const outer = g === 0 || g === columnCount;
            // Whole pixels keep the coordinates short in the SVG.
            const width = Math.ceil(Math.max(needed, outer ? SIZES.outerGutterMin : SIZES.gutterMin));
            this.gutterX.push(x);
            this.gutterWidth.push(width);
            // Spare room goes to both sides of the tracks.
            this.lead.push(SIZES.gutterPad + Math.floor((width - needed) / 2));
            x += width + (g < columnCount ? SIZES.column : 0);
        }
        this.right = x;
    }

    columnLeft(column: number): number {
        return this.gutterX[column] + this.gutterWidth[column];
    }

    columnRight(column: number): number {
        return this.columnLeft(column) + SIZES.column;
    }

    trackX(gutter: number, track: number): number {
        return this.gutterX[gutter] + this.lead[gutter] + track * SIZES.trackSpacingX;
    }

    /** The middle of a gutter: where phase headers meet. */
    gutterMiddle(gutter: number): number {
        return this.gutterX[gutter] + this.gutterWidth[gutter] / 2;
    }
}

function layOutSteps(model: BlueprintModel, contents: StepContent[], boxH: number, columns: ColumnAssignment, rows: RowPlan, x: ColumnGeometry, y: RowGeometry, labels: DiagramLabels): StepBox[] {
    return model.steps.map((step, v) => {
        const content = contents[v];
        return {
            id: step.id, lane: step.lane, zone: step.zone,
            column: columns.columnOf[v], slot: rows.slotOf[v],
            x: x.columnLeft(columns.columnOf[v]), y: y.boxTop(v), width: SIZES.column, height: boxH,
            technology: step.technology, label: content.label, meta: content.meta, badges: stepBadges(step, labels.tooltips, labels.badges), tooltip: content.tooltip
        };
    });
}

function layOutBands(rows: RowPlan, y: RowGeometry, labels: DiagramLabels): BandLayout[] {
    const bands: BandLayout[] = [];
    rows.lanes.forEach((lane, i) => {
        const geometry = y.lanes[i];
        const last = bands[bands.length - 1];
        if (last && last.zone === lane.zone) {
            last.height = geometry.top + geometry.height - last.y;
            return;
        }
        bands.push({ zone: lane.zone, x: SIZES.margin, y: geometry.top, width: SIZES.zoneStrip, height: geometry.height, label: { lines: [], full: '', truncated: false } });
    });
    for (const band of bands) band.label = zoneLabel(band, labels);
    return bands;
}

/** The zone's name along its strip: Chinese and English when they fit, else the Chinese alone. */
function zoneLabel(band: BandLayout, labels: DiagramLabels): FittedText {
    const names = labels.zoneStrips[band.zone];
    const room = band.height - 12;
    const shown = measureText(names.both, FONTS.zone) <= room ? names.both : truncateText(names.short, room, FONTS.zone);
    return { lines: [shown], full: names.full, truncated: shown !== names.both };
}

function layOutLanes(rows: RowPlan, y: RowGeometry, right: number): LaneLayout[] {
    return rows.lanes.map((lane, i) => {
        const geometry = y.lanes[i];
        // The title is centred in what the line labels leave of the header cell.
        const labelsAbove = i === 0 ? 2 * (y.linesAt.get(-1)?.length ?? 0) : 0;
        const labelsBelow = 2 * (y.linesAt.get(i)?.length ?? 0);
        const free = geometry.height - (labelsAbove + labelsBelow) * SIZES.lineLabelLineHeight;
        const block = geometry.title.lines.length * SIZES.laneTitleLineHeight;
        const titleTop = geometry.top + labelsAbove * SIZES.lineLabelLineHeight + (free - block) / 2;
        return {
            id: lane.id, zone: lane.zone, index: i, synthetic: lane.synthetic, title: geometry.title,
            titleX: SIZES.margin + SIZES.zoneStrip + SIZES.headerPad, titleY: titleTop + 11,
            x: SIZES.margin, y: geometry.top, width: right - SIZES.margin, height: geometry.height
        };
    });
}

function layOutLines(rows: RowPlan, y: RowGeometry, right: number, labels: DiagramLabels): LineLayout[] {
    return rows.lines.map(line => {
        const lineY = y.lineY(line);
        const atBorder = lookup(y.linesAt, line.afterLane, 'lines at a lane border');
        const position = atBorder.indexOf(line);
        const border = y.lineY(atBorder[0]);
        const names = labels.lineLabels[line.kind].split('\n');
        const step = 2 * SIZES.lineLabelLineHeight;
        // Labels stack above their border in the header cell; above all lanes, below it.
        const labelY = line.afterLane < 0
            ? border + 14 + position * step
            : border - 6 - (atBorder.length - position) * step + SIZES.lineLabelLineHeight;
        return {
            kind: line.kind, y: lineY, x1: SIZES.margin, x2: right, implied: line.implied,
            label: { lines: names, full: `${names.join(' · ')}${line.implied ? labels.implied : ''}`, truncated: false },
            labelX: SIZES.margin + SIZES.zoneStrip + SIZES.headerPad, labelY
        };
    });
}

function layOutColumns(columns: ColumnAssignment, x: ColumnGeometry): ColumnLayout[] {
    const phaseOfColumn = new Array<string | undefined>(columns.columnCount);
    for (const phase of columns.phases) for (let c = phase.first; c <= phase.last; c++) phaseOfColumn[c] = phase.id;
    return Array.from({ length: columns.columnCount }, (_, c) => ({ index: c, x: x.columnLeft(c), width: SIZES.column, phase: phaseOfColumn[c] }));
}

function layOutPhases(columns: ColumnAssignment, x: ColumnGeometry, y: RowGeometry): PhaseLayout[] {
    const top = SIZES.margin + SIZES.titleBlock;
    return columns.phases.map((phase, i) => {
        const left = x.gutterMiddle(phase.first) + 1;
        const right = x.gutterMiddle(phase.last + 1) - 1;
        const line = truncateText(phase.title, right - left - 12, FONTS.phase);
        return {
            id: phase.id, firstColumn: phase.first, lastColumn: phase.last, shaded: i % 2 === 1,
            title: { lines: [line], full: phase.title, truncated: line !== phase.title },
            x: left, y: top, width: right - left, height: SIZES.phaseRow,
            body: { x: left, y: y.top, width: right - left, height: y.bottom - y.top }
        };
    });
}

function layOutEvidence(model: BlueprintModel, columns: ColumnAssignment, evidence: Map<number, EvidenceContent>, x: ColumnGeometry, y: RowGeometry): EvidenceBox[] {
    return [...evidence].map(([v, content]) => {
        const step = model.steps[v];
        const column = columns.columnOf[v];
        return {
            step: step.id, column, items: step.evidence, lines: content.lines, tooltip: content.tooltip,
            x: x.columnLeft(column), y: lookup(y.cardTops, v, 'card top'), width: SIZES.column, height: content.height
        };
    });
}

function layOutEdge(edge: PlannedEdge, y: RowGeometry, x: ColumnGeometry): EdgeLayout {
    const points = edgePoints(edge, y, x);
    const end = points[points.length - 1];
    const { flow } = edge;
    const layout: EdgeLayout = {
        index: flow.index, from: edge.reversed ? flow.to : flow.from, to: edge.reversed ? flow.from : flow.to,
        kind: flow.kind, back: edge.back, reversed: edge.reversed, points
    };
    if (edge.label) {
        const height = SIZES.edgeLabelHeight + (edge.label.lines.length - 1) * SIZES.edgeLabelLineHeight;
        layout.label = {
            text: edge.label,
            x: end.x - SIZES.arrowRoom - edge.labelWidth, y: end.y - 3 - height,
            width: edge.labelWidth, height
        };
    }
    return layout;
}
