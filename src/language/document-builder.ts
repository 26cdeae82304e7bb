import { DefaultDocumentBuilder, isOperationCancelled, type DocumentState, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Announces every phase to every listener. Langium skips listeners in two cases, although it
 * records the phase as reached all the same, so a later build does not announce it again and a
 * request waiting for it (document highlight, rename, hover: the fuzzer's "unanswered after 30 s")
 * waited forever, and a document's diagnostics were never sent:
 * - a newer edit cancelled the build between the phase and its listeners;
 * - no document reached the phase in this build (an update with nothing to rebuild: a closed
 *   untitled document forgotten, a file event for another file), yet the workspace's state moves on.
 * The listeners get the token and may stop early themselves.
 */
export class BlueprintDocumentBuilder extends DefaultDocumentBuilder {
    protected override async notifyDocumentPhase(document: LangiumDocument, state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        await callAll(this.documentPhaseListeners.get(state), listener => listener(document, cancelToken));
    }

    protected override async notifyBuildPhase(documents: LangiumDocument[], state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        await callAll(this.buildPhaseListeners.get(state), listener => listener(documents, cancelToken));
    }
}

/** Calls each listener in turn (a copy: listeners dispose themselves), finishing them all despite cancellation. */
async function callAll<L>(listeners: readonly L[], call: (listener: L) => unknown): Promise<void> {
    for (const listener of listeners.slice()) {
        try {
            await call(listener);
        } catch (error) {
            if (!isOperationCancelled(error)) throw error;
        }
    }
}
