import { describeError, serverLog, type ServerLog } from '../log.js';
import { AstUtils, type AstNode, type IndexManager, type ValidationAcceptor, type ValidationChecks } from 'langium';
import * as ast from '../generated/ast.js';
import type { BlueprintServices } from '../blueprint-module.js';
import { buildBlueprint } from '../model-builder.js';
import type { Simulations } from '../analysis/simulations.js';
import { RuleContext, type SimulationLookup } from './rule.js';
import { ALL_RULES, ruleAnchor } from './rules.js';
import type { RuleSettings } from './settings.js';

export function registerValidationChecks(services: BlueprintServices): void {
    const validator = new BlueprintValidator(services.validation.RuleSettings, services.shared.workspace.IndexManager, serverLog(services.shared.lsp.Connection), services.analysis.Simulations);
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
        private readonly settings: RuleSettings, private readonly index: IndexManager, private readonly log: ServerLog,
        private readonly simulations: Simulations
    ) {}

    checkModel(model: ast.Model, accept: ValidationAcceptor): void {
        reportDuplicateNames(model.elements, 'declaration', accept);
        this.reportDeclaredElsewhere(model, accept);
        for (const problem of this.settings.configOf(AstUtils.getDocument(model)).problems) {
            accept('warning', `${problem}.`, { node: model, range: firstLine(), code: 'settings' });
        }
    }

    /** Top-level names are global: the same name in another file makes references ambiguous. */
    private reportDeclaredElsewhere(model: ast.Model, accept: ValidationAcceptor): void {
        const here = AstUtils.getDocument(model).uri.toString();
        const elsewhere = new Map<string, string>();
        for (const description of this.index.allElements()) {
            const uri = description.documentUri.toString();
            if (uri !== here && !elsewhere.has(description.name)) elsewhere.set(description.name, uri);
        }
        for (const element of model.elements) {
            const other = element.name ? elsewhere.get(element.name) : undefined;
            if (other) {
                accept('error', `'${element.name}' is also declared in ${other.slice(other.lastIndexOf('/') + 1)}; top-level names are shared by the whole workspace and must be unique.`,
                    { node: element, property: 'name', code: 'duplicate-name' });
            }
        }
    }

    checkClassification(block: ast.Classification, accept: ValidationAcceptor): void {
        for (const property of ['divergence', 'object', 'contact', 'approach'] as const) {
            block[property].slice(1).forEach((_, i) => accept('warning',
                `${property} is declared more than once; the last value counts.`,
                { node: block, property, index: i + 1, code: 'duplicate-property' }));
        }
    }

    checkStep(step: ast.Step, accept: ValidationAcceptor): void {
        const seen = new Set<string>();
        for (const property of step.properties) {
            if (property.$type === 'EvidenceProp' || property.$type === 'Note') continue;
            if (seen.has(property.$type)) {
                accept('warning', `This step already has a ${keywordOf(property)}; the last one counts.`, { node: property, code: 'duplicate-property' });
            }
            seen.add(property.$type);
        }
    }

    checkBlueprint(blueprint: ast.Blueprint, accept: ValidationAcceptor): void {
        const lanes = blueprint.members.filter(ast.isLane);
        reportDuplicateNames(lanes.flatMap(l => l.steps), 'step', accept);
        reportDuplicateNames(blueprint.members.filter(ast.isPhase), 'phase', accept);
        reportDuplicateNames(lanes.filter(l => l.name), 'lane', accept);
        const built = buildBlueprint(blueprint);
        const document = AstUtils.getDocument(blueprint);
        const config = this.settings.configOf(document);
        const simulation: SimulationLookup = (network, customers) => this.simulations.result(network, customers, document.uri.toString());
        for (const rule of ALL_RULES) {
            const severity = config.severities[rule.code];
            if (severity === 'off') continue;
            const codeDescription = config.docsUrl ? { href: `${config.docsUrl}#${ruleAnchor(rule.code)}` } : undefined;
            const context = new RuleContext(built, (target, message, kind = 'violation') =>
                accept(kind === 'suggestion' ? 'hint' : severity, message, { ...target, code: rule.code, codeDescription }), simulation);
            try {
                rule.check(context);
            } catch (error) {
                // One faulty rule must not hide the others' findings.
                this.log.error(`Rule ${rule.code} (${rule.title}) failed: ${describeError(error)}`);
            }
        }
    }
}

function reportDuplicateNames(nodes: Array<AstNode & { name?: string }>, kind: string, accept: ValidationAcceptor): void {
    const first = new Map<string, AstNode>();
    for (const node of nodes) {
        if (!node.name) continue;
        if (first.has(node.name)) {
            accept('error', `Duplicate ${kind} name '${node.name}': names must be unique.`, { node, property: 'name', code: 'duplicate-name' });
        } else {
            first.set(node.name, node);
        }
    }
}

function keywordOf(property: ast.StepProperty): string {
    const keywords: Record<string, string> = {
        PerformerRef: 'performer (by)', ChannelProp: 'channel (via)', PhaseRef: 'phase', TimeStandard: 'time standard',
        WaitPoint: 'wait point', FailPoint: 'fail point', Discretion: 'discretion marker'
    };
    return keywords[property.$type] ?? property.$type;
}

function firstLine() {
    return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
