import { AstUtils, CstUtils, GrammarAST, type AstNode, type IndexManager, type LangiumDocument, type References } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type CancellationToken, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { messagesFor, type Messages } from '../../i18n/index.js';
import type { BlueprintServices } from '../blueprint-module.js';
import type { Localization } from '../localization.js';

/** The refusals a user reads in the editor's rename box (English; the catalogue's `editor.rename`). */
export const RENAME_MESSAGES = messagesFor('en').editor.rename;

/** The grammar's ID terminal, anchored (see blueprint.langium). */
const NAME = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}\p{Pc}]*$/u;

/** Keywords that cannot be names: all keywords except the soft ones the `Name` rule accepts. */
export function reservedWords(grammar: GrammarAST.Grammar): Set<string> {
    const keywords = (node: GrammarAST.AbstractRule | GrammarAST.Grammar) =>
        AstUtils.streamAllContents(node).filter(GrammarAST.isKeyword).map(k => k.value).toSet();
    const nameRule = grammar.rules.find(rule => rule.name === 'Name');
    const soft = nameRule ? keywords(nameRule) : new Set<string>();
    return new Set([...keywords(grammar)].filter(word => !soft.has(word)));
}


/**
 * Rename that refuses a new name already taken in the renamed element's scope
 * (a step, phase or lane: its blueprint; a blueprint, actor or system: the
 * workspace), so a rename never makes two references ambiguous, and a new
 * name that is not a valid name at all.
 */
export class BlueprintRenameProvider extends DefaultRenameProvider {
    private readonly index: IndexManager;
    private readonly refs: References;
    private readonly reserved: Set<string>;
    private readonly localization: Localization;

    constructor(services: LangiumServices) {
        super(services);
        this.localization = (services as BlueprintServices).i18n.Localization;
        this.index = services.shared.workspace.IndexManager;
        this.refs = services.references.References;
        this.reserved = reservedWords(services.Grammar);
    }

    /** Whether the document could parse `name` back as the same name (not empty, no spaces, quotes or punctuation, no keyword). */
    isValidName(name: string): boolean {
        return NAME.test(name) && !this.reserved.has(name);
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        // An invalid name would rewrite every file with text that no longer parses.
        const messages = this.localization.messages.editor.rename;
        if (!this.isValidName(params.newName)) throw new ResponseError(ErrorCodes.InvalidParams, messages.invalidName(params.newName));
        const target = this.renamedElement(document, params);
        const clash = target && renameClash(target, params.newName, this.index, messages);
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
export function renameClash(target: AstNode, newName: string, index: IndexManager, MESSAGES: Messages['editor']['rename'] = RENAME_MESSAGES): string | undefined {
    if ((target as { name?: string }).name === newName) return undefined;
    if (ast.isStep(target) || ast.isPhase(target) || ast.isLane(target)) {
        const blueprint = ast.isStep(target) ? target.$container.$container : target.$container;
        const taken = siblingsOf(target, blueprint).some(other => other.name === newName);
        return taken ? MESSAGES.inBlueprint(newName, MESSAGES.kind[target.$type], blueprint.name) : undefined;
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
