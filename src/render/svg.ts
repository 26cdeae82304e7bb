/**
 * Writes laid-out blueprints as one SVG string. It draws only what the layout
 * holds; every piece of document text goes through escapeXml, and no script,
 * event handler, foreignObject or link is ever written.
 */
import type { ThemeKind } from '../render/theme.js';
import { metaBlockHeight } from './boxes.js';
import { SIZES } from './dimensions.js';
import { LEGEND_SYMBOL_WIDTH } from './legend.js';
import { styleSheet } from './theme.js';
import { escapeXml, hasWide } from './text.js';
import { preview } from '../i18n/en/preview.js';
import type { Badge, BlueprintLayout, DiagramLabels, EdgeLayout, EvidenceBox, FittedText, LegendSymbol, Point, StepBox } from './types.js';

export interface RenderOptions {
    theme?: ThemeKind;
    /** Leave colour values out: the host page defines every `--bp-…` variable (see themeVariables). */
    cssVariablesOnly?: boolean;
    /** The words drawn, in the reader's language: `messagesFor(locale).preview.diagram` (default English). */
    labels?: DiagramLabels;
}

/** Both system UI fonts and CJK fonts, so Latin and Chinese text find a glyph everywhere. */
const FONT_FAMILY = 'Segoe UI, Helvetica Neue, Arial, Noto Sans, Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif';

/** One decimal is plenty for pixels and keeps the output short and stable. */
function n(value: number): string {
    if (Number.isInteger(value)) return String(value === 0 ? 0 : value);
    const rounded = Math.round(value * 10) / 10;
    return String(rounded === 0 ? 0 : rounded);
}

function classAttribute(className: string): string {
    return className ? ` class="${className}"` : '';
}

function text(className: string, x: number, y: number, content: string, extra = ''): string {
    return `<text${classAttribute(className)} x="${n(x)}" y="${n(y)}"${extra}>${escapeXml(content)}</text>`;
}

function title(content: string): string {
    return `<title>${escapeXml(content)}</title>`;
}

function rect(className: string, r: { x: number; y: number; width: number; height: number }, extra = ''): string {
    return `<rect${classAttribute(className)} x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}"${extra}/>`;
}

function path(points: Point[]): string {
    let d = `M${n(points[0].x)} ${n(points[0].y)}`;
    for (let i = 1; i < points.length; i++) d += `L${n(points[i].x)} ${n(points[i].y)}`;
    return d;
}

/**
 * Collects the output. Pieces are joined into chunks as they come, so the
 * garbage collector copies a few flat strings instead of tens of thousands of
 * small live pieces (and their concatenation trees) on every scavenge.
 */
class SvgWriter {
    private readonly chunks: string[] = [];
    private pieces: string[] = [];
    private length = 0;

    push(piece: string): void {
        this.pieces.push(piece);
        this.length += piece.length;
        if (this.length > 200_000) this.flush();
    }

    finish(): string {
        this.flush();
        return this.chunks.join('\n');
    }

    private flush(): void {
        if (this.pieces.length === 0) return;
        this.chunks.push(this.pieces.join('\n'));
        this.pieces = [];
        this.length = 0;
    }
}

export function renderLayoutsToSvg(layouts: BlueprintLayout[], options: RenderOptions = {}): string {
    const theme = options.theme ?? 'light';
    const width = Math.max(240, ...layouts.map(l => l.width));
    const height = Math.max(60, layouts.reduce((sum, l) => sum + l.height, 0) + SIZES.blueprintGap * Math.max(0, layouts.length - 1));
    const names = layouts.map(l => l.name).join(' ');
    const out = new SvgWriter();
    out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="bp-root bp-theme-${theme}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`
        + ` data-blueprint="${escapeXml(names)}" font-family="${FONT_FAMILY}" role="img">`);
    const labels = options.labels ?? preview.diagram;
    out.push(title(layouts.length > 0 ? layouts.map(l => labels.title(l.title)).join('; ') : labels.untitled));
    out.push(`<style>${styleSheet({ theme, cssVariablesOnly: options.cssVariablesOnly })}</style>`);
    out.push(markerDefs());
    out.push(`<rect class="bp-bg" x="0" y="0" width="${width}" height="${height}"/>`);
    let offset = 0;
    for (const layout of layouts) {
        out.push(`<g class="bp-blueprint" data-blueprint="${escapeXml(layout.name)}"${offset ? ` transform="translate(0 ${n(offset)})"` : ''}>`);
        writeBlueprint(out, layout, labels);
        out.push('</g>');
        offset += layout.height + SIZES.blueprintGap;
    }
    out.push('</svg>');
    return out.finish();
}

