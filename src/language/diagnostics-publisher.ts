import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection, PublishDiagnosticsParams } from 'vscode-languageserver';
import { parsedVersionOf } from './document-factory.js';

/**
 * publishDiagnostics with the `version` of the text they were computed for, so a client can drop a
 * stale result; and a reconciliation after every build, so an open document whose diagnostics were
 * not sent (a build cancelled between its validation and the send: Langium then skips the send) still gets them.
 */
export function publishVersionedDiagnostics(connection: Connection, shared: LangiumSharedServices): void {
    const builder = shared.workspace.DocumentBuilder;
    const documents = shared.workspace.LangiumDocuments;
    const textDocuments = shared.workspace.TextDocuments;
    const published = new Map<string, number>();

    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = (params: PublishDiagnosticsParams) => {
        const document = documents.getDocument(URI.parse(params.uri));
        const version = document && parsedVersionOf(document);
        // Diagnostics of a text that changed since its build are stale: the next build sends fresh ones.
        if (document && version !== undefined && version !== document.textDocument.version) return Promise.resolve();
        if (version === undefined) published.delete(params.uri);
        else published.set(params.uri, version);
        return send(version === undefined ? params : { ...params, version });
    };

    builder.onBuildPhase(DocumentState.Validated, async () => {
        for (const text of textDocuments.all()) {
            const document = documents.getDocument(URI.parse(text.uri));
            if (!document || document.state < DocumentState.Validated || !document.diagnostics) continue;
            const version = parsedVersionOf(document);
            if (version === text.version && published.get(text.uri) !== version) {
                await connection.sendDiagnostics({ uri: text.uri, diagnostics: document.diagnostics });
            }
        }
    });
}
