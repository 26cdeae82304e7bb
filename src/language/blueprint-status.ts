import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { Position } from '../model/types.js';
import { BlueprintStatusRequest, type BlueprintStatusParams, type BlueprintStatusResult } from '../protocol.js';
import { untilValidated } from './cancellation.js';
import * as ast from './generated/ast.js';
import { buildBlueprint } from './model-builder.js';

/** Answers the language status item: the classification and fail points of the blueprint at the cursor. */
export function registerBlueprintStatus(connection: Connection, shared: LangiumSharedServices): void {
    connection.onRequest(BlueprintStatusRequest, async (params: BlueprintStatusParams, token): Promise<BlueprintStatusResult> => {
        const uri = URI.parse(params.uri);
        if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return null;
        // The model is cached per AST: building it before linking would cache one without its flows.
        await untilValidated(shared, uri, token);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        return document && document.state >= DocumentState.Linked ? blueprintStatus(document, params.position) : null;
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
