/**
 * The preview's Analysis view: a toolbar toggle and scenario picker, a panel
 * under the diagram (utilisation, predicted waits, the customer-visible
 * time's histogram with the target line) and a wait badge on each step
 * where a customer queues, coloured by severity. Computed here, in the
 * webview, from the models the preview already receives: the analytic pass
 * at once on every update, the simulation just after (it never runs in the
 * editor's process, so typing is never delayed by it). Everything is drawn
 * by the pure src/render/analysis-view.ts and parsed with the preview's SVG
 * sanitiser; messages reach the page only through textContent.
 */
import './analysis.css';
import { messagesFor, resolveLocale, type Messages } from '../i18n/index.js';
import { missingInputsText } from '../i18n/missing-inputs.js';
import { analyticFigures, simulateFigures, type AnalysisFigures } from '../model/analysis/figures.js';
import { wantsAnalysis, type MissingInput, type Network } from '../model/analysis/index.js';
import type { BlueprintModel } from '../model/types.js';
import { durationText, renderAnalysisPanel, waitBadge } from '../render/analysis-view.js';
import type { ThemeKind } from '../render/theme.js';
import { parseSvg } from './render-host.js';

/** The declared demand and staff, in the scenario picker. */
const BASE = '';
/** Wait after the last update before simulating, so a burst of keystrokes simulates once. */
const SIMULATE_DELAY_MS = 120;

interface Shown { model: BlueprintModel; figures?: AnalysisFigures; network?: Network; missing?: MissingInput[] }

export class AnalysisView {
    private on = false;
    private scenario = BASE;
    private models: BlueprintModel[] = [];
    private shown: Shown[] = [];
    private theme: ThemeKind = 'light';
    private generation = 0;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly messages: Messages['analysis'];
    private readonly toggle: HTMLButtonElement;
    private readonly picker: HTMLSelectElement;
    private readonly panel: HTMLElement;
    private diagram: SVGSVGElement | undefined;

    constructor(toolbar: HTMLElement, after: HTMLElement, private readonly nonce: string) {
        this.messages = messagesFor(resolveLocale(document.documentElement.lang) ?? 'en').analysis;
        this.toggle = document.createElement('button');
        this.toggle.type = 'button';
        this.toggle.id = 'toggle-analysis';
        this.toggle.textContent = this.messages.view.button;
        this.toggle.title = this.messages.view.buttonTitle;
        this.toggle.setAttribute('aria-pressed', 'false');
        this.toggle.addEventListener('click', () => this.setOn(!this.on));
        this.picker = document.createElement('select');
        this.picker.id = 'analysis-scenario';
        this.picker.title = this.messages.view.scenario;
        this.picker.setAttribute('aria-label', this.messages.view.scenario);
        this.picker.hidden = true;
        this.picker.addEventListener('change', () => { this.scenario = this.picker.value; this.refresh(); });
        const spacer = toolbar.querySelector('.spacer');
        toolbar.insertBefore(this.picker, spacer?.nextSibling ?? null);
        toolbar.insertBefore(this.toggle, this.picker);
        this.panel = document.createElement('div');
        this.panel.id = 'analysis-panel';
        this.panel.hidden = true;
        this.panel.setAttribute('role', 'region');
        this.panel.setAttribute('aria-label', this.messages.view.button);
        after.after(this.panel);
    }

    setTheme(theme: ThemeKind): void {
        this.theme = theme;
        this.draw();
    }

    /** The document's models changed (or the diagram was drawn again): analyse and mark the new diagram. */
    update(models: BlueprintModel[] | undefined, diagram: SVGSVGElement | undefined): void {
        this.models = models ?? [];
        this.diagram = diagram;
        this.fillPicker();
        this.refresh();
    }

    private setOn(on: boolean): void {
        this.on = on;
        this.toggle.setAttribute('aria-pressed', String(on));
        this.panel.hidden = !on;
        this.fillPicker();
        this.refresh();
        window.dispatchEvent(new Event('resize')); // the viewport shrank or grew: sticky headers follow
    }

