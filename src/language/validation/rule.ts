/**
 * What a rule is: one definition per rule (code, default severity, title,
 * rationale, check, optional quick fix). Everything else — the catalogue,
 * the known codes of the settings, the code-action table, the README check,
 * the package.json schema check — is derived from the definitions in
 * `rules.ts`. Adding a rule: docs/rules.md.
 */
import type { AstNode, DiagnosticInfo, LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { FlowGraph } from '../../model/graph.js';
import type { BlueprintModel, StepModel, ZoneKind } from '../../model/types.js';
import type * as ast from '../generated/ast.js';
import type { BlueprintSource, BuiltBlueprint } from '../model-builder.js';
import { formatInUnit } from '../../model/duration.js';
import { messagesFor, type Messages } from '../../i18n/index.js';

export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = RuleSeverity | 'off';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Where a finding points: an AST node, optionally narrowed to one property. */
export type FindingTarget = Omit<DiagnosticInfo<AstNode, string>, 'code' | 'codeDescription'>;

/** A quick fix for a rule's diagnostics: only edits whose outcome is unambiguous. */
export type QuickFix = (diagnostic: Diagnostic, document: LangiumDocument, messages: Messages) => CodeAction[];

/** A code with texts in the catalogue (`messages.rules.BP001` …). */
export type CatalogueCode = Exclude<keyof Messages['rules'], 'common'>;

export interface RuleSpec<Code extends CatalogueCode = CatalogueCode> {
    /** Stable; never reused for another meaning. Grouped by hundreds: 0xx structure, 1xx fail/time, 2xx classification. Its texts: `messages.rules[code]`. */
    readonly code: Code;
    /** The default severity (domain doc, section 5); users override it per code. */
    readonly severity: RuleSeverity;
    /**
     * Whether the rule's findings stay true in a blueprint whose body has
     * syntax errors: it reads single written facts (a step's zone and its own
     * properties, the classification), not the flows, lanes or lines that a
     * recovered parse may have lost or invented. Other rules skip such a blueprint.
     */
    readonly local?: true;
    check(context: RuleContext): void;
    readonly fix?: QuickFix;
}

export interface RuleDefinition<Code extends CatalogueCode = CatalogueCode> extends RuleSpec<Code> {
    /** One line, exactly as in README's rule table: `messages.rules[code].title` in English. */
    readonly title: string;
    /** Why the rule holds, by the seed's reasoning (English; hover and README). */
    readonly rationale: string;
}

/** Keeps the code's literal type, so the list of definitions yields the `RuleCode` union; title and rationale come from the catalogue. */
export function defineRule<const Code extends CatalogueCode>(rule: RuleSpec<Code>): RuleDefinition<Code> {
    const texts = messagesFor('en').rules[rule.code];
    return { ...rule, title: texts.title, rationale: texts.rationale };
}

/** What a rule sees of one blueprint, with accessors that fail loudly instead of `!`. */
export class RuleContext {
    readonly model: BlueprintModel;
    readonly graph: FlowGraph;
    readonly source: BlueprintSource;
    private readonly stepsById: Map<string, StepModel>;

    constructor(
        built: BuiltBlueprint,
        /** The catalogue of the language the server speaks. */
        readonly messages: Messages,
        /**
         * Reports a finding at the rule's configured severity. A `suggestion`
         * (an improvement, not a violation) is shown as a hint whatever that severity.
         */
        readonly report: (target: FindingTarget, message: string, kind?: 'violation' | 'suggestion') => void
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

    /** A step as messages name it: its id, and its label when that differs. */
    name(step: StepModel): string {
        const common = this.messages.rules.common;
        return step.label && step.label !== step.id ? common.stepNameWithLabel(step.id, step.label) : common.stepName(step.id);
    }

    /** Step ids as a quoted list. */
    names(ids: readonly string[]): string {
        return ids.map(id => this.messages.rules.common.stepName(id)).join(this.messages.rules.common.listSeparator);
    }

    zone(zone: ZoneKind): string {
        return this.messages.terms.zone[zone];
    }

    /** A duration as the designer wrote it (`80 s`, `36 小时`). */
    written(duration: ast.Duration): string {
        return `${duration.value} ${duration.unit}`;
    }

    /** A computed duration in the unit of a duration the designer wrote, so both read alike. */
    inUnitOf(seconds: number, like: ast.Duration): string {
        return formatInUnit(seconds, like.unit);
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
