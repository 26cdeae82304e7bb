/**
 * Vertical geometry: lane heights from their stacks, the horizontal tracks of
 * their gaps, the evidence cards and what the header cell must hold.
 */
import { lookup } from '../model/lookup.js';
import type { EvidenceContent } from './boxes.js';
import { FONTS, SIZES } from './dimensions.js';
import { gapKey, type GapRef, type VerticalGeometry } from './routing.js';
import type { PlannedLine, RowPlan } from './rows.js';
import { wrapText } from './text.js';
import type { FittedText } from './types.js';

export interface LaneRows {
    top: number;
    height: number;
    /** Top of each gap (see GapRef) and of each stack slot. */
    gapTops: number[];
    slotTops: number[];
    /** Extra room above the first track when several lines share the lane's top border. */
    topExtra: number;
    /** Where the evidence cards start, for the evidence lane. */
    cardsTop: number;
    title: FittedText;
}

export interface RowGeometryInput {
    rows: RowPlan;
    top: number;
    boxHeight: number;
    gapTracks: Map<string, number>;
    /** Evidence card contents by step index. */
    evidence: Map<number, EvidenceContent>;
}

const TITLE_WIDTH = SIZES.header - SIZES.zoneStrip - 2 * SIZES.headerPad;

export class RowGeometry implements VerticalGeometry {
    readonly lanes: LaneRows[] = [];
    /** Lines per lane border: key = index of the lane above (-1: above all lanes). */
    readonly linesAt = new Map<number, PlannedLine[]>();
    /** Top of each evidence card, by step index. */
    readonly cardTops = new Map<number, number>();
    readonly top: number;
    bottom: number;

    constructor(private readonly input: RowGeometryInput) {
        this.top = input.top;
        for (const line of input.rows.lines) {
            const list = this.linesAt.get(line.afterLane);
            if (list) list.push(line);
            else this.linesAt.set(line.afterLane, [line]);
        }
        let y = input.top;
        input.rows.lanes.forEach((_, i) => {
            const lane = this.layOutLane(i, y);
            this.lanes.push(lane);
            y += lane.height;
        });
        const linesBelowAll = this.linesAt.get(input.rows.lanes.length - 1)?.length ?? 0;
        this.bottom = y + Math.max(0, linesBelowAll - 1) * SIZES.coincidentLineSpacing;
    }

    boxTop(step: number): number {
        return this.lanes[this.input.rows.stepLane[step]].slotTops[this.input.rows.slotOf[step]];
    }

    channelY(gap: GapRef, track: number): number {
        const lane = this.lanes[gap.lane];
        const extra = gap.gap === 0 ? lane.topExtra : 0;
        return lane.gapTops[gap.gap] + extra + this.topPad(gap.lane, gap.gap) + track * SIZES.trackSpacingY;
    }

    /**
     * From a gap's top to its first track. Under one of the three lines the
     * tracks keep a clearance, so a flow along the gap never reads as a second line.
     */
    private topPad(lane: number, gap: number): number {
        return gap === 0 && this.linesAt.has(lane - 1) ? SIZES.lineClearance : SIZES.gapTopPad;
    }

    /** The y of each line: on its lane border, several lines on one border a few pixels apart. */
    lineY(line: PlannedLine): number {
        const atBorder = lookup(this.linesAt, line.afterLane, 'lines at a lane border');
        const border = line.afterLane < 0 ? this.top : this.lanes[line.afterLane].top + this.lanes[line.afterLane].height;
        return border + atBorder.indexOf(line) * SIZES.coincidentLineSpacing;
    }

    private gapHeight(lane: number, gap: number, min: number, extra: number): number {
        const tracks = this.input.gapTracks.get(gapKey({ lane, gap })) ?? 0;
        if (tracks === 0) return min;
        return Math.max(min, extra + this.topPad(lane, gap) + (tracks - 1) * SIZES.trackSpacingY + SIZES.gapBottomPad);
    }

    private layOutLane(i: number, top: number): LaneRows {
        const { rows, boxHeight } = this.input;
        const planned = rows.lanes[i];
        const isLast = i === rows.lanes.length - 1;
        const linesAbove = this.linesAt.get(i - 1)?.length ?? 0;
        const topExtra = Math.max(0, linesAbove - 1) * SIZES.coincidentLineSpacing;
        const gapTops: number[] = [top];
        const slotTops: number[] = [];
        let y = top + this.gapHeight(i, 0, SIZES.laneTopMin + topExtra, topExtra);
        for (let slot = 0; slot < planned.slotCount; slot++) {
            if (slot > 0) {
                gapTops.push(y);
                y += this.gapHeight(i, slot, SIZES.slotGapMin, 0);
            }
            slotTops.push(y);
            y += boxHeight;
        }
        let cardsTop = y;
        if (i === rows.evidenceLane) {
            if (planned.slotCount > 0) cardsTop = y += SIZES.slotGapMin;
            y += this.layOutCards(cardsTop);
        } else if (planned.slotCount === 0) {
            y += Math.round(boxHeight * 0.6);
        }
        gapTops.push(y);
        y += isLast ? this.gapHeight(i, planned.slotCount, SIZES.laneBottomPad, 0) : SIZES.laneBottomPad;
        const title = fitLaneTitle(planned.title);
        const height = Math.max(y - top, this.headerNeed(i, title));
        return { top, height, gapTops, slotTops, topExtra, cardsTop, title };
    }

    /** Stacks the evidence cards of each column; returns the tallest stack. */
    private layOutCards(top: number): number {
        let tallest = 0;
        for (const steps of this.input.rows.evidenceByColumn.values()) {
            let y = top;
            for (const v of steps) {
                if (y > top) y += SIZES.evidenceGap;
                this.cardTops.set(v, y);
                y += lookup(this.input.evidence, v, 'evidence box').height;
            }
            tallest = Math.max(tallest, y - top);
        }
        return tallest;
    }

    /** Room for the lane title and the labels of the lines on the lane's borders. */
    private headerNeed(i: number, title: FittedText): number {
        return 2 * SIZES.headerPad + 8 + title.lines.length * SIZES.laneTitleLineHeight
            + this.labelLinesInCell(i) * SIZES.lineLabelLineHeight;
    }

    /** Line labels sit in the header cell above their line; those above all lanes, in the first lane's cell. */
    labelLinesInCell(i: number): number {
        const below = this.linesAt.get(i)?.length ?? 0;
        const above = i === 0 ? this.linesAt.get(-1)?.length ?? 0 : 0;
        return 2 * (below + above);
    }
}

function fitLaneTitle(title: string): FittedText {
    const wrapped = wrapText(title, TITLE_WIDTH, FONTS.laneTitle, SIZES.laneTitleMaxLines);
    return { lines: wrapped.lines, full: title, truncated: wrapped.truncated };
}
