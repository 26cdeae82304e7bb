import { messagesFor, type Messages } from '../../i18n/index.js';
/**
 * The quick fixes of the rules (each rule's definition names its fix) and of
 * the tool's own codes. Each offers only edits whose outcome is unambiguous.
 */
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import { guessClassification } from '../../model/classify.js';
import * as ast from '../generated/ast.js';
import { buildBlueprint } from '../model-builder.js';

export function action(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[], isPreferred = false): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, edit: { changes: { [document.uri.toString()]: edits } } };
}

export function nodeAt<T extends AstNode>(document: LangiumDocument, range: Range, guard: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, guard) : undefined;
}

export function indentOf(document: LangiumDocument, line: number): string {
    return /^\s*/.exec(document.textDocument.getText({ start: { line, character: 0 }, end: { line, character: 1000 } }))?.[0] ?? '';
}

export function replaceWithClosestName(diagnostic: Diagnostic, document: LangiumDocument, messages: Messages = messagesFor('en')): CodeAction[] {
    const suggestion = (diagnostic.data as { suggestion?: string } | undefined)?.suggestion;
    if (!suggestion) return [];
    return [action(messages.editor.fixes.changeTo(suggestion), diagnostic, document, [{ range: diagnostic.range, newText: suggestion }], true)];
}

const CLASSIFICATION_KEYS = ['divergence', 'object', 'contact'] as const;

export function insertClassification(diagnostic: Diagnostic, document: LangiumDocument, messages: Messages = messagesFor('en')): CodeAction[] {
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
        return [action(messages.editor.fixes.addClassification(CLASSIFICATION_KEYS.map(k => guess[k]).join(' · ')), diagnostic, document,
            [{ range: { start: open.range.end, end: open.range.end }, newText: text }], true)];
    }
    const missing = CLASSIFICATION_KEYS.filter(key => block[key].length === 0);
    const close = GrammarUtils.findNodeForKeyword(block.$cstNode, '}');
    if (missing.length === 0 || !close) return [];
    const indent = indentOf(document, block.$cstNode.range.start.line) + unit;
    const text = missing.map(key => `${indent}${key} ${guess[key]}\n`).join('');
    const closeLineStart = { line: close.range.start.line, character: 0 };
    // `contact none}`: the insertion needs a space of its own, or it glues onto the last value.
    const closeOffset = document.textDocument.offsetAt(close.range.start);
    const gap = /\s/.test(document.textDocument.getText().charAt(closeOffset - 1)) ? '' : ' ';
    const onOwnLine = document.textDocument.getText({ start: closeLineStart, end: close.range.start }).trim() === '';
    const edit = onOwnLine
        ? { range: { start: closeLineStart, end: closeLineStart }, newText: text }
        : { range: { start: close.range.start, end: close.range.start }, newText: gap + missing.map(key => `${key} ${guess[key]} `).join('') };
    return [action(messages.editor.fixes.addToClassification(missing.join(', ')), diagnostic, document, [edit], true)];
}

export function reconcileApproachAndDivergence(diagnostic: Diagnostic, document: LangiumDocument, messages: Messages = messagesFor('en')): CodeAction[] {
    const blueprint = nodeAt(document, diagnostic.range, ast.isBlueprint);
    const block = blueprint?.members.find(ast.isClassification);
    if (!block?.$cstNode) return [];
    const lastValue = (property: 'approach' | 'divergence') => GrammarUtils.findNodesForProperty(block.$cstNode, property).at(-1);
    const approach = lastValue('approach');
    const divergence = lastValue('divergence');
    const fixes: CodeAction[] = [];
    if (divergence) {
        fixes.push(action(messages.editor.fixes.divergenceStandard, diagnostic, document, [{ range: divergence.range, newText: 'standard' }]));
    }
    if (approach) {
        fixes.push(action(messages.editor.fixes.approachContact, diagnostic, document, [{ range: approach.range, newText: 'customer-contact' }]));
    }
    return fixes;
}

export function removeHiddenEvidence(diagnostic: Diagnostic, document: LangiumDocument, messages: Messages = messagesFor('en')): CodeAction[] {
    const evidence = nodeAt(document, diagnostic.range, ast.isEvidenceProp);
    if (!evidence?.$cstNode) return [];
    return [action(messages.editor.fixes.removeEvidence, diagnostic, document, [{ range: evidence.$cstNode.range, newText: '' }])];
}

// ---- Snippet insertions -------------------------------------------------------------

/** Snippet edits of the actions that insert placeholder text; the provider uses them when the client supports snippet edits. */
export const SNIPPET_EDITS = new WeakMap<CodeAction, { range: Range; snippet: string }>();

/** The text a snippet inserts with every placeholder left at its default. */
export function snippetText(snippet: string): string {
    let text = snippet;
    for (let previous = ''; previous !== text;) {
        previous = text;
        text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
    }
    return text.replace(/\$\d+/g, '');
}

/**
 * A fix that inserts placeholder text: as a snippet the placeholder is
 * selected, so the user types over it instead of keeping a stub that
 * silently satisfies the rule.
 */
export function snippetAction(title: string, diagnostic: Diagnostic, document: LangiumDocument, range: Range, snippet: string, isPreferred = false): CodeAction {
    const fix = action(title, diagnostic, document, [{ range, newText: snippetText(snippet) }], isPreferred);
    SNIPPET_EDITS.set(fix, { range, snippet });
    return fix;
}

/** Escapes text for use inside a snippet placeholder. */
const placeholder = (text: string) => text.replace(/[$}\\]/g, ch => `\\${ch}`);

