import { AstNodeHoverProvider } from 'langium/lsp';
import { CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { buildBlueprint } from '../model-builder.js';
import { formatDuration } from '../../model/duration.js';
import type { BlueprintModel, StepModel } from '../../model/types.js';
import * as ast from '../generated/ast.js';
import { blueprintAnalysisHover, performerAnalysisHover, stepAnalysisHover } from './analysis-hover.js';
import { KEYWORD_DOCS } from './keyword-docs.js';

/** Hover: a blueprint's metrics, a step's facts, a performer's role, a keyword's meaning. */
export class BlueprintHoverProvider extends AstNodeHoverProvider {
    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        if (ast.isBlueprint(node)) return withSection(blueprintHover(buildBlueprint(node).model), blueprintAnalysisHover(buildBlueprint(node).model));
        if (ast.isStep(node)) {
            const blueprint = node.$container.$container;
            const model = buildBlueprint(blueprint).model;
            const step = model.steps.find(s => s.id === node.name);
            return step && withSection(stepHover(step), stepAnalysisHover(model, step.id));
        }
        const blueprints = () => node.$container && ast.isModel(node.$container) ? node.$container.elements.filter(ast.isBlueprint).map(b => buildBlueprint(b).model) : [];
        if (ast.isActor(node)) return withSection(`**${node.title ?? node.name}** · actor \`${node.name}\` (an employee role)`, performerAnalysisHover(node.name, blueprints()));
        if (ast.isSystem(node)) return withSection(`**${node.title ?? node.name}** · system \`${node.name}\` (technology: its steps count as automated)`, performerAnalysisHover(node.name, blueprints()));
        if (ast.isPhase(node)) return `**${node.title ?? node.name}** · phase \`${node.name}\``;
        return undefined;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        // Keywords like `production-line` are not names, so the base class never reaches them.
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const doc = leaf && GrammarAST.isKeyword(leaf.grammarSource) ? KEYWORD_DOCS[leaf.grammarSource.value] : undefined;
        if (doc) return { contents: { kind: 'markdown', value: doc } };
        return super.getHoverContent(document, params);
    }
}

function withSection(hover: string, section: string): string {
    return section ? `${hover}\n\n${section}` : hover;
}

export function blueprintHover(model: BlueprintModel): string {
    const m = model.metrics;
    const c = model.classification;
    const percent = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value * 100)} %`);
    const rows: Array<[string, string]> = [
        ['Classification', [c.divergence, c.object, c.contact, c.approach].map(v => v ?? '?').join(' · ')],
        ['Steps per zone', `customer ${m.stepsPerZone.customer} · onstage ${m.stepsPerZone.onstage} · backstage ${m.stepsPerZone.backstage} · support ${m.stepsPerZone.support}`],
        ['Line crossings', `interaction ${m.lineCrossings.interaction} · visibility ${m.lineCrossings.visibility} · internal ${m.lineCrossings.internal}`],
        ['Fail points · wait points', `${m.failPoints} · ${m.waitPoints}`],
        ['Longest path', formatDuration(m.longestPathTime)],
        ['Customer-visible time', formatDuration(m.customerVisibleTime) + (model.target !== undefined ? ` (target ${formatDuration(model.target)})` : '')],
        ['Contact ratio', percent(m.contactRatio)],
        ['Automation share', percent(m.automationShare)]
    ];
    return `**${escapeMarkdown(model.title)}** · blueprint \`${model.name}\`\n\n| metric | value |\n|---|---|\n`
        + rows.map(([k, v]) => `| ${k} | ${escapeMarkdown(v)} |`).join('\n');
}

export function stepHover(step: StepModel): string {
    const lines = [`**${escapeMarkdown(step.label)}** · ${step.zone} step \`${step.id}\` in lane ${escapeMarkdown(step.lane)}`];
    const facts: string[] = [];
    if (step.performer) facts.push(`by ${escapeMarkdown(step.performer.title)} (${step.performer.kind})`);
    if (step.channel) facts.push(`via ${step.channel}`);
    if (step.time) facts.push(`time ${formatDuration(step.time.standard)}${step.time.tolerance !== undefined ? `, tolerance ${formatDuration(step.time.tolerance)}` : ''}`);
    if (step.wait) facts.push(`wait ${formatDuration(step.wait.expected)}${step.wait.tolerance !== undefined ? `, tolerated ${formatDuration(step.wait.tolerance)}` : ''}`);
    if (step.discretion) facts.push('uses discretion');
    if (step.technology) facts.push('technology');
    if (facts.length) lines.push(facts.join(' · '));
    if (step.fail) lines.push(`**Fail point:** ${escapeMarkdown(step.fail.reason)}${step.fail.recoveryStep ? ` → recover at \`${step.fail.recoveryStep}\`` : step.fail.recoveryText ? ` → ${escapeMarkdown(step.fail.recoveryText)}` : ' (no recovery)'}`);
    if (step.evidence.length) lines.push(`Evidence: ${step.evidence.map(escapeMarkdown).join(', ')}`);
    for (const note of step.notes) lines.push(`> ${escapeMarkdown(note)}`);
    return lines.join('\n\n');
}

/** Document text is shown as text, never as markup or HTML. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>&]/g, ch => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}
