/**
 * A ```blueprint fence rendered to SVG synchronously (markdown-it renders
 * synchronously): parsed with the language's own parser, references resolved
 * within the fence alone (a fence is a self-contained document), then built
 * and drawn by the same model builder and renderer as the preview.
 */
import { AstUtils, DefaultScopeProvider, EmptyFileSystem, inject, MapScope, URI, type AstNode, type LangiumDocument, type ReferenceInfo, type Scope } from 'langium';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { renderSvg, type RenderOptions } from '../render/index.js';
import { BlueprintModule } from '../language/blueprint-module.js';
import * as ast from '../language/generated/ast.js';
import { ServiceBlueprintGeneratedModule, ServiceBlueprintGeneratedSharedModule } from '../language/generated/module.js';
import { buildBlueprint } from '../language/model-builder.js';
import { problemOf, renderSyntaxProblem } from '../language/syntax-errors.js';
import { messagesFor, type Locale, type Messages } from '../i18n/index.js';

export type FenceResult = { svg: string } | { error: string; line: number };

/** The picture's options, and the language of the picture and of the messages of a fence that does not draw (English by default). */
export type FenceOptions = RenderOptions & { locale?: Locale };

/** Steps and phases from the reference's blueprint, performers from the fence's top level; no workspace index. */
class FenceScopeProvider extends DefaultScopeProvider {
    private readonly scopes = new WeakMap<AstNode, Map<string, Scope>>();

    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const model = document.parseResult.value as ast.Model;
        const blueprint = AstUtils.getContainerOfType(context.container, ast.isBlueprint);
        const owner: AstNode = type === ast.Step.$type || type === ast.Phase.$type ? (blueprint ?? model) : model;
        let byType = this.scopes.get(owner);
        if (!byType) this.scopes.set(owner, (byType = new Map<string, Scope>()));
        let scope = byType.get(type);
        if (!scope) {
            const candidates = candidatesOf(owner, type);
            // A map keeps the last of equal names; the first declaration wins, as in the model.
            scope = new MapScope(candidates.reverse().map(node => this.descriptions.createDescription(node, node.name, document)));
            byType.set(type, scope);
        }
        return scope;
    }
}

function candidatesOf(owner: AstNode, type: string): Array<AstNode & { name: string }> {
    if (ast.isBlueprint(owner)) {
        if (type === ast.Phase.$type) return owner.members.filter(ast.isPhase).filter(p => p.name);
        return owner.members.filter(ast.isLane).flatMap(l => l.steps).filter(s => s.name);
    }
    if (ast.isModel(owner)) return owner.elements.filter(e => (ast.isActor(e) || ast.isSystem(e)) && !!e.name);
    return [];
}

let services: ReturnType<typeof createFenceServices> | undefined;
function createFenceServices() {
    const shared = inject(createDefaultSharedModule(EmptyFileSystem), ServiceBlueprintGeneratedSharedModule);
    const Blueprint = inject(createDefaultModule({ shared }), ServiceBlueprintGeneratedModule, BlueprintModule, {
        references: { ScopeProvider: (s: ConstructorParameters<typeof DefaultScopeProvider>[0]) => new FenceScopeProvider(s) }
    });
    shared.ServiceRegistry.register(Blueprint);
    return { shared, Blueprint };
}

let counter = 0;

/** The fence's document: parsed, references resolving lazily within it. Never added to a workspace. */
export function parseFence(source: string): LangiumDocument<ast.Model> {
    services ??= createFenceServices();
    const uri = URI.parse(`memory:/fence-${counter++}.blueprint`);
    return services.shared.workspace.LangiumDocumentFactory.fromString<ast.Model>(source, uri);
}

/**
 * A syntax error in the reader's language: the problem the language's parser
 * and lexer attach (as the editor shows it), else the parser's first line, whose
 * list of every expected token says less than what it found.
 */
function syntaxMessage(error: object & { message: string }, found: string | undefined, messages: Messages): string {
    const problem = problemOf(error);
    if (problem) return renderSyntaxProblem(problem, messages);
    const m = messages.preview.fence;
    const first = error.message.split('\n')[0];
    if (found === '') return m.unexpectedEnd;
    if (!/possible Token sequences/.test(first)) return first;
    return found ? m.unexpected(found) : m.unexpectedEnd;
}

export function renderFence(source: string, options: FenceOptions = {}): FenceResult {
    const messages = messagesFor(options.locale ?? 'en');
    const m = messages.preview.fence;
    try {
        const document = parseFence(source);
        const { lexerErrors, parserErrors } = document.parseResult;
        const lexerError = lexerErrors[0];
        if (lexerError) {
            const line = lexerError.line ?? 1;
            return { error: m.syntax(String(line), syntaxMessage(lexerError, undefined, messages)), line: line - 1 };
        }
        const parserError = parserErrors[0];
        if (parserError) {
            const start = parserError.token.startLine;
            // At the end of the text the token is EOF, without a line.
            const line = start !== undefined && Number.isFinite(start) && start > 0 ? start : document.textDocument.lineCount;
            return { error: m.syntax(String(line), syntaxMessage(parserError, parserError.token.image, messages)), line: line - 1 };
        }
        const models = document.parseResult.value.elements.filter(ast.isBlueprint).map(b => buildBlueprint(b).model);
        if (models.length === 0) return { error: m.empty, line: 0 };
        // Markdown ends an HTML block at a blank line: the picture must have none.
        return { svg: renderSvg(models, { ...options, labels: options.labels ?? messages.preview.diagram }).replace(/\n\s*\n/g, '\n') };
    } catch (error) {
        // Any text yields a message, never a broken preview.
        return { error: m.failed((error as Error).message ?? String(error)), line: 0 };
    }
}
