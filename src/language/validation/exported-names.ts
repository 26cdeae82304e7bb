import { DocumentState, WorkspaceCache } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

/**
 * Which files export each top-level name, for "declared elsewhere" (duplicate-name). Scanning the
 * whole index for every validated document made a workspace build quadratic in its files (500
 * files: most of the validation time); the table is built once per state of the index: Langium's
 * workspace cache drops it when a build has indexed documents again or a document is deleted.
 */
export class ExportedNames {
    /** name → up to two distinct files exporting it, in index order: enough to find one other than the asking file. */
    private readonly cache: WorkspaceCache<'table', Map<string, string[]>>;

    constructor(private readonly shared: LangiumSharedServices) {
        this.cache = new WorkspaceCache(shared, DocumentState.IndexedContent);
    }

    /** The first file in the index, other than `here`, that exports `name`. */
    elsewhere(name: string, here: string): string | undefined {
        return this.cache.get('table', () => this.buildTable()).get(name)?.find(uri => uri !== here);
    }

    private buildTable(): Map<string, string[]> {
        const byName = new Map<string, string[]>();
        for (const description of this.shared.workspace.IndexManager.allElements()) {
            const uri = description.documentUri.toString();
            const uris = byName.get(description.name);
            if (!uris) byName.set(description.name, [uri]);
            else if (uris.length < 2 && !uris.includes(uri)) uris.push(uri);
        }
        return byName;
    }
}