export function addRecoveryStub(diagnostic: Diagnostic, document: LangiumDocument, messages: Messages = messagesFor('en')): CodeAction[] {
    const fail = nodeAt(document, diagnostic.range, ast.isFailPoint);
    const reason = fail?.$cstNode && GrammarUtils.findNodeForProperty(fail.$cstNode, 'reason');
    if (!reason) return [];
    const at = { start: reason.range.end, end: reason.range.end };
    return [snippetAction(messages.editor.fixes.addRecovery, diagnostic, document, at, ` recover "\${1:${placeholder(messages.editor.fixes.recoveryPlaceholder)}}"`, true)];
}


/** BP007: an evidence line in the step, its text selected. */
export function addEvidenceStub(diagnostic: Diagnostic, document: LangiumDocument, messages: Messages = messagesFor('en')): CodeAction[] {
    const step = nodeAt(document, diagnostic.range, ast.isStep);
    if (!step?.$cstNode) return [];
    const title = messages.editor.fixes.addEvidence;
    const stub = `evidence "\${1:${placeholder(messages.editor.fixes.evidencePlaceholder)}}"`;
    const open = GrammarUtils.findNodeForKeyword(step.$cstNode, '{');
    if (!open) {
        const end = step.$cstNode.range.end;
        return [snippetAction(title, diagnostic, document, { start: end, end }, ` { ${stub} }`, true)];
    }
    const close = GrammarUtils.findNodeForKeyword(step.$cstNode, '}');
    const multiline = close && close.range.start.line > open.range.start.line;
    const at = { start: open.range.end, end: open.range.end };
    const indent = indentOf(document, step.$cstNode.range.start.line);
    return [snippetAction(title, diagnostic, document, at, multiline ? `\n${indent}    ${stub}` : ` ${stub}`, true)];
}

// ---- BP104: raise the tolerance or the target ----------------------------------------------

/** A duration as the language writes it, rounded up to a whole number of the unit that reads best. */
function durationText(seconds: number): string {
    if (seconds < 60) return `${Math.ceil(seconds)} s`;
    if (seconds < 3600 * 4) return `${Math.ceil(seconds / 60)} min`;
    return `${Math.ceil(seconds / 3600)} h`;
}

export function raiseToleranceOrTarget(diagnostic: Diagnostic, document: LangiumDocument, messages: Messages = messagesFor('en')): CodeAction[] {
    const time = nodeAt(document, diagnostic.range, ast.isTimeStandard);
    if (time?.tolerance?.$cstNode && time.standard.$cstNode) {
        const standard = time.standard.$cstNode.text;
        return [action(messages.editor.fixes.raiseTolerance(standard), diagnostic, document, [{ range: time.tolerance.$cstNode.range, newText: standard }])];
    }
    const target = nodeAt(document, diagnostic.range, ast.isTarget);
    const blueprint = target && AstUtils.getContainerOfType(target, ast.isBlueprint);
    if (!target?.time.$cstNode || !blueprint) return [];
    const visible = durationText(buildBlueprint(blueprint).model.metrics.customerVisibleTime);
    return [action(messages.editor.fixes.raiseTarget(visible), diagnostic, document, [{ range: target.time.$cstNode.range, newText: visible }])];
}

// ---- Duplicate property: remove the earlier one --------------------------------------------

/** The range of `range`'s text plus its line when nothing else is on it, else plus the spaces after it. */
function removalRange(document: LangiumDocument, range: Range): Range {
    const text = document.textDocument;
    const lineStart = { line: range.start.line, character: 0 };
    const before = text.getText({ start: lineStart, end: range.start });
    const nextLine = { line: range.end.line + 1, character: 0 };
    const after = text.getText({ start: range.end, end: nextLine });
    if (before.trim() === '' && after.trim() === '') return { start: lineStart, end: text.positionAt(text.offsetAt(nextLine)) };
    const spaces = (/^[ \t]*/.exec(after)?.[0] ?? '').length;
    return { start: range.start, end: { line: range.end.line, character: range.end.character + spaces } };
}

export function removeEarlierDuplicate(diagnostic: Diagnostic, document: LangiumDocument, messages: Messages = messagesFor('en')): CodeAction[] {
    const property = nodeAt(document, diagnostic.range, (n: unknown): n is ast.StepProperty => ast.isStep((n as AstNode)?.$container) && !ast.isStep(n));
    if (property?.$container && ast.isStep(property.$container)) {
        const siblings = property.$container.properties;
        const earlier = siblings.slice(0, siblings.indexOf(property)).filter(p => p.$type === property.$type).at(-1);
        if (!earlier?.$cstNode) return [];
        return [action(messages.editor.fixes.removeEarlier(earlier.$cstNode.text.split(/\s/)[0]), diagnostic, document, [{ range: removalRange(document, earlier.$cstNode.range), newText: '' }], true)];
    }
    const block = nodeAt(document, diagnostic.range, ast.isClassification);
    if (!block?.$cstNode) return [];
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    for (const key of ['divergence', 'object', 'contact', 'approach'] as const) {
        const values = GrammarUtils.findNodesForProperty(block.$cstNode, key);
        const index = values.findIndex(v => v.offset === offset);
        if (index < 1) continue;
        const value = values[index - 1];
        const keyword = CstUtils.getPreviousNode(value, true);
        if (!keyword || keyword.text !== key) return [];
        const range = removalRange(document, { start: keyword.range.start, end: value.range.end });
        return [action(messages.editor.fixes.removeEarlier(`${key} ${value.text}`), diagnostic, document, [{ range, newText: '' }], true)];
    }
    return [];
}
