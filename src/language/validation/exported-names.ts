import { DocumentState, type DocumentBuilder, type IndexManager } from 'langium';

/**
 * Which files export each top-level name, for "declared elsewhere" (duplicate-name). Scanning the
 * whole index for every validated document made a workspace build quadratic in its files (500
 * files: most of the validation time); the table is built once per state of the index and dropped
 * whenever a document is indexed again or removed.
 */
export class ExportedNames {
    /** name → up to two distinct files exporting it, in index order: enough to find one other than the asking file. */
    private byName: Map<string, string[]> | undefined;

    constructor(private readonly index: IndexManager, builder: DocumentBuilder) {
        builder.onUpdate(() => this.forget());
        builder.onDocumentPhase(DocumentState.IndexedContent, () => this.forget());
    }

    /** The first file in the index, other than `here`, that exports `name`. */
    elsewhere(name: string, here: string): string | undefined {
        return this.table().get(name)?.find(uri => uri !== here);
    }

    private forget(): void {
        this.byName = undefined;
    }

    private table(): Map<string, string[]> {
        if (this.byName) return this.byName;
        const byName = new Map<string, string[]>();
        for (const description of this.index.allElements()) {
            const uri = description.documentUri.toString();
            const uris = byName.get(description.name);
            if (!uris) byName.set(description.name, [uri]);
            else if (uris.length < 2 && !uris.includes(uri)) uris.push(uri);
        }
        this.byName = byName;
        return byName;
    }
}
