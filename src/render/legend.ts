/** The legend under the lanes: classification, process metrics and a key to the symbols. */
import { formatDuration } from '../model/duration.js';
import { LINES, ZONES, type BlueprintModel } from '../model/types.js';
import { FONTS, SIZES } from './dimensions.js';
import { measureText } from './text.js';
import type { DiagramLabels, LegendEntry, LegendLayout, LegendSection, LegendSymbolEntry } from './types.js';

/** CJK fonts draw the middle dots of the bilingual names wider than Latin fonts do. */
const LEGEND_SLACK = 10;
/** Room for a drawn symbol before its text in the key. */
export const LEGEND_SYMBOL_WIDTH = 34;

export function classificationEntries(model: BlueprintModel, labels: DiagramLabels): LegendEntry[] {
    const c = model.classification;
    const keys = labels.classification;
    return [
        { key: keys.divergence, value: c.divergence ? labels.divergence[c.divergence] : labels.none },
        { key: keys.object, value: c.object ? labels.object[c.object] : labels.none },
        { key: keys.contact, value: c.contact ? labels.contact[c.contact] : labels.none },
        { key: keys.approach, value: c.approach ? labels.approach[c.approach] : labels.none }
    ];
}

export function metricEntries(model: BlueprintModel, labels: DiagramLabels): LegendEntry[] {
    const m = model.metrics;
    const keys = labels.metrics;
    const perZone = ZONES.filter(z => m.stepsPerZone[z] > 0).map(z => `${labels.zones[z]} ${m.stepsPerZone[z]}`).join(' · ');
    const crossings = LINES.map(l => `${labels.lines[l]} ${m.lineCrossings[l]}`).join(' · ');
    const target = model.target !== undefined ? labels.target(formatDuration(model.target, labels.durationUnits)) : '';
    const percent = (ratio: number | undefined) => ratio === undefined || !Number.isFinite(ratio) ? labels.none : `${Math.round(ratio * 100)}%`;
    return [
        { key: keys.steps, value: `${m.totalSteps}${perZone ? ` (${perZone})` : ''}` },
        { key: keys.lineCrossings, value: crossings },
        { key: keys.failPoints, value: String(m.failPoints) },
        { key: keys.waitPoints, value: String(m.waitPoints) },
        { key: keys.longestPath, value: formatDuration(m.longestPathTime, labels.durationUnits) },
        { key: keys.customerVisible, value: formatDuration(m.customerVisibleTime, labels.durationUnits) + target },
        { key: keys.contactRatio, value: percent(m.contactRatio) },
        { key: keys.automationShare, value: percent(m.automationShare) }
    ];
}

function keySymbols(labels: DiagramLabels): LegendSymbolEntry[] {
    const text = labels.symbols;
    return [
        { symbol: 'handoff', text: text.handoff },
        { symbol: 'two-way', text: text.twoWay },
        { symbol: 'step', text: text.step },
        { symbol: 'tech', text: text.tech },
        { symbol: 'evidence', text: text.evidence },
        { symbol: 'fail', text: text.fail },
        { symbol: 'wait', text: text.wait },
        { symbol: 'discretion', text: text.discretion }
    ];
}

export function buildLegend(model: BlueprintModel, x: number, y: number, labels: DiagramLabels): LegendLayout {
    const sections = [
        tableSection(labels.headings.classification, classificationEntries(model, labels)),
        tableSection(labels.headings.metrics, metricEntries(model, labels)),
        keySection(labels.headings.key, keySymbols(labels))
    ];
    let left = x;
    for (const section of sections) {
        section.x = left;
        section.y = y;
        left += section.width + SIZES.legendSectionGap;
    }
    const height = Math.max(...sections.map(s => s.height));
    for (const section of sections) section.height = height;
    return { x, y, width: left - SIZES.legendSectionGap - x, height, sections };
}

function sectionHeight(rows: number): number {
    return SIZES.legendPad * 2 + 16 + rows * SIZES.legendRow;
}

function tableSection(heading: string, entries: LegendEntry[]): LegendSection {
    const keyWidth = Math.max(...entries.map(e => measureText(e.key, FONTS.legend)));
    const valueWidth = Math.max(...entries.map(e => measureText(e.value, FONTS.legend)));
    const width = Math.max(measureText(heading, FONTS.legendHeading), keyWidth + 14 + valueWidth) + SIZES.legendPad * 2 + LEGEND_SLACK;
    return { heading, entries, symbols: [], keyWidth: Math.ceil(keyWidth), x: 0, y: 0, width: Math.ceil(width), height: sectionHeight(entries.length) };
}

function keySection(heading: string, symbols: LegendSymbolEntry[]): LegendSection {
    const textWidth = Math.max(...symbols.map(s => measureText(s.text, FONTS.legend)));
    const width = Math.max(measureText(heading, FONTS.legendHeading), LEGEND_SYMBOL_WIDTH + 8 + textWidth) + SIZES.legendPad * 2 + LEGEND_SLACK;
    return { heading, entries: [], symbols, keyWidth: LEGEND_SYMBOL_WIDTH, x: 0, y: 0, width: Math.ceil(width), height: sectionHeight(symbols.length) };
}
