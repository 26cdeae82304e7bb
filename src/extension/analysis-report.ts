/**
 * The comparison and staffing reports the editor shows, as Markdown: the
 * metrics table with deltas, the step diff by name, and both diagrams with
 * the steps that differ marked (the renderer's highlight). Pure (no vscode):
 * texts from the `analysis` catalogue, every document text escaped.
 */
import type { Messages } from '../i18n/index.js';
import { missingInputsText } from '../i18n/missing-inputs.js';
import type { MetricDelta, ModelComparison, StepChange } from '../model/analysis/compare.js';
import type { StaffingAnswer } from '../model/analysis/staffing.js';
import type { BlueprintModel } from '../model/types.js';
import { durationText } from '../render/analysis-view.js';
import { renderSvg } from '../render/index.js';
import type { ThemeKind } from '../render/theme.js';

type Texts = Messages['analysis'];

/** Text of a document in Markdown: HTML and Markdown syntax characters escaped. */
export function markdownText(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, c => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

export interface ComparedSide { model: BlueprintModel; label: string }

function valueText(kind: MetricDelta['kind'], value: number | undefined, texts: Texts): string {
    if (value === undefined) return '—';
    if (!Number.isFinite(value)) return '∞';
    if (kind === 'duration') return durationText(value, texts.units);
    if (kind === 'share') return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
    if (kind === 'money') return value.toFixed(2);
    if (kind === 'rate') return String(Math.round(value * 10) / 10);
    return String(value);
}

function deltaText(m: MetricDelta, texts: Texts): string {
    if (m.delta === undefined || !Number.isFinite(m.delta)) return '—';
    if (m.delta === 0) return '0';
    const size = Math.abs(m.delta);
    return `${m.delta > 0 ? '+' : '−'}${m.kind === 'share' ? `${(Math.round(size * 1000) / 10).toFixed(1)} pt` : valueText(m.kind, size, texts)}`;
}

export function metricName(m: MetricDelta, texts: Texts): string {
    const names = texts.compare.metrics;
    switch (m.metric) {
        case 'stepsInZone': return names.stepsInZone(texts.compare.zones[m.zone]);
        case 'crossings': return names.crossings(texts.compare.lines[m.line]);
        default: return names[m.metric];
    }
}

function changeText(change: StepChange['changes'][number], texts: Texts): string {
    const show = (value: string | number | undefined) => (value === undefined ? '—' : typeof value === 'number' ? durationText(value, texts.units) : value);
    const [from, to] = [show(change.from), show(change.to)];
    const c = texts.compare;
    return change.kind === 'zone' ? c.zoneChange(from, to) : change.kind === 'lane' ? c.laneChange(from, to)
        : change.kind === 'performer' ? c.performerChange(from, to) : c.timeChange(from, to);
}

/** A diagram as an image (a data: URL of standalone SVG), with `marked` steps in the renderer's highlight. */
function diagram(model: BlueprintModel, marked: Set<string>, theme: ThemeKind, alt: string): string {
    const svg = renderSvg(model, { theme }).replace(/<g class="step( step-tech)?" data-step="([^"]*)"/g, (whole, tech: string | undefined, id: string) =>
        marked.has(unescapeXml(id)) ? `<g class="step${tech ?? ''} bp-highlight" data-step="${id}"` : whole);
    return `![${markdownText(alt)}](data:image/svg+xml;base64,${base64(svg)})`;
}

function unescapeXml(text: string): string {
    return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '');
}

function base64(text: string): string {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
}

export function comparisonMarkdown(asIs: ComparedSide, toBe: ComparedSide, comparison: ModelComparison, texts: Texts, theme: ThemeKind): string {
    const c = texts.compare;
    const scenarioOf = (side: ComparedSide, id: string | undefined) => side.model.scenarios?.find(s => s.id === id)?.title ?? c.declaredItem;
    const scenario = comparison.scenarios.asIs === comparison.scenarios.toBe
        ? scenarioOf(asIs, comparison.scenarios.asIs)
        : `${scenarioOf(asIs, comparison.scenarios.asIs)} → ${scenarioOf(toBe, comparison.scenarios.toBe)}`;
    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const { added, removed, changed } = comparison.steps;
    const notes = [
        ...(comparison.missing.asIs.length > 0 ? [c.notAnalysed(asIs.label, missingInputsText(comparison.missing.asIs, texts))] : []),
        ...(comparison.missing.toBe.length > 0 ? [c.notAnalysed(toBe.label, missingInputsText(comparison.missing.toBe, texts))] : [])
    ];
    return [
        `# ${markdownText(c.heading(asIs.label, toBe.label, scenario))}`, '',
        row([c.columns.metric, c.columns.asIs, c.columns.toBe, c.columns.delta]), row(['---', '---:', '---:', '---:']),
        ...comparison.metrics.map(m => row([metricName(m, texts), valueText(m.kind, m.asIs, texts), valueText(m.kind, m.toBe, texts), deltaText(m, texts)])),
        '', ...notes.map(n => `> ${markdownText(n)}`), notes.length > 0 ? '' : undefined,
        `## ${c.stepsHeading}`, '', c.stepSummary(String(added.length), String(removed.length), String(changed.length)), '',
        ...added.map(id => `- ${markdownText(c.added(id))}`),
        ...removed.map(id => `- ${markdownText(c.removed(id))}`),
        ...changed.map(change => `- ${markdownText(c.changed(change.step, change.changes.map(x => changeText(x, texts)).join('; ')))}`),
        '', `## ${c.diagrams}`, '',
        `### ${markdownText(asIs.label)}`, '', diagram(asIs.model, new Set([...removed, ...changed.map(x => x.step)]), theme, asIs.label), '',
        `### ${markdownText(toBe.label)}`, '', diagram(toBe.model, new Set([...added, ...changed.map(x => x.step)]), theme, toBe.label), ''
    ].filter((line): line is string => line !== undefined).join('\n');
}

/** The answer in one sentence: the staff count that meets the goal, or that none up to the last tried does. */
export function staffingHeadline(answer: StaffingAnswer, demand: number, texts: Texts): string {
    const s = texts.staffing;
    return answer.staff !== undefined
        ? s.found(String(answer.staff), answer.performer, answer.goal, durationText(answer.trials.at(-1)?.value ?? 0, texts.units), String(Math.round(demand * 10) / 10))
        : s.notFound(answer.performer, String(answer.trials.at(-1)?.staff ?? 0), answer.goal);
}

export function staffingMarkdown(blueprint: string, answer: StaffingAnswer, demand: number, texts: Texts): string {
    const s = texts.staffing;
    return [
        `# ${markdownText(blueprint)}`, '', markdownText(staffingHeadline(answer, demand, texts)), '',
        ...answer.trials.map(t => `- ${markdownText(s.trial(String(t.staff), durationText(t.value, texts.units), t.meets ? s.meets : s.misses))}`), ''
    ].join('\n');
}
