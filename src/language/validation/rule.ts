import type { AstNode, DiagnosticInfo } from 'langium';
import type { BuiltBlueprint } from '../../model/build.js';
import type { FlowGraph } from '../../model/graph.js';
import type { BlueprintModel, StepModel } from '../../model/types.js';
import type * as ast from '../generated/ast.js';

/** Where a finding points: an AST node, optionally narrowed to one property. */
export type FindingTarget = Omit<DiagnosticInfo<AstNode, string>, 'code' | 'codeDescription'>;

export interface RuleContext {
    model: BlueprintModel;
    graph: FlowGraph;
    source: BuiltBlueprint['source'];
    stepsById: Map<string, StepModel>;
    /**
     * Reports a finding at the rule's configured severity. A `suggestion`
     * (an improvement, not a violation) is shown as a hint whatever that severity.
     */
    report(target: FindingTarget, message: string, kind?: 'violation' | 'suggestion'): void;
}

/** One rule of the catalogue; a rule family is a file exporting a list of these. */
export interface Rule {
    code: string;
    check(context: RuleContext): void;
}

/** The diagnostic target for a step: its name, so the squiggle stays short. */
export function atStep(context: RuleContext, stepId: string, property: keyof ast.Step = 'name'): FindingTarget {
    return { node: context.source.steps.get(stepId)!, property };
}

export function atFlow(context: RuleContext, flowIndex: number): FindingTarget {
    return { node: context.source.flows[flowIndex] };
}

export function atBlueprintName(context: RuleContext): FindingTarget {
    return { node: context.source.blueprint, property: 'name' };
}

/** A quoted display name for a step in messages: its id, and its label when that differs. */
export function nameOf(step: StepModel): string {
    return step.label && step.label !== step.id ? `'${step.id}' (${step.label})` : `'${step.id}'`;
}
