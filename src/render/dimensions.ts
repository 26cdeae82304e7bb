/** Sizes of the drawing, in pixels. The style sheet in theme.ts takes its font sizes from FONTS. */
import type { Font } from './text.js';

export const FONTS = {
    title: { size: 18, bold: true },
    subtitle: { size: 11.5 },
    zone: { size: 11, bold: true },
    laneTitle: { size: 12.5, bold: true },
    lineLabel: { size: 10 },
    phase: { size: 12, bold: true },
    time: { size: 10.5 },
    label: { size: 12 },
    meta: { size: 10 },
    badge: { size: 9.5, bold: true },
    evidence: { size: 10.5 },
    edgeLabel: { size: 10 },
    legendHeading: { size: 11.5, bold: true },
    legend: { size: 10.5 }
} satisfies Record<string, Font>;

export const SIZES = {
    margin: 20,
    titleBlock: 50,
    phaseRow: 30,
    phaseRowGap: 6,
    header: 180,
    zoneStrip: 24,
    headerPad: 10,
    laneTitleLineHeight: 15,
    laneTitleMaxLines: 3,
    lineLabelLineHeight: 12,

    column: 180,
    boxPadX: 9,
    boxPadY: 9,
    labelLineHeight: 15,
    labelMaxLines: 3,
    metaLineHeight: 13,
    metaMaxLines: 2,
    badgeHeight: 16,
    /** The fail badge carries its reason, cut to this width. */
    failBadgeMaxWidth: 120,
    failBadgePadX: 5,

    evidenceLineHeight: 13.5,
    evidencePad: 6,
    evidenceMaxItems: 4,
    evidenceGap: 8,

    /** Horizontal tracks: distance from the gap's top (a lane border or a box) to the first track. */
    gapTopPad: 10,
    /** The same under one of the three lines: flows keep clear of them (the last gap's bottom pad already does). */
    lineClearance: 18,
    /** From the last track to the boxes below; leaves room for the badges on the boxes' top edge. */
    gapBottomPad: 16,
    trackSpacingY: 8,
    laneTopMin: 26,
    slotGapMin: 22,
    laneBottomPad: 14,
    /** Extra room when several lines fall on one lane border. */
    coincidentLineSpacing: 6,

    /** Vertical tracks in the gutters between columns. */
    gutterPad: 12,
    trackSpacingX: 8,
    gutterMin: 48,
    outerGutterMin: 18,
    edgeLabelMaxWidth: 124,
    /** From the top of the tallest glyph to the baseline, which sits just above the flow's last stub. */
    edgeLabelHeight: 10,
    /** A flow with a label and a `when` condition that do not fit one line shows them on two. */
    edgeLabelLineHeight: 11,
    arrowRoom: 10,
    portSpacing: 14,
    /** In-ports with edge labels above them need room for the label. */
    labelledPortSpacing: 18,
    /** Out-ports sit off the in-port grid so a stub leaving one box never lies on a stub entering another. */
    outPortShift: 3,

    legendGap: 28,
    legendPad: 12,
    legendRow: 17,
    legendSectionGap: 14,
    blueprintGap: 40
} as const;
