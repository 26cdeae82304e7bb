import { DefaultLangiumDocumentFactory, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const parsedVersions = new WeakMap<LangiumDocument, number>();

/**
 * The version of the open text that the document's last parse read (undefined when it was read
 * from disk). Recorded by the parse itself: a document-phase listener can be skipped when a newer
 * edit cancels the build right after the phase, and a skipped record marked the next diagnostics
 * as stale for good (in a 500-file workspace opened at once, one or two files never got any).
 */
export function parsedVersionOf(document: LangiumDocument): number | undefined {
    return parsedVersions.get(document);
}

export class BlueprintDocumentFactory extends DefaultLangiumDocumentFactory {
    protected override async getUpdatedText(document: LangiumDocument, textDocument: TextDocument | undefined, cancellationToken: CancellationToken): Promise<string> {
        // The text is read synchronously below, so this version is the one of the text parsed.
        if (textDocument) parsedVersions.set(document, textDocument.version);
        else parsedVersions.delete(document);
        return super.getUpdatedText(document, textDocument, cancellationToken);
    }
}
