import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, AllSemanticTokenTypes, type SemanticTokenAcceptor } from 'langium/lsp';
import * as ast from '../generated/ast.js';

/**
 * The language's own token types, each declared in package.json with a
 * standard super type (so a theme without rules for them still colours them)
 * and a TextMate scope fallback.
 */
export const BLUEPRINT_TOKEN_TYPES = ['blueprint', 'step', 'lane', 'phase', 'actor', 'system', 'zone', 'line', 'classification', 'channel'] as const;
export type BlueprintTokenType = (typeof BLUEPRINT_TOKEN_TYPES)[number];
/** `declaration` (standard) where a name is introduced, `reference` where it is used. */
export const REFERENCE_MODIFIER = 'reference';
const DECLARATION = 'declaration';

const standardTypeCount = Object.keys(AllSemanticTokenTypes).length;
const TOKEN_TYPES: Record<string, number> = {
    ...AllSemanticTokenTypes,
    ...Object.fromEntries(BLUEPRINT_TOKEN_TYPES.map((type, i) => [type, standardTypeCount + i]))
};
const TOKEN_MODIFIERS: Record<string, number> = {
    ...AllSemanticTokenModifiers,
    [REFERENCE_MODIFIER]: 1 << Object.keys(AllSemanticTokenModifiers).length
};

const CLASSIFICATION_PROPERTIES = ['divergence', 'object', 'contact', 'approach'] as const;

export class BlueprintSemanticTokenProvider extends AbstractSemanticTokenProvider {
    override get tokenTypes(): Record<string, number> {
        return TOKEN_TYPES;
    }

    override get tokenModifiers(): Record<string, number> {
        return TOKEN_MODIFIERS;
    }

    protected override highlightElement(node: AstNode, accept: SemanticTokenAcceptor): void {
        const declare = (type: BlueprintTokenType) => accept({ node, property: 'name', type, modifier: DECLARATION });
        const refer = (property: string, type: BlueprintTokenType) => accept({ node, property: property, type, modifier: REFERENCE_MODIFIER });
        if (ast.isBlueprint(node)) declare('blueprint');
        else if (ast.isActor(node)) declare('actor');
        else if (ast.isSystem(node)) declare('system');
        else if (ast.isPhase(node)) declare('phase');
        else if (ast.isStep(node)) declare('step');
        else if (ast.isLane(node)) {
            accept({ node, property: 'zone', type: 'zone' });
            if (node.name) declare('lane');
        } else if (ast.isLine(node)) accept({ node, property: 'kind', type: 'line' });
        else if (ast.isClassification(node)) {
            for (const property of CLASSIFICATION_PROPERTIES) accept({ node, property, type: 'classification' });
        } else if (ast.isChannelProp(node)) accept({ node, property: 'channel', type: 'channel' });
        else if (ast.isPhaseRef(node)) refer('phase', 'phase');
        else if (ast.isPerformerRef(node)) {
            // An unresolved performer is an error already; colouring it as either kind would be a guess.
            const performer = node.performer?.ref;
            if (performer) refer('performer', ast.isSystem(performer) ? 'system' : 'actor');
        } else if (ast.isFailPoint(node)) {
            if (node.recoveryStep) refer('recoveryStep', 'step');
        } else if (ast.isFlow(node)) refer('source', 'step');
        else if (ast.isFlowEdge(node)) refer('target', 'step');
    }
}
