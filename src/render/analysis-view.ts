/**
 * The Analysis view's panel as SVG: a summary line, utilisation bars per
 * counted performer, the predicted waits against their tolerance, and the
 * histogram of the customer-visible time with the target line. Pure: the
 * figures and the texts come in, an SVG string goes out; every text from the
 * document is escaped. Colours are the renderer's palette for the theme kind
 * (the contrast-checked roles: fail, wait, onstage green, muted, fg).
 */
import type { AnalysisFigures, Severity } from '../model/analysis/figures.js';
import { escapeXml, measureText, truncateText } from './text.js';
import { paletteColor, type ColorRole, type ThemeKind } from './theme.js';

/** The catalogue texts the panel needs (the `analysis` section of src/i18n: units and view). */
export interface AnalysisViewTexts {
    units: { seconds(n: string): string; minutes(n: string): string; hours(n: string): string; perHour(n: string): string; staff(n: string): string; unlimited: string };
    view: {
        heading(blueprint: string, scenario: string): string;
        summary(demand: string, bottleneck: string, limit: string, cost: string): string;
        noBottleneck: string; utilisation: string; waits: string; noWaits: string;
        waitRow(step: string, mean: string, p90: string): string;
        tolerance(limit: string): string; noTolerance: string;
        visibleTime(customers: string): string;
        percentiles(p50: string, p90: string, p95: string): string;
        target(limit: string): string; overTarget(share: string): string;
        overloaded: string; simulating: string;
    };
}

const WIDTH = 760;
const FONT = 'Segoe UI, Helvetica Neue, Arial, Noto Sans, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif';
const ROW = 22;
const LABEL_WIDTH = 190;
const BAR_X = 200;
/** 100% utilisation is this wide; bars stop at 125%. */
const FULL_BAR = 360;
const HISTOGRAM_HEIGHT = 110;
const HISTOGRAM_WIDTH = 560;

const SEVERITY_ROLE: Record<Severity, ColorRole> = { over: 'fail', warn: 'wait', ok: 'zone-onstage', idle: 'muted' };

/** A duration in the catalogue's units (seconds, minutes, hours; one decimal). */
export function durationText(seconds: number, units: AnalysisViewTexts['units']): string {
    if (!Number.isFinite(seconds)) return '∞';
    const round = (value: number) => String(Math.round(value * 10) / 10);
    if (seconds < 60) return units.seconds(round(seconds));
    if (seconds < 3600) return units.minutes(round(seconds / 60));
    return units.hours(round(seconds / 3600));
}

const percentText = (share: number) => (Number.isFinite(share) ? `${Math.round(share * 1000) / 10}%` : '∞');

interface Writer { out: string[]; y: number; color(role: ColorRole): string }

function text(w: Writer, x: number, y: number, content: string, options: { size?: number; bold?: boolean; role?: ColorRole; anchor?: 'start' | 'middle' | 'end'; className?: string } = {}): void {
    const size = options.size ?? 12;
    w.out.push(`<text x="${x}" y="${y}" font-size="${size}"${options.bold ? ' font-weight="600"' : ''} fill="${w.color(options.role ?? 'fg')}"`
        + `${options.anchor && options.anchor !== 'start' ? ` text-anchor="${options.anchor}"` : ''}${options.className ? ` class="${options.className}"` : ''}>${escapeXml(content)}</text>`);
}

function heading(w: Writer, content: string): void {
    w.y += 26;
    text(w, 0, w.y, content, { size: 13, bold: true });
    w.y += 8;
}

export function renderAnalysisPanel(figures: AnalysisFigures, scenarioTitle: string, texts: AnalysisViewTexts, theme: ThemeKind): string {
    const w: Writer = { out: [], y: 0, color: role => paletteColor(theme, role) };
    const units = texts.units;
    w.y = 16;
    text(w, 0, w.y, truncateText(texts.view.heading(figures.title, scenarioTitle), WIDTH, { size: 15, bold: true }), { size: 15, bold: true });
    w.y += 20;
    const bottleneck = figures.performers.find(p => p.id === figures.bottleneck);
    const summary = texts.view.summary(
        units.perHour(String(Math.round(figures.demand * 10) / 10)),
        bottleneck ? `${bottleneck.title} ${percentText(bottleneck.utilisation)}` : texts.view.noBottleneck,
        Number.isFinite(figures.throughputLimit) ? units.perHour(String(Math.round(figures.throughputLimit * 10) / 10)) : units.unlimited,
        (Math.round(figures.costPerCustomer * 100) / 100).toFixed(2));
    text(w, 0, w.y, truncateText(summary, WIDTH, { size: 12 }), { role: 'muted', className: 'bp-analysis-summary' });
    utilisationSection(w, figures, texts);
    waitSection(w, figures, texts);
    visibleTimeSection(w, figures, texts);
    const height = Math.ceil(w.y + 12);
    return `<svg xmlns="http://www.w3.org/2000/svg" class="bp-analysis" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" role="img" aria-label="${escapeXml(texts.view.heading(figures.title, scenarioTitle))}">`
        + `${w.out.join('')}</svg>`;
}

