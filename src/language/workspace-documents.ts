import { DefaultServiceRegistry, URI, type LangiumCoreServices } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The server speaks one language, so every document is a blueprint: an
 * untitled editor (`untitled:Untitled-1`) or a file without the extension
 * gets the blueprint services even after its editor is gone. Langium's
 * registry asks the open text document's language id first and the file
 * extension second, and threw for a closed untitled document; that error
 * escaped a workspace build and ended the server process.
 */
export class BlueprintServiceRegistry extends DefaultServiceRegistry {
    override getServices(uri: URI): LangiumCoreServices {
        const [only, ...others] = this.all;
        if (only && others.length === 0) return only;
        return super.getServices(uri);
    }
}

/**
 * Langium keeps a document when its editor closes. For a file that is right
 * (it is part of the workspace) once it is read again from disk, which drops
 * unsaved edits the closed editor discarded; a document that is no file
 * (an untitled editor closed without saving) is forgotten, so its steps and
 * actors no longer resolve references, clash with names or appear in symbols.
 */
export class BlueprintDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: LangiumSharedServices['workspace']['FileSystemProvider'];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // A file deleted while its editor was open is forgotten too: there is nothing to read.
        const onDisk = uri.scheme === 'file' && this.fileSystem.existsSync(uri);
        if (onDisk) this.fireDocumentUpdate([uri], []);
        else this.fireDocumentUpdate([], [uri]);
    }
}
