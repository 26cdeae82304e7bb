import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { Position } from '../model/types.js';
import { BlueprintStatusRequest, PointLocationsRequest, type BlueprintStatusParams, type BlueprintStatusResult } from '../protocol.js';
import { untilValidated } from './cancellation.js';
import * as ast from './generated/ast.js';
import { pointLocations } from './lsp/code-lens.js';
import { buildBlueprint } from './model-builder.js';

/**
 * Answers the language status item (the classification and fail points of the blueprint at the
 * cursor) and a code lens's list of fail or wait points, both for the document as last edited.
 */
export function registerBlueprintStatus(connection: Connection, shared: LangiumSharedServices): void {
    /** The document once linked and validated, or undefined. */
    const linked = async (uriText: string, token: Parameters<typeof untilValidated>[2]) => {
        const uri = URI.parse(uriText);
        if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return undefined;
        // The model is cached per AST: building it before linking would cache one without its flows.
        await untilValidated(shared, uri, token);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        return document && document.state >= DocumentState.Linked ? document : undefined;
    };
    connection.onRequest(BlueprintStatusRequest, async (params: BlueprintStatusParams, token): Promise<BlueprintStatusResult> => {
        const document = await linked(params.uri, token);
        return document ? blueprintStatus(document, params.position) : null;
    });
    connection.onRequest(PointLocationsRequest, async (params, token) => {
        const document = await linked(params.uri, token);
        return document ? pointLocations(document, params.blueprint, params.kind) : null;
    });
}

export function blueprintStatus(document: LangiumDocument, position: Position | undefined): BlueprintStatusResult {
    const blueprints = (document.parseResult.value as ast.Model).elements.filter(ast.isBlueprint);
    const offset = position && document.textDocument.offsetAt(position);
    const blueprint = (offset !== undefined ? blueprints.find(b => b.$cstNode && b.$cstNode.offset <= offset && offset <= b.$cstNode.end) : undefined) ?? blueprints[0];
    if (!blueprint) return null;
    const model = buildBlueprint(blueprint).model;
    return {
        name: model.name, title: model.title, classification: model.classification,
        failPoints: model.metrics.failPoints, waitPoints: model.metrics.waitPoints, blueprintCount: blueprints.length
    };
}
