/** The legend under the lanes: classification, process metrics and a key to the symbols. */
import { formatDuration } from '../model/duration.js';
import { LINES, ZONES, type BlueprintModel } from '../model/types.js';
import { FONTS, SIZES } from './dimensions.js';
import { APPROACH_NAMES, CONTACT_NAMES, DIVERGENCE_NAMES, OBJECT_NAMES } from './names.js';
import { measureText } from './text.js';
import type { LegendEntry, LegendLayout, LegendSection, LegendSymbolEntry } from './types.js';

const NONE = '—';
/** CJK fonts draw the middle dots of the bilingual names wider than Latin fonts do. */
const LEGEND_SLACK = 10;
/** Room for a drawn symbol before its text in the key. */
export const LEGEND_SYMBOL_WIDTH = 34;

export function classificationEntries(model: BlueprintModel): LegendEntry[] {
    const c = model.classification;
    return [
        { key: 'divergence · 差异程度', value: c.divergence ? DIVERGENCE_NAMES[c.divergence] : NONE },
        { key: 'object · 作用客体', value: c.object ? OBJECT_NAMES[c.object] : NONE },
        { key: 'contact · 顾客参与', value: c.contact ? CONTACT_NAMES[c.contact] : NONE },
        { key: 'approach · 设计方法', value: c.approach ? APPROACH_NAMES[c.approach] : NONE }
    ];
}

export function metricEntries(model: BlueprintModel): LegendEntry[] {
    const m = model.metrics;
    const perZone = ZONES.filter(z => m.stepsPerZone[z] > 0).map(z => `${z} ${m.stepsPerZone[z]}`).join(' · ');
    const crossings = LINES.map(l => `${l} ${m.lineCrossings[l]}`).join(' · ');
    const target = model.target !== undefined ? ` (target ${formatDuration(model.target)})` : '';
    return [
        { key: 'steps · 步骤', value: `${m.totalSteps}${perZone ? ` (${perZone})` : ''}` },
        { key: 'line crossings · 穿越分界线', value: crossings },
        { key: 'fail points · 失败点', value: String(m.failPoints) },
        { key: 'wait points · 等待点', value: String(m.waitPoints) },
        { key: 'longest path · 最长路径', value: formatDuration(m.longestPathTime) },
        { key: 'customer-visible · 顾客可见时间', value: formatDuration(m.customerVisibleTime) + target },
        { key: 'contact ratio · 接触率', value: percent(m.contactRatio) },
        { key: 'automation share · 自动化比例', value: percent(m.automationShare) }
    ];
}

function percent(ratio: number | undefined): string {
    return ratio === undefined || !Number.isFinite(ratio) ? NONE : `${Math.round(ratio * 100)}%`;
}

const KEY_SYMBOLS: LegendSymbolEntry[] = [
    { symbol: 'handoff', text: 'hand-off (->) · 单向传递' },
    { symbol: 'two-way', text: 'two-way (<->) · 双向互动' },
    { symbol: 'step', text: 'step · 步骤 (time · performer · channel)' },
    { symbol: 'tech', text: 'technology step · 技术执行' },
    { symbol: 'evidence', text: 'physical evidence · 有形展示' },
    { symbol: 'fail', text: 'fail point · 失败点' },
    { symbol: 'wait', text: 'wait point · 等待点' },
    { symbol: 'discretion', text: 'discretion · 自主决策' }
];

export function buildLegend(model: BlueprintModel, x: number, y: number): LegendLayout {
    const sections = [
        tableSection('Classification · 服务过程分类', classificationEntries(model)),
        tableSection('Metrics · 过程指标', metricEntries(model)),
        keySection('Key · 图例', KEY_SYMBOLS)
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