/** Filled heads: one at the target for a hand-off; a two-way flow also gets one pointing back into its source. */
function markerDefs(): string {
    const head = (id: string, d: string, refX: number) =>
        `<marker id="${id}" viewBox="0 0 10 10" refX="${refX}" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path class="bp-arrowhead" d="${d}"/></marker>`;
    return `<defs>${head('bp-arrow', 'M0 1L10 5L0 9z', 10)}${head('bp-arrow-back', 'M10 1L0 5L10 9z', 0)}</defs>`;
}

function writeBlueprint(out: SvgWriter, layout: BlueprintLayout, labels: DiagramLabels): void {
    out.push(text('bp-title', layout.titleX, layout.titleY, layout.title));
    out.push(text('bp-subtitle', layout.titleX, layout.titleY + 20, layout.subtitle));
    writeLanes(out, layout);
    writePhases(out, layout, labels);
    writeLines(out, layout);
    out.push('<g class="bp-evidence">');
    for (const card of layout.evidence) writeEvidence(out, card);
    out.push('</g><g class="bp-edges">');
    for (const edge of layout.edges) writeEdge(out, edge);
    out.push('</g><g class="bp-steps">');
    for (const step of layout.steps) writeStep(out, step);
    out.push('</g>');
    writeLegend(out, layout, labels.badges);
}

function writeLanes(out: SvgWriter, layout: BlueprintLayout): void {
    out.push('<g class="bp-lanes">');
    for (const lane of layout.lanes) {
        out.push(`<g class="bp-lane-row" data-lane="${escapeXml(lane.id)}">`);
        out.push(rect(`bp-lane bp-lane-${lane.zone}`, lane));
        out.push(fittedText('bp-lane-title', lane.titleX, lane.titleY, SIZES.laneTitleLineHeight, lane.title));
        out.push('</g>');
    }
    for (const band of layout.bands) {
        const cx = band.x + band.width / 2;
        const cy = band.y + band.height / 2;
        out.push(`<g class="bp-zone" data-zone="${band.zone}">${title(band.label.full)}${rect(`bp-zone-${band.zone}`, band)}`
            + `<text class="bp-zone-label" transform="translate(${n(cx + 4)} ${n(cy)}) rotate(-90)" text-anchor="middle">${escapeXml(band.label.lines[0])}</text></g>`);
    }
    writeLaneBorders(out, layout);
    out.push('</g>');
}

/**
 * Thin borders between lanes, the header column and around the lanes, but not
 * where one of the three lines runs: a solid border under a dashed line would
 * fill its gaps.
 */
function writeLaneBorders(out: SvgWriter, layout: BlueprintLayout): void {
    if (layout.lanes.length === 0) return;
    const h = layout.header;
    const first = layout.lanes[0];
    const last = layout.lanes[layout.lanes.length - 1];
    const left = first.x;
    const right = first.x + first.width;
    const onLine = (y: number) => layout.lines.some(line => Math.abs(line.y - y) < SIZES.coincidentLineSpacing * 3);
    let d = `M${n(h.x + h.width)} ${n(h.y)}V${n(h.y + h.height)}M${n(left)} ${n(first.y)}V${n(last.y + last.height)}M${n(right)} ${n(first.y)}V${n(last.y + last.height)}`;
    for (const y of [...layout.lanes.map(lane => lane.y), last.y + last.height]) {
        if (!onLine(y)) d += `M${n(left)} ${n(y)}H${n(right)}`;
    }
    out.push(`<path class="bp-lane-border" d="${d}"/>`);
}

/** Lines of text, each its own element, with the full text as tooltip when it was cut. */
function fittedText(className: string, x: number, y: number, lineHeight: number, fitted: FittedText, anchor?: 'middle' | 'end'): string {
    const extra = anchor ? ` text-anchor="${anchor}"` : '';
    const lines = fitted.lines.map((line, i) => text(className, x, y + i * lineHeight, line, extra)).join('');
    return fitted.truncated ? `<g>${title(fitted.full)}${lines}</g>` : lines;
}

function writePhases(out: SvgWriter, layout: BlueprintLayout, labels: DiagramLabels): void {
    const row = layout.phaseRow;
    out.push('<g class="bp-phases">');
    out.push(text('bp-time-label', layout.header.x + SIZES.zoneStrip + SIZES.headerPad, row.y + row.height / 2 + 4, layout.phases.length > 0 ? labels.phaseTimeAxis : labels.timeAxis));
    if (layout.phases.length === 0 && row.width > 40) {
        const y = row.y + row.height / 2;
        out.push(`<path class="bp-time" d="M${n(row.x + 8)} ${n(y)}H${n(row.x + row.width - 8)}" marker-end="url(#bp-arrow)"/>`);
    }
    for (const phase of layout.phases) {
        out.push(`<g class="bp-phase-group" data-phase="${escapeXml(phase.id)}">`);
        if (phase.shaded) out.push(rect('bp-phase-shade', phase.body));
        out.push(rect('bp-phase', phase, ' rx="4"'));
        out.push(fittedText('bp-phase-title', phase.x + phase.width / 2, phase.y + phase.height / 2 + 4, 0, phase.title, 'middle'));
        out.push('</g>');
    }
    out.push('</g>');
}

