import { type AstNode } from 'langium';
import { AbstractFormatter, Formatting } from 'langium/lsp';
import * as ast from '../generated/ast.js';

/**
 * One statement per line, blocks indented by their braces, single spaces
 * inside a statement; blank lines the author left between statements stay.
 */
export class BlueprintFormatter extends AbstractFormatter {
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
