import { type AstNode, type LangiumDocument } from 'langium';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as ast from '../generated/ast.js';

/**
 * One statement per line, blocks indented by their braces, single spaces
 * inside a statement; blank lines the author left between statements stay.
 */
export class BlueprintFormatter extends AbstractFormatter {
    /**
     * Langium compares Chevrotain's 1-based error lines with the 0-based range, so a
     * selection ending on the first error's line was formatted (docs/upstream-langium-format-range.md).
     */
    protected override isFormatRangeErrorFree(document: LangiumDocument, range: Range): boolean {
        const { lexerErrors, parserErrors } = document.parseResult;
        const lines = [
            ...lexerErrors.map(e => e.line),
            ...parserErrors.map(e => e.token.startLine)
        ];
        if (!lines.length) return true;
        // An error without a position (end of input) rules out formatting.
        const earliest = Math.min(...lines.map(line => (line !== undefined && Number.isFinite(line) ? line - 1 : -1)));
        return earliest > range.end.line;
    }

    /** Formatting only moves whitespace: an edit that would replace a token (one the parser skipped) is dropped. */
    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        return super.doDocumentFormat(document, options, range).filter(edit => replacesOnlyWhitespace(document.textDocument, edit));
    }

    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (ast.isModel(node)) {
            formatter.nodes(...node.elements.slice(1)).prepend(Formatting.newLine({ allowMore: true }));
        } else if (ast.isBlueprint(node) || ast.isLane(node) || ast.isStep(node)) {
            this.formatBlock(node);
        } else if (ast.isClassification(node)) {
            // Its entries are keyword–value pairs, not child nodes: indent each keyword.
            formatter.keyword('{').prepend(Formatting.oneSpace());
            formatter.keywords('divergence', 'object', 'contact', 'approach').prepend(Formatting.indent());
            formatter.keyword('}').prepend(Formatting.newLine());
        } else if (ast.isFlowEdge(node)) {
            formatter.property('kind').surround(Formatting.oneSpace());
        }
    }

    private formatBlock(node: ast.Blueprint | ast.Lane | ast.Step): void {
        const formatter = this.getNodeFormatter(node);
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        if (!open.nodes.length) return;
        open.prepend(Formatting.oneSpace());
        // An indent puts each child on its own line and keeps the author's blank lines.
        formatter.interior(open, close).prepend(Formatting.indent({ allowMore: true }));
        close.prepend(Formatting.newLine());
    }
}

function replacesOnlyWhitespace(text: TextDocument, edit: TextEdit): boolean {
    return /^\s*$/.test(text.getText(edit.range)) && /^\s*$/.test(edit.newText);
}
