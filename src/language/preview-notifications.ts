import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { untilValidated } from './cancellation.js';
import {
    ModelChangedNotification, ModelRequest, PreviewedDocumentsNotification,
    type DocumentError, type ModelRequestParams, type ModelRequestResult, type PreviewedDocumentsParams
} from '../protocol.js';
import { logFailure } from './log.js';
import { firstErrorOf, sameError, snapshotOf, snapshotWith, structurallySound } from './snapshot.js';

/**
 * Coalesces bursts of validations (a keystroke can revalidate several linked
 * documents, validated one after another in the same build). A few ms are
 * enough for that: every ms here is a ms of keystroke → repaint latency.
 */
const PUSH_DELAY_MS = 5;

/**
 * Pushes a fresh model of every previewed blueprint as soon as it is known,
 * and answers the preview's request for the current model.
 *
 * The models are complete once a document is linked; validation (two thirds
 * of a build at 1,000 steps) only adds diagnostics. So a document without
 * syntax or linking errors is pushed when linked, with the first error of its
 * previous validation (rule errors rarely change with a keystroke); after
 * validation it is pushed again only if its first error turned out
 * different. A document with syntax or linking errors waits for validation,
 * so the preview's "keep the last good picture" sees them.
 */
export function registerPreviewNotifications(connection: Connection, shared: LangiumSharedServices): void {
    const pending = new Map<string, ReturnType<typeof setTimeout>>();
    /** The push made when a document was linked, until its validation in the same build: version and first error. */
    const early = new Map<string, { version: number; error: DocumentError | undefined }>();
    /** The first error of each previewed document's last validation. */
    const validatedError = new Map<string, DocumentError | undefined>();
    let previewed = new Set<string>();
    connection.onNotification(PreviewedDocumentsNotification, (params: PreviewedDocumentsParams) => {
        previewed = new Set(params.uris);
        for (const uri of [...validatedError.keys()]) if (!previewed.has(uri)) { early.delete(uri); validatedError.delete(uri); }
    });

    const push = (document: LangiumDocument, phase: 'linked' | 'validated'): void => {
        const uri = document.uri.toString();
        clearTimeout(pending.get(uri));
        pending.set(uri, setTimeout(() => {
            pending.delete(uri);
            // Send what is current now: a newer version may have replaced the one that triggered this.
            const current = shared.workspace.LangiumDocuments.getDocument(document.uri);
            if (!current) return;
            const validated = current.state >= DocumentState.Validated;
            if (!validated && (phase !== 'linked' || current.state < DocumentState.Linked)) return;
            const version = current.textDocument.version;
            const error = validated ? firstErrorOf(current) : validatedError.get(uri);
            const pushedEarly = early.get(uri);
            early.delete(uri);
            // Validation confirmed what the early push showed: nothing to repaint.
            if (validated && pushedEarly?.version === version && sameError(pushedEarly.error, error)) return;
            if (!validated) early.set(uri, { version, error });
            logFailure(connection, connection.sendNotification(ModelChangedNotification, snapshotWith(current, error)), `push the model of ${uri}`);
        }, PUSH_DELAY_MS));
    };

    const builder = shared.workspace.DocumentBuilder;
    builder.onDocumentPhase(DocumentState.Linked, (document: LangiumDocument) => {
        const uri = document.uri.toString();
        if (previewed.has(uri) && validatedError.has(uri) && structurallySound(document)) push(document, 'linked');
    });
    builder.onDocumentPhase(DocumentState.Validated, (document: LangiumDocument) => {
        const uri = document.uri.toString();
        // Listeners also hear of documents in a build cancelled since (document-builder.ts): only a validated one has diagnostics.
        if (!previewed.has(uri) || document.state < DocumentState.Validated) return;
        validatedError.set(uri, firstErrorOf(document));
        push(document, 'validated');
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
