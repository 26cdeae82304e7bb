import { DocumentState, isOperationCancelled, type LangiumSharedCoreServices, type URI } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/**
 * Waits until a document is validated, for a custom request. When the client
 * cancels the request (a newer edit, a closed preview), the wait stops and
 * the request answers RequestCancelled, as Langium's own handlers do.
 */
export async function untilValidated(shared: LangiumSharedCoreServices, uri: URI, token: CancellationToken): Promise<void> {
    try {
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
    } catch (error) {
        if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'the request was cancelled');
        throw error;
    }
}
