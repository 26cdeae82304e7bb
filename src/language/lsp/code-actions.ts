import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { buildBlueprint } from '../../model/build.js';
import { guessClassification } from '../../model/classify.js';
import * as ast from '../generated/ast.js';

type Fix = (diagnostic: Diagnostic, document: LangiumDocument) => CodeAction[];

/** Quick fixes, keyed by diagnostic code; each offers only edits whose outcome is unambiguous. */
const FIXES: Record<string, Fix> = {
    'unknown-name': replaceWithClosestName,
    BP201: insertClassification,
    BP102: addRecoveryStub,
    BP202: reconcileApproachAndDivergence,
    BP003: removeHiddenEvidence
};

export class BlueprintCodeActionProvider implements CodeActionProvider {
    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        return params.context.diagnostics.flatMap(diagnostic => {
            const fix = FIXES[String(diagnostic.code)];
            return fix ? fix(diagnostic, document) : [];
        });
    }
}

function action(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[], isPreferred = false): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: { [document.uri.toString()]: edits } } };
}

function nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, guard: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, guard) : undefined;
}

function indentOf(document: LangiumDocument, line: number): string {
    return /^\s*/.exec(document.textDocument.getText({ start: { line, character: 0 }, end: { line, character: 1000 } }))?.[0] ?? '';
}

function replaceWithClosestName(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const suggestion = (diagnostic.data as { suggestion?: string } | undefined)?.suggestion;
    if (!suggestion) return [];
    return [action(`Change to '${suggestion}'`, diagnostic, document, [{ range: diagnostic.range, newText: suggestion }], true)];
}

const CLASSIFICATION_KEYS = ['divergence', 'object', 'contact'] as const;

function insertClassification(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const blueprint = nodeAt(document, diagnostic.range, ast.isBlueprint);
    if (!blueprint?.$cstNode) return [];
    const guess = guessClassification(buildBlueprint(blueprint).model);
    const block = blueprint.members.find(ast.isClassification);
    const baseIndent = indentOf(document, blueprint.$cstNode.range.start.line);
    const unit = '    ';
    if (!block?.$cstNode) {
        const open = GrammarUtils.findNodeForKeyword(blueprint.$cstNode, '{');
        if (!open) return [];
        const lines = CLASSIFICATION_KEYS.map(key => `${baseIndent}${unit}${unit}${key} ${guess[key]}`);
        const text = `\n${baseIndent}${unit}classification {\n${lines.join('\n')}\n${baseIndent}${unit}}`;
        return [action(`Add a classification block (guessed from the drawing: ${CLASSIFICATION_KEYS.map(k => guess[k]).join(' · ')})`, diagnostic, document,
            [{ range: { start: open.range.end, end: open.range.end }, newText: text }], true)];
    }
    const missing = CLASSIFICATION_KEYS.filter(key => block[key].length === 0);
    const close = GrammarUtils.findNodeForKeyword(block.$cstNode, '}');
    if (missing.length === 0 || !close) return [];
    const indent = indentOf(document, block.$cstNode.range.start.line) + unit;
    const text = missing.map(key => `${indent}${key} ${guess[key]}\n`).join('');
    const closeLineStart = { line: close.range.start.line, character: 0 };
    const onOwnLine = document.textDocument.getText({ start: closeLineStart, end: close.range.start }).trim() === '';
    const edit = onOwnLine
        ? { range: { start: closeLineStart, end: closeLineStart }, newText: text }
        : { range: { start: close.range.start, end: close.range.start }, newText: missing.map(key => `${key} ${guess[key]} `).join('') };
    return [action(`Add ${missing.join(', ')} to the classification`, diagnostic, document, [edit], true)];
}

function addRecoveryStub(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const fail = nodeAt(document, diagnostic.range, ast.isFailPoint);
    const reason = fail?.$cstNode && GrammarUtils.findNodeForProperty(fail.$cstNode, 'reason');
    if (!reason) return [];
    return [action('Add a recovery for this fail point', diagnostic, document,
        [{ range: { start: reason.range.end, end: reason.range.end }, newText: ' recover "describe how the service recovers"' }], true)];
}

function reconcileApproachAndDivergence(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const blueprint = nodeAt(document, diagnostic.range, ast.isBlueprint);
    const block = blueprint?.members.find(ast.isClassification);
    if (!block?.$cstNode) return [];
    const lastValue = (property: 'approach' | 'divergence') => GrammarUtils.findNodesForProperty(block.$cstNode, property).at(-1);
    const approach = lastValue('approach');
    const divergence = lastValue('divergence');
    const fixes: CodeAction[] = [];
    if (divergence) {
        fixes.push(action('Change divergence to standard (keep the production-line approach)', diagnostic, document, [{ range: divergence.range, newText: 'standard' }]));
    }
    if (approach) {
        fixes.push(action('Change approach to customer-contact (keep the customized divergence)', diagnostic, document, [{ range: approach.range, newText: 'customer-contact' }]));
    }
    return fixes;
}

function removeHiddenEvidence(diagnostic: Diagnostic, document: LangiumDocument): CodeAction[] {
    const evidence = nodeAt(document, diagnostic.range, ast.isEvidenceProp);
    if (!evidence?.$cstNode) return [];
    return [action('Remove the evidence from this step', diagnostic, document, [{ range: evidence.$cstNode.range, newText: '' }])];
}