function writeLines(out: SvgWriter, layout: BlueprintLayout): void {
    out.push('<g class="bp-lines">');
    for (const line of layout.lines) {
        out.push(`<g class="bp-line-group" data-line="${line.kind}">${title(line.label.full)}`);
        out.push(`<path class="bp-line bp-line-${line.kind}${line.implied ? ' bp-line-implied' : ''}" d="M${n(line.x1)} ${n(line.y)}H${n(line.x2)}"/>`);
        // CJK fonts have no italic (a synthetic oblique looks wrong): only Latin lines are italic.
        line.label.lines.forEach((labelLine, i) => {
            out.push(text(hasWide(labelLine) ? 'bp-line-label bp-upright' : 'bp-line-label', line.labelX, line.labelY + i * SIZES.lineLabelLineHeight, labelLine));
        });
        out.push('</g>');
    }
    out.push('</g>');
}

function writeEvidence(out: SvgWriter, card: EvidenceBox): void {
    out.push(`<g class="bp-ev" data-evidence-for="${escapeXml(card.step)}">${title(card.tooltip)}${rect('', card, ' rx="3"')}`);
    card.lines.forEach((line, i) => {
        out.push(text('', card.x + SIZES.evidencePad, card.y + SIZES.evidencePad + 10 + i * SIZES.evidenceLineHeight, line));
    });
    out.push('</g>');
}

/** A bare path when unlabelled (most flows: keeps large drawings small), else a group with its label. */
function writeEdge(out: SvgWriter, edge: EdgeLayout): void {
    const attributes = `class="bp-edge bp-edge-${edge.kind}${edge.back ? ' bp-edge-back' : ''}" data-flow="${edge.index}" data-from="${escapeXml(edge.from)}" data-to="${escapeXml(edge.to)}"`;
    if (!edge.label) {
        out.push(`<path ${attributes} d="${path(edge.points)}"/>`);
        return;
    }
    const label = edge.label;
    const firstBaseline = label.y + label.height - (label.text.lines.length - 1) * SIZES.edgeLabelLineHeight;
    out.push(`<g ${attributes}><path d="${path(edge.points)}"/>`
        + `${fittedText('bp-edge-label', label.x + label.width, firstBaseline, SIZES.edgeLabelLineHeight, label.text, 'end')}</g>`);
}

/**
 * The parts of a step's markup that depend only on its box size, label line
 * count and meta line count: the step group is translated to the box, so
 * these are the same strings for most steps and are made once.
 */
interface StepTemplate { rect: string; techRect: string; lineOpen: string[]; metaOpen: string[] }

/** Templates by label and meta line counts, for one box size at a time. */
let stepTemplates: StepTemplate[] = [];
let templateWidth = 0;
let templateHeight = 0;
const META_SLOTS = SIZES.metaMaxLines + 1;

function stepTemplate(width: number, height: number, lines: number, metaLines: number): StepTemplate {
    if (width !== templateWidth || height !== templateHeight) {
        stepTemplates = [];
        templateWidth = width;
        templateHeight = height;
    }
    const index = lines * META_SLOTS + metaLines;
    return stepTemplates[index] ??= makeStepTemplate(width, height, lines, metaLines);
}

function makeStepTemplate(width: number, height: number, lines: number, metaLines: number): StepTemplate {
    const cx = n(width / 2);
    const labelBlock = lines * SIZES.labelLineHeight;
    const top = (height - labelBlock - metaBlockHeight(metaLines)) / 2;
    return {
        rect: `<rect width="${n(width)}" height="${n(height)}" rx="7"/>`,
        techRect: `<rect width="${n(width)}" height="${n(height)}" rx="2"/>`,
        lineOpen: Array.from({ length: lines }, (_, i) => `<text x="${cx}" y="${n(top + 11.5 + i * SIZES.labelLineHeight)}">`),
        metaOpen: Array.from({ length: metaLines }, (_, i) => `<text class="bp-meta" x="${cx}" y="${n(top + labelBlock + 13 + i * SIZES.metaLineHeight)}">`)
    };
}

