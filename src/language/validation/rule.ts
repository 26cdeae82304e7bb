/**
 * What a rule is: one definition per rule (code, default severity, title,
 * rationale, check, optional quick fix). Everything else — the catalogue,
 * the known codes of the settings, the code-action table, the README check,
 * the package.json schema check — is derived from the definitions in
 * `rules.ts`. Adding a rule: docs/rules.md.
 */
import type { AstNode, DiagnosticInfo, LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { Network, SimulationResult } from '../../model/analysis/index.js';
import type { FlowGraph } from '../../model/graph.js';
import type { BlueprintModel, StepModel } from '../../model/types.js';
import type * as ast from '../generated/ast.js';
import type { BlueprintSource, BuiltBlueprint } from '../model-builder.js';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = RuleSeverity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Where a finding points: an AST node, optionally narrowed to one property. */
export type FindingTarget = Omit<DiagnosticInfo<AstNode, string>, 'code' | 'codeDescription'>;

/** A quick fix for a rule's diagnostics: only edits whose outcome is unambiguous. */
export type QuickFix = (diagnostic: Diagnostic, document: LangiumDocument) => CodeAction[];

export interface RuleDefinition<Code extends string = string> {
    /** Stable; never reused for another meaning. Grouped by hundreds: 0xx structure, 1xx fail/time, 2xx classification. */
    readonly code: Code;
    /** The default severity (domain doc, section 5); users override it per code. */
    readonly severity: RuleSeverity;
    /** One line, exactly as in README's rule table. */
    readonly title: string;
    /** Why the rule holds, by the seed's reasoning (one or two sentences). */
    readonly rationale: string;
    check(context: RuleContext): void;
    readonly fix?: QuickFix;
}

/** Keeps the code's literal type, so the list of definitions yields the `RuleCode` union. */
export function defineRule<const Code extends string>(rule: RuleDefinition<Code>): RuleDefinition<Code> {
    return rule;
}

/**
 * A simulation of the network with that many customers, or undefined while it
 * runs in the background (the document is then validated again when it is in).
 */
export type SimulationLookup = (network: Network, customers: number) => SimulationResult | undefined;

/** What a rule sees of one blueprint, with accessors that fail loudly instead of `!`. */
export class RuleContext {
    readonly model: BlueprintModel;
    readonly graph: FlowGraph;
    readonly source: BlueprintSource;
    private readonly stepsById: Map<string, StepModel>;

    constructor(
        built: BuiltBlueprint,
        /**
         * Reports a finding at the rule's configured severity. A `suggestion`
         * (an improvement, not a violation) is shown as a hint whatever that severity.
         */
        readonly report: (target: FindingTarget, message: string, kind?: 'violation' | 'suggestion') => void,
        readonly simulation: SimulationLookup
    ) {
        this.model = built.model;
        this.graph = built.graph;
        this.source = built.source;
        this.stepsById = stepIndex(built);
    }

    /** The step of this blueprint with that id; flows and the graph only ever name such steps. */
    step(id: string): StepModel {
        return required(this.stepsById.get(id), `step '${id}' of the model`);
    }

    stepNode(id: string): ast.Step {
        return required(this.source.steps.get(id), `AST node of step '${id}'`);
    }

    successors(id: string): string[] {
        return required(this.graph.successors.get(id), `successors of step '${id}'`);
    }

    predecessors(id: string): string[] {
        return required(this.graph.predecessors.get(id), `predecessors of step '${id}'`);
    }

    /** The property node the model took a step's value from: the last one written, as the model builder does. */
    lastProperty<T extends ast.StepProperty>(stepId: string, is: (p: ast.StepProperty) => p is T): T {
        return required(this.stepNode(stepId).properties.filter(is).at(-1), `property of step '${stepId}'`);
    }
}

const stepIndexes = new WeakMap<BuiltBlueprint, Map<string, StepModel>>();

function stepIndex(built: BuiltBlueprint): Map<string, StepModel> {
    let index = stepIndexes.get(built);
    if (!index) {
        index = new Map(built.model.steps.map(s => [s.id, s]));
        stepIndexes.set(built, index);
    }
    return index;
}

/** Asserts once, with a message that says what was missing: a broken invariant, not a user error. */
export function required<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`Blueprint model invariant broken: no ${what}`);
    return value;
}

/** The diagnostic target for a step: its name, so the squiggle stays short. */
export function atStep(context: RuleContext, stepId: string, property: keyof ast.Step = 'name'): FindingTarget {
    return { node: context.stepNode(stepId), property };
}

export function atFlow(context: RuleContext, flowIndex: number): FindingTarget {
    return { node: required(context.source.flows[flowIndex], `AST node of flow ${flowIndex}`) };
}

export function atBlueprintName(context: RuleContext): FindingTarget {
    return { node: context.source.blueprint, property: 'name' };
}

/** A quoted display name for a step in messages: its id, and its label when that differs. */
export function nameOf(step: StepModel): string {
    return step.label && step.label !== step.id ? `'${step.id}' (${step.label})` : `'${step.id}'`;
}
