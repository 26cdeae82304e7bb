import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { untilValidated } from './cancellation.js';
import {
    ModelChangedNotification, ModelRequest, PreviewedDocumentsNotification,
    type ModelRequestParams, type ModelRequestResult, type PreviewedDocumentsParams
} from '../protocol.js';
import { logFailure } from './log.js';
import { snapshotOf } from './snapshot.js';

/**
 * Coalesces bursts of validations (a keystroke can revalidate several linked
 * documents, validated one after another in the same build). A few ms are
 * enough for that: every ms here is a ms of keystroke → repaint latency.
 */
const PUSH_DELAY_MS = 5;

/**
 * Pushes a fresh model of every previewed blueprint after it is validated,
 * and answers the preview's request for the current model.
 */
export function registerPreviewNotifications(connection: Connection, shared: LangiumSharedServices): void {
    const pending = new Map<string, ReturnType<typeof setTimeout>>();
    let previewed = new Set<string>();
    connection.onNotification(PreviewedDocumentsNotification, (params: PreviewedDocumentsParams) => {
        previewed = new Set(params.uris);
    });

    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, (document: LangiumDocument) => {
        if (!previewed.has(document.uri.toString())) return;
        const uri = document.uri.toString();
        clearTimeout(pending.get(uri));
        pending.set(uri, setTimeout(() => {
            pending.delete(uri);
            // Send what is current now: a newer version may have replaced the one that triggered this.
            const current = shared.workspace.LangiumDocuments.getDocument(document.uri);
            if (current && current.state >= DocumentState.Validated) {
                logFailure(connection, connection.sendNotification(ModelChangedNotification, snapshotOf(current)), `push the model of ${uri}`);
            }
        }, PUSH_DELAY_MS));
    });

    connection.onRequest(ModelRequest, (params, token) => currentModel(shared, params, token));
}

/**
 * The model of a document once it is validated. A cancelled request (the
 * preview closed, or asked again) stops waiting and answers RequestCancelled.
 */
export async function currentModel(shared: LangiumSharedServices, params: ModelRequestParams, token: CancellationToken): Promise<ModelRequestResult> {
    const documents = shared.workspace.LangiumDocuments;
    const uri = documents.all.find(d => d.uri.toString() === params.uri)?.uri;
    if (!uri) return null;
    await untilValidated(shared, uri, token);
    const document = documents.getDocument(uri);
    return document ? snapshotOf(document) : null;
}
