import { DefaultDocumentBuilder, isOperationCancelled, type DocumentState, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Tells every listener that a document reached a phase, even when a newer edit has cancelled the
 * build meanwhile. Langium skips the remaining listeners then, although the document keeps its new
 * state, so a later build does not announce it again: a request waiting for that state (document
 * highlight, hover: the fuzzer's "unanswered after 30 s") waited forever, and the document's
 * diagnostics were never sent. The listeners get the token and may stop early themselves.
 */
export class BlueprintDocumentBuilder extends DefaultDocumentBuilder {
    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        for (const listener of this.documentPhaseListeners.get(state).slice()) {
            try {
                await listener(document, cancelToken);
            } catch (error) {
                if (!isOperationCancelled(error)) throw error;
            }
        }
    }
}
