import { AstUtils, DefaultScopeProvider, MapScope, type ReferenceInfo, type Scope } from 'langium';
import * as ast from './generated/ast.js';

/**
 * Steps and phases resolve within their blueprint through one name → symbol
 * map per blueprint and type; performers through the global index. The
 * default provider scans every local symbol for each reference, which made
 * linking quadratic (5,000 steps: seconds).
 */
export class BlueprintScopeProvider extends DefaultScopeProvider {
    /** AST nodes are rebuilt on every parse, so this is a cache per document version. */
    private readonly blueprintScopes = new WeakMap<ast.Blueprint, Map<string, Scope>>();

    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        if (type === ast.Step.$type || type === ast.Phase.$type) {
            const blueprint = AstUtils.getContainerOfType(context.container, ast.isBlueprint);
            if (blueprint) return this.blueprintScope(blueprint, type);
        }
        // Performers are top-level declarations: the global index holds them all,
        // this document's included, so the blueprint's local symbols need no scan.
        return this.getGlobalScope(type, context);
    }

    private blueprintScope(blueprint: ast.Blueprint, type: string): Scope {
        let byType = this.blueprintScopes.get(blueprint);
        if (!byType) {
            byType = new Map();
            this.blueprintScopes.set(blueprint, byType);
        }
        let scope = byType.get(type);
        if (!scope) {
            const symbols = AstUtils.getDocument(blueprint).localSymbols?.getStream(blueprint).filter(d => d.type === type).toArray() ?? [];
            // A map keeps the last of equal names; the first declaration must win, as in the model.
            scope = new MapScope(symbols.reverse());
            byType.set(type, scope);
        }
        return scope;
    }
}
