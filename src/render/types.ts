/**
 * The laid-out diagram: plain, JSON-serialisable data with absolute
 * coordinates (pixels, origin top-left of one blueprint). The SVG writer only
 * draws what is here, so tests can check geometry without parsing SVG.
 */
import type { Messages } from '../i18n/index.js';
import type { FlowKind, LineKind, ZoneKind } from '../model/types.js';

export interface Point { x: number; y: number }
export interface Rect { x: number; y: number; width: number; height: number }

/** Text prepared for drawing: the lines that fit and the full text for the tooltip. */
export interface FittedText { lines: string[]; full: string; truncated: boolean }

/** A zone's band: the contiguous lanes of one zone, with the zone's name in the strip at the left. */
export interface BandLayout extends Rect {
    zone: ZoneKind;
    label: FittedText;
}

export interface LaneLayout extends Rect {
    id: string;
    zone: ZoneKind;
    /** Index in the drawn lanes, top to bottom. */
    index: number;
    title: FittedText;
    /** Baseline of the title's first line. */
    titleX: number;
    titleY: number;
    /** True for the evidence row the renderer adds when steps have evidence but no evidence lane is declared. */
    synthetic: boolean;
}

export interface LineLayout {
    kind: LineKind;
    y: number;
    x1: number;
    x2: number;
    implied: boolean;
    /** Two lines (English, Chinese), drawn in the header column next to the line. */
    label: FittedText;
    labelX: number;
    /** Baseline of the label's first line. */
    labelY: number;
}

export interface ColumnLayout {
    index: number;
    x: number;
    width: number;
    /** The phase heading this column, if phases are declared. */
    phase?: string;
}

export interface PhaseLayout extends Rect {
    id: string;
    title: FittedText;
    firstColumn: number;
    lastColumn: number;
    /** Alternate phases get a light shade down through the lanes. */
    shaded: boolean;
    /** The shaded area through the lanes. */
    body: Rect;
}

export interface Badge extends Rect { kind: 'fail' | 'wait' | 'discretion'; text: string; tooltip: string }

export interface StepBox extends Rect {
    id: string;
    lane: string;
    zone: ZoneKind;
    column: number;
    /** Position in the lane's stack within this column (0 = top). */
    slot: number;
    technology: boolean;
    label: FittedText;
    /** Standard time, performer and channel, on the small second line. */
    meta?: FittedText;
    badges: Badge[];
    /** Only when the box does not show everything: the uncut label and meta line, and the notes. */
    tooltip?: string;
}

export interface EvidenceBox extends Rect {
    /** The step the items belong to. */
    step: string;
    column: number;
    items: string[];
    lines: string[];
    tooltip: string;
}

export interface EdgeLabel extends Rect { text: FittedText }

export interface EdgeLayout {
    /** Index of the flow in `model.flows`. */
    index: number;
    /** The drawn direction: the flow's own, except for a reversed two-way flow. */
    from: string;
    to: string;
    kind: FlowKind;
    /** Goes against the column order: inside a cycle, or from a later phase to an earlier one. */
    back: boolean;
    /** A two-way flow written against the column order, drawn forward instead (its heads are at both ends anyway). */
    reversed: boolean;
    /** Orthogonal polyline from the source box's right border to the target box's left border. */
    points: Point[];
    label?: EdgeLabel;
}

/** The words the picture shows, in one language: `messagesFor(locale).preview.diagram` (src/i18n). */
export type DiagramLabels = Messages['preview']['diagram'];

export interface LegendEntry { key: string; value: string }
export type LegendSymbol = 'handoff' | 'two-way' | 'fail' | 'wait' | 'discretion' | 'step' | 'tech' | 'evidence' | 'line-interaction' | 'line-visibility' | 'line-internal';
export interface LegendSymbolEntry { symbol: LegendSymbol; text: string }

export interface LegendSection extends Rect {
    heading: string;
    entries: LegendEntry[];
    symbols: LegendSymbolEntry[];
    /** Width of the key column; values start after it. */
    keyWidth: number;
}

export interface LegendLayout extends Rect { sections: LegendSection[] }

export interface BlueprintLayout {
    name: string;
    title: string;
    subtitle: string;
    width: number;
    height: number;
    /** Title block at the top. */
    titleX: number;
    titleY: number;
    /** The header column (zone strips and lane titles) at the left. */
    header: Rect;
    /** The row above the lanes: phase headers, or the time arrow when there are no phases. */
    phaseRow: Rect;
    bands: BandLayout[];
    lanes: LaneLayout[];
    lines: LineLayout[];
    columns: ColumnLayout[];
    phases: PhaseLayout[];
    steps: StepBox[];
    evidence: EvidenceBox[];
    edges: EdgeLayout[];
    legend: LegendLayout;
}
