import { DocumentState, type URI } from 'langium';
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
    const revalidateAll = async () => {
        const uris: URI[] = shared.workspace.LangiumDocuments.all.filter(d => d.state >= DocumentState.Validated).map(d => d.uri).toArray();
        // Under the workspace lock, like every other build: outside it, this build ran beside the
        // workspace's first one and validated the same documents at once.
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(uris, [], token));
    };
    const connection = shared.lsp.Connection;
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section === 'blueprint') logFailure(connection, revalidateAll(), 'revalidate after a settings change');
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (!params.changes.some(change => isConfigFile(change.uri))) return;
        services.validation.ProjectConfigs.invalidate();
        logFailure(connection, revalidateAll(), 'revalidate after a blueprint.config.json change');
    });
}
