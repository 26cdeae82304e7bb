import type { Messages } from '../../i18n/index.js';
import type { Localization } from '../localization.js';
import { found } from '../../model/lookup.js';
import { GrammarUtils, interruptAndCheck, type AstNode, type AstNodeDescription, type CstNode, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { DocumentSymbolProvider, FuzzyMatcher, LangiumSharedServices, NodeKindProvider, WorkspaceSymbolProvider } from 'langium/lsp';
import { CancellationToken, CompletionItemKind, SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

/** One icon per kind of element, the same in the outline, workspace symbols and completion. */
const KINDS: Record<string, [SymbolKind, CompletionItemKind]> = {
    [ast.Blueprint.$type]: [SymbolKind.Class, CompletionItemKind.Class],
    [ast.Lane.$type]: [SymbolKind.Struct, CompletionItemKind.Struct],
    [ast.Phase.$type]: [SymbolKind.Enum, CompletionItemKind.Enum],
    [ast.Step.$type]: [SymbolKind.Method, CompletionItemKind.Method],
    [ast.Actor.$type]: [SymbolKind.Interface, CompletionItemKind.Interface],
    [ast.System.$type]: [SymbolKind.Module, CompletionItemKind.Module]
};

const typeOf = (node: AstNode | AstNodeDescription) => ('$type' in node ? node.$type : node.type);

export class BlueprintNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return KINDS[typeOf(node)]?.[0] ?? SymbolKind.Field;
    }
    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return KINDS[typeOf(node)]?.[1] ?? CompletionItemKind.Reference;
    }
}

/** An outline entry: the element, the node its name is read from, the name shown and the detail. */
interface Entry { node: AstNode & { $cstNode?: CstNode }; nameNode: CstNode | undefined; name: string; detail?: string; children: Entry[] }

/** blueprint → phases and lanes (named or not, with their zone) → steps; actors and systems at the top. */
function outline(model: ast.Model, zones?: Messages['terms']['zone']): Entry[] {
    return model.elements.map(element => {
        if (!ast.isBlueprint(element)) return named(element, element.title, []);
        const children = element.members.flatMap(member => {
            if (ast.isPhase(member)) return [named(member, member.title, [])];
            if (ast.isLane(member)) return [laneEntry(member, zones)];
            return [];
        });
        return named(element, element.title, children);
    });
}

function named(node: ast.Blueprint | ast.Actor | ast.System | ast.Phase | ast.Step, title: string | undefined, children: Entry[]): Entry {
    return { node, nameNode: nameNodeOf(node), name: node.name, detail: title, children };
}

function laneEntry(lane: ast.Lane, zones?: Messages['terms']['zone']): Entry {
    const steps = lane.steps.map(step => named(step, step.label, []));
    const nameNode = lane.name ? nameNodeOf(lane) : lane.$cstNode && GrammarUtils.findNodeForProperty(lane.$cstNode, 'zone');
    const zone = zones && Object.hasOwn(zones, lane.zone) ? zones[lane.zone] : lane.zone;
    const detail = [zone, lane.title].filter(Boolean).join(' · ');
    return { node: lane, nameNode, name: lane.name ?? lane.zone, detail, children: steps };
}

function nameNodeOf(node: AstNode): CstNode | undefined {
    return node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
}

export class BlueprintDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(private readonly kinds: NodeKindProvider, private readonly localization?: Localization) {}

    /** Lanes show their zone in the reader's language (`customer · 顾客` → `顾客行为 · 顾客`). */
    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): DocumentSymbol[] {
        return toSymbols(outline(document.parseResult.value as ast.Model, this.localization?.messages.terms.zone), this.kinds);
    }
}

function toSymbols(entries: Entry[], kinds: NodeKindProvider): DocumentSymbol[] {
    // A node the parser recovered without a name or text has no place to jump to.
    return entries.filter(e => e.node.$cstNode && e.nameNode && e.name).map(e => ({
        name: e.name,
        detail: e.detail,
        kind: kinds.getSymbolKind(e.node),
        range: found(e.node.$cstNode, 'e.node.$cstNode').range,
        selectionRange: found(e.nameNode, 'e.nameNode').range,
        children: toSymbols(e.children, kinds)
    }));
}

/** Every element of every blueprint document, steps and lanes included, each with its blueprint as container. */
export class BlueprintWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly kinds: NodeKindProvider;
    private readonly matcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.kinds = services.lsp.NodeKindProvider;
        this.matcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            if (!ast.isModel(document.parseResult.value)) continue;
            this.collect(outline(document.parseResult.value), document.uri.toString(), undefined, params.query, symbols);
        }
        return symbols;
    }

    private collect(entries: Entry[], uri: string, container: string | undefined, query: string, into: WorkspaceSymbol[]): void {
        for (const entry of entries) {
            if (!entry.nameNode || !entry.name) continue;
            if (this.matcher.match(query, entry.name)) {
                into.push({
                    name: entry.name,
                    kind: this.kinds.getSymbolKind(entry.node),
                    containerName: container,
                    location: { uri, range: entry.nameNode.range }
                });
            }
            // Steps sit in lanes, but their blueprint is what identifies them.
            const blueprint = ast.isBlueprint(entry.node) ? entry.name : container;
            this.collect(entry.children, uri, blueprint, query, into);
        }
    }
}
