import { LINE_BOUNDARIES, LINES, ZONES, type LaneModel, type LineModel } from './types.js';

/** Where the three lines go when a blueprint writes none: each below the last lane of the zone above it. */
export function impliedLines(lanes: readonly LaneModel[]): LineModel[] {
    return LINES.map(kind => {
        const lastAbove = ZONES.indexOf(LINE_BOUNDARIES[kind].above);
        let afterLane = -1;
        lanes.forEach((lane, i) => { if (ZONES.indexOf(lane.zone) <= lastAbove) afterLane = i; });
        return { kind, afterLane, implied: true };
    });
}