/** One string per step: this runs ten thousand times for a large blueprint. */
function writeStep(out: SvgWriter, step: StepBox): void {
    const meta = step.meta?.lines ?? [];
    const template = stepTemplate(step.width, step.height, step.label.lines.length, meta.length);
    let markup = `<g class="step${step.technology ? ' step-tech' : ''}" data-step="${escapeXml(step.id)}" transform="translate(${n(step.x)} ${n(step.y)})">`
        + `${step.tooltip !== undefined ? title(step.tooltip) : ''}${step.technology ? template.techRect : template.rect}`;
    for (let i = 0; i < step.label.lines.length; i++) markup += `${template.lineOpen[i]}${escapeXml(step.label.lines[i])}</text>`;
    for (let i = 0; i < meta.length; i++) markup += `${template.metaOpen[i]}${escapeXml(meta[i])}</text>`;
    for (const badge of step.badges) markup += badgeMarkup(badge);
    out.push(`${markup}</g>`);
}

/** A badge in its step's coordinates. */
function badgeMarkup(badge: Badge): string {
    const className = badge.kind === 'fail' ? 'bp-fail' : badge.kind === 'wait' ? 'bp-wait' : 'bp-disc';
    const shape = badge.kind === 'fail' && badge.width <= badge.height
        ? `<circle cx="${n(badge.x + badge.width / 2)}" cy="${n(badge.y + badge.height / 2)}" r="${n(badge.height / 2)}"/>`
        : rect('', badge, ` rx="${n(badge.height / 2)}"`);
    return `<g class="${className}">${title(badge.tooltip)}${shape}${text('', badge.x + badge.width / 2, badge.y + badge.height / 2 + 3.5, badge.text)}</g>`;
}

function writeLegend(out: SvgWriter, layout: BlueprintLayout, badges: DiagramLabels['badges']): void {
    out.push('<g class="bp-legend-block">');
    for (const section of layout.legend.sections) {
        out.push(rect('bp-legend', section, ' rx="4"'));
        const x = section.x + SIZES.legendPad;
        const headingY = section.y + SIZES.legendPad + 11;
        out.push(text('bp-legend-heading', x, headingY, section.heading));
        const rowY = (i: number) => headingY + 18 + i * SIZES.legendRow;
        section.entries.forEach((entry, i) => {
            out.push(text('bp-legend-key', x, rowY(i), entry.key));
            out.push(text('bp-legend-value', x + section.keyWidth + 14, rowY(i), entry.value));
        });
        section.symbols.forEach((entry, i) => {
            out.push(legendSymbol(entry.symbol, x, rowY(i) - 4, badges));
            out.push(text('bp-legend-value', x + LEGEND_SYMBOL_WIDTH + 8, rowY(i), entry.text));
        });
    }
    out.push('</g>');
}

/** A small drawing of a symbol, `cy` being the middle of its row. */
function legendSymbol(symbol: LegendSymbol, x: number, cy: number, badges: DiagramLabels['badges']): string {
    const w = LEGEND_SYMBOL_WIDTH - 4;
    const box = (className: string, wrapper: string, rx: number) =>
        `<g class="${wrapper}"><rect class="${className}" x="${n(x)}" y="${n(cy - 6)}" width="${w}" height="12" rx="${rx}"/></g>`;
    const badge = (className: string, letter: string, round: boolean) => {
        const shape = round ? `<circle cx="${n(x + 8)}" cy="${n(cy)}" r="7"/>` : `<rect x="${n(x + 1)}" y="${n(cy - 7)}" width="14" height="14" rx="7"/>`;
        return `<g class="${className}">${shape}<text x="${n(x + 8)}" y="${n(cy + 3.5)}">${escapeXml(letter)}</text></g>`;
    };
    switch (symbol) {
        case 'handoff': return `<path class="bp-edge" d="M${n(x)} ${n(cy)}H${n(x + w)}"/>`;
        case 'two-way': return `<path class="bp-edge bp-edge-two-way" d="M${n(x)} ${n(cy)}H${n(x + w)}"/>`;
        case 'step': return box('bp-box', 'bp-legend-step', 4);
        case 'tech': return box('bp-box', 'step-tech', 1);
        case 'evidence': return `<g class="bp-ev"><rect x="${n(x)}" y="${n(cy - 6)}" width="${w}" height="12" rx="2"/></g>`;
        case 'fail': return badge('bp-fail', badges.fail, true);
        case 'wait': return badge('bp-wait', badges.wait, false);
        case 'discretion': return badge('bp-disc', badges.discretion, false);
        default: {
            const kind = symbol.replace('line-', '');
            return `<path class="bp-line bp-line-${kind}" d="M${n(x)} ${n(cy)}H${n(x + w)}"/>`;
        }
    }
}
