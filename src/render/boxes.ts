/** What goes into a step box and an evidence card: fitted text, badges and tooltips. */
import { formatInUnit, type UnitWords } from '../model/duration.js';
import type { StepModel } from '../model/types.js';
import { FONTS, SIZES } from './dimensions.js';
import { measureText, truncateText, wrapText } from './text.js';
import type { Badge, DiagramLabels, FittedText } from './types.js';

export interface StepContent {
    label: FittedText;
    meta?: FittedText;
    tooltip?: string;
}

const TEXT_WIDTH = SIZES.column - 2 * SIZES.boxPadX;

export function stepContent(step: StepModel, labels: DiagramLabels): StepContent {
    const wrapped = wrapText(step.label, TEXT_WIDTH, FONTS.label, SIZES.labelMaxLines);
    const label: FittedText = { lines: wrapped.lines.length > 0 ? wrapped.lines : [''], full: step.label, truncated: wrapped.truncated };
    const metaText = metaLine(step, labels);
    // The performer/channel line wraps to a second line before it is cut.
    const meta = wrapText(metaText, TEXT_WIDTH, FONTS.meta, SIZES.metaMaxLines);
    const hidden = wrapped.truncated || meta.truncated || step.notes.length > 0;
    return {
        label,
        meta: metaText ? { lines: meta.lines, full: metaText, truncated: meta.truncated } : undefined,
        tooltip: hidden ? stepTooltip(step, metaText, labels.tooltips) : undefined
    };
}

/** Standard time, performer and channel, those the step has. */
function metaLine(step: StepModel, labels: DiagramLabels): string {
    let text = step.time ? timeText(step.time, labels.durationUnits) : '';
    if (step.performer) text = text ? `${text} · ${step.performer.title}` : step.performer.title;
    const channel = step.channel && labels.channels[step.channel];
    if (channel) text = text ? `${text} · ${channel}` : channel;
    return text;
}

/** Durations as the author wrote them: `80 s`, `36 小时` (a model without units: the shortest reading). */
function timeText(time: NonNullable<StepModel['time']>, units: UnitWords): string {
    const standard = formatInUnit(time.standard, time.unit, units);
    return time.tolerance !== undefined ? `${standard} (≤ ${formatInUnit(time.tolerance, time.toleranceUnit, units)})` : standard;
}

/**
 * A step's <title> tooltip, when the box does not show everything (a cut
 * label or meta line, or notes): the uncut texts and the notes. Badges and
 * evidence cards carry their own tooltips.
 */
type Tooltips = DiagramLabels['tooltips'];

function stepTooltip(step: StepModel, metaText: string, text: Tooltips): string {
    const lines = [step.label];
    if (metaText) lines.push(metaText);
    for (const note of step.notes) lines.push(text.note(note));
    return lines.join('\n');
}

function waitText(wait: NonNullable<StepModel['wait']>, text: Tooltips): string {
    const expected = formatInUnit(wait.expected, wait.unit);
    return wait.tolerance !== undefined ? text.waitTolerated(expected, formatInUnit(wait.tolerance, wait.toleranceUnit)) : text.wait(expected);
}

function failText(fail: NonNullable<StepModel['fail']>, text: Tooltips): string {
    const recovery = fail.recoveryStep ? text.recoverByStep(fail.recoveryStep) : fail.recoveryText ? text.recoverBy(fail.recoveryText) : text.noRecovery;
    return text.fail(fail.reason, recovery);
}

/** The box height shared by all steps of a blueprint: enough for the longest label and the longest meta text. */
export function boxHeight(contents: Iterable<StepContent>): number {
    let labelLines = 1;
    let metaLines = 0;
    for (const c of contents) {
        labelLines = Math.max(labelLines, c.label.lines.length);
        metaLines = Math.max(metaLines, c.meta?.lines.length ?? 0);
    }
    return 2 * SIZES.boxPadY + labelLines * SIZES.labelLineHeight + metaBlockHeight(metaLines) + 6;
}

/** Height of the meta block under the label (with its gap), for `lines` meta lines. */
export function metaBlockHeight(lines: number): number {
    return lines > 0 ? lines * SIZES.metaLineHeight + 3 : 0;
}

/** Fail, wait and discretion badges straddle the box's top edge (positions relative to the box). */
export function stepBadges(step: StepModel, tooltips: Tooltips, letters: DiagramLabels['badges']): Badge[] {
    if (!step.wait && !step.fail && !step.discretion) return [];
    const badges: Badge[] = [];
    const h = SIZES.badgeHeight;
    if (step.wait) {
        const text = `${letters.wait} ${formatInUnit(step.wait.expected, step.wait.unit)}`;
        badges.push({ kind: 'wait', text, tooltip: waitText(step.wait, tooltips), x: 8, y: -h / 2, width: Math.ceil(measureText(text, FONTS.badge)) + 10, height: h });
    }
    let right = SIZES.column - 8;
    if (step.discretion) {
        badges.push({ kind: 'discretion', text: letters.discretion, tooltip: tooltips.discretion, x: right - h, y: -h / 2, width: h, height: h });
        right -= h + 4;
    }
    if (step.fail) {
        // The reason is shown on the diagram, cut to what is left of the top edge (the tooltip has it whole).
        const left = badges[0]?.kind === 'wait' ? badges[0].x + badges[0].width + 6 : 8;
        const room = Math.min(SIZES.failBadgeMaxWidth, right - left) - 2 * SIZES.failBadgePadX;
        const reason = step.fail.reason.replace(/\s+/g, ' ').trim();
        const text = reason ? truncateText(`${letters.fail} ${reason}`, room, FONTS.badge) : letters.fail;
        const width = Math.max(h, Math.ceil(measureText(text, FONTS.badge)) + 2 * SIZES.failBadgePadX);
        badges.push({ kind: 'fail', text, tooltip: failText(step.fail, tooltips), x: right - width, y: -h / 2, width, height: h });
    }
    return badges;
}

export interface EvidenceContent { lines: string[]; tooltip: string; height: number }

export function evidenceContent(step: StepModel, text: Tooltips): EvidenceContent {
    const width = SIZES.column - 2 * SIZES.evidencePad;
    const shown = step.evidence.length > SIZES.evidenceMaxItems ? step.evidence.slice(0, SIZES.evidenceMaxItems - 1) : step.evidence;
    const lines = shown.map(item => truncateText(item, width, FONTS.evidence));
    if (shown.length < step.evidence.length) lines.push(text.moreEvidence(String(step.evidence.length - shown.length)));
    return {
        lines,
        tooltip: `${text.evidenceOf(step.label)}\n${step.evidence.join('\n')}`,
        height: 2 * SIZES.evidencePad + lines.length * SIZES.evidenceLineHeight
    };
}