function utilisationSection(w: Writer, figures: AnalysisFigures, texts: AnalysisViewTexts): void {
    heading(w, texts.view.utilisation);
    for (const performer of figures.performers) {
        const top = w.y + 4;
        const label = truncateText(performer.title || performer.id, LABEL_WIDTH - 8, { size: 12 });
        text(w, 0, top + 13, label);
        const width = Math.min(1.25, performer.utilisation) * FULL_BAR;
        w.out.push(`<g class="bp-analysis-bar" data-performer="${escapeXml(performer.id)}" data-severity="${performer.severity}">`
            + `<rect x="${BAR_X}" y="${top + 2}" width="${FULL_BAR}" height="14" fill="none" stroke="${w.color('lane-border')}"/>`
            + `<rect x="${BAR_X}" y="${top + 2}" width="${width.toFixed(1)}" height="14" fill="${w.color(SEVERITY_ROLE[performer.severity])}"/>`
            + `<line x1="${BAR_X + FULL_BAR}" y1="${top}" x2="${BAR_X + FULL_BAR}" y2="${top + 18}" stroke="${w.color('fg')}" stroke-dasharray="2 2"/></g>`);
        const note = performer.utilisation >= 1 ? `  ${texts.view.overloaded}` : '';
        text(w, BAR_X + FULL_BAR * 1.25 + 8, top + 13, `${percentText(performer.utilisation)} · ${texts.units.staff(String(performer.servers))}${note}`,
            { role: performer.severity === 'over' ? 'fail' : 'fg' });
        w.y += ROW;
    }
}

function waitSection(w: Writer, figures: AnalysisFigures, texts: AnalysisViewTexts): void {
    heading(w, texts.view.waits);
    if (figures.waits.length === 0) {
        w.y += 16;
        text(w, 0, w.y, texts.view.noWaits, { role: 'muted' });
        return;
    }
    const units = texts.units;
    for (const wait of figures.waits) {
        const top = w.y + 4;
        w.out.push(`<circle class="bp-analysis-wait" data-step="${escapeXml(wait.step)}" data-severity="${wait.severity}" cx="6" cy="${top + 9}" r="5" fill="${w.color(SEVERITY_ROLE[wait.severity])}"/>`);
        const row = texts.view.waitRow(wait.label, durationText(wait.mean, units), wait.p90 === undefined ? '…' : durationText(wait.p90, units));
        text(w, 18, top + 13, truncateText(row, 470, { size: 12 }));
        text(w, 500, top + 13, wait.tolerance === undefined ? texts.view.noTolerance : texts.view.tolerance(durationText(wait.tolerance, units)),
            { role: wait.severity === 'over' ? 'fail' : 'muted' });
        w.y += ROW;
    }
}

function visibleTimeSection(w: Writer, figures: AnalysisFigures, texts: AnalysisViewTexts): void {
    const visible = figures.visibleTime;
    const units = texts.units;
    if (!visible) {
        heading(w, texts.view.visibleTime('…'));
        w.y += 16;
        text(w, 0, w.y, figures.performers.some(p => p.utilisation >= 1) ? texts.view.overloaded : texts.view.simulating, { role: 'muted' });
        return;
    }
    heading(w, texts.view.visibleTime(visible.customers.toLocaleString('en')));
    const { counts, binWidth } = visible.histogram;
    const top = w.y + 8;
    const most = Math.max(1, ...counts);
    const span = counts.length * binWidth;
    const x = (seconds: number) => BAR_X - 150 + (seconds / span) * HISTOGRAM_WIDTH;
    const base = top + HISTOGRAM_HEIGHT;
    const bars = counts.map((count, i) => {
        const height = (count / most) * HISTOGRAM_HEIGHT;
        return `<rect x="${x(i * binWidth).toFixed(1)}" y="${(base - height).toFixed(1)}" width="${Math.max(1, HISTOGRAM_WIDTH / counts.length - 1).toFixed(1)}" height="${height.toFixed(1)}"/>`;
    }).join('');
    w.out.push(`<g class="bp-analysis-histogram" fill="${w.color('zone-customer')}">${bars}</g>`
        + `<line x1="${x(0)}" y1="${base}" x2="${x(span)}" y2="${base}" stroke="${w.color('fg')}"/>`);
    text(w, x(0), base + 14, durationText(0, units), { size: 11, role: 'muted' });
    text(w, x(span), base + 14, durationText(span, units), { size: 11, role: 'muted', anchor: 'end' });
    if (figures.target !== undefined) {
        const tx = x(Math.min(figures.target, span));
        const over = visible.p90 > figures.target;
        w.out.push(`<line class="bp-analysis-target" x1="${tx.toFixed(1)}" y1="${top - 4}" x2="${tx.toFixed(1)}" y2="${base}" stroke="${w.color(over ? 'fail' : 'zone-onstage')}" stroke-width="2" stroke-dasharray="5 3"/>`);
        const label = texts.view.target(durationText(figures.target, units)) + (visible.overTarget !== undefined ? ` · ${texts.view.overTarget(percentText(visible.overTarget))}` : '');
        const anchor = tx + measureText(label, { size: 11 }) + 6 > x(span) ? 'end' : 'start';
        text(w, anchor === 'end' ? tx - 4 : tx + 4, top + 6, label, { size: 11, role: over ? 'fail' : 'fg', anchor });
    }
    w.y = base + 32;
    text(w, x(0), w.y, texts.view.percentiles(durationText(visible.p50, units), durationText(visible.p90, units), durationText(visible.p95, units)));
}

/** The badge on a step of the diagram: its predicted wait, coloured by severity (SVG in the step's coordinates, right above it). */
export function waitBadge(wait: { mean: number; p90?: number; severity: Severity }, label: string, title: string, stepWidth: number, theme: ThemeKind): string {
    const width = Math.ceil(measureText(label, { size: 10, bold: true }) + 12);
    const x = Math.max(0, stepWidth - width);
    return `<g class="bp-analysis-badge" data-severity="${wait.severity}"><title>${escapeXml(title)}</title>`
        + `<rect x="${x}" y="-9" width="${width}" height="16" rx="8" fill="${paletteColor(theme, SEVERITY_ROLE[wait.severity])}"/>`
        + `<text x="${x + width / 2}" y="3" font-size="10" font-weight="600" text-anchor="middle" fill="${paletteColor(theme, 'bg')}">${escapeXml(label)}</text></g>`;
}
