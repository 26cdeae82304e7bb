import { CstUtils, type AstNode, type IndexManager, type LangiumDocument, type References } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type CancellationToken, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** The refusals a user reads in the editor's rename box. */
const MESSAGES = {
    inBlueprint: (name: string, kind: string, blueprint: string) =>
        `Cannot rename: '${name}' is already the name of a ${kind} in blueprint ${blueprint}; ${kind} names must be unique there.`,
    inWorkspace: (name: string, file: string) =>
        `Cannot rename: '${name}' is already declared in ${file}; blueprint, actor and system names are shared by the whole workspace.`
};

const KIND_NAMES: Record<string, string> = { Step: 'step', Phase: 'phase', Lane: 'lane' };

/**
 * Rename that refuses a new name already taken in the renamed element's scope
 * (a step, phase or lane: its blueprint; a blueprint, actor or system: the
 * workspace), so a rename never makes two references ambiguous. The check on
 * whether the new name is a valid name at all lives with the server's
 * rename safety; this one only adds the clash check on top.
 */
export class BlueprintRenameProvider extends DefaultRenameProvider {
    private readonly index: IndexManager;
    private readonly refs: References;

    constructor(services: LangiumServices) {
        super(services);
        this.index = services.shared.workspace.IndexManager;
        this.refs = services.references.References;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.renamedElement(document, params);
        const clash = target && renameClash(target, params.newName, this.index);
        if (clash) throw new ResponseError(ErrorCodes.InvalidParams, clash);
        return super.rename(document, params, cancelToken);
    }

    private renamedElement(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        return leaf && this.refs.findDeclarations(leaf)[0];
    }
}

/** Why `newName` cannot be given to `target`, or undefined when nothing else in its scope has it. */
export function renameClash(target: AstNode, newName: string, index: IndexManager): string | undefined {
    if ((target as { name?: string }).name === newName) return undefined;
    if (ast.isStep(target) || ast.isPhase(target) || ast.isLane(target)) {
        const blueprint = ast.isStep(target) ? target.$container.$container : target.$container;
        const taken = siblingsOf(target, blueprint).some(other => other.name === newName);
        return taken ? MESSAGES.inBlueprint(newName, KIND_NAMES[target.$type], blueprint.name) : undefined;
    }
    if (ast.isBlueprint(target) || ast.isActor(target) || ast.isSystem(target)) {
        const other = index.allElements().find(d => d.name === newName);
        return other ? MESSAGES.inWorkspace(newName, other.documentUri.path.slice(other.documentUri.path.lastIndexOf('/') + 1)) : undefined;
    }
    return undefined;
}

function siblingsOf(target: ast.Step | ast.Phase | ast.Lane, blueprint: ast.Blueprint): Array<{ name?: string }> {
    const lanes = blueprint.members.filter(ast.isLane);
    if (ast.isStep(target)) return lanes.flatMap(lane => lane.steps);
    if (ast.isPhase(target)) return blueprint.members.filter(ast.isPhase);
    return lanes;
}
