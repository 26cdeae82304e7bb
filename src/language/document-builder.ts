import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Langium keeps a document's diagnostics and appends those of the validation categories it has
 * not run yet. When a concurrent build drops the record of what ran (an opened file validated while
 * the workspace's first build is under way, or two builds validating the same document at once),
 * every category runs again and each diagnostic was published twice. A run of every category
 * replaces the document's diagnostics instead of appending to them.
 */
export class BlueprintDocumentBuilder extends DefaultDocumentBuilder {
    protected override async validate(document: LangiumDocument, cancelToken: CancellationToken): Promise<void> {
        const all = this.serviceRegistry.getServices(document.uri).validation.ValidationRegistry.getAllValidationCategories(document);
        const options = this.getBuildOptions(document);
        const missing = this.findMissingValidationCategories(document, options);
        if (missing.length < all.size) return super.validate(document, cancelToken);
        const validator = this.serviceRegistry.getServices(document.uri).validation.DocumentValidator;
        const validationOptions = { ...(typeof options.validation === 'object' ? options.validation : {}), categories: missing };
        document.diagnostics = await validator.validateDocument(document, validationOptions, cancelToken);
        const state = this.buildState.get(document.uri.toString());
        if (state) state.result = { ...state.result, validationChecks: missing };
    }
}
