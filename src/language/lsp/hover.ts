import { AstNodeHoverProvider } from 'langium/lsp';
import { CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { buildBlueprint } from '../model-builder.js';
import { formatDuration, formatInUnit } from '../../model/duration.js';
import type { BlueprintModel, StepModel } from '../../model/types.js';
import * as ast from '../generated/ast.js';
import { blueprintAnalysisHover, performerAnalysisHover, stepAnalysisHover } from './analysis-hover.js';
import { keywordHover } from './keyword-docs.js';
import type { LangiumServices } from 'langium/lsp';
import { messagesFor, type Messages } from '../../i18n/index.js';
import type { BlueprintServices } from '../blueprint-module.js';

/** Hover: a blueprint's metrics, a step's facts, a performer's role, a keyword's meaning; in the reader's language. */
export class BlueprintHoverProvider extends AstNodeHoverProvider {
    private readonly localization: BlueprintServices['i18n']['Localization'];

    constructor(services: LangiumServices) {
        super(services);
        this.localization = (services as BlueprintServices).i18n.Localization;
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const messages = this.localization.messages;
        const h = messages.editor.hover;
        if (ast.isBlueprint(node)) return withSection(blueprintHover(buildBlueprint(node).model, messages), blueprintAnalysisHover(buildBlueprint(node).model, messages));
        if (ast.isStep(node)) {
            const blueprint = node.$container.$container;
            const model = buildBlueprint(blueprint).model;
            const step = model.steps.find(s => s.id === node.name);
            return step && withSection(stepHover(step, messages), stepAnalysisHover(model, step.id, messages));
        }
        const blueprints = () => node.$container && ast.isModel(node.$container) ? node.$container.elements.filter(ast.isBlueprint).map(b => buildBlueprint(b).model) : [];
        if (ast.isActor(node)) return withSection(h.actor(escapeMarkdown(node.title ?? node.name), node.name), performerAnalysisHover(node.name, blueprints(), messages));
        if (ast.isSystem(node)) return withSection(h.system(escapeMarkdown(node.title ?? node.name), node.name), performerAnalysisHover(node.name, blueprints(), messages));
        if (ast.isPhase(node)) return h.phase(escapeMarkdown(node.title ?? node.name), node.name);
        return undefined;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        // Keywords like `production-line` are not names, so the base class never reaches them.
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const doc = leaf && GrammarAST.isKeyword(leaf.grammarSource) ? keywordHover(leaf.grammarSource.value, this.localization.messages) : undefined;
        if (doc) return { contents: { kind: 'markdown', value: doc } };
        return super.getHoverContent(document, params);
    }
}

function withSection(hover: string, section: string): string {
    return section ? `${hover}\n\n${section}` : hover;
}

export function blueprintHover(model: BlueprintModel, messages: Messages = messagesFor('en')): string {
    const m = model.metrics;
    const c = model.classification;
    const t = messages.metrics;
    const percent = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value * 100)} %`);
    const duration = (seconds: number) => formatDuration(seconds, messages.preview.diagram.durationUnits);
    const rows: Array<[string, string]> = [
        [t.classification, [c.divergence, c.object, c.contact, c.approach].map(v => v ?? '?').join(' · ')],
        [t.stepsPerZone, t.zones(m.stepsPerZone.customer, m.stepsPerZone.onstage, m.stepsPerZone.backstage, m.stepsPerZone.support)],
        [t.lineCrossings, t.lines(m.lineCrossings.interaction, m.lineCrossings.visibility, m.lineCrossings.internal)],
        [t.failAndWait, `${m.failPoints} · ${m.waitPoints}`],
        [t.longestPath, duration(m.longestPathTime)],
        [t.customerVisible, duration(m.customerVisibleTime) + (model.target !== undefined ? t.target(duration(model.target)) : '')],
        [t.contactRatio, percent(m.contactRatio)],
        [t.automationShare, percent(m.automationShare)]
    ];
    return `${t.heading(escapeMarkdown(model.title), model.name)}\n\n${t.columns}\n|---|---|\n`
        + rows.map(([k, v]) => `| ${k} | ${escapeMarkdown(v)} |`).join('\n');
}

export function stepHover(step: StepModel, messages: Messages = messagesFor('en')): string {
    const h = messages.editor.hover;
    const lines = [h.step(escapeMarkdown(step.label), messages.terms.zone[step.zone], step.id, escapeMarkdown(step.lane))];
    const facts: string[] = [];
    // As written (`80 s`, `36 小时`), as the picture draws them.
    const written = (seconds: number, unit: string | undefined) => formatInUnit(seconds, unit, messages.preview.diagram.durationUnits);
    if (step.performer) facts.push(h.by(escapeMarkdown(step.performer.title), h.performerKind[step.performer.kind] ?? step.performer.kind));
    if (step.channel) facts.push(h.via(step.channel));
    if (step.time) facts.push(h.time(written(step.time.standard, step.time.unit)) + (step.time.tolerance !== undefined ? h.tolerance(written(step.time.tolerance, step.time.toleranceUnit)) : ''));
    if (step.wait) facts.push(h.wait(written(step.wait.expected, step.wait.unit)) + (step.wait.tolerance !== undefined ? h.tolerated(written(step.wait.tolerance, step.wait.toleranceUnit)) : ''));
    if (step.discretion) facts.push(h.discretion);
    if (step.technology) facts.push(h.technology);
    if (facts.length) lines.push(facts.join(' · '));
    if (step.fail) lines.push(h.failPoint(escapeMarkdown(step.fail.reason)) + (step.fail.recoveryStep ? h.recoverAt(step.fail.recoveryStep) : step.fail.recoveryText ? h.recoverBy(escapeMarkdown(step.fail.recoveryText)) : h.noRecovery));
    if (step.evidence.length) lines.push(h.evidence(step.evidence.map(escapeMarkdown).join(', ')));
    for (const note of step.notes) lines.push(`> ${escapeMarkdown(note)}`);
    return lines.join('\n\n');
}

/** Document text is shown as text, never as markup or HTML. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>&]/g, ch => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}
