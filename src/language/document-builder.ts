import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Langium keeps a document's diagnostics and adds those of the validation
 * categories it has not run yet. When a concurrent build drops the record of
 * what ran (an opened file validated while the workspace's first build is
 * under way), every category runs again and each diagnostic was published
 * twice. A run of every category starts from no diagnostics.
 */
export class BlueprintDocumentBuilder extends DefaultDocumentBuilder {
    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const all = this.serviceRegistry.getServices(document.uri).validation.ValidationRegistry.getAllValidationCategories(document);
        const missing = this.findMissingValidationCategories(document, this.getBuildOptions(document));
        if (missing.length === all.size) document.diagnostics = undefined;
        await super.validate(document, cancelToken);
    }
}
