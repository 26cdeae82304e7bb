import { Cancellation, DefaultScopeComputation, interruptAndCheck, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { MultiMap } from 'langium';
import * as ast from './generated/ast.js';

/**
 * Steps live in lanes, but flows, recoveries and phases refer to them from
 * anywhere in their blueprint: every named element inside a blueprint is
 * visible throughout that blueprint (and only there). Blueprints, actors and
 * systems are exported to the workspace by the default computation.
 */
export class BlueprintScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const model = document.parseResult.value as ast.Model;
        for (const blueprint of model.elements.filter(ast.isBlueprint)) {
            for (const member of blueprint.members) {
                // A newer edit cancels the build: give way between members, as the default computation does per node.
                await interruptAndCheck(cancelToken);
                if (ast.isPhase(member)) this.addNamed(member, blueprint, document, symbols);
                if (ast.isLane(member)) member.steps.forEach(step => this.addNamed(step, blueprint, document, symbols));
            }
        }
        return symbols;
    }

    private addNamed(node: AstNode & { name?: string }, scope: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (node.name) symbols.add(scope, this.descriptions.createDescription(node, node.name, document));
    }
}