    /** Scenarios of every analysed blueprint by name; a blueprint without the chosen one shows its declared case. */
    private fillPicker(): void {
        const scenarios = new Map<string, string>();
        for (const model of this.models) for (const s of model.scenarios ?? []) if (!scenarios.has(s.id)) scenarios.set(s.id, s.title);
        const options: Array<[string, string]> = [[BASE, this.messages.view.baseCase], ...[...scenarios].map(([id, title]): [string, string] => [id, title === id ? id : `${title} (${id})`])];
        if (!scenarios.has(this.scenario)) this.scenario = BASE;
        const current = Array.from(this.picker.options).map(o => `${o.value}\u0000${o.text}`).join('\u0001');
        if (current !== options.map(([v, t]) => `${v}\u0000${t}`).join('\u0001')) {
            this.picker.replaceChildren(...options.map(([value, label]) => {
                const option = document.createElement('option');
                option.value = value;
                option.textContent = label;
                return option;
            }));
        }
        this.picker.value = this.scenario;
        this.picker.hidden = !this.on || scenarios.size === 0;
    }

    /** The analytic figures now, the simulated ones a moment later (dropped if another update came first). */
    private refresh(): void {
        clearTimeout(this.timer);
        const generation = ++this.generation;
        if (!this.on) {
            this.shown = [];
            this.draw();
            return;
        }
        this.shown = this.models.filter(wantsAnalysis).map(model => {
            const scenario = model.scenarios?.some(s => s.id === this.scenario) ? this.scenario : undefined;
            const result = analyticFigures(model, scenario);
            return result.missing ? { model, missing: result.missing } : { model, figures: result.figures, network: result.network };
        });
        this.draw();
        this.timer = setTimeout(() => {
            if (generation !== this.generation) return;
            this.shown = this.shown.map(s => (s.figures && s.network ? { ...s, figures: simulateFigures(s.figures, s.network) } : s));
            this.draw();
        }, SIMULATE_DELAY_MS);
    }

    private draw(): void {
        this.markDiagram();
        if (!this.on) return;
        const children: Element[] = [];
        if (this.shown.length === 0) children.push(this.note(this.messages.view.nothingToAnalyse));
        for (const shown of this.shown) {
            if (shown.missing) { children.push(this.note(this.messages.view.notAnalysed(shown.model.title, missingInputsText(shown.missing, this.messages)))); continue; }
            const figures = shown.figures;
            if (!figures) continue;
            const scenarioTitle = shown.model.scenarios?.find(s => s.id === figures.scenario)?.title ?? this.messages.view.baseCase;
            const svg = parseSvg(renderAnalysisPanel(figures, scenarioTitle, this.messages, this.theme), this.nonce);
            if (svg) children.push(svg);
        }
        this.panel.replaceChildren(...children);
    }

    private note(text: string): HTMLElement {
        const p = document.createElement('p');
        p.className = 'analysis-note';
        p.textContent = text;
        return p;
    }

    /** Puts a wait badge on each step with a predicted wait (and takes the old ones off). */
    private markDiagram(): void {
        const diagram = this.diagram;
        if (!diagram) return;
        for (const old of Array.from(diagram.querySelectorAll('.bp-analysis-badge'))) old.remove();
        if (!this.on) return;
        const units = this.messages.units;
        for (const { model, figures } of this.shown) {
            const group = Array.from(diagram.querySelectorAll('[data-blueprint]')).find(g => g.getAttribute('data-blueprint') === model.name && g.localName === 'g') ?? diagram;
            for (const wait of figures?.waits ?? []) {
                const step = Array.from(group.querySelectorAll('.step[data-step]')).find(s => s.getAttribute('data-step') === wait.step);
                if (!step) continue;
                const width = Number(step.querySelector('rect')?.getAttribute('width')) || 120;
                const mean = durationText(wait.mean, units);
                const p90 = wait.p90 === undefined ? '…' : durationText(wait.p90, units);
                const tolerance = wait.tolerance === undefined ? this.messages.view.noTolerance : this.messages.view.tolerance(durationText(wait.tolerance, units));
                const badge = parseSvg(`<svg xmlns="http://www.w3.org/2000/svg">${waitBadge(wait, this.messages.view.badge(mean), this.messages.view.badgeTitle(wait.label, mean, p90, tolerance), width, this.theme)}</svg>`, this.nonce);
                const content = badge?.querySelector('.bp-analysis-badge');
                if (content) step.append(content);
            }
        }
    }
}
