import { DocumentState, type URI } from 'langium';
import { CodeLensRefreshRequest } from 'vscode-languageserver';
import type { LangiumSharedServices } from 'langium/lsp';
import type { BlueprintServices } from './blueprint-module.js';
import { logFailure } from './log.js';
import { isConfigFile } from './project-config.js';

/**
 * Applies a change of the severities live: of the `blueprint` settings, or of
 * a blueprint.config.json (the client watches them). Every validated document
 * is validated again; the validator reads both before each validation.
 */
export function revalidateOnSettingsChange(shared: LangiumSharedServices, services: BlueprintServices): void {
    const revalidateAll = () => revalidateDocuments(shared);
    const connection = shared.lsp.Connection;
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'blueprint') logFailure(connection, revalidateAll(), 'revalidate after a settings change');
    });
    // Each validation reads `blueprint.language` (the first one too, after the client may have fetched lenses in the
    // display language); the client keeps code lenses until asked, so it is asked to fetch them again in the new one.
    // Not before `initialized`: the client's display language arrives in `initialize` itself.
    let supported = false;
    let lensRefresh = false;
    shared.lsp.LanguageServer.onInitialize(params => { supported = params.capabilities.workspace?.codeLens?.refreshSupport === true; });
    shared.lsp.LanguageServer.onInitialized(() => { lensRefresh = supported; });
    services.i18n.Localization.onDidChange(() => {
        if (lensRefresh && connection) logFailure(connection, connection.sendRequest(CodeLensRefreshRequest.type), 'refresh code lenses after a language change');
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (!params.changes.some(change => isConfigFile(change.uri))) return;
        services.validation.ProjectConfigs.invalidate();
        logFailure(connection, revalidateAll(), 'revalidate after a blueprint.config.json change');
    });
}

/**
 * Validates every validated document again, as a write of the workspace lock:
 * outside it the update ran beside the workspace's first build (the initial
 * configuration arrives then), both validated the same documents and each
 * diagnostic was published twice.
 */
export function revalidateDocuments(shared: LangiumSharedServices): Promise<void> {
    return shared.workspace.WorkspaceLock.write(token => {
        const uris: URI[] = shared.workspace.LangiumDocuments.all.filter(d => d.state >= DocumentState.Validated).map(d => d.uri).toArray();
        return shared.workspace.DocumentBuilder.update(uris, [], token);
    });
}
