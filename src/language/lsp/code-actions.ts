import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { QuickFix } from '../validation/rule.js';
import { ALL_RULES } from '../validation/rules.js';
import { replaceWithClosestName } from './quick-fixes.js';

/** Quick fixes keyed by diagnostic code: each rule's own fix, and those of the tool's codes. */
export const FIXES: ReadonlyMap<string, QuickFix> = new Map<string, QuickFix>([
    ...ALL_RULES.flatMap(rule => (rule.fix ? [[rule.code, rule.fix] as const] : [])),
    ['unknown-name', replaceWithClosestName]
]);

export class BlueprintCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return params.context.diagnostics.flatMap(diagnostic => FIXES.get(String(diagnostic.code))?.(diagnostic, document) ?? []);
    }
}
