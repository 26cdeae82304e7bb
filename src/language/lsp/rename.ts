import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-jsonrpc';

/** User-facing messages of rename (moved to the i18n catalogues later). */
export const RENAME_MESSAGES = {
    invalidName: (name: string) =>
        `'${name}' is not a valid name: a name starts with a letter or _, goes on with letters, digits or _, and is not a keyword.`
} as const;

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
 * Rename refuses a new name the document could not parse back as the same name (empty, spaces,
 * quotes, punctuation, a leading digit, a keyword): otherwise it would rewrite every file with it.
 */
export class BlueprintRenameProvider extends DefaultRenameProvider {
    private readonly reserved: Set<string>;

    constructor(services: LangiumServices) {
        super(services);
        this.reserved = reservedWords(services.Grammar);
    }

    isValidName(name: string): boolean {
        return NAME.test(name) && !this.reserved.has(name);
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        if (!this.isValidName(params.newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, RENAME_MESSAGES.invalidName(params.newName));
        }
        return super.rename(document, params, cancelToken);
    }
}
