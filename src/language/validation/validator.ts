import { describeError, serverLog, type ServerLog } from '../log.js';
import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationChecks } from 'langium';
import * as ast from '../generated/ast.js';
import type { BlueprintServices } from '../blueprint-module.js';
import { buildBlueprint } from '../model-builder.js';
import type { Simulations } from '../analysis/simulations.js';
import { MAX_DIAGNOSTICS } from './document-validator.js';
import { ExportedNames } from './exported-names.js';
import { RuleContext, type SimulationLookup } from './rule.js';
import { ALL_RULES, ruleAnchor } from './rules.js';
import { placedSettingsProblemText, type RuleSettings } from './settings.js';
import type { Localization } from '../localization.js';
import type { Messages } from '../../i18n/index.js';

export function registerValidationChecks(services: BlueprintServices): void {
    const validator = new BlueprintValidator(
        services.validation.RuleSettings,
        new ExportedNames(services.shared), serverLog(services.shared.lsp.Connection),
        services.i18n.Localization, services.analysis.Simulations
    );
    const checks: ValidationChecks<ast.ServiceBlueprintAstType> = {
        Model: validator.checkModel.bind(validator),
        Blueprint: validator.checkBlueprint.bind(validator),
        Classification: validator.checkClassification.bind(validator),
        Step: validator.checkStep.bind(validator)
    };
    services.validation.ValidationRegistry.register(checks, validator);
}

export class BlueprintValidator {
    constructor(
        private readonly settings: RuleSettings, private readonly exported: ExportedNames, private readonly log: ServerLog,
        private readonly localization: Localization, private readonly simulations: Simulations
    ) {}

    private get messages(): Messages {
        return this.localization.messages;
    }

    checkModel(model: ast.Model, accept: ValidationAcceptor): void {
        reportDuplicateNames(model.elements, 'declaration', accept, this.messages);
        this.reportDeclaredElsewhere(model, accept);
        for (const problem of this.settings.configOf(AstUtils.getDocument(model)).problems) {
            accept('warning', this.messages.validation.settingsProblem(placedSettingsProblemText(problem, this.messages)), { node: model, range: firstLine(), code: 'settings' });
        }
    }

    /** Top-level names are global: the same name in another file makes references ambiguous. */
    private reportDeclaredElsewhere(model: ast.Model, accept: ValidationAcceptor): void {
        const here = AstUtils.getDocument(model).uri.toString();
        for (const element of model.elements) {
            const other = element.name ? this.exported.elsewhere(element.name, here) : undefined;
            if (other) {
                accept('error', this.messages.validation.declaredElsewhere(element.name, other.slice(other.lastIndexOf('/') + 1)),
                    { node: element, property: 'name', code: 'duplicate-name' });
            }
        }
    }

    checkClassification(block: ast.Classification, accept: ValidationAcceptor): void {
        for (const property of ['divergence', 'object', 'contact', 'approach'] as const) {
            block[property].slice(1).forEach((_, i) => accept('warning', this.messages.validation.duplicateAxis(property),
                { node: block, property, index: i + 1, code: 'duplicate-property' }));
        }
    }

    checkStep(step: ast.Step, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const property of step.properties) {
            if (property.$type === 'EvidenceProp' || property.$type === 'Note') continue;
            if (seen.has(property.$type)) {
                accept('warning', this.messages.validation.duplicateProperty(keywordOf(property, this.messages)), { node: property, code: 'duplicate-property' });
            }
            seen.add(property.$type);
        }
    }

    checkBlueprint(blueprint: ast.Blueprint, accept: ValidationAcceptor): void {
        const lanes = blueprint.members.filter(ast.isLane);
        const messages = this.messages;
        reportDuplicateNames(lanes.flatMap(l => l.steps), 'step', accept, messages);
        reportDuplicateNames(blueprint.members.filter(ast.isPhase), 'phase', accept, messages);
        reportDuplicateNames(lanes.filter(l => l.name), 'lane', accept, messages);
        const built = buildBlueprint(blueprint);
        const document = AstUtils.getDocument(blueprint);
        const config = this.settings.configOf(document);
        // A recovered parse may have lost or invented lanes, lines and flows: only rules about single written facts run.
        const broken = hasSyntaxErrors(document, blueprint);
        const docsUrl = config.docsUrl && docsFor(config.docsUrl, this.localization.locale);
        const simulation: SimulationLookup = (network, customers) => this.simulations.result(network, customers, document.uri.toString());
        // The document publishes its first MAX_DIAGNOSTICS diagnostics; findings beyond that many from
        // this blueprint alone come after them, so they are neither turned into diagnostics nor sought.
        let findings = 0;
        for (const rule of ALL_RULES) {
            if (findings > MAX_DIAGNOSTICS) break;
            const severity = config.severities[rule.code];
            if (severity === 'off' || (broken && !rule.local)) continue;
            const codeDescription = docsUrl ? { href: `${docsUrl}#${ruleAnchor(rule.code)}` } : undefined;
            const context = new RuleContext(built, messages, (target, message, kind = 'violation') => {
                if (++findings > MAX_DIAGNOSTICS + 1) return;
                accept(kind === 'suggestion' ? 'hint' : severity, message, { ...target, code: rule.code, codeDescription });
            }, simulation);
            try {
                rule.check(context);
            } catch (error) {
                // One faulty rule must not hide the others' findings.
                this.log.error(`Rule ${rule.code} (${rule.title}) failed: ${describeError(error)}`);
            }
        }
    }
}

/** Whether a parser or lexer error lies inside the blueprint's text (or runs off its end: a missing closing brace). */
function hasSyntaxErrors(document: LangiumDocument, blueprint: ast.Blueprint): boolean {
    const range = blueprint.$cstNode;
    if (!range) return false;
    const { lexerErrors, parserErrors } = document.parseResult;
    const inside = (offset: number) => offset >= range.offset && offset <= range.end;
    return parserErrors.some(e => (Number.isNaN(e.token.startOffset) ? range.end >= document.textDocument.getText().trimEnd().length : inside(e.token.startOffset)))
        || lexerErrors.some(e => inside(e.offset));
}

/** The rule documentation of the reader's language: README.zh-CN.md beside README.md, same anchors. */
export function docsFor(readmeUrl: string, locale: string): string {
    return locale === 'zh-cn' ? readmeUrl.replace(/readme\.md$/i, 'README.zh-CN.md') : readmeUrl;
}

function reportDuplicateNames(nodes: Array<AstNode & { name?: string }>, kind: keyof Messages['validation']['kind'], accept: ValidationAcceptor, messages: Messages): void {
    const first = new Map<string, AstNode>();
    for (const node of nodes) {
        if (!node.name) continue;
        if (first.has(node.name)) {
            accept('error', messages.validation.duplicateName(messages.validation.kind[kind], node.name), { node, property: 'name', code: 'duplicate-name' });
        } else {
            first.set(node.name, node);
        }
    }
}

function keywordOf(property: ast.StepProperty, messages: Messages): string {
    const names: Record<string, string> = messages.validation.property;
    return names[property.$type] ?? property.$type;
}

function firstLine() {
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
