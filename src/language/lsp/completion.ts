import { AstUtils, GrammarAST, stream, type AstNode, type AstNodeDescription, type AstNodeLocator, type LangiumDocuments, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type LangiumServices } from 'langium/lsp';
import { buildBlueprint } from '../model-builder.js';
import * as ast from '../generated/ast.js';
import { escapeMarkdown, stepHover } from './hover.js';
import { keywordDoc } from './keyword-docs.js';
import type { Messages } from '../../i18n/index.js';
import type { BlueprintServices } from '../blueprint-module.js';

/**
 * Completion with explanations: keywords carry their docs, references their
 * titles; candidates from this blueprint and file come first.
 */
export class BlueprintCompletionProvider extends DefaultCompletionProvider {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly localization: BlueprintServices['i18n']['Localization'];

    constructor(services: LangiumServices) {
        super(services);
        this.localization = (services as BlueprintServices).i18n.Localization;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword)) return;
        const messages = this.localization.messages;
        const doc = keywordDoc(keyword.value, messages);
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name ?? '';
        const details = messages.editor.completion.detail;
        acceptor(context, {
            label: keyword.value,
            kind: this.getKeywordCompletionItemKind(keyword),
            detail: Object.hasOwn(details, rule) ? details[rule] : messages.editor.completion.keyword,
            documentation: doc && { kind: 'markdown', value: doc },
            sortText: '1'
        });
    }

    /**
     * In a half-typed step (`step{by}`) Langium may ask for a reference on a node that does not have
     * it (the step instead of its `by`): no candidates, instead of an error in the server log.
     */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const property = this.astReflection.getTypeMetaData(refInfo.container.$type).properties[refInfo.property];
        if (!property?.referenceType) return stream<AstNodeDescription>([]);
        return super.getReferenceCandidates(refInfo, context);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = this.nodeOf(description);
        const title = node && titleOf(node);
        const messages = this.localization.messages;
        return {
            ...item,
            detail: kindName(description.type, messages),
            labelDetails: title && title !== description.name ? { description: title } : undefined,
            documentation: node && documentationOf(node, messages),
            sortText: `${this.rank(description, context)}_${description.name}`
        };
    }

    private nodeOf(description: AstNodeDescription): AstNode | undefined {
        if (description.node) return description.node;
        const document = this.documents.getDocument(description.documentUri);
        return document && this.locator.getAstNode(document.parseResult.value, description.path);
    }

    /**
     * 0: declared in or already used by the blueprint being edited; 1: declared
     * in this file; 2: elsewhere in the workspace. Steps and phases are always
     * the blueprint's own, performers are workspace-wide.
     */
    private rank(description: AstNodeDescription, context: CompletionContext): number {
        if (description.type === ast.Step.$type || description.type === ast.Phase.$type) return 0;
        if (this.performersUsedIn(context).has(description.name)) return 0;
        return description.documentUri.toString() === context.document.uri.toString() ? 1 : 2;
    }

    /** Names the edited blueprint's `by` already refers to, computed once per completion request. */
    private readonly usedPerformers = new WeakMap<CompletionContext, Set<string>>();
    private performersUsedIn(context: CompletionContext): Set<string> {
        let used = this.usedPerformers.get(context);
        if (!used) {
            const blueprint = context.node && AstUtils.getContainerOfType(context.node, ast.isBlueprint);
            used = new Set(blueprint ? AstUtils.streamAllContents(blueprint).filter(ast.isPerformerRef)
                .map(ref => ref.performer?.$refText).filter(name => !!name) : []);
            this.usedPerformers.set(context, used);
        }
        return used;
    }
}

function kindName(type: string, messages: Messages): string {
    const kinds = messages.editor.completion.kind;
    const key = type.toLowerCase();
    return Object.hasOwn(kinds, key) ? kinds[key] : key;
}

function titleOf(node: AstNode): string | undefined {
    if (ast.isStep(node)) return node.label;
    if (ast.isActor(node) || ast.isSystem(node) || ast.isPhase(node)) return node.title;
    return undefined;
}

function documentationOf(node: AstNode, messages: Messages): { kind: 'markdown'; value: string } | undefined {
    if (ast.isStep(node)) {
        const step = buildBlueprint(node.$container.$container).model.steps.find(s => s.id === node.name);
        return step && { kind: 'markdown', value: stepHover(step, messages) };
    }
    if (ast.isActor(node) || ast.isSystem(node)) {
        return { kind: 'markdown', value: `**${escapeMarkdown(node.title ?? node.name)}**\n\n${messages.editor.structure[ast.isActor(node) ? 'actor' : 'system']}` };
    }
    if (ast.isPhase(node)) return { kind: 'markdown', value: messages.editor.hover.phase(escapeMarkdown(node.title ?? node.name), node.name) };
    return undefined;
}
