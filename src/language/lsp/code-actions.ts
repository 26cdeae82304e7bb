import type { LangiumDocument, LangiumParser, MaybePromise } from 'langium';
import type { CodeActionProvider, LangiumServices } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { QuickFix } from '../validation/rule.js';
import { ALL_RULES } from '../validation/rules.js';
import type { Messages } from '../../i18n/index.js';
import type { BlueprintServices } from '../blueprint-module.js';
import { Localization } from '../localization.js';
import { removeEarlierDuplicate, replaceWithClosestName, SNIPPET_EDITS } from './quick-fixes.js';

/** Quick fixes keyed by diagnostic code: each rule's own fix, and those of the tool's codes. */
export const FIXES: ReadonlyMap<string, QuickFix> = new Map<string, QuickFix>([
    ...ALL_RULES.flatMap(rule => (rule.fix ? [[rule.code, rule.fix] as const] : [])),
    ['unknown-name', replaceWithClosestName],
    ['duplicate-property', removeEarlierDuplicate]
]);

/**
 * Codes whose fixes touch only their own diagnostic's text, so all of them in
 * a file can be applied at once. (BP201/BP202 rewrite one shared block; BP104
 * on a target depends on the whole path: one at a time.)
 */
const FIX_ALL_CODES = new Set(['BP003', 'BP007', 'BP102', 'duplicate-property', 'unknown-name']);


export class BlueprintCodeActionProvider implements CodeActionProvider {
    /** Set from the client's capabilities: VS Code applies snippet edits, selecting the placeholder. */
    private snippetEdits = false;
    private readonly localization: Localization;
    private readonly parser: LangiumParser | undefined;

    constructor(services?: LangiumServices) {
        this.localization = (services as BlueprintServices | undefined)?.i18n.Localization ?? new Localization();
        this.parser = services?.parser.LangiumParser;
        services?.shared.lsp.LanguageServer.onInitialize(params => {
            this.snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const messages = this.localization.messages;
        const fixes = params.context.diagnostics.flatMap(diagnostic => fixesFor(diagnostic, document, messages));
        const codes = new Set(params.context.diagnostics.map(d => String(d.code)).filter(code => FIX_ALL_CODES.has(code)));
        return [...fixes, ...[...codes].flatMap(code => fixAll(code, document, messages))]
            .filter(fix => this.keepsSyntax(fix, document))
            .map(fix => this.withSnippet(fix, document));
    }

    /**
     * A fix is offered only if the text it leaves parses with no more syntax errors than before: in a
     * half-typed document a fix's anchor can sit inside an unterminated string (`step s "` + evidence stub).
     */
    private keepsSyntax(fix: CodeAction, document: LangiumDocument): boolean {
        const edits = fix.edit?.changes?.[document.uri.toString()];
        if (!this.parser || !edits) return true;
        const errors = (text: string) => {
            const result = this.parser?.parse(text);
            return result ? result.lexerErrors.length + result.parserErrors.length : 0;
        };
        const { lexerErrors, parserErrors } = document.parseResult;
        return errors(TextDocument.applyEdits(document.textDocument, edits)) <= lexerErrors.length + parserErrors.length;
    }

    private withSnippet(fix: CodeAction, document: LangiumDocument): CodeAction {
        const snippet = SNIPPET_EDITS.get(fix);
        if (!snippet || !this.snippetEdits) return fix;
        return {
            ...fix,
            edit: {
                documentChanges: [{
                    textDocument: { uri: document.uri.toString(), version: document.textDocument.version },
                    edits: [{ range: snippet.range, snippet: { kind: 'snippet', value: snippet.snippet } }]
                }]
            }
        };
    }
}

function fixesFor(diagnostic: Diagnostic, document: LangiumDocument, messages: Messages): CodeAction[] {
    return FIXES.get(String(diagnostic.code))?.(diagnostic, document, messages) ?? [];
}

/** One action applying the preferred (else first) fix of every diagnostic of `code` in the file; none for a single one. */
function fixAll(code: string, document: LangiumDocument, messages: Messages): CodeAction[] {
    const diagnostics = (document.diagnostics ?? []).filter(d => String(d.code) === code);
    if (diagnostics.length < 2) return [];
    const uri = document.uri.toString();
    const edits: TextEdit[] = [];
    for (const diagnostic of diagnostics) {
        const fixes = fixesFor(diagnostic, document, messages);
        const chosen = fixes.find(f => f.isPreferred) ?? fixes[0];
        edits.push(...(chosen?.edit?.changes?.[uri] ?? []));
    }
    if (edits.length === 0 || overlap(edits, document)) return [];
    return [{ title: messages.editor.fixes.fixAll(diagnostics.length, code), kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [uri]: edits } } }];
}

/** Edits that overlap cannot be applied together; such a batch is not offered. */
function overlap(edits: TextEdit[], document: LangiumDocument): boolean {
    const spans = edits.map(e => [document.textDocument.offsetAt(e.range.start), document.textDocument.offsetAt(e.range.end)] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return spans.some((span, i) => i > 0 && span[0] < spans[i - 1][1]);
}
